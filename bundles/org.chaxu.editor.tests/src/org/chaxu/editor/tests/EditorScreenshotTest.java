// SPDX-License-Identifier: EPL-2.0
package org.chaxu.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.chaxu.editor.ChaxuEditor;
import org.chaxu.editor.internal.ArrangementsPage;
import org.chaxu.editor.internal.EditorPage;
import org.chaxu.editor.internal.NegotiationsPage;
import org.chaxu.editor.internal.StandardsPage;
import org.chaxu.editor.internal.UnitsPage;
import org.chaxu.core.internal.ChaxuSettings;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

/**
 * Pictures of each page of the editor with live findings showing, as a drafter sees them
 * (outline, Properties and Problems views open), saved to target/screenshots/editor-*.png;
 * the README shows the committed copies under docs/.
 */
class EditorScreenshotTest extends WorkbenchTestCase {

    @Test
    void screenshotsOfEveryPageWithFindings() throws Exception {
        Editors.disableAutoBuild();
        // only this project in the pictures, whatever other tests left in the workspace
        for (IProject other : org.eclipse.core.resources.ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
            other.delete(true, true, null);
        }
        IProject project = Editors.project("prd-air-pollution", true, "prd-air.chaxu", "jjj-air.chaxu");
        Editors.fullBuild(project);
        IWorkbenchPage page = arrange();
        ChaxuEditor prd = Editors.open(project.getFile("prd-air.chaxu"));
        Editors.liveFindings(prd);
        shoot(prd, UnitsPage.ID, "dongguan", "editor-units.png");
        shoot(prd, ArrangementsPage.ID, "gf-integration", "editor-arrangements.png");
        shoot(prd, StandardsPage.ID, "foshan-voc-furniture", "editor-standards.png");
        ChaxuEditor jjj = Editors.open(project.getFile("jjj-air.chaxu"));
        Editors.liveFindings(jjj);
        shoot(jjj, NegotiationsPage.ID, "bl-central-2018", "editor-negotiations.png");
        page.closeAllEditors(false);

        // the same editor in Chinese (the project's Chaxu language)
        IEclipsePreferences preferences = ChaxuSettings.project(project);
        preferences.putBoolean(ChaxuSettings.PROJECT_SPECIFIC, true);
        preferences.put(ChaxuSettings.LANGUAGE, "zh");
        preferences.flush();
        ChaxuEditor chinese = Editors.open(project.getFile("prd-air.chaxu"));
        Editors.liveFindings(chinese);
        assertTrue(chinese.getActivePageInstance().getTitle().equals("行政单位"), chinese.getActivePageInstance().getTitle());
        shoot(chinese, StandardsPage.ID, "foshan-voc-furniture", "editor-standards-zh.png");
    }

    private static IWorkbenchPage arrange() throws Exception {
        var workbench = PlatformUI.getWorkbench();
        if (workbench.getIntroManager().getIntro() != null) {
            workbench.getIntroManager().closeIntro(workbench.getIntroManager().getIntro());
        }
        Shell shell = workbench.getActiveWorkbenchWindow().getShell();
        shell.setMaximized(false);
        shell.setBounds(0, 0, 1600, 1000);
        // the Chaxu perspective, as the Chaxu IDE opens: Problems in front below the editor
        workbench.showPerspective("org.chaxu.ide.perspective", workbench.getActiveWorkbenchWindow());
        IWorkbenchPage page = workbench.getActiveWorkbenchWindow().getActivePage();
        page.showView(IPageLayout.ID_OUTLINE);
        page.showView(IPageLayout.ID_PROP_SHEET);
        page.showView(IPageLayout.ID_PROBLEM_VIEW);
        return page;
    }

    private static void shoot(ChaxuEditor editor, String pageId, String elementId, String name) throws Exception {
        Editors.page().activate(editor);
        EditorPage page = (EditorPage) editor.setActivePage(pageId);
        page.select(Editors.element(editor, elementId));
        Display display = Display.getCurrent();
        settle(display, 1200);
        // what the picture must show, checked in the widgets at the moment it is taken
        assertEquals(pageId, editor.getActivePageInstance().getId(), "the page of the picture is the active one");
        org.eclipse.jface.viewers.ISelection selection = editor.getSite().getSelectionProvider().getSelection();
        Object element = Editors.element(editor, elementId);
        assertTrue(selection instanceof org.eclipse.jface.viewers.IStructuredSelection s && s.toList().contains(element),
                () -> "the element of the picture is selected: " + selection);
        assertTrue(Editors.page().isPartVisible(Editors.page().findView(IPageLayout.ID_PROBLEM_VIEW)), "the Problems view is in the picture");
        assertTrue(editor.getSite().getShell().isVisible() && editor.getSite().getShell().getBounds().width >= 1600);
        Path dir = Editors.root().resolve("bundles/org.chaxu.editor.tests/target/screenshots");
        Files.createDirectories(dir);
        Path png = dir.resolve(name);
        Shell shell = editor.getSite().getShell();
        Rectangle bounds = shell.getBounds();
        Image image = new Image(display, bounds.width, bounds.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, bounds.x, bounds.y);
            ImageLoader loader = new ImageLoader();
            ImageData data = image.getImageData();
            loader.data = new ImageData[] { data };
            loader.save(png.toString(), SWT.IMAGE_PNG);
            int colours = distinctColours(data);
            assertTrue(colours > 64, () -> png + " has " + colours + " colours: a blank or black window, not the editor");
        } finally {
            gc.dispose();
            image.dispose();
        }
        assertTrue(Files.size(png) > 10_000, "a real picture was saved: " + png);
    }

    /** The number of distinct pixel values on a grid of every 4th pixel: a few for a blank window, hundreds for a drawn editor. */
    static int distinctColours(ImageData data) {
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int y = 0; y < data.height; y += 4) {
            for (int x = 0; x < data.width; x += 4) {
                colours.add(data.getPixel(x, y));
            }
        }
        return colours.size();
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
