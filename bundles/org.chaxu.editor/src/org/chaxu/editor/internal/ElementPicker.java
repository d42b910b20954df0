// SPDX-License-Identifier: EPL-2.0
package org.chaxu.editor.internal;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.DialogSettings;
import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.dialogs.FilteredItemsSelectionDialog;

/**
 * Choosing an element among many — a unit's superior among a nation's units, a circle's members —
 * as Eclipse's Open Type chooses a type: type part of a name (or its code, or {@code *} and
 * {@code ?} patterns) and the matching elements are listed, filtered in the background and shown
 * virtually, so that the choice costs the same among ten elements as among a hundred thousand.
 * The candidates are asked for when the dialog opens, not when the details are shown.
 */
public final class ElementPicker extends FilteredItemsSelectionDialog {

    /** The dialog's settings (size, history) for the session: one per kind of choice. */
    private static final Map<String, IDialogSettings> SETTINGS = new HashMap<>();

    private final List<?> candidates;
    private final Function<Object, String> text;
    private final String kind;

    /**
     * @param candidates what may be chosen, in the order shown when nothing is typed
     * @param text       how an element is named in the list and matched against what is typed
     * @param kind       the kind of choice (the feature's name), under which size and history are kept
     */
    public ElementPicker(Shell shell, String title, List<?> candidates, Function<Object, String> text, String kind, boolean multi) {
        super(shell, multi);
        this.candidates = candidates;
        this.text = text;
        this.kind = kind;
        setTitle(title);
        setListLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                return element == null ? "" : text.apply(element);
            }
        });
        setDetailsLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                return element == null ? "" : text.apply(element);
            }
        });
        setInitialPattern("**");
    }

    @Override
    protected Control createExtendedContentArea(Composite parent) {
        return null;
    }

    @Override
    protected IDialogSettings getDialogSettings() {
        return SETTINGS.computeIfAbsent(kind, k -> new DialogSettings("ElementPicker." + k));
    }

    @Override
    protected IStatus validateItem(Object item) {
        return Status.OK_STATUS;
    }

    @Override
    protected ItemsFilter createFilter() {
        return new ItemsFilter() {
            @Override
            public boolean matchItem(Object item) {
                String name = text.apply(item);
                // a part of the name anywhere in it, not only at its start (Open Type's patterns too)
                return matches(name) || getPattern().isEmpty()
                        || name.toLowerCase(java.util.Locale.ROOT).contains(getPattern().toLowerCase(java.util.Locale.ROOT));
            }

            @Override
            public boolean isConsistentItem(Object item) {
                return true;
            }
        };
    }

    @Override
    protected Comparator<Object> getItemsComparator() {
        Map<Object, Integer> order = new java.util.IdentityHashMap<>();
        for (int i = 0; i < candidates.size(); i++) {
            order.put(candidates.get(i), i);
        }
        return Comparator.comparingInt(item -> order.getOrDefault(item, Integer.MAX_VALUE));
    }

    @Override
    protected void fillContentProvider(AbstractContentProvider provider, ItemsFilter filter, IProgressMonitor monitor) {
        monitor.beginTask("", candidates.size());
        for (Object candidate : candidates) {
            if (monitor.isCanceled()) {
                break;
            }
            provider.add(candidate, filter);
            monitor.worked(1);
        }
        monitor.done();
    }

    @Override
    public String getElementName(Object item) {
        return text.apply(item);
    }
}
