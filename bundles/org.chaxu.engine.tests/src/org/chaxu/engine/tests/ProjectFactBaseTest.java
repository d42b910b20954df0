// SPDX-License-Identifier: EPL-2.0
package org.chaxu.engine.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.chaxu.engine.CheckOptions;
import org.chaxu.engine.CheckSession;
import org.chaxu.engine.Finding;
import org.chaxu.engine.LoadedModel;
import org.chaxu.engine.ModelLoader;
import org.chaxu.engine.RuleCatalog;
import org.chaxu.governance.Standard;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A project's models as one fact base (issue 26): a session on one model with the project's other
 * models as context sees their elements — a province's baseline kept in its own file binds a city of
 * another file, a circle of another file binds its members — and each finding is given to one model
 * only: the one holding its element, or for a registry unit the first model in path order that names it.
 */
class ProjectFactBaseTest {

    static RuleCatalog catalog;

    @BeforeAll
    static void compile() {
        catalog = RuleCatalog.shipped();
    }

    static final String R = "chaxu:registry/china#";

    /** Sichuan's baseline, kept in its own file: top-level standards issued by the registry's Sichuan (510000). */
    static final String PROVINCE = "  <indicators id=\"voc\" name=\"VOC limit\" unit=\"mg/m³\" direction=\"UPPER_LIMIT\"/>\n"
            + "  <indicators id=\"fleet\" name=\"Phase out old trucks\" direction=\"MANDATORY_ACTION\"/>\n"
            + "  <standards id=\"sc-voc\" name=\"Sichuan VOC\" indicator=\"voc\" value=\"60\" binding=\"true\" issuedBy=\"" + R + "510000\"/>\n"
            + "  <standards id=\"sc-fleet\" name=\"Sichuan fleet\" indicator=\"fleet\" binding=\"true\" issuedBy=\"" + R + "510000\"/>\n";

    static String city(String id, String code, String voc) {
        return "  <standards id=\"" + id + "-voc\" name=\"" + id + " VOC\" indicator=\"sichuan-baseline.chaxu#voc\" value=\"" + voc
                + "\" unit=\"µg/m³\" issuedBy=\"" + R + code + "\"/>\n"
                + "  <standards id=\"" + id + "-fleet\" name=\"" + id + " fleet\" indicator=\"sichuan-baseline.chaxu#fleet\" issuedBy=\"" + R + code
                + "\"/>\n";
    }

    /** A circle of Chengdu and Deyang in its own file, raising the VOC bar to 40 mg/m³ for its members. */
    static final String CIRCLE = "  <arrangements id=\"cy-circle\" name=\"Chengdu–Chongqing circle\" kind=\"METROPOLITAN_CIRCLE\" members=\""
            + R + "510100 " + R + "510600\">\n"
            + "    <standards id=\"cy-voc\" name=\"Circle VOC\" indicator=\"sichuan-baseline.chaxu#voc\" value=\"40\"/>\n"
            + "  </arrangements>\n";

    static Path write(Path dir, String name, String body) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<chaxu:GovernanceModel xmi:version=\"2.0\" "
                + RegistryTest.NS + " name=\"" + name + "\" asOf=\"2024-12-31\">\n" + body + "</chaxu:GovernanceModel>\n",
                StandardCharsets.UTF_8);
        return file;
    }

    /** The models of {@code dir}, loaded by one loader (one resource set), in path order. */
    static List<Resource> load(Path dir, String... names) {
        ModelLoader loader = new ModelLoader().withRoot(dir);
        List<Resource> models = new ArrayList<>();
        for (String name : names) {
            LoadedModel model = loader.load(dir.resolve(name));
            assertEquals(List.of(), model.problems(), name);
            models.add(model.resource());
        }
        return models;
    }

    static List<String> lines(List<Finding> findings) {
        return Examples.lines(findings);
    }

    @Test
    void aProvincialBaselineInItsOwnFileBindsTheCitiesOfAnotherFile(@TempDir Path dir) throws IOException {
        write(dir, "sichuan-baseline.chaxu", PROVINCE);
        write(dir, "chengdu.chaxu", city("chengdu", "510100", "75000")); // 75 mg/m³ against the province's 60
        List<Resource> models = load(dir, "chengdu.chaxu", "sichuan-baseline.chaxu");
        Resource chengdu = models.get(0);
        Resource province = models.get(1);

        assertEquals(List.of(), lines(CheckSession.check(catalog, chengdu, CheckOptions.DEFAULT)),
                "alone, the city does not see the province's file");
        try (CheckSession project = new CheckSession(catalog, chengdu, CheckOptions.DEFAULT, true, List.of(province))) {
            assertEquals(List.of("BASE-LOOSER ERROR chengdu-voc"), lines(project.findings()));
            assertEquals(project.findings(), project.findingsIn(chengdu));
            // a fixed action of the province is adopted by the city: no BASE-FIXED-ACTION on Chengdu
            assertEquals(List.of(), lines(project.findingsIn(province)));

            // on the boundary (60 mg/m³ exactly) nothing; one µg/m³ stricter raises the bar
            Standard voc = (Standard) chengdu.getEObject("chengdu-voc");
            voc.setValue(60000.0);
            assertEquals(List.of(), lines(project.findings()));
            voc.setValue(59999.0);
            assertEquals(List.of("BASE-RAISED INFO chengdu-voc"), lines(project.findings()));
            voc.setValue(60001.0);
            assertEquals(List.of("BASE-LOOSER ERROR chengdu-voc"), lines(project.findings()));
        }
    }

    @Test
    void aCircleInItsOwnFileBindsItsMembersInOtherFiles(@TempDir Path dir) throws IOException {
        write(dir, "sichuan-baseline.chaxu", PROVINCE);
        write(dir, "chengdu.chaxu", city("chengdu", "510100", "50000")); // stricter than Sichuan, looser than the circle's 40
        write(dir, "circle.chaxu", CIRCLE);
        List<Resource> models = load(dir, "chengdu.chaxu", "circle.chaxu", "sichuan-baseline.chaxu");
        try (CheckSession project = new CheckSession(catalog, models.get(0), CheckOptions.DEFAULT, true, models.subList(1, 3))) {
            assertEquals(List.of("BASE-CIRCLE ERROR chengdu-voc", "BASE-RAISED INFO chengdu-voc"), lines(project.findings()));
            // the circle's own standard is stricter than Sichuan's baseline of its members, and Deyang, which only
            // the circle's file names, has not adopted Sichuan's fixed action: both reported in the circle's file
            assertEquals(List.of("BASE-FIXED-ACTION ERROR 510600", "BASE-RAISED INFO cy-voc"), lines(project.findingsIn(models.get(1))));
        }
        try (CheckSession circleAlone = new CheckSession(catalog, models.get(0), CheckOptions.DEFAULT, true, List.of(models.get(2)))) {
            assertEquals(List.of("BASE-RAISED INFO chengdu-voc"), lines(circleAlone.findings()), "without the circle's file");
        }
    }

    /** A finding on a registry unit that two models name is reported once, by the first of them in path order. */
    @Test
    void aFindingOnARegistryUnitNamedByTwoModelsIsReportedByTheFirstInPathOrder(@TempDir Path dir) throws IOException {
        write(dir, "sichuan-baseline.chaxu", PROVINCE);
        // Deyang (510600) is named by both city files and adopts nothing: BASE-FIXED-ACTION on Deyang
        write(dir, "a-chengdu.chaxu", city("chengdu", "510100", "50000")
                + "  <arrangements id=\"pair\" name=\"Chengdu–Deyang\" kind=\"COOPERATION_GROUP\" members=\"" + R + "510100 " + R
                + "510600\"/>\n");
        write(dir, "b-deyang.chaxu", "  <arrangements id=\"deyang-group\" name=\"Deyang group\" kind=\"COOPERATION_GROUP\" members=\""
                + R + "510600 " + R + "510100\"/>\n");
        List<Resource> models = load(dir, "a-chengdu.chaxu", "b-deyang.chaxu", "sichuan-baseline.chaxu");
        for (int primary = 0; primary < 3; primary++) {
            List<Resource> context = new ArrayList<>(models);
            Resource first = context.remove(primary);
            try (CheckSession project = new CheckSession(catalog, first, CheckOptions.DEFAULT, true, context)) {
                List<String> a = lines(project.findingsIn(models.get(0)));
                List<String> b = lines(project.findingsIn(models.get(1)));
                assertTrue(a.contains("BASE-FIXED-ACTION ERROR 510600"), a::toString);
                assertTrue(!b.contains("BASE-FIXED-ACTION ERROR 510600"), "once, in the first model naming Deyang: " + b);
                assertEquals(List.of(), lines(project.findingsIn(models.get(2))));
            }
        }
    }

    @Test
    void aModelOutsideTheProjectIsRefused(@TempDir Path dir) throws IOException {
        write(dir, "sichuan-baseline.chaxu", PROVINCE);
        write(dir, "chengdu.chaxu", city("chengdu", "510100", "75000"));
        List<Resource> models = load(dir, "chengdu.chaxu", "sichuan-baseline.chaxu");
        try (CheckSession alone = new CheckSession(catalog, models.get(0), CheckOptions.DEFAULT)) {
            assertThrows(IllegalArgumentException.class, () -> alone.findingsIn(models.get(1)));
        }
    }

    /** The project's models loaded by one loader, in path order, as LoadedModels. */
    static List<LoadedModel> loaded(Path dir, String... names) {
        ModelLoader loader = new ModelLoader().withRoot(dir);
        List<LoadedModel> models = new ArrayList<>();
        for (String name : names) {
            LoadedModel model = loader.load(dir.resolve(name));
            assertEquals(List.of(), model.problems(), name);
            models.add(model);
        }
        return models;
    }

    static List<String> duplicates(List<LoadedModel> models) {
        return org.chaxu.engine.ProjectIds.duplicates(models, m -> Path.of(m.file()).getFileName().toString(), java.util.Locale.ENGLISH)
                .stream().map(p -> p.file() + ":" + p.line() + " " + p.severity() + " " + p.message()).toList();
    }

    @Test
    void anIndicatorRetypedInACityFileIsAnErrorAtItsLineNamingTheFirstPlace(@TempDir Path dir) throws IOException {
        write(dir, "sichuan-baseline.chaxu", PROVINCE);
        // line 3: Chengdu's own 'voc', which its standard (line 4) then uses: never compared with Sichuan's
        write(dir, "chengdu.chaxu", "  <indicators id=\"voc\" name=\"VOC (Chengdu's copy)\" unit=\"mg/m³\" direction=\"UPPER_LIMIT\"/>\n"
                + "  <standards id=\"cd-voc\" name=\"Chengdu VOC\" indicator=\"voc\" value=\"75\" issuedBy=\"" + R + "510100\"/>\n");
        List<LoadedModel> models = loaded(dir, "chengdu.chaxu", "sichuan-baseline.chaxu");
        List<String> problems = duplicates(models);
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).startsWith("sichuan-baseline.chaxu:3 ERROR indicator 'voc' is defined already in chengdu.chaxu at line 3"),
                problems::toString);
        // the silent split the error is about: the city's looser 75 is never compared with Sichuan's 60
        try (CheckSession session = new CheckSession(catalog, models.get(0).resource(), CheckOptions.DEFAULT, false,
                List.of(models.get(1).resource()))) {
            assertEquals(List.of(), lines(session.findingsIn(models.get(0).resource())).stream()
                    .filter(l -> l.startsWith("BASE-LOOSER")).toList());
        }
    }

    @Test
    void idsAreOnePerKindAndEachLaterFileIsNamedOnce(@TempDir Path dir) throws IOException {
        write(dir, "a.chaxu", "  <indicators id=\"voc\" name=\"VOC\" unit=\"mg/m³\" direction=\"UPPER_LIMIT\"/>\n"
                + "  <units id=\"x\" name=\"X\" level=\"PROVINCIAL\" rank=\"MINISTERIAL\" superior=\"" + R + "central\"/>\n");
        // the same id for another kind is no duplicate: a standard 'voc' and a unit 'voc' beside the indicator
        write(dir, "b.chaxu", "  <units id=\"voc\" name=\"Voc county\" level=\"PROVINCIAL\" rank=\"MINISTERIAL\" superior=\"" + R + "central\">\n"
                + "    <standards id=\"voc-std\" name=\"s\" indicator=\"a.chaxu#voc\" value=\"1\" unit=\"mg/m³\"/>\n  </units>\n");
        write(dir, "c.chaxu", "  <units id=\"x\" name=\"X again\" level=\"PROVINCIAL\" rank=\"MINISTERIAL\" superior=\"" + R + "central\">\n"
                + "    <standards id=\"voc-std\" name=\"s\" indicator=\"a.chaxu#voc\" value=\"2\" unit=\"mg/m³\"/>\n  </units>\n"
                + "  <indicators id=\"voc\" name=\"VOC\" unit=\"mg/m³\" direction=\"UPPER_LIMIT\"/>\n");
        List<String> problems = duplicates(loaded(dir, "a.chaxu", "b.chaxu", "c.chaxu"));
        assertEquals(List.of("c.chaxu:3 unit 'x' b a.chaxu:4", "c.chaxu:4 standard 'voc-std' b b.chaxu:4",
                "c.chaxu:6 indicator 'voc' b a.chaxu:3"),
                problems.stream().map(p -> p.replaceAll("^(\\S+) ERROR (\\w+ '[^']+') is defined already in (\\S+) at line (\\d+):.*$", "$1 $2 b $3:$4"))
                        .toList(), problems::toString);
        assertEquals(List.of(), duplicates(loaded(dir, "a.chaxu", "b.chaxu")), "a unit and an indicator may share an id");
    }

    @Test
    void filesThatReachNothingInCommonMayShareIds(@TempDir Path dir) throws IOException {
        // two independent cases of a folder of rule tests, each a copy of one region: nothing is split
        String region = "  <units id=\"p\" name=\"P\" level=\"PROVINCIAL\" rank=\"MINISTERIAL\">\n"
                + "    <standards id=\"p-voc\" name=\"s\" indicator=\"voc\" value=\"1\" unit=\"mg/m³\"/>\n  </units>\n"
                + "  <indicators id=\"voc\" name=\"VOC\" unit=\"mg/m³\" direction=\"UPPER_LIMIT\"/>\n";
        write(dir, "case-1.chaxu", region);
        write(dir, "case-2.chaxu", region);
        assertEquals(List.of(), duplicates(loaded(dir, "case-1.chaxu", "case-2.chaxu")));
        // a third file that names both joins them: now the two indicators 'voc' are one project's, split in two
        write(dir, "joins.chaxu", "  <arrangements id=\"j\" name=\"J\" kind=\"JOINT_CONFERENCE\" members=\"case-1.chaxu#p case-2.chaxu#p\"/>\n");
        List<String> joined = duplicates(loaded(dir, "case-1.chaxu", "case-2.chaxu", "joins.chaxu"));
        assertEquals(3, joined.size(), joined::toString);
        assertTrue(joined.stream().allMatch(p -> p.startsWith("case-2.chaxu:") && p.contains("is defined already in case-1.chaxu")),
                joined::toString);
    }
}
