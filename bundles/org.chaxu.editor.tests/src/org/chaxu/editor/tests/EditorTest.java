// SPDX-License-Identifier: EPL-2.0
package org.chaxu.editor.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.chaxu.editor.ChaxuEditor;
import org.chaxu.editor.internal.ArrangementsPage;
import org.chaxu.editor.internal.ErrorPage;
import org.chaxu.editor.internal.ModelPage;
import org.chaxu.editor.internal.NegotiationsPage;
import org.chaxu.editor.internal.StandardsPage;
import org.chaxu.editor.internal.UnitsPage;
import org.chaxu.engine.LoadedModel;
import org.chaxu.engine.ModelLoader;
import org.chaxu.governance.AdministrativeUnit;
import org.chaxu.governance.GovernancePackage;
import org.chaxu.governance.Standard;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.content.IContentType;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertySheetPage;
import org.eclipse.ui.views.properties.PropertySheet;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.views.contentoutline.ContentOutline;
import org.chaxu.editor.internal.ModelOutline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The drafter's editor in a real workbench: every worked case opens on every page with its
 * content and its findings, edits update the findings without a save, undo restores them,
 * saving keeps the model, a broken file is never overwritten, and a marker leads to its element.
 */
class EditorTest extends WorkbenchTestCase {

    @ParameterizedTest
    @ValueSource(strings = { "prd-air.chaxu", "jjj-air.chaxu", "xian-xianyang-transport.chaxu", "clean-region.chaxu" })
    void eachWorkedCaseOpensOnEveryPageWithItsFindings(String example) throws Exception {
        IProject project = Editors.project("pages", false, example);
        IFile file = project.getFile(example);
        IContentType type = file.getContentDescription().getContentType();
        assertEquals("org.chaxu.editor.model", type.getId(), "content type of " + example);

        ChaxuEditor editor = Editors.open(file);
        assertEquals(Editors.expected(example), Editors.lines(Editors.liveFindings(editor)),
                "live findings of " + example + " before any save");

        UnitsPage units = (UnitsPage) editor.setActivePage(UnitsPage.ID);
        assertEquals(roots(editor), units.viewer().getTree().getItemCount(), "root units of " + example);
        int arrangements = editor.model().getArrangements().size();
        ArrangementsPage arrangementsPage = (ArrangementsPage) editor.setActivePage(ArrangementsPage.ID);
        assertEquals(arrangements, arrangementsPage.viewer().getTree().getItemCount(), "arrangements of " + example);
        NegotiationsPage negotiations = (NegotiationsPage) editor.setActivePage(NegotiationsPage.ID);
        assertEquals(editor.model().getNegotiations().size(), negotiations.viewer().getTree().getItemCount());
        StandardsPage standards = (StandardsPage) editor.setActivePage(StandardsPage.ID);
        assertEquals(editor.model().getUnits().size() + countArrangements(editor), standards.matrix().getTable().getItemCount(),
                "one matrix row per issuer of " + example);
        assertEquals(1 + standards.visibleColumns().size(), standards.matrix().getTable().getColumnCount());
        // every standard of the model is in a cell
        for (var it = editor.model().eAllContents(); it.hasNext();) {
            if (it.next() instanceof Standard standard && standard.getIndicator() != null) {
                assertTrue(standards.visibleColumns().stream().anyMatch(c -> StandardsPage.standardAt(standard.getIssuer(), c) != null
                        && c.indicator() == standard.getIndicator()), "a cell for " + standard.getId());
            }
        }
        assertFalse(editor.isDirty());
    }

    private static int roots(ChaxuEditor editor) {
        return (int) editor.model().getUnits().stream().filter(u -> u.getSuperior() == null).count();
    }

    private static int countArrangements(ChaxuEditor editor) {
        int[] count = { 0 };
        editor.model().eAllContents().forEachRemaining(o -> count[0] += o instanceof org.chaxu.governance.Arrangement ? 1 : 0);
        return count[0];
    }

    @Test
    void foshansLimitTypedIntoTheMatrixUpdatesTheFindingsWithoutASaveAndUndoRestoresThem() throws Exception {
        IProject project = Editors.project("matrix", false, "prd-air.chaxu");
        IFile file = project.getFile("prd-air.chaxu");
        byte[] before = Files.readAllBytes(file.getLocation().toFile().toPath());
        ChaxuEditor editor = Editors.open(file);
        List<String> original = Editors.lines(Editors.liveFindings(editor));
        assertTrue(original.contains("BASE-LOOSER ERROR foshan-voc-furniture"), original::toString);

        StandardsPage page = (StandardsPage) editor.setActivePage(StandardsPage.ID);
        Standard foshan = Editors.element(editor, "foshan-voc-furniture");
        StandardsPage.Column column = page.visibleColumns().stream().filter(c -> c.holds(foshan)).findFirst().orElseThrow();
        assertTrue(page.cellText(foshan.getIssuer(), column).startsWith("40 mg/m³"), page.cellText(foshan.getIssuer(), column));
        assertTrue(page.cellTooltip(foshan.getIssuer(), column).contains("[BASE-LOOSER]"), "tooltip names the finding");
        assertTrue(page.cellTooltip(foshan.getIssuer(), column).contains("30 mg/m³"), "tooltip shows the baseline");

        assertTrue(page.edit(foshan.getIssuer(), column, "25"));
        List<String> edited = Editors.lines(Editors.liveFindings(editor));
        assertFalse(edited.contains("BASE-LOOSER ERROR foshan-voc-furniture"), edited::toString);
        assertTrue(edited.contains("BASE-RAISED INFO foshan-voc-furniture"), edited::toString);
        assertTrue(editor.isDirty());
        assertArrayEquals(before, Files.readAllBytes(file.getLocation().toFile().toPath()), "nothing written before a save");

        assertFalse(page.edit(foshan.getIssuer(), column, "twenty"), "a value that is not a number is refused");
        assertTrue(page.headerMessage().contains("twenty"), page.headerMessage());
        assertEquals(25.0, foshan.getValue());

        editor.commandStack().undo();
        assertEquals(original, Editors.lines(Editors.liveFindings(editor)), "undo restores the findings");
        assertFalse(editor.isDirty());

        editor.commandStack().redo();
        assertTrue(editor.isDirty());
        editor.revert();
        assertFalse(editor.isDirty(), "revert throws the change away");
        assertEquals(40.0, ((Standard) Editors.element(editor, "foshan-voc-furniture")).getValue());
        assertEquals(original, Editors.lines(Editors.liveFindings(editor)), "and the findings are those of the file");
    }

    @Test
    void theOutlineShowsTheModelAndRevealsTheSelectedElementOnItsPage() throws Exception {
        IProject project = Editors.project("outline", false, "prd-air.chaxu");
        ChaxuEditor editor = Editors.open(project.getFile("prd-air.chaxu"));
        Editors.liveFindings(editor);
        ContentOutline view = (ContentOutline) Editors.page().showView(IPageLayout.ID_OUTLINE);
        Editors.page().activate(editor);
        Editors.processEvents();
        ModelOutline outline = assertInstanceOf(ModelOutline.class, view.getCurrentPage());
        org.eclipse.swt.widgets.Tree tree = (org.eclipse.swt.widgets.Tree) outline.getControl();
        assertEquals(editor.model().getUnits().size() + editor.model().getIndicators().size()
                + editor.model().getArrangements().size() + editor.model().getNegotiations().size(), tree.getItemCount(),
                "the model's units, indicators, arrangements and negotiations");
        Standard looser = Editors.element(editor, "foshan-voc-furniture");
        outline.setSelection(new org.eclipse.jface.viewers.StructuredSelection(looser));
        StandardsPage standards = assertInstanceOf(StandardsPage.class, editor.getActivePageInstance());
        assertSame(looser, standards.selectedStandard());
    }

    @Test
    void aBurstOfEditsWhileTheRulesRunEndsWithTheFindingsOfTheFinalModel() throws Exception {
        IProject project = Editors.project("burst", false, "prd-air.chaxu");
        ChaxuEditor editor = Editors.open(project.getFile("prd-air.chaxu"));
        Editors.liveFindings(editor);
        List<Standard> valued = new java.util.ArrayList<>();
        editor.resource().getAllContents().forEachRemaining(o -> {
            if (o instanceof Standard s && s.getValue() != null) {
                valued.add(s);
            }
        });
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 80; i++) {
            Standard standard = valued.get(random.nextInt(valued.size()));
            editor.execute(SetCommand.create(editor.getEditingDomain(), standard, GovernancePackage.Literals.STANDARD__VALUE,
                    10.0 + random.nextInt(80) * 1000.0 / (standard.effectiveUnit().startsWith("µ") ? 1 : 1000)));
            if (i % 7 == 0) {
                Thread.sleep(2); // let the background check run while the next edits come in
            }
        }
        List<String> live = Editors.lines(Editors.liveFindings(editor));
        org.eclipse.emf.ecore.resource.Resource copy = new org.chaxu.governance.util.GovernanceResourceFactoryImpl()
                .createResource(org.eclipse.emf.common.util.URI.createURI("copy.chaxu"));
        copy.getContents().add(EcoreUtil.copy(editor.model()));
        List<String> batch = Editors.lines(org.chaxu.engine.CheckSession.check(org.chaxu.engine.RuleCatalog.shipped(), copy,
                org.chaxu.engine.CheckOptions.DEFAULT));
        assertEquals(batch, live, "the live findings after the burst are those of a fresh check of the final model");
    }

    @Test
    void aRunawayProjectRuleIsShownInTheEditorNamingItsRuleAndFile() throws Exception {
        IProject project = Editors.project("runaway", false, "prd-air.chaxu");
        org.eclipse.core.resources.IFolder rules = project.getFolder("rules");
        rules.create(true, true, null);
        Editors.write(rules.getFile("runaway.drl"), "package org.example.runaway;\nimport org.chaxu.governance.*;\n"
                + "rule \"Touches Foshan again and again\"\nwhen\n  $u : AdministrativeUnit( id == \"foshan\" )\nthen\n  update($u);\nend\n");
        System.setProperty("chaxu.maxFirings", "2000");
        try {
            ChaxuEditor editor = Editors.open(project.getFile("prd-air.chaxu"));
            Editors.waitUntil("the rules' failure in the editor", () -> editor.shownFailure() != null);
            assertTrue(editor.shownFailure().contains("Touches Foshan again and again") && editor.shownFailure().contains("runaway.drl"),
                    editor.shownFailure());
            assertTrue(editor.findings().all().isEmpty(), "no findings pretend the model was checked");
        } finally {
            System.clearProperty("chaxu.maxFirings");
            Editors.closeAll();
            project.delete(true, true, null);
        }
    }

    @Test
    void typingIntoAnEmptyCellCreatesTheStandard() throws Exception {
        IProject project = Editors.project("newcell", false, "prd-air.chaxu");
        ChaxuEditor editor = Editors.open(project.getFile("prd-air.chaxu"));
        StandardsPage page = (StandardsPage) editor.setActivePage(StandardsPage.ID);
        AdministrativeUnit zhuhai = Editors.element(editor, "zhuhai");
        Standard gd = Editors.element(editor, "gd-voc-furniture");
        StandardsPage.Column column = page.visibleColumns().stream().filter(c -> c.holds(gd)).findFirst().orElseThrow();
        assertEquals("", page.cellText(zhuhai, column));
        assertTrue(page.edit(zhuhai, column, "45000 µg/m³"));
        Standard created = StandardsPage.standardAt(zhuhai, column);
        assertNotNull(created);
        assertEquals("µg/m³", created.getUnit());
        assertTrue(Editors.lines(Editors.liveFindings(editor)).contains("BASE-LOOSER ERROR " + created.getId()),
                "45 mg/m³ is looser than Guangdong's 30");
    }

    @Test
    void savedModelReopensEqualAndTheBuilderAgreesWithTheLiveCheck() throws Exception {
        IProject project = Editors.project("save", true, "prd-air.chaxu");
        IFile file = project.getFile("prd-air.chaxu");
        ChaxuEditor editor = Editors.open(file);
        AdministrativeUnit zhaoqing = Editors.element(editor, "zhaoqing");
        AdministrativeUnit guangzhou = Editors.element(editor, "guangzhou");
        assertTrue(editor.execute(SetCommand.create(editor.getEditingDomain(), zhaoqing,
                GovernancePackage.Literals.ADMINISTRATIVE_UNIT__SUPERIOR, guangzhou)));
        assertTrue(editor.execute(SetCommand.create(editor.getEditingDomain(), Editors.element(editor, "foshan-voc-furniture"),
                GovernancePackage.Literals.STANDARD__VALUE, 20.0)));
        List<String> live = Editors.lines(Editors.liveFindings(editor));
        Editors.waitForJobs();
        assertEquals(live, Editors.markerLines(file), "the Problems view follows the live check before a save");

        editor.doSave(null);
        assertFalse(editor.isDirty());
        Path path = file.getLocation().toFile().toPath();
        try (var leftovers = Files.list(path.getParent())) {
            assertEquals(List.of(), leftovers.filter(p -> p.getFileName().toString().endsWith(".saving")).toList(), "no temporary file left");
        }
        assertTrue(Files.readString(path).contains("asOf=\"2020-06-30\""), "dates stay calendar days, as the drafter wrote them");
        LoadedModel reread = new ModelLoader().load(path);
        assertFalse(reread.hasErrors(), () -> "the saved file loads without errors: " + reread.problems());
        assertEquals(new ModelLoader().load(Editors.example("prd-air.chaxu")).problems().size(), reread.problems().size(),
                () -> "the saved file has the warnings of the original, no more: " + reread.problems());
        assertTrue(EcoreUtil.equals(editor.model(), reread.model()), "the saved model equals the edited one");

        Editors.fullBuild(project);
        Editors.waitForJobs();
        assertEquals(live, Editors.markerLines(file), "the builder's findings after the save equal the live findings");
    }

    @Test
    void aSaveThatCannotWriteLeavesTheFileAsItWasAndTheChangesInTheEditor() throws Exception {
        IProject project = Editors.project("readonly", false, "prd-air.chaxu");
        IFile file = project.getFile("prd-air.chaxu");
        byte[] before = Files.readAllBytes(file.getLocation().toFile().toPath());
        ChaxuEditor editor = Editors.open(file);
        assertTrue(editor.execute(SetCommand.create(editor.getEditingDomain(), Editors.element(editor, "foshan-voc-furniture"),
                GovernancePackage.Literals.STANDARD__VALUE, 25.0)));
        org.eclipse.core.resources.ResourceAttributes attributes = file.getResourceAttributes();
        attributes.setReadOnly(true);
        file.setResourceAttributes(attributes);
        try {
            java.io.IOException refused = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class, editor::save);
            assertTrue(refused.getMessage().contains("read-only"), refused.getMessage());
        } finally {
            attributes.setReadOnly(false);
            file.setResourceAttributes(attributes);
        }
        assertArrayEquals(before, Files.readAllBytes(file.getLocation().toFile().toPath()), "the file is as it was");
        assertTrue(editor.isDirty(), "the change is still in the editor");
        editor.save();
        assertFalse(editor.isDirty());
    }

    @Test
    void anUnreadableModelOpensTheErrorPageAndIsNeverOverwritten() throws Exception {
        IProject project = Editors.project("broken", false);
        String text = Files.readString(Editors.example("prd-air.chaxu")).replace("superior=\"guangdong\"", "superior=\"nowhere\"");
        IFile dangling = Editors.write(project.getFile("dangling.chaxu"), text);
        IFile notXml = Editors.write(project.getFile("not-xml.chaxu"), "<chaxu:GovernanceModel xmlns:chaxu=\"http://chaxu.org/governance/1.0\" <units");
        IFile hostile = Editors.write(project.getFile("hostile.chaxu"), "<?xml version=\"1.0\"?>\n<!DOCTYPE m [<!ENTITY x SYSTEM \"file:///etc/hostname\">]>\n"
                + "<chaxu:GovernanceModel xmlns:chaxu=\"http://chaxu.org/governance/1.0\" name=\"&x;\" asOf=\"2020-12-31\"/>\n");
        for (IFile file : List.of(dangling, notXml, hostile)) {
            byte[] before = Files.readAllBytes(file.getLocation().toFile().toPath());
            IEditorPart part = IDE.openEditor(Editors.page(), file, ChaxuEditor.ID, true);
            ChaxuEditor editor = assertInstanceOf(ChaxuEditor.class, part);
            assertTrue(editor.isBroken());
            ErrorPage page = assertInstanceOf(ErrorPage.class, editor.getActivePageInstance());
            assertTrue(page.problemText().contains(file.getFullPath() + ":"), page.problemText());
            assertFalse(editor.isDirty());
            editor.doSave(null);
            Editors.page().closeEditor(editor, true);
            assertArrayEquals(before, Files.readAllBytes(file.getLocation().toFile().toPath()), file.getName() + " unchanged");
        }
        ChaxuEditor editor = (ChaxuEditor) IDE.openEditor(Editors.page(), dangling, ChaxuEditor.ID, true);
        ((ErrorPage) editor.getActivePageInstance()).openTextEditor();
        assertEquals(ErrorPage.TEXT_EDITOR, Editors.page().getActiveEditor().getEditorSite().getId(), "the text editor is offered");
    }

    @Test
    void aMarkerOpensTheEditorWithItsElementSelectedOnItsPage() throws Exception {
        IProject project = Editors.project("goto", true, "prd-air.chaxu");
        IFile file = project.getFile("prd-air.chaxu");
        Editors.fullBuild(project);
        Editors.waitForJobs();

        IMarker looser = Editors.marker(file, "BASE-LOOSER", "foshan-voc-furniture");
        ChaxuEditor editor = assertInstanceOf(ChaxuEditor.class, IDE.openEditor(Editors.page(), looser));
        StandardsPage standards = assertInstanceOf(StandardsPage.class, editor.getActivePageInstance());
        assertSame(Editors.element(editor, "foshan-voc-furniture"), standards.selectedStandard());

        IMarker fixedAction = Editors.marker(file, "BASE-FIXED-ACTION", "dongguan");
        IDE.gotoMarker(editor, fixedAction);
        UnitsPage units = assertInstanceOf(UnitsPage.class, editor.getActivePageInstance());
        assertSame(Editors.element(editor, "dongguan"), ((IStructuredSelection) units.viewer().getSelection()).getFirstElement());
        assertSame(Editors.element(editor, "dongguan"), units.details().object(), "the details show the unit");
    }

    /** The findings above an element's fields take their severity's colour: errors dark red, warnings dark yellow, information dark blue. */
    @Test
    void findingsAboveTheFieldsAreColouredByTheirSeverity() throws Exception {
        IProject project = Editors.project("colours", false, "prd-air.chaxu");
        ChaxuEditor editor = Editors.open(project.getFile("prd-air.chaxu"));
        Editors.liveFindings(editor);
        org.eclipse.swt.widgets.Display display = org.eclipse.swt.widgets.Display.getCurrent();

        UnitsPage units = (UnitsPage) editor.setActivePage(UnitsPage.ID);
        units.select(Editors.element(editor, "dongguan"));
        assertTrue(units.details().findingsLabel().getVisible(), "Dongguan's findings are shown");
        assertEquals(display.getSystemColor(org.eclipse.swt.SWT.COLOR_DARK_RED), units.details().findingsLabel().getForeground());

        ArrangementsPage arrangements = (ArrangementsPage) editor.setActivePage(ArrangementsPage.ID);
        arrangements.select(Editors.element(editor, "gf-integration"));
        assertTrue(arrangements.details().findingsLabel().getVisible(), "the arrangement's warning is shown");
        assertEquals(display.getSystemColor(org.eclipse.swt.SWT.COLOR_DARK_YELLOW), arrangements.details().findingsLabel().getForeground());

        // information alone (a raised bar), and the most severe wins
        var raised = editor.findings().on(Editors.element(editor, "shenzhen-voc-auto"));
        assertTrue(!raised.isEmpty() && raised.stream().allMatch(f -> f.getSeverity() == org.chaxu.engine.Severity.INFO), raised::toString);
        assertEquals(org.eclipse.swt.SWT.COLOR_DARK_BLUE, org.chaxu.editor.internal.DetailsPart.severityColour(raised));
        var looser = editor.findings().on(Editors.element(editor, "foshan-voc-furniture"));
        var mixed = new java.util.ArrayList<>(raised);
        mixed.addAll(looser);
        assertEquals(org.eclipse.swt.SWT.COLOR_DARK_RED, org.chaxu.editor.internal.DetailsPart.severityColour(mixed));
    }

    @Test
    void aChangeOnDiskIsReloadedWhenNothingIsUnsaved() throws Exception {
        IProject project = Editors.project("disk", false, "prd-air.chaxu");
        IFile file = project.getFile("prd-air.chaxu");
        ChaxuEditor editor = Editors.open(file);
        Editors.liveFindings(editor);
        Editors.write(file, Files.readString(Editors.example("prd-air.chaxu")).replace("value=\"40.0\"", "value=\"20.0\""));
        Editors.waitUntil("the reload", () -> {
            Standard foshan = (Standard) editor.resource().getEObject("foshan-voc-furniture");
            return foshan != null && Double.valueOf(20.0).equals(foshan.getValue());
        });
        List<String> findings = Editors.lines(Editors.liveFindings(editor));
        assertFalse(findings.contains("BASE-LOOSER ERROR foshan-voc-furniture"), findings::toString);
        assertFalse(editor.isDirty());
    }

    @Test
    void thePropertiesViewEditsThroughTheCommandStack() throws Exception {
        IProject project = Editors.project("properties", false, "prd-air.chaxu");
        ChaxuEditor editor = Editors.open(project.getFile("prd-air.chaxu"));
        AdministrativeUnit foshan = Editors.element(editor, "foshan");
        ModelPage units = (ModelPage) editor.setActivePage(UnitsPage.ID);
        units.select(foshan);
        PropertySheet view = (PropertySheet) Editors.page().showView(IPageLayout.ID_PROP_SHEET);
        Editors.page().activate(editor);
        Editors.processEvents();
        PropertySheetPage sheet = assertInstanceOf(PropertySheetPage.class, view.getCurrentPage(), "the editor's property sheet");
        assertSame(editor.getAdapter(IPropertySheetPage.class), sheet);
        assertTrue(((org.eclipse.swt.widgets.Tree) sheet.getControl()).getItemCount() > 0, "the Properties view shows the unit");
        IPropertySource source = new org.chaxu.editor.internal.PropertySources(editor.adapterFactory(), editor.labels())
                .getPropertySource(foshan);
        IPropertyDescriptor name = java.util.Arrays.stream(source.getPropertyDescriptors())
                .filter(d -> d.getDisplayName().equals("Name")).findFirst().orElseThrow();
        source.setPropertyValue(name.getId(), "Foshan (佛山市)");
        assertEquals("Foshan (佛山市)", foshan.getName());
        assertTrue(editor.isDirty());
        editor.commandStack().undo();
        assertEquals("Foshan (佛山)", foshan.getName());
        assertEquals("Central Government (State Council, 国务院) → Guangdong Provincial Government (广东省政府) → Foshan (佛山)",
                editor.labels().chain(foshan));
    }
}
