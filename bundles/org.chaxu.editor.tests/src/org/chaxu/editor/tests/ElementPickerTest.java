// SPDX-License-Identifier: EPL-2.0
package org.chaxu.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.chaxu.editor.ChaxuEditor;
import org.chaxu.governance.AdministrativeUnit;
import org.chaxu.governance.Arrangement;
import org.eclipse.core.resources.IProject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;

/**
 * A unit's superior and a circle's members are chosen in a picker that searches as one types (no
 * list of every unit in the details): typing part of a name finds the unit, OK sets it as one
 * undoable command; Add… adds members, Remove takes them out.
 */
class ElementPickerTest extends WorkbenchTestCase {

    @Test
    void theSuperiorIsChosenByTypingPartOfItsName() throws Exception {
        IProject project = Editors.project("picker", false, "prd-air.chaxu");
        ChaxuEditor editor = Editors.open(project.getFile("prd-air.chaxu"));
        AdministrativeUnit foshan = Editors.element(editor, "foshan");
        AdministrativeUnit central = Editors.element(editor, "central");
        editor.reveal(foshan);
        Editors.processEvents();
        Shell shell = editor.getSite().getShell();
        Text superior = find(shell, Text.class, "superior");
        assertNotNull(superior, "the superior is shown by name");
        assertEquals(editor.labels().text(foshan.getSuperior()), superior.getText());

        List<String> offered = pick(find(shell, Button.class, "superior"), "Central Gov", 0);
        assertTrue(offered.stream().allMatch(o -> o.contains("Central Gov")), "only what matches is listed: " + offered);
        assertEquals(central, foshan.getSuperior(), "chosen");
        Editors.processEvents();
        assertEquals(editor.labels().text(central), find(shell, Text.class, "superior").getText());
        editor.getEditingDomain().getCommandStack().undo();
        assertEquals("guangdong", foshan.getSuperior().getId(), "one undoable command");

        // a circle's members: Add… finds a city by part of its name, Remove takes it out again
        Arrangement circle = firstCircle(editor);
        editor.reveal(circle);
        Editors.processEvents();
        Table members = find(shell, Table.class, "members");
        int before = members.getItemCount();
        assertEquals(circle.getMembers().size(), before, "the members it names, no list of every unit");
        AdministrativeUnit added = editor.model().getUnits().stream().filter(u -> !circle.getMembers().contains(u) && u != central)
                .findFirst().orElseThrow();
        pick(find(shell, Button.class, "members"), added.getName(), 0);
        assertTrue(circle.getMembers().contains(added), added.getName() + " added");
        assertEquals(before + 1, members.getItemCount());
        members.setSelection(members.getItemCount() - 1);
        members.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        Button remove = buttons(members.getParent()).stream().filter(b -> b.getData("feature") == null).findFirst().orElseThrow();
        assertTrue(remove.isEnabled());
        remove.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        Editors.processEvents();
        assertTrue(!circle.getMembers().contains(added), "removed");
    }

    private static Arrangement firstCircle(ChaxuEditor editor) {
        return editor.model().getArrangements().stream().filter(a -> !a.getMembers().isEmpty()).findFirst().orElseThrow();
    }

    /**
     * Presses {@code button}, types {@code pattern} into the picker that opens, waits for the list,
     * chooses its row {@code row} and presses OK; returns the rows listed.
     */
    private static List<String> pick(Button button, String pattern, int row) {
        Display display = button.getDisplay();
        Shell owner = button.getShell();
        List<String> listed = new ArrayList<>();
        long deadline = System.currentTimeMillis() + 30_000;
        int[] step = {0};
        Runnable[] driver = new Runnable[1];
        driver[0] = () -> {
            if (System.currentTimeMillis() > deadline) {
                for (Shell s : display.getShells()) {
                    if (s != owner && s.isVisible()) {
                        s.close();
                    }
                }
                return;
            }
            Shell dialog = null;
            for (Shell s : display.getShells()) {
                if (s != owner && s.isVisible() && find(s, Table.class, null) != null) {
                    dialog = s;
                }
            }
            if (dialog != null) {
                Text filter = find(dialog, Text.class, null);
                Table table = find(dialog, Table.class, null);
                if (step[0] == 0) {
                    filter.setText(pattern);
                    step[0] = 1;
                } else if (table.getItemCount() > 0 && table.getItem(0).getText().contains(pattern.substring(0, 3))) {
                    for (int i = 0; i < table.getItemCount(); i++) {
                        listed.add(table.getItem(i).getText());
                    }
                    table.setSelection(row);
                    table.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
                    Button ok = buttons(dialog).stream().filter(b -> b == b.getShell().getDefaultButton()).findFirst().orElseThrow();
                    ok.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
                    return;
                }
            }
            display.timerExec(50, driver[0]);
        };
        display.timerExec(50, driver[0]);
        button.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        Editors.processEvents();
        assertTrue(!listed.isEmpty(), "the picker listed what matches " + pattern);
        return listed;
    }

    private static List<Button> buttons(Composite parent) {
        List<Button> found = new ArrayList<>();
        for (Control child : parent.getChildren()) {
            if (child instanceof Button b) {
                found.add(b);
            } else if (child instanceof Composite c) {
                found.addAll(buttons(c));
            }
        }
        return found;
    }

    /** The first visible control of the type (with the feature, when not null) below {@code control}. */
    private static <T extends Control> T find(Control control, Class<T> type, String feature) {
        if (type.isInstance(control) && control.isVisible() && (feature == null || feature.equals(control.getData("feature")))) {
            return type.cast(control);
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                T found = find(child, type, feature);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
