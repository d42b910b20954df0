// SPDX-License-Identifier: EPL-2.0
package org.chaxu.ide.internal.ruletests;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.chaxu.core.ChaxuCore;
import org.chaxu.engine.RuleTests;
import org.chaxu.ide.internal.Messages;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.ViewPart;

/**
 * The result of a rule-test run, as {@code chaxu test} prints it: each case passed or failed, with
 * the findings missing and extra; the coverage of the rules under test, each rule's cases or "never
 * fired". A double-click on a case opens its model; on a finding, the model at its element.
 */
public final class RuleTestsView extends ViewPart {

    public static final String ID = "org.chaxu.ide.ruleTests";

    /** One line of the tree: its text, whether it is a failure, the model and element it leads to, its children. */
    public record Node(String text, boolean failed, IFile model, String element, List<Node> children) {
    }

    private TreeViewer viewer;
    private List<Node> roots = List.of();

    /** Shows a run's result in the view (opened when it is not), in the workbench's active page. */
    public static RuleTestsView show(IContainer where, RuleTests.Result result) throws PartInitException {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        RuleTestsView view = (RuleTestsView) page.showView(ID);
        view.setResult(where, result);
        return view;
    }

    /** The tree's top lines, for a look from outside (tests). */
    public List<Node> roots() {
        return roots;
    }

    public void setResult(IContainer where, RuleTests.Result result) {
        Messages messages = Messages.of(where.getProject());
        List<Node> nodes = new ArrayList<>();
        long failed = result.failures();
        nodes.add(new Node(messages.get("tests.summary", result.cases().size(), result.cases().size() - failed, failed), failed > 0,
                null, null, List.of()));
        for (RuleTests.Case c : result.cases()) {
            IFile model = file(c.model());
            String shown = model == null ? c.model().toString() : model.getFullPath().makeRelative().toString();
            List<Node> lines = new ArrayList<>();
            if (c.problem() != null) {
                lines.add(new Node(c.problem(), true, model, null, List.of()));
            } else {
                c.difference().missing().forEach(line -> lines.add(new Node(messages.get("tests.missing", line), true, model, element(line), List.of())));
                c.difference().extra().forEach(line -> lines.add(new Node(messages.get("tests.extra", line), true, model, element(line), List.of())));
            }
            nodes.add(new Node((c.passed() ? "PASS " : "FAIL ") + shown
                    + (c.passed() ? " " + messages.get("tests.findings", c.actual().size()) : ""), !c.passed(), model, null, lines));
        }
        List<Node> rules = new ArrayList<>();
        for (Map.Entry<String, Integer> rule : result.coverage().entrySet()) {
            rules.add(new Node(rule.getValue() == 0 ? messages.get("tests.neverFired", rule.getKey())
                    : messages.get("tests.fired", rule.getKey(), rule.getValue()), rule.getValue() == 0, null, null, List.of()));
        }
        nodes.add(new Node(messages.get("tests.coverage", result.fired().size(), result.coverage().size(),
                String.format(messages.locale(), "%.1f", result.coveragePercent())), !result.neverFired().isEmpty(), null, null, rules));
        roots = nodes;
        if (viewer != null && !viewer.getControl().isDisposed()) {
            viewer.setInput(roots);
            viewer.expandToLevel(2);
        }
    }

    private static IFile file(Path model) {
        IFile[] files = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(model.toUri());
        return files.length == 0 ? null : files[0];
    }

    /** The element id of an {@code .expected} line ("RULE-ID SEVERITY element-id"), or null. */
    private static String element(String line) {
        String[] parts = line.strip().split("\\s+");
        return parts.length >= 3 ? parts[2] : null;
    }

    @Override
    public void createPartControl(Composite parent) {
        viewer = new TreeViewer(parent, SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.setContentProvider(new ITreeContentProvider() {
            @Override
            public Object[] getElements(Object input) {
                return ((List<?>) input).toArray();
            }

            @Override
            public Object[] getChildren(Object parent) {
                return ((Node) parent).children().toArray();
            }

            @Override
            public Object getParent(Object element) {
                return null;
            }

            @Override
            public boolean hasChildren(Object element) {
                return !((Node) element).children().isEmpty();
            }
        });
        viewer.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return ((Node) element).text();
            }

            @Override
            public Image getImage(Object element) {
                ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
                return images.getImage(((Node) element).failed() ? ISharedImages.IMG_OBJS_ERROR_TSK : ISharedImages.IMG_OBJS_INFO_TSK);
            }
        });
        viewer.addDoubleClickListener(event -> open((Node) ((IStructuredSelection) event.getSelection()).getFirstElement()));
        viewer.setInput(roots);
        getSite().setSelectionProvider(viewer);
    }

    /** Opens a node's model, at its element when it names one (the model editor goes to the element of a marker's uri). */
    public void open(Node node) {
        if (node == null || node.model() == null) {
            return;
        }
        IWorkbenchPage page = getSite().getPage();
        try {
            if (node.element() == null) {
                IDE.openEditor(page, node.model());
                return;
            }
            IMarker at = node.model().createMarker(IMarker.TEXT);
            try {
                at.setAttribute(ChaxuCore.URI, org.eclipse.emf.common.util.URI.createPlatformResourceURI(
                        node.model().getFullPath().toString(), true).appendFragment(node.element()).toString());
                IDE.openEditor(page, at);
            } finally {
                at.delete();
            }
        } catch (CoreException e) {
            // the model cannot be opened: nothing to show
        }
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }
}
