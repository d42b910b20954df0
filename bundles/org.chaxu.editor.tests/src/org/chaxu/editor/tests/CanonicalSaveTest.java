// SPDX-License-Identifier: EPL-2.0
package org.chaxu.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.chaxu.editor.ChaxuEditor;
import org.chaxu.governance.Arrangement;
import org.chaxu.governance.GovernancePackage;
import org.chaxu.governance.Initiation;
import org.chaxu.governance.Level;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.junit.jupiter.api.Test;

/**
 * Models live in git: one edit through the editor, saved, changes the one line of the element
 * edited — every other line, the root's attributes, references by id and the defaults the file
 * spells out stay byte for byte — and a default value is shown as itself, not blank.
 */
class CanonicalSaveTest extends WorkbenchTestCase {

    @Test
    void oneCellEditedIsOneChangedLine() throws Exception {
        IProject project = Editors.project("canonical-save", false, "prd-air.chaxu");
        IFile file = project.getFile("prd-air.chaxu");
        Path path = file.getLocation().toFile().toPath();
        List<String> before = Files.readAllLines(path);
        ChaxuEditor editor = Editors.open(file);

        // the explicit default (initiation="TOP_DOWN") is shown as its value, not blank
        Arrangement conference = Editors.element(editor, "prd-conference");
        assertEquals(Initiation.TOP_DOWN, conference.getInitiation());
        editor.reveal(conference);
        Editors.processEvents();
        Combo initiation = find(editor.getSite().getShell(), "initiation");
        assertNotNull(initiation, "the arrangement's initiation is shown");
        assertEquals("Top-down", initiation.getText());

        assertTrue(editor.execute(SetCommand.create(editor.getEditingDomain(), Editors.element(editor, "foshan-voc-furniture"),
                GovernancePackage.Literals.STANDARD__VALUE, 25.0)));
        editor.save();
        List<String> after = Files.readAllLines(path);
        assertEquals(before.size(), after.size(), "no line added or joined");
        List<String> changed = new ArrayList<>();
        for (int i = 0; i < before.size(); i++) {
            if (!before.get(i).equals(after.get(i))) {
                changed.add((i + 1) + ": " + before.get(i) + "\n -> " + after.get(i));
            }
        }
        assertEquals(1, changed.size(), () -> String.join("\n", changed));
        String line = after.get(Integer.parseInt(changed.get(0).substring(0, changed.get(0).indexOf(':'))) - 1);
        assertTrue(line.contains("id=\"foshan-voc-furniture\"") && line.contains("value=\"25.0\""), line);
        assertTrue(after.stream().anyMatch(l -> l.contains("id=\"prd-conference\"") && l.contains("initiation=\"TOP_DOWN\"")),
                "the default the file spelled out is still there");
        System.out.println("The diff of a one-cell edit of prd-air.chaxu:\n" + changed.get(0));

        // undone and saved: the file is the original again, byte for byte
        editor.getEditingDomain().getCommandStack().undo();
        editor.save();
        assertEquals(before, Files.readAllLines(path));
    }

    /** A new model from the wizard is written in the canonical format, its top unit's level spelled out even where it is the default. */
    @Test
    void theNewModelWizardWritesTheCanonicalFormat() throws Exception {
        byte[] contents = org.chaxu.editor.internal.wizards.NewModelWizard.contents("Region", "Centre", Level.CENTRAL,
                new java.util.GregorianCalendar(2020, 11, 31).getTime());
        String text = new String(contents, java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(text.contains("level=\"CENTRAL\" rank=\"NATIONAL\""), text);
        IProject project = Editors.project("canonical-new", false);
        IFile file = Editors.write(project.getFile("new.chaxu"), text);
        org.chaxu.engine.LoadedModel loaded = new org.chaxu.engine.ModelLoader().load(file.getLocation().toFile().toPath());
        assertTrue(loaded.isUsable(), loaded.problems()::toString);
        assertEquals(text, loaded.canonicalText(), "read and written again: the same bytes");
    }

    /** Two models of one name: the editor's tab names the one in a folder by its path in the project. */
    @Test
    void theTabOfAModelSharingItsNameShowsItsPath() throws Exception {
        // only this project's models in the workspace (earlier tests' projects would share the names too)
        for (IProject other : org.eclipse.core.resources.ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
            other.delete(true, true, null);
        }
        IProject project = Editors.project("canonical-names", false, "prd-air.chaxu");
        project.getFolder("registry").create(true, true, null);
        IFile registryCase = Editors.write(project.getFile("registry/prd-air.chaxu"), Files.readString(Editors.example("registry/prd-air.chaxu")));
        ChaxuEditor plain = Editors.open(project.getFile("prd-air.chaxu"));
        ChaxuEditor inFolder = Editors.open(registryCase);
        assertEquals("prd-air.chaxu", plain.getPartName());
        assertEquals("registry/prd-air.chaxu", inFolder.getPartName());
    }

    /** A copy of the national registry in a workspace opens read-only: no command changes it, its details are not editable. */
    @Test
    void aCopyOfTheRegistryIsReadOnlyInTheEditor() throws Exception {
        IProject project = Editors.project("registry-copy", false);
        project.getFolder("registry").create(true, true, null);
        IFile copy = project.getFile("registry/china.chaxu");
        copy.create(Files.newInputStream(Editors.root().resolve("registry/china.chaxu")), true, null);
        byte[] before = Files.readAllBytes(copy.getLocation().toFile().toPath());
        ChaxuEditor editor = Editors.open(copy);
        assertTrue(editor.isReadOnly(), "a copy of the shipped registry");
        assertTrue(editor.getPartName().endsWith("[national registry, read-only]"), editor.getPartName());
        org.chaxu.governance.AdministrativeUnit foshan = Editors.element(editor, "440600");
        assertTrue(!editor.execute(SetCommand.create(editor.getEditingDomain(), foshan,
                GovernancePackage.Literals.ELEMENT__NAME, "Foshan")), "no command changes it");
        assertEquals("佛山市", foshan.getName());
        editor.reveal(foshan);
        Editors.processEvents();
        assertTrue(find(editor.getSite().getShell(), "level") == null, "its values are shown, not offered for editing");
        assertTrue(!editor.isDirty());
        editor.doSave(null);
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(copy.getLocation().toFile().toPath())), "the file is as it was");
        // a model of one's own is edited as ever
        IFile own = Editors.write(project.getFile("own.chaxu"), Files.readString(Editors.example("prd-air.chaxu")));
        assertTrue(!Editors.open(own).isReadOnly());
    }

    private static Combo find(Control control, String feature) {
        if (control instanceof Combo combo && feature.equals(combo.getData("feature")) && combo.isVisible()) {
            return combo;
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                Combo found = find(child, feature);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
