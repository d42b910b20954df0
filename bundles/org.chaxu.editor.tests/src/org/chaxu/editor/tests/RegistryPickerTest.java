// SPDX-License-Identifier: EPL-2.0
package org.chaxu.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import org.chaxu.editor.ChaxuEditor;
import org.chaxu.governance.Arrangement;
import org.eclipse.core.resources.IProject;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.Test;

/**
 * The editor on the PRD worked case written against the national registry: it opens with the findings
 * of its golden file, and a circle's member list offers the registry's units near those the model
 * names (Guangdong's cities and their districts), not only the model's own units (it has none).
 */
class RegistryPickerTest extends WorkbenchTestCase {

    @Test
    void aCirclesMembersAreChosenAmongTheRegistrysUnits() throws Exception {
        IProject project = Editors.project("registry-picker", false);
        Editors.write(project.getFile("prd-air.chaxu"), Files.readString(Editors.example("registry/prd-air.chaxu")));
        ChaxuEditor editor = Editors.open(project.getFile("prd-air.chaxu"));
        assertEquals(Editors.expected("registry/prd-air.chaxu"), Editors.lines(Editors.liveFindings(editor)));

        Arrangement circle = Editors.element(editor, "gfz-circle");
        editor.reveal(circle);
        Editors.processEvents();
        Table members = find(editor.getSite().getShell(), "members");
        assertNotNull(members, "the circle's member list is shown");
        List<String> listed = new ArrayList<>();
        for (TableItem item : members.getItems()) {
            listed.add(item.getText().replaceAll("\\s*\\(.*$", "")); // "Guangzhou City (Prefectural) · 440100 · 广州市 [national registry, read-only]"
        }
        assertEquals(List.of("Guangzhou City", "Foshan City", "Zhaoqing City"), listed, "the members it names");
        // Add… offers the registry's units near those the model names, and nothing it does not come near
        List<String> offered = new ArrayList<>();
        for (org.eclipse.emf.ecore.EObject unit : org.chaxu.editor.internal.DetailsPart.candidates(circle,
                org.chaxu.governance.GovernancePackage.Literals.ADMINISTRATIVE_UNIT)) {
            offered.add(editor.labels().text(unit).replaceAll("\\s*\\(.*$", ""));
        }
        assertTrue(offered.containsAll(List.of("Guangdong Province", "Shenzhen City", "Shaoguan City", "Chancheng District")), offered::toString);
        assertFalse(offered.contains("Nanjing City"), "nothing the model does not come near: " + offered);
    }

    /** The visible check list of the given feature in the details. */
    private static Table find(Control control, String feature) {
        if (control instanceof Table table && feature.equals(table.getData("feature")) && table.isVisible()) {
            return table;
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                Table found = find(child, feature);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
