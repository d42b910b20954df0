// SPDX-License-Identifier: EPL-2.0
package org.chaxu.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;

import org.chaxu.editor.ChaxuEditor;
import org.chaxu.governance.GovernancePackage;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.emf.edit.command.SetCommand;
import org.junit.jupiter.api.Test;

/**
 * The editor checks its model in the project's context (issue 26): a city file is bound by the
 * province's baseline and the circle kept in other files of the project, while it is edited and
 * without a save, and a save of the province's file changes what the city's editor shows.
 */
class ProjectEditorTest extends WorkbenchTestCase {

    static final String DIR = "chengdu-deyang/";

    @Test
    void aCityEditorShowsTheFindingsOfItsProjectAndFollowsTheProvincesSavedBaseline() throws Exception {
        IProject project = Editors.project("editor-project", true, DIR + "sichuan-baseline.chaxu", DIR + "chengdu.chaxu",
                DIR + "deyang.chaxu", DIR + "circle.chaxu");
        IFile chengdu = project.getFile(DIR + "chengdu.chaxu");
        ChaxuEditor editor = Editors.open(chengdu);
        assertEquals(Editors.expected(DIR + "chengdu.chaxu"), Editors.lines(Editors.liveFindings(editor)),
                "the golden findings of the file in its project, not those of the file alone (none)");

        // an unsaved edit is checked against the other files: 60 mg/m³ exactly meets Sichuan's baseline
        assertTrue(editor.execute(SetCommand.create(editor.getEditingDomain(), Editors.element(editor, "chengdu-voc"),
                GovernancePackage.Literals.STANDARD__VALUE, 60000.0)));
        assertEquals(List.of("BASE-CIRCLE ERROR chengdu-voc", "BASE-RAISED INFO chengdu-diesel-deadline"),
                Editors.lines(Editors.liveFindings(editor)));

        // the province's file saved with a looser baseline (80 mg/m³): the city's 60 now raises the bar
        IFile province = project.getFile(DIR + "sichuan-baseline.chaxu");
        String text = Files.readString(Editors.example(DIR + "sichuan-baseline.chaxu")).replace("value=\"60.0\"", "value=\"80.0\"");
        Editors.write(province, text);
        List<String> expected = List.of("BASE-CIRCLE ERROR chengdu-voc", "BASE-RAISED INFO chengdu-diesel-deadline",
                "BASE-RAISED INFO chengdu-voc");
        Editors.waitUntil("the city's editor re-checked with the province's saved file",
                () -> Editors.lines(editor.findings().all()).equals(expected));
        assertTrue(editor.isDirty(), "the city's unsaved edit is kept");
        assertEquals(60000.0, ((org.chaxu.governance.Standard) Editors.element(editor, "chengdu-voc")).getValue());
    }
}
