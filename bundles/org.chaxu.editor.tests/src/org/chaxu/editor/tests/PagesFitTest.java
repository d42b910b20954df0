// SPDX-License-Identifier: EPL-2.0
package org.chaxu.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.GregorianCalendar;

import org.chaxu.editor.ChaxuEditor;
import org.chaxu.editor.internal.ArrangementsPage;
import org.chaxu.editor.internal.ItemProviders;
import org.chaxu.editor.internal.ModelPage;
import org.chaxu.editor.internal.StandardsPage;
import org.chaxu.editor.internal.wizards.NewModelWizard;
import org.chaxu.governance.Level;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.junit.jupiter.api.Test;

/**
 * Pages that fit: on a wide window the Standards page shows the details beside the matrix (below
 * it on a narrow one); its columns are as wide as their headers, the issuers' as wide as their
 * names; a long tooltip is broken into lines; an empty page says what it holds and how to begin.
 */
class PagesFitTest extends WorkbenchTestCase {

    @Test
    void theStandardsPageFitsItsWindow() throws Exception {
        IProject project = Editors.project("pages-fit", false, "prd-air.chaxu");
        ChaxuEditor editor = Editors.open(project.getFile("prd-air.chaxu"));
        Shell shell = editor.getSite().getShell();
        shell.setMaximized(false);
        shell.setBounds(0, 0, 1600, 1000);
        StandardsPage page = (StandardsPage) editor.setActivePage(StandardsPage.ID);
        Editors.processEvents();
        SashForm sash = sashOf(page.matrix().getTable());
        Editors.waitUntil("the details beside the matrix", () -> sash.getOrientation() == SWT.HORIZONTAL || sash.getSize().x < 1100);
        assertTrue(sash.getSize().x < 1100 || sash.getOrientation() == SWT.HORIZONTAL, "wide: " + sash.getSize());
        shell.setBounds(0, 0, 900, 900);
        Editors.waitUntil("the details below the matrix", () -> sash.getOrientation() == SWT.VERTICAL);

        Table table = page.matrix().getTable();
        GC gc = new GC(table);
        try {
            for (TableColumn column : Arrays.copyOfRange(table.getColumns(), 1, table.getColumnCount())) {
                int needed = gc.textExtent(column.getText()).x;
                assertTrue(column.getWidth() >= Math.min(needed, 200) && column.getToolTipText() != null, column.getText() + ": " + column.getWidth());
            }
            int widestName = gc.textExtent("Guangdong Provincial Government (广东省政府)").x;
            assertTrue(table.getColumn(0).getWidth() >= widestName, "the issuers' names are not cut: " + table.getColumn(0).getWidth());
        } finally {
            gc.dispose();
        }
        shell.setBounds(0, 0, 1600, 1000);
    }

    @Test
    void longTooltipsAreBrokenIntoLines() {
        String english = "word ".repeat(80).strip();
        assertTrue(ItemProviders.wrapped(english).lines().allMatch(l -> l.length() <= 100), ItemProviders.wrapped(english));
        assertEquals(english, ItemProviders.wrapped(english).replace('\n', ' '), "broken at spaces, nothing lost");
        String chinese = "地市可以比省执行得更严但不能更松".repeat(20);
        assertTrue(ItemProviders.wrapped(chinese).lines().allMatch(l -> l.length() <= 100));
        assertEquals(chinese, ItemProviders.wrapped(chinese).replace("\n", ""));
        assertEquals("short", ItemProviders.wrapped("short"));
    }

    @Test
    void anEmptyPageSaysWhatItHoldsAndHowToBegin() throws Exception {
        IProject project = Editors.project("pages-empty", false);
        IFile file = Editors.write(project.getFile("new.chaxu"), new String(NewModelWizard.contents("Region", "Centre", Level.PROVINCIAL,
                new GregorianCalendar(2020, 11, 31).getTime()), java.nio.charset.StandardCharsets.UTF_8));
        ChaxuEditor editor = Editors.open(file);
        ModelPage arrangements = (ModelPage) editor.setActivePage(ArrangementsPage.ID);
        Editors.processEvents();
        assertTrue(arrangements.sectionDescription().contains("No arrangements yet: Add arrangement"), arrangements.sectionDescription());
        arrangements.run(arrangements.pageActions().get(0));
        Editors.processEvents();
        assertFalse(arrangements.sectionDescription().contains("No arrangements yet"), "gone with the first arrangement");
    }

    private static SashForm sashOf(Control control) {
        for (Control c = control; c != null; c = c.getParent()) {
            if (c instanceof SashForm sash) {
                return sash;
            }
        }
        throw new AssertionError("no sash above the matrix");
    }
}
