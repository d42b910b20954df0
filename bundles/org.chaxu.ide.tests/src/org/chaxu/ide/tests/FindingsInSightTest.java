// SPDX-License-Identifier: EPL-2.0
package org.chaxu.ide.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.Arrays;

import org.chaxu.core.ChaxuCore;
import org.chaxu.core.ChaxuProjects;
import org.chaxu.ide.internal.ChaxuPerspective;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

/**
 * Findings in sight: the Chaxu perspective (the Chaxu IDE's first window) shows the Problems view
 * in front, not Tasks; where two models share a name, their markers' Location and their shown
 * names say which is which.
 */
class FindingsInSightTest {

    @Test
    void theChaxuPerspectiveShowsTheProblemsViewInFront() throws Exception {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        PlatformUI.getWorkbench().showPerspective(ChaxuPerspective.ID, window);
        IWorkbenchPage page = window.getActivePage();
        page.resetPerspective();
        assertEquals(ChaxuPerspective.ID, page.getPerspective().getId());
        assertTrue(page.findView(IPageLayout.ID_PROBLEM_VIEW) != null && page.isPartVisible(page.findView(IPageLayout.ID_PROBLEM_VIEW)),
                "the Problems view is shown in front");
        assertNull(page.findViewReference(IPageLayout.ID_TASK_LIST), "no Tasks view in front of it");
        assertTrue(page.isPartVisible(page.findView(IPageLayout.ID_OUTLINE)), "the Outline beside the editor");
    }

    @Test
    void modelsSharingANameAreToldApart() throws Exception {
        Workbench.disableAutoBuild();
        IProject project = Workbench.project("two-prd-air", "prd-air.chaxu");
        IFile registryCase = Workbench.write(project.getFile("registry/prd-air.chaxu"),
                Files.readString(Workbench.caseFile(Workbench.root().resolve("examples"), "registry/prd-air.chaxu")));
        IFile plain = project.getFile("prd-air.chaxu");
        assertEquals("registry/prd-air.chaxu", ChaxuProjects.shownName(registryCase));
        assertEquals("prd-air.chaxu", ChaxuProjects.shownName(plain), "its path in the project is its name");
        IFile unique = Workbench.write(project.getFile("registry/only-here.chaxu"), "<x/>");
        assertEquals("only-here.chaxu", ChaxuProjects.shownName(unique), "a name no other model has stays short");
        unique.delete(true, null);

        Workbench.fullBuild(project);
        IMarker[] markers = registryCase.findMarkers(ChaxuCore.PROBLEM_MARKER, false, 0);
        assertTrue(markers.length > 0, () -> Workbench.dump(project));
        assertTrue(Arrays.stream(markers).filter(m -> !m.getAttribute(ChaxuCore.RULE_ID, "").equals("CHAXU-MODEL"))
                .allMatch(m -> m.getAttribute(IMarker.LOCATION, "").startsWith("registry/prd-air.chaxu: ")),
                () -> Arrays.stream(markers).map(m -> m.getAttribute(IMarker.LOCATION, "")).toList().toString());
        assertTrue(Arrays.stream(plain.findMarkers(ChaxuCore.PROBLEM_MARKER, false, 0))
                .noneMatch(m -> m.getAttribute(IMarker.LOCATION, "").contains(".chaxu: ")), "the other keeps its short location");

        // the same model in another project: named with its project
        IProject other = Workbench.project("other-prd-air", "prd-air.chaxu");
        assertEquals("other-prd-air/prd-air.chaxu", ChaxuProjects.shownName(other.getFile("prd-air.chaxu")));
        other.delete(true, null);
    }
}
