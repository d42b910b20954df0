// SPDX-License-Identifier: EPL-2.0
package org.chaxu.editor.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.chaxu.editor.ChaxuEditor;
import org.chaxu.editor.internal.StandardsPage;
import org.chaxu.editor.internal.UnitsPage;
import org.chaxu.engine.Registry;
import org.chaxu.governance.AdministrativeUnit;
import org.chaxu.governance.GovernancePackage;
import org.chaxu.governance.Issuer;
import org.chaxu.governance.Standard;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.Test;

/**
 * The editor on the PRD worked case written against the national registry (a model with no units of
 * its own: its thirteen governments are registry units, their standards kept at the top level with
 * issuedBy). The Units page shows the registry units the model reaches, marked and read-only; the
 * Standards matrix shows the top-level standards in their issuer's row, edited as any other; an
 * empty cell of a registry unit creates a top-level standard; a marker on a registry unit selects
 * its row; a save writes the model file only, and reads back with the same findings.
 */
class RegistryEditorTest extends WorkbenchTestCase {

    private static final String CASE = "registry/prd-air.chaxu";

    @Test
    void theUnitsPageShowsTheRegistryUnitsTheModelNamesUnderTheirSuperiorsMarkedAndReadOnly() throws Exception {
        IProject project = Editors.project("registry-units", false, CASE);
        ChaxuEditor editor = Editors.open(project.getFile(CASE));
        Editors.liveFindings(editor);
        UnitsPage page = (UnitsPage) editor.setActivePage(UnitsPage.ID);
        page.viewer().expandAll();
        Editors.processEvents();

        TreeItem[] roots = page.viewer().getTree().getItems();
        assertEquals(1, roots.length, "one root, the central government");
        assertTrue(roots[0].getText().toLowerCase(java.util.Locale.ROOT).contains("central"), roots[0].getText());
        TreeItem guangdong = roots[0].getItems()[0];
        // in the editor's language, with the registry's own name beside it
        assertEquals("Guangdong Province (Provincial) · 440000 · 广东省 [national registry, read-only]", guangdong.getText());
        List<String> cities = new ArrayList<>();
        for (TreeItem city : guangdong.getItems()) {
            cities.add(city.getText().replaceAll(" \\(.*$", ""));
        }
        org.eclipse.jface.viewers.ColumnLabelProvider labels = (org.eclipse.jface.viewers.ColumnLabelProvider) page.viewer().getLabelProvider();
        assertEquals(guangdong.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY), labels.getForeground(guangdong.getData()), "greyed");
        assertEquals(List.of("Guangzhou City", "Shenzhen City", "Zhuhai City", "Foshan City", "Jiangmen City", "Zhaoqing City", "Huizhou City",
                "Shanwei City", "Heyuan City", "Dongguan City", "Zhongshan City"), cities);

        AdministrativeUnit dongguan = registryUnit(editor, "441900");
        assertTrue(Registry.contains(dongguan));
        page.select(dongguan);
        Editors.processEvents();
        assertSame(dongguan, page.selected());
        assertTrue(page.details().control().getDescription().contains("441900"), page.details().control().getDescription());
        assertTrue(page.details().control().getDescription().contains("national registry"), page.details().control().getDescription());
        assertTrue(texts(page.details().control()).isEmpty(), "no field of a registry unit can be typed into");

        // the registry is not edited: neither its values nor its units, by any command
        Command rename = SetCommand.create(editor.getEditingDomain(), dongguan, GovernancePackage.Literals.ELEMENT__NAME, "Dongguan");
        assertFalse(rename.canExecute(), "a registry unit's name cannot be set");
        assertFalse(editor.execute(rename));
        UnitsPage.Action remove = page.buttonActions().stream().filter(a -> a.label().equals("Remove")).findFirst().orElseThrow();
        assertNull(remove.command().apply(dongguan), "a registry unit cannot be removed");
        assertFalse(editor.isDirty());

        // a unit of the model's own, below a registry unit, is shown under it
        UnitsPage.Action add = page.buttonActions().stream().filter(a -> a.label().equals("Add unit")).findFirst().orElseThrow();
        page.run(add);
        AdministrativeUnit added = (AdministrativeUnit) page.selected();
        assertSame(editor.resource(), added.eResource(), "the new unit is the model's");
        assertSame(dongguan, added.getSuperior());
        assertSame(dongguan, ((org.eclipse.jface.viewers.ITreeContentProvider) page.viewer().getContentProvider()).getParent(added));
        assertFalse(added.getId().isEmpty());
        assertTrue(texts(page.details().control()).size() > 0, "the model's own unit is edited in the details");
        editor.commandStack().undo();
        assertFalse(editor.isDirty());
    }

    @Test
    void theMatrixShowsTopLevelStandardsInTheirIssuersRowAndEditsThemInTheModel() throws Exception {
        IProject project = Editors.project("registry-matrix", false, CASE);
        ChaxuEditor editor = Editors.open(project.getFile(CASE));
        List<String> before = Editors.lines(Editors.liveFindings(editor));
        StandardsPage page = (StandardsPage) editor.setActivePage(StandardsPage.ID);
        AdministrativeUnit foshan = registryUnit(editor, "440600");
        Standard looser = Editors.element(editor, "foshan-voc-furniture");
        @SuppressWarnings("unchecked")
        List<Issuer> rows = (List<Issuer>) page.matrix().getInput();
        assertTrue(rows.contains(foshan), "Foshan, a registry unit, has its row");
        assertTrue(rows.indexOf(registryUnit(editor, "440000")) < rows.indexOf(foshan), "Guangdong above its cities");
        StandardsPage.Column furniture = column(page, looser);
        assertEquals("40 mg/m³", page.cellText(foshan, furniture));
        assertTrue(page.cellTooltip(foshan, furniture).contains("[BASE-LOOSER]"), page.cellTooltip(foshan, furniture));
        assertTrue(foshan.getStandards().isEmpty(), "the registry unit itself holds no standard");

        assertTrue(page.edit(foshan, furniture, "30"));
        assertEquals(30.0, looser.getValue());
        assertSame(editor.model(), looser.eContainer(), "still the model's top-level standard");
        assertFalse(Editors.lines(Editors.liveFindings(editor)).contains("BASE-LOOSER ERROR foshan-voc-furniture"));
        assertTrue(editor.isDirty());
        editor.commandStack().undo();
        assertEquals(40.0, looser.getValue());
        assertEquals(before, Editors.lines(Editors.liveFindings(editor)), "undo brings the finding back");
        assertFalse(editor.isDirty());

        page.select(looser);
        assertSame(looser, page.selectedStandard(), "a top-level standard is selected in its issuer's row");
        assertSame(foshan, page.matrix().getStructuredSelection().getFirstElement());
    }

    @Test
    void anEmptyCellOfARegistryUnitCreatesATopLevelStandardNamingItByIssuedBy() throws Exception {
        IProject project = Editors.project("registry-newcell", false, CASE);
        ChaxuEditor editor = Editors.open(project.getFile(CASE));
        List<String> before = Editors.lines(Editors.liveFindings(editor));
        StandardsPage page = (StandardsPage) editor.setActivePage(StandardsPage.ID);
        AdministrativeUnit zhuhai = registryUnit(editor, "440400");
        StandardsPage.Column furniture = column(page, Editors.element(editor, "gd-voc-furniture"));
        assertEquals("", page.cellText(zhuhai, furniture));
        int topLevel = editor.model().getStandards().size();

        assertTrue(page.edit(zhuhai, furniture, "45000 µg/m³"));
        Standard created = StandardsPage.standardAt(editor.model(), zhuhai, furniture);
        assertNotNull(created);
        assertTrue(zhuhai.getStandards().isEmpty(), "not contained in the registry unit");
        assertSame(editor.model(), created.eContainer());
        assertSame(editor.resource(), created.eResource());
        assertSame(zhuhai, created.getIssuedBy());
        assertSame(zhuhai, created.getIssuer());
        assertEquals(topLevel + 1, editor.model().getStandards().size());
        assertEquals("45000 µg/m³", page.cellText(zhuhai, furniture));
        assertTrue(Editors.lines(Editors.liveFindings(editor)).contains("BASE-LOOSER ERROR " + created.getId()),
                "45 mg/m³ is looser than Guangdong's 30: the rules see the new standard as Zhuhai's");

        editor.commandStack().undo();
        assertNull(created.eContainer());
        assertEquals("", page.cellText(zhuhai, furniture));
        assertEquals(before, Editors.lines(Editors.liveFindings(editor)));
    }

    @Test
    void aMarkerOnARegistryUnitSelectsItsRowOnTheUnitsPage() throws Exception {
        IProject project = Editors.project("registry-marker", true, CASE);
        IFile file = project.getFile(CASE);
        Editors.fullBuild(project);
        Editors.waitForJobs();
        IMarker marker = Editors.marker(file, "BASE-FIXED-ACTION", "441900");
        assertEquals("chaxu:registry/china#441900", marker.getAttribute("uri", ""));
        ChaxuEditor editor = Editors.open(file);
        Editors.liveFindings(editor);
        Editors.waitForJobs();
        marker = Editors.marker(file, "BASE-FIXED-ACTION", "441900"); // the open editor writes the markers now
        assertEquals("chaxu:registry/china#441900", marker.getAttribute("uri", ""));
        AdministrativeUnit dongguan = registryUnit(editor, "441900");
        String uri = marker.getAttribute("uri", "");
        assertSame(dongguan, editor.elementOf(uri),
                () -> "the marker's element, the unit " + org.eclipse.emf.ecore.util.EcoreUtil.getURI(dongguan));
        editor.setActivePage(StandardsPage.ID);
        editor.reveal(dongguan);
        assertTrue(editor.getActivePageInstance() instanceof UnitsPage, () -> "revealed on " + editor.getActivePageInstance().getId());
        editor.setActivePage(StandardsPage.ID);
        IDE.gotoMarker(editor, marker);
        Editors.processEvents();
        assertTrue(editor.getActivePageInstance() instanceof UnitsPage, () -> "on " + editor.getActivePageInstance().getId());
        UnitsPage units = (UnitsPage) editor.getActivePageInstance();
        assertEquals(UnitsPage.ID, units.getId());
        assertSame(dongguan, units.selected());
        assertTrue(units.details().control().getDescription().contains("东莞市"));
    }

    @Test
    void aSaveWritesTheModelOnlyAndReadsBackWithTheSameFindings() throws Exception {
        // the registry as a file of the project, named by relative paths: the file a save could touch
        IProject project = Editors.project("registry-save", false);
        IFile registry = Editors.write(folder(project, "registry").getFile("china.chaxu"),
                Files.readString(Editors.root().resolve("registry/china.chaxu")));
        String text = Files.readString(Editors.example(CASE)).replace("chaxu:registry/china#", "../registry/china.chaxu#");
        IFile file = Editors.write(folder(project, "models").getFile("prd-air.chaxu"), text);
        Path registryPath = registry.getLocation().toFile().toPath();
        byte[] registryBytes = Files.readAllBytes(registryPath);
        long registryStamp = Files.getLastModifiedTime(registryPath).toMillis();

        List<String> filesBefore = files(project);
        ChaxuEditor editor = Editors.open(file);
        List<String> expected = Editors.expected(CASE);
        assertEquals(expected, Editors.lines(Editors.liveFindings(editor)), "the relative form gives the golden findings");
        StandardsPage page = (StandardsPage) editor.setActivePage(StandardsPage.ID);
        AdministrativeUnit dongguan = registryUnit(editor, "441900");
        assertTrue(Registry.contains(dongguan), "a byte-for-byte copy of the registry is the shipped one: one object per unit");
        StandardsPage.Column furniture = column(page, Editors.element(editor, "gd-voc-furniture"));
        assertTrue(page.edit(dongguan, furniture, "25"));
        Standard created = StandardsPage.standardAt(editor.model(), dongguan, furniture);
        editor.doSave(null);
        assertFalse(editor.isDirty());

        assertArrayEquals(registryBytes, Files.readAllBytes(registryPath), "the registry file is not written");
        assertEquals(registryStamp, Files.getLastModifiedTime(registryPath).toMillis());
        assertEquals(filesBefore, files(project), "no file is created by the save");
        assertTrue(filesBefore.contains("registry/china.chaxu") && filesBefore.contains("models/prd-air.chaxu"), filesBefore::toString);
        String written = Files.readString(file.getLocation().toFile().toPath());
        assertTrue(written.contains("issuedBy=\"../registry/china.chaxu#441900\""), "the new standard names Dongguan by the same path");
        assertFalse(written.contains("chaxu:registry"), "references keep their form");
        // one edit, one line: the new standard's, every other line as the file in the canonical format reads
        org.chaxu.engine.LoadedModel canonical = new org.chaxu.engine.ModelLoader().withRoot(project.getLocation().toFile().toPath())
                .load(Files.writeString(project.getLocation().toFile().toPath().resolve("models/.canonical.chaxu"), text));
        String canonicalText = canonical.canonicalText();
        Files.delete(project.getLocation().toFile().toPath().resolve("models/.canonical.chaxu"));
        List<String> before = new java.util.ArrayList<>(List.of(canonicalText.split("\n")));
        List<String> now = new java.util.ArrayList<>(List.of(written.split("\n")));
        List<String> added = new java.util.ArrayList<>(now);
        before.forEach(added::remove);
        List<String> removed = new java.util.ArrayList<>(before);
        now.forEach(removed::remove);
        assertEquals(List.of(), removed, "no line of the file is rewritten");
        assertEquals(1, added.size(), added::toString);
        assertTrue(added.get(0).contains("issuedBy=\"../registry/china.chaxu#441900\""), added::toString);
        assertFalse(written.contains("<units"), "no registry unit copied into the model");

        List<String> saved = Editors.lines(Editors.liveFindings(editor));
        assertTrue(saved.contains("BASE-RAISED INFO " + created.getId()), "Dongguan's 25 is stricter than Guangdong's 30: " + saved);
        Editors.closeAll();
        ChaxuEditor reopened = Editors.open(file);
        List<String> after = Editors.lines(Editors.liveFindings(reopened));
        assertEquals(saved, after, "load → save → load: the same findings");
        Standard read = Editors.element(reopened, created.getId());
        assertSame(registryUnit(reopened, "441900"), read.getIssuedBy());
        assertEquals(25.0, read.getValue());
    }

    @Test
    void theShippedFormSavesAsItWasReadAndGivesTheSameFindings() throws Exception {
        IProject project = Editors.project("registry-roundtrip", false, CASE);
        IFile file = project.getFile(CASE);
        ChaxuEditor editor = Editors.open(file);
        List<String> before = Editors.lines(Editors.liveFindings(editor));
        assertEquals(Editors.expected(CASE), before);
        editor.save();
        String saved = Files.readString(file.getLocation().toFile().toPath());
        assertTrue(saved.contains("issuedBy=\"chaxu:registry/china#440600\""), () -> "registry references stay short URIs: " + saved);
        assertFalse(saved.contains("<units"), "no registry unit copied into the model");
        Editors.closeAll();
        ChaxuEditor reopened = Editors.open(file);
        assertEquals(before, Editors.lines(Editors.liveFindings(reopened)), "load → save → load: the same findings");
    }

    /** The registry unit with the given code, as the editor's model reaches it. */
    private static AdministrativeUnit registryUnit(ChaxuEditor editor, String code) {
        for (EObject element : org.chaxu.editor.internal.ForeignUnits.of(editor.model())) {
            if (element instanceof AdministrativeUnit unit && code.equals(unit.getId())) {
                return unit;
            }
        }
        throw new AssertionError("the model does not reach registry unit " + code);
    }

    private static StandardsPage.Column column(StandardsPage page, Standard standard) {
        return page.visibleColumns().stream().filter(c -> c.holds(standard)).findFirst().orElseThrow();
    }

    private static org.eclipse.core.resources.IFolder folder(IProject project, String name) throws Exception {
        org.eclipse.core.resources.IFolder folder = project.getFolder(name);
        if (!folder.exists()) {
            folder.create(true, true, null);
        }
        return folder;
    }

    /** Every file of the project, by path. */
    private static List<String> files(IProject project) throws Exception {
        project.refreshLocal(IResource.DEPTH_INFINITE, null);
        List<String> files = new ArrayList<>();
        project.accept(r -> {
            if (r.getType() == IResource.FILE) {
                files.add(r.getProjectRelativePath().toString());
            }
            return true;
        });
        files.sort(null);
        return files;
    }

    /** The editable text fields below a control. */
    private static List<Text> texts(Control control) {
        List<Text> texts = new ArrayList<>();
        if (control instanceof Text text && text.getEditable() && !text.isDisposed()) {
            texts.add(text);
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                texts.addAll(texts(child));
            }
        }
        return texts;
    }
}
