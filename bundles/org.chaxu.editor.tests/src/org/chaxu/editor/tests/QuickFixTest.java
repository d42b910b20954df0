// SPDX-License-Identifier: EPL-2.0
package org.chaxu.editor.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import java.util.Locale;

import org.chaxu.editor.ChaxuEditor;
import org.chaxu.editor.QuickFix;
import org.chaxu.editor.internal.FixMenu;
import org.chaxu.editor.internal.MarkerResolutions;
import org.chaxu.editor.internal.QuickFixes;
import org.chaxu.engine.Finding;
import org.chaxu.governance.Element;
import org.chaxu.governance.Standard;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each shipped quick fix, applied as the drafter would: it changes the model through the
 * command stack, its finding disappears from the live check, and undo brings both back.
 */
class QuickFixTest extends WorkbenchTestCase {

    @ParameterizedTest(name = "{1} on {2} ({0})")
    @CsvSource({
            "prd-air.chaxu, BASE-LOOSER, foshan-voc-furniture",
            "prd-air.chaxu, BASE-SCHEDULE, zhaoqing-yellow-deadline",
            "prd-air.chaxu, BASE-CIRCLE, zhongshan-voc-printing",
            "prd-air.chaxu, BASE-CIRCLE, huizhou-yellow-deadline",
            "prd-air.chaxu, BASE-FIXED-ACTION, dongguan",
            "prd-air.chaxu, BASE-UNITS, jiangmen-voc-furniture",
            "jjj-air.chaxu, ESC-NO-EXIT, jjj-leading-group-2018",
            "jjj-air.chaxu, ESC-OVERSTAY, jjj-olympics-central",
            "jjj-air.chaxu, ESC-SKIP, bl-central-2018",
            "xian-xianyang-transport.chaxu, ESC-SKIP, xx-central-whatif",
            "xian-xianyang-transport.chaxu, RESP-INCOMPLETE, xx-intercity-rail",
            "xian-xianyang-transport.chaxu, RESP-INCOMPLETE, xx-2002-joint-planning",
            // the worked case naming the registry's units: the fixes change the model, never the registry
            "registry/prd-air.chaxu, BASE-LOOSER, foshan-voc-furniture",
            "registry/prd-air.chaxu, BASE-SCHEDULE, zhaoqing-yellow-deadline",
            "registry/prd-air.chaxu, BASE-CIRCLE, zhongshan-voc-printing",
            "registry/prd-air.chaxu, BASE-CIRCLE, huizhou-yellow-deadline",
            "registry/prd-air.chaxu, BASE-FIXED-ACTION, 441900",
            "registry/prd-air.chaxu, BASE-UNITS, jiangmen-voc-furniture",
            "registry/jjj-air.chaxu, ESC-NO-EXIT, jjj-leading-group-2018",
            "registry/jjj-air.chaxu, ESC-OVERSTAY, jjj-olympics-central",
            "registry/jjj-air.chaxu, ESC-SKIP, bl-central-2018",
            "registry/xian-xianyang-transport.chaxu, ESC-SKIP, xx-central-whatif",
            "registry/xian-xianyang-transport.chaxu, RESP-INCOMPLETE, xx-intercity-rail",
            "registry/xian-xianyang-transport.chaxu, RESP-INCOMPLETE, xx-2002-joint-planning" })
    void theFixRemovesItsFindingAndUndoBringsItBack(String example, String rule, String elementId) throws Exception {
        IProject project = Editors.project("fix", false, example);
        ChaxuEditor editor = Editors.open(project.getFile(example));
        List<String> before = Editors.lines(Editors.liveFindings(editor));
        String line = before.stream().filter(l -> l.startsWith(rule + " ") && l.endsWith(" " + elementId)).findFirst()
                .orElseThrow(() -> new AssertionError(rule + " on " + elementId + " not among " + before));
        Finding finding = editor.findings().all().stream()
                .filter(f -> f.getRuleId().equals(rule) && ((Element) f.getElement()).getId().equals(elementId)).findFirst().orElseThrow();

        List<QuickFix.Resolution> resolutions = QuickFixes.resolutions(rule, finding.getElement(), finding.getRelated(),
                editor.getEditingDomain(), Locale.ENGLISH);
        assertFalse(resolutions.isEmpty(), "a fix is offered for " + line);
        assertEquals(resolutions.size(), FixMenu.actions(finding.getElement(), editor).stream()
                .filter(a -> a.getText().startsWith("[" + rule + "]")).count(), "the editor's context menu offers the same fixes");
        assertTrue(editor.execute(resolutions.get(0).command()), resolutions.get(0).label());
        List<String> after = Editors.lines(Editors.liveFindings(editor));
        assertFalse(after.contains(line), () -> "'" + resolutions.get(0).label() + "' removes " + line + "; now " + after);
        assertTrue(editor.isDirty());

        editor.commandStack().undo();
        assertEquals(before, Editors.lines(Editors.liveFindings(editor)), "undo restores the model and the findings");
        assertFalse(editor.isDirty());
    }

    @Test
    void adoptingTheFixedActionOnARegistryUnitAddsATopLevelStandardNamingIt() throws Exception {
        IProject project = Editors.project("fix-registry", true, "registry/prd-air.chaxu");
        IFile file = project.getFile("registry/prd-air.chaxu");
        Editors.fullBuild(project);
        Editors.waitForJobs();
        IMarker marker = Editors.marker(file, "BASE-FIXED-ACTION", "441900");
        assertEquals(List.of("Adopt the fixed action \u201cFixed action: phase out yellow-label vehicles (固定动作：淘汰黄标车)\u201d"),
                MarkerResolutions.labels(marker));
        assertTrue(MarkerResolutions.apply(marker, 0));
        ChaxuEditor editor = assertInstanceOf(ChaxuEditor.class, Editors.page().getActiveEditor(), "the fix opened the model");
        Standard adoption = editor.model().getStandards().get(editor.model().getStandards().size() - 1);
        assertEquals("441900", adoption.getIssuedBy().getId());
        assertTrue(org.chaxu.engine.Registry.contains(adoption.getIssuedBy()), "it names the registry's Dongguan");
        assertTrue(adoption.getIssuedBy().getStandards().isEmpty(), "nothing added inside the registry unit");
        assertEquals(adoption.getIssuedBy(), adoption.getIssuer());
        assertEquals("441900-yellow-label-phaseout-1", adoption.getId(), "a fresh id from the unit's code and the indicator");
        assertFalse(Editors.lines(Editors.liveFindings(editor)).contains("BASE-FIXED-ACTION ERROR 441900"));
        editor.doSave(null);
        Editors.waitForJobs();
        Editors.fullBuild(project);
        Editors.waitForJobs();
        assertFalse(Editors.markerLines(file).contains("BASE-FIXED-ACTION ERROR 441900"), "the builder agrees after the save");
        assertTrue(Files.readString(file.getLocation().toFile().toPath())
                .contains("issuedBy=\"chaxu:registry/china#441900\""));
    }

    @Test
    void theTightenFixSaysWhatItDoesAndTheProblemsViewAppliesItToAClosedFile() throws Exception {
        IProject project = Editors.project("fixmarker", true, "prd-air.chaxu");
        IFile file = project.getFile("prd-air.chaxu");
        Editors.fullBuild(project);
        Editors.waitForJobs();
        byte[] onDisk = Files.readAllBytes(file.getLocation().toFile().toPath());
        IMarker marker = Editors.marker(file, "BASE-LOOSER", "foshan-voc-furniture");
        assertTrue(new MarkerResolutions().hasResolutions(marker));
        assertEquals(List.of("Tighten to the binding value (30 mg/m³ set by Guangdong Provincial Government (广东省政府))"),
                MarkerResolutions.labels(marker));
        assertTrue(Editors.page().getEditorReferences().length == 0, "no editor open before the fix");

        assertTrue(MarkerResolutions.apply(marker, 0));
        ChaxuEditor editor = assertInstanceOf(ChaxuEditor.class, Editors.page().getActiveEditor(), "the fix opened the model");
        assertTrue(editor.isDirty(), "the fix leaves the editor dirty: the drafter saves");
        assertEquals(30.0, ((Standard) Editors.element(editor, "foshan-voc-furniture")).getValue());
        assertFalse(Editors.lines(Editors.liveFindings(editor)).contains("BASE-LOOSER ERROR foshan-voc-furniture"));
        Editors.waitForJobs();
        assertFalse(Editors.markerLines(file).contains("BASE-LOOSER ERROR foshan-voc-furniture"), "the Problems view follows");
        assertArrayEquals(onDisk, Files.readAllBytes(file.getLocation().toFile().toPath()), "nothing saved behind the drafter's back");
    }

    @Test
    void aRuleAuthorsContributedFixIsOfferedAndABrokenContributionIsLeftOut() throws Exception {
        assertTrue(QuickFixes.has("ARR-COORDINATOR"), "the test bundle's contribution");
        assertFalse(QuickFixes.has("NO-SUCH-CLASS"), "a contribution whose class does not exist is left out");
        assertFalse(QuickFixes.has("ARR-SUBSET"), "no fix, no offer");
        IProject project = Editors.project("contributed", true, "prd-air.chaxu");
        IFile file = project.getFile("prd-air.chaxu");
        Editors.fullBuild(project);
        IMarker marker = Editors.marker(file, "ARR-COORDINATOR", "gf-integration");
        assertEquals(List.of("Note the coordinator question"), MarkerResolutions.labels(marker));
        assertFalse(new MarkerResolutions().hasResolutions(Editors.marker(file, "ARR-SUBSET", "szdh-circle")));
    }
}
