// SPDX-License-Identifier: EPL-2.0
package org.chaxu.ide.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.chaxu.engine.ProjectSettings;
import org.chaxu.core.internal.ChaxuSettings;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Chaxu preference page, used as a drafter uses it: the rule list, a rule unticked, OK. */
class PreferencePageTest {

    @AfterEach
    void reset() throws Exception {
        ChaxuSettings.workspace().clear();
        ChaxuSettings.workspace().flush();
        Workbench.waitForChaxuJobs();
    }

    @Test
    void untickingARuleOnThePreferencePageRemovesItsMarkers() throws Exception {
        Workbench.disableAutoBuild();
        IProject project = Workbench.project("preference-page", "prd-air.chaxu");
        Workbench.fullBuild(project);
        IFile prd = project.getFile("prd-air.chaxu");
        assertTrue(Workbench.findingLines(prd).contains("BASE-LOOSER ERROR foshan-voc-furniture"));

        PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(
                PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), "org.chaxu.ide.preferences", null, null);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            Table table = find(dialog.getShell());
            assertNotNull(table, "the page shows the rule table");
            List<String> ids = new ArrayList<>();
            for (TableItem item : table.getItems()) {
                ids.add(item.getText(0));
                assertTrue(item.getChecked(), item.getText(0) + " is on by default");
                assertFalse(item.getText(1).isEmpty() || item.getText(2).isEmpty() || item.getText(3).isEmpty(),
                        "severity, principle and file are shown for " + item.getText(0));
                if (item.getText(0).equals("BASE-LOOSER")) {
                    assertEquals("ERROR", item.getText(1));
                    assertTrue(item.getText(3).endsWith("baseline.drl"), item.getText(3));
                    item.setChecked(false);
                }
            }
            assertEquals(20, ids.size(), ids::toString);
            assertTrue(((PreferencePage) dialog.getSelectedPage()).performOk());
        } finally {
            dialog.close();
        }
        Workbench.waitForChaxuJobs();
        List<String> lines = Workbench.findingLines(prd);
        assertFalse(lines.stream().anyMatch(l -> l.startsWith("BASE-LOOSER ")), lines::toString);
        assertTrue(lines.contains("BASE-SCHEDULE ERROR zhaoqing-yellow-deadline"), "the other rules stay");
    }

    @Test
    void theProjectPropertyPageWritesTheSettingsFileAndKeepsItsOtherLines() throws Exception {
        Workbench.disableAutoBuild();
        IProject project = Workbench.project("property-page", "prd-air.chaxu");
        IFile settings = Workbench.write(project.getFile(ProjectSettings.PATH),
                "# reviewed by the board\nsuppress.BASE-SCHEDULE.zhaoqing-yellow-deadline=the board granted Zhaoqing a year\n");
        Workbench.fullBuild(project);
        IFile prd = project.getFile("prd-air.chaxu");
        assertTrue(Workbench.findingLines(prd).contains("BASE-LOOSER ERROR foshan-voc-furniture"));
        assertFalse(Workbench.findingLines(prd).contains("BASE-SCHEDULE ERROR zhaoqing-yellow-deadline"), "suppressed");

        PreferenceDialog dialog = PreferencesUtil.createPropertyDialogOn(
                PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), project, "org.chaxu.ide.properties", null, null);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            Button projectSpecific = findButton(dialog.getShell(), "Enable project specific settings");
            assertNotNull(projectSpecific);
            assertTrue(projectSpecific.getSelection(), "a project with a settings file has project-specific settings");
            for (TableItem item : find(dialog.getShell()).getItems()) {
                if (item.getText(0).equals("BASE-LOOSER")) {
                    item.setChecked(false);
                }
            }
            assertTrue(((PreferencePage) dialog.getSelectedPage()).performOk());
        } finally {
            dialog.close();
        }
        Workbench.waitForChaxuJobs();
        String text = java.nio.file.Files.readString(settings.getLocation().toFile().toPath());
        assertTrue(text.startsWith("# reviewed by the board\nsuppress.BASE-SCHEDULE.zhaoqing-yellow-deadline=the board granted Zhaoqing a year\n"),
                text);
        assertTrue(text.contains("\nrule.BASE-LOOSER.enabled=false\n"), text);
        assertFalse(text.contains("rule.BASE-RAISED"), "rules left on are not written: " + text);
        List<String> lines = Workbench.findingLines(prd);
        assertFalse(lines.contains("BASE-LOOSER ERROR foshan-voc-furniture"), lines::toString);
        assertFalse(lines.contains("BASE-SCHEDULE ERROR zhaoqing-yellow-deadline"), lines::toString);
        assertTrue(lines.contains("BASE-CIRCLE ERROR huizhou-yellow-deadline"), lines::toString);
    }

    @Test
    void withChaxusLanguageSetToChineseThePreferencePageSpeaksChinese() throws Exception {
        ChaxuSettings.workspace().put(ChaxuSettings.LANGUAGE, "zh");
        ChaxuSettings.workspace().flush();
        Workbench.waitForChaxuJobs();
        PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(
                PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), "org.chaxu.ide.preferences", null, null);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            Table table = find(dialog.getShell());
            assertNotNull(table, "the page shows the rule table");
            List<String> headers = new ArrayList<>();
            for (org.eclipse.swt.widgets.TableColumn column : table.getColumns()) {
                headers.add(column.getText());
            }
            assertEquals(List.of("规则", "严重程度", "原则", "文件"), headers);
            List<String> labels = texts(dialog.getShell(), new ArrayList<>());
            assertTrue(labels.contains("消息语言："), labels::toString);
            assertTrue(labels.contains("规则文件夹（以逗号分隔）："), labels::toString);
            org.eclipse.swt.widgets.Combo language = combo(dialog.getShell());
            assertNotNull(language);
            assertEquals("中文", language.getText(), "the chosen language is shown selected");
            assertEquals("Chaxu 用其 Drools 规则检查 .chaxu 模型。可在此停用规则或更改其严重程度。",
                    ((PreferencePage) dialog.getSelectedPage()).getDescription());
        } finally {
            dialog.close();
        }

        // back to English: the same page in English
        ChaxuSettings.workspace().put(ChaxuSettings.LANGUAGE, "en");
        ChaxuSettings.workspace().flush();
        Workbench.waitForChaxuJobs();
        dialog = PreferencesUtil.createPreferenceDialogOn(
                PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), "org.chaxu.ide.preferences", null, null);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            assertEquals("Rule", find(dialog.getShell()).getColumn(0).getText());
            assertTrue(texts(dialog.getShell(), new ArrayList<>()).contains("Message language:"));
        } finally {
            dialog.close();
        }
    }

    private static List<String> texts(Composite composite, List<String> into) {
        for (Control child : composite.getChildren()) {
            if (child instanceof org.eclipse.swt.widgets.Label label) {
                into.add(label.getText());
            } else if (child instanceof Composite inner) {
                texts(inner, into);
            }
        }
        return into;
    }

    private static org.eclipse.swt.widgets.Combo combo(Composite composite) {
        for (Control child : composite.getChildren()) {
            if (child instanceof org.eclipse.swt.widgets.Combo combo) {
                return combo;
            }
            if (child instanceof Composite inner) {
                org.eclipse.swt.widgets.Combo combo = combo(inner);
                if (combo != null) {
                    return combo;
                }
            }
        }
        return null;
    }

    private static Button findButton(Composite composite, String text) {
        for (Control child : composite.getChildren()) {
            if (child instanceof Button button && text.equals(button.getText())) {
                return button;
            }
            if (child instanceof Composite inner) {
                Button button = findButton(inner, text);
                if (button != null) {
                    return button;
                }
            }
        }
        return null;
    }

    private static Table find(Composite composite) {
        for (Control child : composite.getChildren()) {
            if (child instanceof Table table) {
                return table;
            }
            if (child instanceof Composite inner) {
                Table table = find(inner);
                if (table != null) {
                    return table;
                }
            }
        }
        return null;
    }
}
