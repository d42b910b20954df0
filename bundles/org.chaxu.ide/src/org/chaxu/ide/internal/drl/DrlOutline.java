// SPDX-License-Identifier: EPL-2.0
package org.chaxu.ide.internal.drl;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;

/**
 * The Outline of a DRL file: its rules (with their {@code @id} and {@code @severity}), queries,
 * functions and declared types, in the order of the file, followed as the text changes; a selection
 * goes to the rule in the editor. Given to any text editor showing a {@code .drl} file (the Generic
 * Editor) by this adapter factory.
 */
public final class DrlOutline implements IAdapterFactory {

    /** One entry: what it is (rule, query, function, declare), its name, a rule's id and severity, where it is. */
    public record Entry(String kind, String name, String id, String severity, int offset, int length) {

        /** The entry as the Outline shows it: "name  [ID, SEVERITY]" for a rule, "kind name" otherwise. */
        public String label() {
            if (!kind.equals("rule")) {
                return kind + " " + name;
            }
            String meta = id == null ? "" : severity == null ? id : id + ", " + severity;
            return meta.isEmpty() ? name : name + "  [" + meta + "]";
        }
    }

    private static final Pattern HEADER = Pattern.compile("(?m)^[ \\t]*(rule|query|function|declare)[ \\t]+(\"[^\"\\n]*\"|'[^'\\n]*'|[^\\s(]+)");
    private static final Pattern ID = Pattern.compile("@id\\s*\\(\\s*\"?([^\")\\s]+)");
    private static final Pattern SEVERITY = Pattern.compile("@severity\\s*\\(\\s*\"?([^\")\\s]+)");
    private static final Pattern WHEN = Pattern.compile("\\bwhen\\b");

    /** The entries of a DRL text; comments are skipped, an unfinished rule at the end is still listed. */
    public static List<Entry> entries(String text) {
        String code = withoutComments(text);
        List<Entry> entries = new ArrayList<>();
        Matcher header = HEADER.matcher(code);
        while (header.find()) {
            String kind = header.group(1);
            String name = header.group(2);
            if (name.length() >= 2 && (name.startsWith("\"") || name.startsWith("'"))) {
                name = name.substring(1, name.length() - 1);
            }
            String id = null;
            String severity = null;
            if (kind.equals("rule")) {
                Matcher when = WHEN.matcher(code);
                int end = when.find(header.end()) ? when.start() : code.length();
                String metadata = code.substring(header.end(), end);
                Matcher m = ID.matcher(metadata);
                id = m.find() ? m.group(1) : null;
                m = SEVERITY.matcher(metadata);
                severity = m.find() ? m.group(1) : null;
            }
            entries.add(new Entry(kind, name, id, severity, header.start(2), header.end(2) - header.start(2)));
        }
        return entries;
    }

    /** The text with its comments blanked (same length, same line breaks), strings kept. */
    static String withoutComments(String text) {
        StringBuilder out = new StringBuilder(text);
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < text.length() && text.charAt(j) != c && text.charAt(j) != '\n') {
                    j += text.charAt(j) == '\\' ? 2 : 1;
                }
                i = j + 1;
            } else if (text.startsWith("//", i) || (c == '#' && (i == 0 || text.charAt(i - 1) == '\n'))) {
                while (i < text.length() && text.charAt(i) != '\n') {
                    out.setCharAt(i++, ' ');
                }
            } else if (text.startsWith("/*", i)) {
                int end = text.indexOf("*/", i + 2);
                end = end < 0 ? text.length() : end + 2;
                for (; i < end; i++) {
                    if (text.charAt(i) != '\n') {
                        out.setCharAt(i, ' ');
                    }
                }
            } else {
                i++;
            }
        }
        return out.toString();
    }

    @Override
    public <T> T getAdapter(Object adaptable, Class<T> type) {
        if (type == IContentOutlinePage.class && adaptable instanceof ITextEditor editor) {
            IFile file = Adapters.adapt(editor.getEditorInput(), IFile.class);
            String name = file != null ? file.getName() : editor.getEditorInput().getName();
            if (name != null && name.endsWith(".drl")) {
                return type.cast(new Page(editor));
            }
        }
        return null;
    }

    @Override
    public Class<?>[] getAdapterList() {
        return new Class<?>[] {IContentOutlinePage.class};
    }

    /** The Outline page of one DRL editor. */
    public static final class Page extends ContentOutlinePage implements IDocumentListener {

        private final ITextEditor editor;
        private IDocument document;
        private boolean pending;

        Page(ITextEditor editor) {
            this.editor = editor;
        }

        @Override
        public void createControl(Composite parent) {
            super.createControl(parent);
            TreeViewer viewer = getTreeViewer();
            viewer.setContentProvider(new ITreeContentProvider() {
                @Override
                public Object[] getElements(Object input) {
                    return ((List<?>) input).toArray();
                }

                @Override
                public Object[] getChildren(Object parent) {
                    return new Object[0];
                }

                @Override
                public Object getParent(Object element) {
                    return null;
                }

                @Override
                public boolean hasChildren(Object element) {
                    return false;
                }
            });
            viewer.setLabelProvider(new ColumnLabelProvider() {
                @Override
                public String getText(Object element) {
                    return ((Entry) element).label();
                }

                @Override
                public Image getImage(Object element) {
                    return ((Entry) element).kind().equals("rule")
                            ? PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJ_ELEMENT) : null;
                }
            });
            document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
            if (document != null) {
                document.addDocumentListener(this);
            }
            refresh();
            viewer.addSelectionChangedListener(event -> {
                if (event.getSelection() instanceof IStructuredSelection s && s.getFirstElement() instanceof Entry entry) {
                    editor.selectAndReveal(entry.offset(), entry.length());
                }
            });
        }

        /** The entries shown now. */
        public List<Entry> shown() {
            Object input = getTreeViewer().getInput();
            return input == null ? List.of() : ((List<?>) input).stream().map(Entry.class::cast).toList();
        }

        private void refresh() {
            pending = false;
            TreeViewer viewer = getTreeViewer();
            if (viewer != null && !viewer.getControl().isDisposed() && document != null) {
                viewer.setInput(entries(document.get()));
            }
        }

        @Override
        public void documentAboutToBeChanged(DocumentEvent event) {
        }

        @Override
        public void documentChanged(DocumentEvent event) {
            if (!pending) {
                pending = true;
                Display.getCurrent().timerExec(300, this::refresh);
            }
        }

        @Override
        public void dispose() {
            if (document != null) {
                document.removeDocumentListener(this);
            }
            super.dispose();
        }
    }
}
