// SPDX-License-Identifier: EPL-2.0
package org.chaxu.editor.internal;

import org.chaxu.governance.GovernanceModel;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.emf.edit.provider.INotifyChangedListener;
import org.eclipse.emf.edit.provider.IViewerNotification;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;

/**
 * The Outline view of a Chaxu model: the containment tree as the item providers give it
 * (units with their standards, indicators, arrangements, negotiations with their
 * interventions and agreements), with live-finding decorations. Selecting an element
 * reveals it on its page.
 */
public final class ModelOutline extends ContentOutlinePage {

    private final EditorContext context;
    private GovernanceModel model;
    private boolean syncing;

    private LazyTreeContent lazy;

    @Override
    protected int getTreeStyle() {
        return super.getTreeStyle() | org.eclipse.swt.SWT.VIRTUAL;
    }

    public ModelOutline(EditorContext context) {
        this.lazy = new LazyTreeContent(new ItemProviders.TreeContent(context.adapterFactory()));
        this.context = context;
        this.model = context.model();
    }

    @Override
    public void createControl(Composite parent) {
        super.createControl(parent);
        TreeViewer viewer = getTreeViewer();
        // virtual: the model's thousands of units are items only when they scroll into view
        viewer.setContentProvider(lazy);
        viewer.setLabelProvider(new ElementLabelProvider(context.adapterFactory(), context.labels(), context::findings,
                viewer.getControl()));
        ColumnViewerToolTipSupport.enableFor(viewer);
        viewer.setUseHashlookup(true);
        context.adapterFactory().addListener(changes);
        viewer.setInput(model);
        viewer.addSelectionChangedListener(event -> {
            Object first = ((IStructuredSelection) event.getSelection()).getFirstElement();
            if (!syncing && first instanceof EObject element) {
                context.reveal(element);
            }
        });
    }

    public void setModel(GovernanceModel newModel) {
        this.model = newModel;
        if (getTreeViewer() != null && !getTreeViewer().getControl().isDisposed()) {
            getTreeViewer().setInput(newModel);
        }
    }

    public void refresh() {
        if (getTreeViewer() != null && !getTreeViewer().getControl().isDisposed()) {
            lazy.forget(null);
            getTreeViewer().refresh(true);
        }
    }

    /** The decorations of these elements changed (null: any may have). */
    public void findingsChanged(java.util.Set<EObject> changed) {
        ItemProviders.updateDecorations(getTreeViewer(), changed);
    }

    /** The item providers say what changed (EMF's viewer notifications): only that is refreshed. */
    private final INotifyChangedListener changes = notification -> {
        TreeViewer viewer = getTreeViewer();
        if (viewer == null || viewer.getControl().isDisposed() || !(notification instanceof IViewerNotification change)) {
            return;
        }
        Runnable update = () -> {
            if (viewer.getControl().isDisposed()) {
                return;
            }
            Object element = change.getElement();
            if (change.isContentRefresh()) {
                lazy.forget(element);
                viewer.refresh(element, change.isLabelUpdate());
            } else if (change.isLabelUpdate()) {
                viewer.update(element, null);
            }
        };
        if (Display.getCurrent() != null) {
            update.run();
        } else {
            viewer.getControl().getDisplay().asyncExec(update);
        }
    };

    @Override
    public void dispose() {
        context.adapterFactory().removeListener(changes);
        super.dispose();
    }

    /** Follows the selection of the pages without revealing back. */
    public void showSelected(EObject element) {
        TreeViewer viewer = getTreeViewer();
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        syncing = true;
        try {
            lazy.materialize(element);
            viewer.setSelection(new StructuredSelection(element), true);
        } finally {
            syncing = false;
        }
    }
}
