// SPDX-License-Identifier: EPL-2.0
package org.chaxu.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.chaxu.editor.ChaxuEditor;
import org.chaxu.editor.internal.wizards.ExamplesWizard;
import org.chaxu.editor.internal.wizards.NewModelWizard;
import org.chaxu.engine.LoadedModel;
import org.chaxu.engine.ModelLoader;
import org.chaxu.governance.AdministrativeUnit;
import org.chaxu.governance.Level;
import org.chaxu.governance.Rank;
import org.chaxu.core.ChaxuCore;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.eclipse.ui.wizards.IWizardDescriptor;
import org.junit.jupiter.api.Test;

/** File → New → Chaxu model, and File → New → Example… → Chaxu worked cases, in a real workbench. */
class WizardTest extends WorkbenchTestCase {

    @Test
    void theNewModelWizardWritesAValidModelAndOpensIt() throws Exception {
        IProject project = Editors.project("drafts", false);
        IWizardDescriptor descriptor = PlatformUI.getWorkbench().getNewWizardRegistry().findWizard("org.chaxu.editor.newModel");
        NewModelWizard wizard = assertInstanceOf(NewModelWizard.class, descriptor.createWizard());
        wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
        WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            WizardNewFileCreationPage filePage = (WizardNewFileCreationPage) wizard.getPage("file");
            filePage.setContainerFullPath(project.getFullPath());
            filePage.setFileName("yangtze.chaxu");
            assertTrue(wizard.canFinish());
            assertTrue(wizard.performFinish());
        } finally {
            dialog.close();
        }
        IFile file = project.getFile("yangtze.chaxu");
        assertTrue(file.exists());
        LoadedModel model = new ModelLoader().load(file.getLocation().toFile().toPath());
        assertEquals(List.of(), model.problems(), "the new model is valid");
        AdministrativeUnit top = model.model().getUnits().get(0);
        assertEquals(Level.PROVINCIAL, top.getLevel());
        assertEquals(Rank.MINISTERIAL, top.getRank());
        ChaxuEditor editor = assertInstanceOf(ChaxuEditor.class, Editors.page().getActiveEditor(), "the new model is open");
        assertEquals(List.of(), Editors.liveFindings(editor), "nothing to find in a new model");
    }

    @Test
    void aCentralTopUnitGetsTheNationalRank() throws Exception {
        byte[] xml = NewModelWizard.contents("中国", "国务院", Level.CENTRAL, new java.util.Date(0));
        java.nio.file.Path file = java.nio.file.Files.createTempFile("new", ".chaxu");
        java.nio.file.Files.write(file, xml);
        LoadedModel model = new ModelLoader().load(file);
        assertEquals(List.of(), model.problems());
        assertEquals(Rank.NATIONAL, model.model().getUnits().get(0).getRank());
        assertEquals("国务院", model.model().getUnits().get(0).getName());
    }

    /** Every word of the editor, in both languages, reads with single apostrophes (the templates' {@code ''} never shows). */
    @Test
    void noEditorTextShowsADoubledApostrophe() {
        for (java.util.Locale locale : java.util.List.of(java.util.Locale.ENGLISH, java.util.Locale.CHINESE)) {
            org.chaxu.editor.internal.Messages messages = new org.chaxu.editor.internal.Messages(locale);
            java.util.ResourceBundle bundle = java.util.ResourceBundle.getBundle("org.chaxu.editor.internal.messages", locale,
                    org.chaxu.editor.internal.Messages.class.getClassLoader());
            for (String key : bundle.keySet()) {
                String text = messages.get(key);
                assertTrue(!text.contains("''"), () -> locale + " " + key + ": " + text);
                String formatted;
                try {
                    formatted = messages.get(key, "x", "y", "z");
                } catch (IllegalArgumentException e) {
                    continue; // a text that takes no values need not be a pattern
                }
                assertTrue(!formatted.contains("''"), () -> locale + " " + key + " with values: " + formatted);
            }
        }
    }

    @Test
    void theWorkedCasesWizardCreatesACheckedProjectReadyToShowFindings() throws Exception {
        IProject existing = ResourcesPlugin.getWorkspace().getRoot().getProject("chaxu-worked-cases");
        if (existing.exists()) {
            existing.delete(true, true, null);
        }
        IWizardDescriptor descriptor = PlatformUI.getWorkbench().getNewWizardRegistry().findWizard("org.chaxu.editor.examples");
        assertEquals("org.eclipse.ui.Examples", descriptor.getCategory().getId(), "listed under File → New → Example…");
        ExamplesWizard wizard = assertInstanceOf(ExamplesWizard.class, descriptor.createWizard());
        wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
        WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            String description = wizard.getPages()[0].getDescription();
            assertTrue(description.contains("Xi'an") && !description.contains("''"), description);
            assertTrue(wizard.performFinish());
        } finally {
            dialog.close();
        }
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("chaxu-worked-cases");
        assertTrue(project.hasNature(ChaxuCore.NATURE_ID));
        for (String name : ExamplesWizard.FILES) {
            assertTrue(project.getFile(name).exists(), name);
        }
        ChaxuEditor editor = assertInstanceOf(ChaxuEditor.class, Editors.page().getActiveEditor());
        assertEquals("prd-air.chaxu", editor.file().getName());
        Editors.fullBuild(project);
        Editors.waitForJobs();
        for (String example : List.of("prd-air.chaxu", "jjj-air.chaxu", "xian-xianyang-transport.chaxu", "clean-region.chaxu",
                "registry/prd-air.chaxu", "registry/jjj-air.chaxu", "registry/xian-xianyang-transport.chaxu")) {
            assertEquals(Editors.expected(example), Editors.markerLines(project.getFile(example)), "markers of " + example);
        }
        assertFalse(editor.isDirty());
    }
}
