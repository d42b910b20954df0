// SPDX-License-Identifier: EPL-2.0
package org.chaxu.ide.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.chaxu.core.ChaxuCore;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Models that refer to other files, in the workbench: the builder knows which models use which
 * files, so editing a referenced file re-checks the models that use it, and each finding is a
 * marker on the model that names the element, at the naming line — never on the registry or on
 * the referenced file.
 */
class CrossFileBuildTest {

    static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<chaxu:GovernanceModel xmi:version=\"2.0\" "
            + "xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:chaxu=\"http://chaxu.org/governance/1.0\" name=\"m\" asOf=\"2020-12-31\">\n";
    static final String TAIL = "</chaxu:GovernanceModel>\n";

    /** Guangdong (a unit of this file, under the registry's central government) and its fixed action. */
    static String province(boolean binding) {
        return HEAD + """
                  <units id="gd" name="Guangdong" level="PROVINCIAL" rank="MINISTERIAL" superior="chaxu:registry/china#central">
                    <standards id="gd-yellow" name="phase out yellow-label vehicles" indicator="yellow" binding="%s"/>
                  </units>
                  <indicators id="yellow" name="yellow-label phase-out" direction="MANDATORY_ACTION"/>
                """.formatted(binding) + TAIL;
    }

    /** Foshan, a unit of this file under Guangdong of province.chaxu, has not adopted the fixed action. */
    static final String CITY = HEAD + """
              <units id="fs" name="Foshan" level="PREFECTURAL" rank="PREFECTURAL" superior="province.chaxu#gd"/>
            """ + TAIL;

    @BeforeAll
    static void noAutoBuild() throws Exception {
        Workbench.disableAutoBuild();
    }

    @Test
    void editingAReferencedModelReChecksTheModelsThatUseIt() throws Exception {
        IProject project = Workbench.project("cross-file");
        IFile province = Workbench.write(project.getFile("province.chaxu"), province(true));
        IFile city = Workbench.write(project.getFile("city.chaxu"), CITY);
        Workbench.fullBuild(project);
        assertEquals(List.of("BASE-FIXED-ACTION ERROR fs"), Workbench.findingLines(city), Workbench.dump(project));
        assertEquals(List.of(), Workbench.findingLines(province), "the finding is the city file's: " + Workbench.dump(project));

        Workbench.write(province, province(false)); // only province.chaxu changes
        Workbench.build(project);
        assertEquals(List.of(), Workbench.findingLines(city), "city.chaxu re-checked: " + Workbench.dump(project));

        Workbench.write(province, province(true));
        Workbench.build(project);
        assertEquals(List.of("BASE-FIXED-ACTION ERROR fs"), Workbench.findingLines(city), Workbench.dump(project));

        province.delete(true, null); // the city's superior now dangles: a model problem, not a stale finding
        Workbench.build(project);
        assertEquals(List.of(), Workbench.findingLines(city), Workbench.dump(project));
        IMarker[] problems = city.findMarkers(ChaxuCore.PROBLEM_MARKER, false, IResource.DEPTH_ZERO);
        assertTrue(problems.length > 0, "the dangling superior: " + Workbench.dump(project));
        for (IMarker problem : problems) {
            assertEquals("CHAXU-MODEL", problem.getAttribute(ChaxuCore.RULE_ID, ""), Workbench.dump(project));
            assertTrue(problem.getAttribute(IMarker.MESSAGE, "").contains("province.chaxu"), Workbench.dump(project));
        }
    }

    /** Sichuan's binding VOC limit, kept in a file of its own that no city file names. */
    static String baseline(String value) {
        return HEAD + """
                  <indicators id="voc" name="VOC limit" unit="mg/m³" direction="UPPER_LIMIT"/>
                  <standards id="sc-voc" name="Sichuan VOC" indicator="voc" value="%s" binding="true" issuedBy="chaxu:registry/china#510000"/>
                """.formatted(value) + TAIL;
    }

    /** Chengdu's limit of 75 mg/m³, in the indicator of the baseline file. */
    static final String CHENGDU = HEAD + """
              <standards id="cd-voc" name="Chengdu VOC" indicator="sichuan-baseline.chaxu#voc" value="75000" unit="µg/m³" issuedBy="chaxu:registry/china#510100"/>
            """ + TAIL;

    /** The project is one fact base (issue 26): saving the province's baseline changes the markers of a city file that never names it. */
    @Test
    void savingTheProvincesBaselineChangesTheMarkersOfEveryCityFile() throws Exception {
        IProject project = Workbench.project("project-fact-base");
        IFile province = Workbench.write(project.getFile("sichuan-baseline.chaxu"), baseline("60"));
        IFile city = Workbench.write(project.getFile("chengdu.chaxu"), CHENGDU);
        Workbench.fullBuild(project);
        assertEquals(List.of("BASE-LOOSER ERROR cd-voc"), Workbench.findingLines(city), Workbench.dump(project));
        assertEquals(List.of(), Workbench.findingLines(province), Workbench.dump(project));

        Workbench.write(province, baseline("80")); // only the province's file changes
        Workbench.build(project);
        assertEquals(List.of("BASE-RAISED INFO cd-voc"), Workbench.findingLines(city), "re-checked with the new baseline: "
                + Workbench.dump(project));

        Workbench.write(province, baseline("75")); // exactly on the boundary: neither looser nor stricter
        Workbench.build(project);
        assertEquals(List.of(), Workbench.findingLines(city), Workbench.dump(project));

        Workbench.write(province, baseline("74.999"));
        Workbench.build(project);
        assertEquals(List.of("BASE-LOOSER ERROR cd-voc"), Workbench.findingLines(city), Workbench.dump(project));

        // a second city file, added later, is bound by the same baseline; a removed baseline withdraws its facts
        IFile deyang = Workbench.write(project.getFile("deyang.chaxu"), CHENGDU.replace("cd-voc", "dy-voc").replace("510100", "510600"));
        Workbench.build(project);
        assertEquals(List.of("BASE-LOOSER ERROR dy-voc"), Workbench.findingLines(deyang), Workbench.dump(project));
        Workbench.write(province, baseline("80"));
        IFile stricter = Workbench.write(project.getFile("sichuan-2025.chaxu"), HEAD + """
                  <standards id="sc-voc-2025" name="Sichuan VOC from 2025" indicator="sichuan-baseline.chaxu#voc" value="60" binding="true" issuedBy="chaxu:registry/china#510000"/>
                """ + TAIL);
        Workbench.build(project);
        assertEquals(List.of("BASE-LOOSER ERROR cd-voc"), Workbench.findingLines(city), "the stricter of two baseline files: "
                + Workbench.dump(project));
        stricter.delete(true, null);
        Workbench.build(project);
        assertEquals(List.of("BASE-RAISED INFO cd-voc"), Workbench.findingLines(city), "a deleted file's facts are withdrawn: "
                + Workbench.dump(project));
        assertEquals(List.of("BASE-RAISED INFO dy-voc"), Workbench.findingLines(deyang), Workbench.dump(project));
    }

    static long[] markerIds(IFile file) throws Exception {
        return java.util.Arrays.stream(file.findMarkers(ChaxuCore.PROBLEM_MARKER, false, IResource.DEPTH_ZERO)).mapToLong(IMarker::getId)
                .sorted().toArray();
    }

    /**
     * The builder keeps the project's session (issue 26): a save is applied to it as edits, and only
     * the files whose findings changed get new markers; a file that no longer loads, and a file
     * added, make it check the project anew; an id retyped in another file is marked with both places.
     */
    @Test
    void aSaveUpdatesTheKeptSessionAndRewritesOnlyTheMarkersThatChange() throws Exception {
        IProject project = Workbench.project("kept-session");
        IFile province = Workbench.write(project.getFile("sichuan-baseline.chaxu"), baseline("60"));
        IFile chengdu = Workbench.write(project.getFile("chengdu.chaxu"), CHENGDU);
        // Mianyang (510700): two conflicting noise limits of its own, whatever Sichuan's VOC baseline says
        IFile mianyang = Workbench.write(project.getFile("mianyang.chaxu"), HEAD + """
                  <indicators id="noise" name="Night noise" unit="mg/m³" direction="UPPER_LIMIT"/>
                  <standards id="my-noise" name="Mianyang noise" indicator="noise" value="50" issuedBy="chaxu:registry/china#510700"/>
                  <standards id="my-noise-2" name="Mianyang noise again" indicator="noise" value="45" issuedBy="chaxu:registry/china#510700"/>
                """ + TAIL);
        Workbench.fullBuild(project);
        assertEquals(List.of("BASE-LOOSER ERROR cd-voc"), Workbench.findingLines(chengdu), Workbench.dump(project));
        List<String> mianyangLines = Workbench.findingLines(mianyang);
        assertEquals(List.of("BASE-CONFLICT ERROR my-noise", "BASE-CONFLICT ERROR my-noise-2"), mianyangLines, Workbench.dump(project));
        long[] mianyangMarkers = markerIds(mianyang);

        Workbench.write(province, baseline("80"));
        Workbench.build(project);
        assertEquals(List.of("BASE-RAISED INFO cd-voc"), Workbench.findingLines(chengdu), Workbench.dump(project));
        assertEquals(mianyangLines, Workbench.findingLines(mianyang), Workbench.dump(project));
        org.junit.jupiter.api.Assertions.assertArrayEquals(mianyangMarkers, markerIds(mianyang),
                "a file whose findings did not change keeps its markers: " + Workbench.dump(project));

        // Chengdu retypes the indicator: both places named, and the silent split shows (no comparison with Sichuan's)
        Workbench.write(chengdu, CHENGDU.replace("indicator=\"sichuan-baseline.chaxu#voc\"", "indicator=\"voc\"").replace(TAIL,
                "  <indicators id=\"voc\" name=\"VOC limit (retyped)\" unit=\"mg/m³\" direction=\"UPPER_LIMIT\"/>\n" + TAIL));
        Workbench.build(project);
        List<String> twice = new ArrayList<>();
        for (IFile file : List.of(chengdu, province)) {
            for (IMarker marker : file.findMarkers(ChaxuCore.PROBLEM_MARKER, false, IResource.DEPTH_ZERO)) {
                if (marker.getAttribute(IMarker.MESSAGE, "").contains("is defined already in")) {
                    twice.add(file.getName() + ":" + marker.getAttribute(IMarker.LINE_NUMBER, 0) + " " + marker.getAttribute(IMarker.MESSAGE, ""));
                }
            }
        }
        assertEquals(1, twice.size(), twice + " " + Workbench.dump(project));
        assertTrue(twice.get(0).startsWith("sichuan-baseline.chaxu:3 ") && twice.get(0).contains("chengdu.chaxu at line 4"), twice::toString);
        assertEquals(List.of(), Workbench.findingLines(chengdu), "the retyped indicator is never compared: " + Workbench.dump(project));

        // a save that breaks the file: its problem marked, the others still checked; repaired, all as before
        Workbench.write(province, baseline("thirty"));
        Workbench.build(project);
        assertTrue(Workbench.dump(project).contains("thirty"), Workbench.dump(project));
        Workbench.write(chengdu, CHENGDU);
        Workbench.write(province, baseline("60"));
        Workbench.build(project);
        assertEquals(List.of("BASE-LOOSER ERROR cd-voc"), Workbench.findingLines(chengdu), Workbench.dump(project));
        assertEquals(List.of(), Workbench.findingLines(province), Workbench.dump(project));
        Workbench.write(province, baseline("80"));
        Workbench.build(project);
        assertEquals(List.of("BASE-RAISED INFO cd-voc"), Workbench.findingLines(chengdu), "the session kept again: " + Workbench.dump(project));
    }

    /** A project rule that never returns: the build still ends after the time budget, with a marker naming the rule (issue 19). */
    @Test
    void aRuleThatNeverReturnsEndsTheBuildWithAMarkerNamingIt() throws Exception {
        IProject project = Workbench.project("stuck-rule");
        IFile model = Workbench.write(project.getFile("model.chaxu"), HEAD
                + "  <units id=\"central\" name=\"Central\" level=\"CENTRAL\" rank=\"NATIONAL\"/>\n" + TAIL);
        org.eclipse.core.resources.IFolder rules = project.getFolder("rules");
        rules.create(true, true, null);
        // it sleeps rather than spins: the abandoned thread must not take a core from the tests after it
        Workbench.write(rules.getFile("stuck.drl"), "package stuck;\nimport org.chaxu.governance.*;\n"
                + "rule \"never returns\" @id(\"STUCK-RULE\") @severity(\"ERROR\")\nwhen\n    AdministrativeUnit()\nthen\n"
                + "    while (true) { try { Thread.sleep(1000); } catch (InterruptedException e) { } }\nend\n");
        Workbench.write(rules.getFile("messages.properties"), "STUCK-RULE=never reported\n");
        String before = System.getProperty("chaxu.maxSeconds");
        System.setProperty("chaxu.maxSeconds", "1");
        try {
            long started = System.nanoTime();
            Workbench.fullBuild(project);
            long seconds = (System.nanoTime() - started) / 1_000_000_000L;
            assertTrue(seconds < 30, "the build ended after the budget: " + seconds + " s");
            boolean named = false;
            for (IMarker marker : model.findMarkers(ChaxuCore.PROBLEM_MARKER, false, IResource.DEPTH_ZERO)) {
                String message = marker.getAttribute(IMarker.MESSAGE, "");
                named |= message.contains("never returns") && message.contains("was running and never returned");
            }
            assertTrue(named, Workbench.dump(project));
        } finally {
            if (before == null) {
                System.clearProperty("chaxu.maxSeconds");
            } else {
                System.setProperty("chaxu.maxSeconds", before);
            }
            // every later build of the workspace (a preference change rebuilds all projects) would wait for it
            project.delete(true, true, null);
        }
    }

    @Test
    void aFindingOnARegistryCityIsAMarkerOnTheModelAtTheLineNamingIt() throws Exception {
        IProject project = Workbench.project("registry-markers");
        IFile model = Workbench.write(project.getFile("prd.chaxu"), HEAD + """
                  <indicators id="yellow" name="yellow-label phase-out" direction="MANDATORY_ACTION"/>
                  <standards id="gd-yellow" name="Guangdong: phase out" indicator="yellow" binding="true" issuedBy="chaxu:registry/china#440000"/>
                  <arrangements id="conf" name="PRD conference" kind="JOINT_CONFERENCE" convener="chaxu:registry/china#440000"
                      members="chaxu:registry/china#440100 chaxu:registry/china#440600"/>
                  <standards id="gz-yellow" name="Guangzhou adopts it" indicator="yellow" issuedBy="chaxu:registry/china#440100"/>
                """ + TAIL);
        Workbench.fullBuild(project);
        assertEquals(List.of("BASE-FIXED-ACTION ERROR 440600"), Workbench.findingLines(model), Workbench.dump(project));
        IMarker marker = model.findMarkers(ChaxuCore.PROBLEM_MARKER, false, IResource.DEPTH_ZERO)[0];
        assertEquals(6, marker.getAttribute(IMarker.LINE_NUMBER, 0), "members=\"… chaxu:registry/china#440600\"");
        assertEquals("chaxu:registry/china#440600", marker.getAttribute(ChaxuCore.URI, ""));
    }
}
