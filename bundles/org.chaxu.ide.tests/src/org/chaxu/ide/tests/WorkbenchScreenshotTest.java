// SPDX-License-Identifier: EPL-2.0
package org.chaxu.ide.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;


import org.chaxu.core.ChaxuCore;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.ISetSelectionTarget;
import org.junit.jupiter.api.Test;

/**
 * Saves a picture of the workbench as a drafter sees it — Project Explorer, an open example,
 * the Problems view full of Chaxu findings — to target/screenshots/chaxu-workbench.png.
 */
class WorkbenchScreenshotTest {

    @Test
    void screenshotOfTheWorkbenchWithChaxuFindings() throws Exception {
        Workbench.disableAutoBuild();
        // the picture shows this project alone, not the projects earlier tests left behind
        for (IProject other : org.eclipse.core.resources.ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
            other.delete(true, true, null);
        }
        IProject project = Workbench.project("prd-air-pollution", "prd-air.chaxu", "jjj-air.chaxu",
                "xian-xianyang-transport.chaxu");
        Workbench.fullBuild(project);
        IFile prd = project.getFile("prd-air.chaxu");
        assertTrue(prd.findMarkers(ChaxuCore.PROBLEM_MARKER, false, IResource.DEPTH_ZERO).length > 10);

        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        if (PlatformUI.getWorkbench().getIntroManager().getIntro() != null) {
            PlatformUI.getWorkbench().getIntroManager().closeIntro(PlatformUI.getWorkbench().getIntroManager().getIntro());
        }
        Shell shell = window.getShell();
        shell.setMaximized(false);
        shell.setBounds(0, 0, 1600, 1000);
        // the Chaxu perspective, as the Chaxu IDE's first window opens it: the Problems view in front without asking
        PlatformUI.getWorkbench().showPerspective(org.chaxu.ide.internal.ChaxuPerspective.ID, window);
        IWorkbenchPage page = window.getActivePage();
        IViewPart explorer = page.showView(IPageLayout.ID_PROJECT_EXPLORER);
        IMarker looser = java.util.Arrays.stream(prd.findMarkers(ChaxuCore.PROBLEM_MARKER, false, 0))
                .filter(m -> m.getAttribute(ChaxuCore.RULE_ID, "").equals("BASE-LOOSER")).findFirst().orElseThrow();
        IDE.openEditor(page, looser);
        if (explorer instanceof ISetSelectionTarget target) {
            target.selectReveal(new StructuredSelection(prd));
        }
        settle(shell.getDisplay(), 2000);
        expandProblemGroups(shell);
        settle(shell.getDisplay(), 1500);

        // what the picture must show, checked in the widgets at the moment it is taken
        assertTrue(page.isPartVisible(page.findView(IPageLayout.ID_PROBLEM_VIEW)), "the Problems view is in the picture");
        assertTrue(page.isPartVisible(explorer), "the Project Explorer is in the picture");
        assertTrue(page.getActiveEditor() != null && page.getActiveEditor().getEditorInput().getName().equals("prd-air.chaxu"),
                "the example is open at its finding");
        Workbench.screenshot(shell, "chaxu-workbench.png");
        page.closeAllEditors(false);
    }

    /** Opens the Errors and Warnings groups of the Problems view, as a drafter would. */
    private static void expandProblemGroups(Composite composite) {
        for (Control child : composite.getChildren()) {
            if (child instanceof Tree tree) {
                for (TreeItem item : tree.getItems()) {
                    String text = item.getText();
                    if (text.startsWith("Errors") || text.startsWith("Warnings")) {
                        Event event = new Event();
                        event.item = item;
                        tree.notifyListeners(SWT.Expand, event);
                        item.setExpanded(true);
                    }
                }
            } else if (child instanceof Composite inner) {
                expandProblemGroups(inner);
            }
        }
    }

    private static void settle(Display display, long millis) throws InterruptedException {
        long end = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < end) {
            if (!display.readAndDispatch()) {
                Thread.sleep(20);
            }
        }
    }
}
