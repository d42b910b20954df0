// SPDX-License-Identifier: EPL-2.0
package org.chaxu.editor.internal;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.jface.viewers.ILazyTreeContentProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.Viewer;

/**
 * A tree given to a virtual viewer ({@code SWT.VIRTUAL}): an item is made when it scrolls into
 * view, so a node with a nation's units under it opens at once. The children of each node are
 * asked of the wrapped provider once and kept until {@link #forget} (before a refresh).
 */
public final class LazyTreeContent implements ILazyTreeContentProvider {

    private final ITreeContentProvider tree;
    private final Map<Object, Object[]> children = new HashMap<>();
    private TreeViewer viewer;
    private Object input;

    public LazyTreeContent(ITreeContentProvider tree) {
        this.tree = tree;
    }

    @Override
    public void inputChanged(Viewer newViewer, Object oldInput, Object newInput) {
        viewer = (TreeViewer) newViewer;
        input = newInput;
        children.clear();
        indexes.clear();
        tree.inputChanged(newViewer, oldInput, newInput);
    }

    private Object[] childrenOf(Object parent) {
        return children.computeIfAbsent(parent, p -> p == input ? tree.getElements(p) : tree.getChildren(p));
    }

    @Override
    public void updateElement(Object parent, int index) {
        Object[] kids = childrenOf(parent);
        if (index < kids.length) {
            Object child = kids[index];
            viewer.replace(parent, index, child);
            // the child's count rather than setHasChildren, which preserves the selection around every item
            updateChildCount(child, -1);
        }
    }

    @Override
    public void updateChildCount(Object element, int currentChildCount) {
        int count = childrenOf(element).length;
        if (count != currentChildCount) {
            viewer.setChildCount(element, count);
        }
    }

    @Override
    public Object getParent(Object element) {
        Object parent = tree.getParent(element);
        return parent == null ? input : parent;
    }

    /**
     * Makes the items of {@code element} and of its ancestors, each at its index, so that selecting
     * it finds its item at once; the viewer would otherwise make every sibling on the way down
     * (a nation's units) to find it.
     */
    public void materialize(Object element) {
        java.util.ArrayList<Object> chain = new java.util.ArrayList<>();
        for (Object e = element; e != null && e != input && chain.size() < 64; e = getParent(e)) {
            chain.add(0, e);
        }
        Object parent = input;
        for (Object e : chain) {
            Object[] kids = childrenOf(parent);
            int index = indexOf(parent, kids, e);
            if (index < 0) {
                return;
            }
            viewer.setChildCount(parent, kids.length);
            viewer.replace(parent, index, e);
            parent = e;
        }
    }

    private final Map<Object, Map<Object, Integer>> indexes = new HashMap<>();

    private int indexOf(Object parent, Object[] kids, Object child) {
        Map<Object, Integer> index = indexes.computeIfAbsent(parent, p -> {
            Map<Object, Integer> positions = new java.util.IdentityHashMap<>();
            for (int i = 0; i < kids.length; i++) {
                positions.putIfAbsent(kids[i], i);
            }
            return positions;
        });
        return index.getOrDefault(child, -1);
    }

    /** Forgets the children of {@code element} (null: of every node), to be asked again at the next refresh. */
    public void forget(Object element) {
        if (element == null) {
            children.clear();
            indexes.clear();
        } else {
            children.remove(element);
            indexes.remove(element);
        }
    }

    @Override
    public void dispose() {
        children.clear();
        tree.dispose();
    }
}
