// SPDX-License-Identifier: EPL-2.0
package org.chaxu.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import org.chaxu.core.internal.ChaxuSettings;
import org.chaxu.editor.ChaxuEditor;
import org.chaxu.governance.GovernancePackage;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.emf.edit.command.SetCommand;
import org.junit.jupiter.api.Test;

/**
 * A switch of Chaxu's language updates the open editors at once — their pages, labels and findings —
 * without reopening them and without losing an unsaved change.
 */
class LanguageSwitchTest extends WorkbenchTestCase {

    @Test
    void anOpenEditorFollowsTheLanguageSwitch() throws Exception {
        IProject project = Editors.project("language-switch", false, "prd-air.chaxu");
        ChaxuEditor editor = Editors.open(project.getFile("prd-air.chaxu"));
        Editors.liveFindings(editor);
        assertEquals(Locale.ENGLISH.getLanguage(), editor.locale().getLanguage());
        assertEquals("Units", editor.getActivePageInstance().getTitle());
        // an unsaved change, which the switch must keep
        assertTrue(editor.execute(SetCommand.create(editor.getEditingDomain(), Editors.element(editor, "foshan-voc-furniture"),
                GovernancePackage.Literals.STANDARD__VALUE, 25.0)));

        IEclipsePreferences preferences = ChaxuSettings.project(project);
        preferences.putBoolean(ChaxuSettings.PROJECT_SPECIFIC, true);
        preferences.put(ChaxuSettings.LANGUAGE, "zh");
        preferences.flush();
        Editors.waitUntil("the editor in Chinese", () -> "行政单位".equals(editor.getActivePageInstance().getTitle()));
        // the rules' sentences in Chinese ("… is stricter than …" gone, the models' own names as they are)
        Editors.waitUntil("the findings in Chinese", () -> !Editors.liveFindings(editor).isEmpty() && Editors.liveFindings(editor).stream()
                .noneMatch(f -> f.getMessage().contains(" is ") || f.getMessage().contains(" has ")));
        assertTrue(editor.isDirty(), "the unsaved change is still there");
        assertEquals(25.0, ((org.chaxu.governance.Standard) Editors.element(editor, "foshan-voc-furniture")).getValue());

        preferences.put(ChaxuSettings.LANGUAGE, "en");
        preferences.flush();
        Editors.waitUntil("the editor in English again", () -> "Units".equals(editor.getActivePageInstance().getTitle()));
        preferences.putBoolean(ChaxuSettings.PROJECT_SPECIFIC, false);
        preferences.remove(ChaxuSettings.LANGUAGE);
        preferences.flush();
    }
}
