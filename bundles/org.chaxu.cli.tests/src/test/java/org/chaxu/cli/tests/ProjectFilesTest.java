// SPDX-License-Identifier: EPL-2.0
package org.chaxu.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A model checked with the files it depends on (issue 26, first slice): a file it reaches that
 * does not load is an error of the run whichever file was named, and a project's own references
 * are read when the project is checked from another folder.
 */
class ProjectFilesTest {

    /** Sichuan's file, with a binding VOC limit whose value does not parse on line 5. */
    static final String PROVINCE = "  <indicators id=\"voc\" name=\"VOC\" unit=\"mg/m³\" direction=\"UPPER_LIMIT\"/>\n"
            + "  <units id=\"central\" name=\"Central\" level=\"CENTRAL\" rank=\"NATIONAL\"/>\n"
            + "  <units id=\"sichuan\" name=\"Sichuan\" level=\"PROVINCIAL\" rank=\"MINISTERIAL\" superior=\"central\">\n"
            + "    <standards id=\"sc-voc\" name=\"Sichuan VOC\" indicator=\"voc\" value=\"VALUE\" binding=\"true\"/>\n"
            + "  </units>\n";

    /** Chengdu's file: below Sichuan, with two VOC limits of its own that conflict (a finding of this file alone). */
    static final String CITY = "  <units id=\"chengdu\" name=\"Chengdu\" level=\"PREFECTURAL\" rank=\"SUB_PROVINCIAL\" superior=\"sichuan.chaxu#sichuan\">\n"
            + "    <standards id=\"cd-voc-2019\" name=\"Chengdu VOC 2019\" indicator=\"sichuan.chaxu#voc\" value=\"50\"/>\n"
            + "    <standards id=\"cd-voc-2020\" name=\"Chengdu VOC 2020\" indicator=\"sichuan.chaxu#voc\" value=\"40\"/>\n"
            + "  </units>\n";

    @Test
    void aBrokenFileTheNamedModelDependsOnIsAnErrorWithItsFileAndLineAndTheModelsFindingsAreStillReported(@TempDir Path dir)
            throws Exception {
        Path province = HostileInputTest.write(dir, "sichuan.chaxu", PROVINCE.replace("VALUE", "thirty"));
        Path city = HostileInputTest.write(dir, "chengdu.chaxu", CITY);
        Chaxu.Result r = Chaxu.run("check", city.toString());
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().contains(province + ":6:"), "the province's file and line: " + r);
        assertTrue(r.err().contains("thirty"), r::toString);
        HostileInputTest.assertClean(r);
        assertEquals(2, Chaxu.count(r.out(), "error\\[BASE-CONFLICT\\]"), "the city's own findings: " + r);

        // the same project as a folder: the province's problem once, as the named file's own
        Chaxu.Result folder = Chaxu.run("check", dir.toString());
        assertEquals(2, folder.exit(), folder::toString);
        assertEquals(1, Chaxu.count(folder.err(), "thirty"), folder::toString);

        // repaired, the city's check no longer fails on its province
        HostileInputTest.write(dir, "sichuan.chaxu", PROVINCE.replace("VALUE", "30"));
        Chaxu.Result repaired = Chaxu.run("check", city.toString());
        assertEquals(1, repaired.exit(), repaired::toString);
        assertEquals("", repaired.err().strip(), repaired::toString);
    }

    /** The worked multi-file example: each file alone, and the folder, give each file's golden findings. */
    @Test
    void theChengduDeyangProjectGivesEachFileItsGoldenFindingsNamedAloneOrAsAFolder() throws Exception {
        String dir = "examples/chengdu-deyang/";
        List<String> all = new ArrayList<>();
        for (String name : List.of("chengdu.chaxu", "circle.chaxu", "deyang.chaxu", "sichuan-baseline.chaxu")) {
            Chaxu.Result r = Chaxu.run("check", "--format", "json", dir + name);
            assertEquals(Chaxu.expected(dir + name), lines(r.out()).stream().map(l -> l.substring(l.indexOf(' ') + 1)).toList(),
                    r::toString);
            assertEquals("", r.err().strip(), r::toString);
            Chaxu.expected(dir + name).forEach(line -> all.add(dir + name + " " + line));
        }
        Chaxu.Result folder = Chaxu.run("check", "--format", "json", dir);
        assertEquals(1, folder.exit(), folder::toString);
        assertEquals(all.stream().sorted().toList(), lines(folder.out()), "each finding once, in its own file: " + folder);
        // the baseline and the circle's bar are shown where they are: in the other files of the project
        Chaxu.Result text = Chaxu.run("check", dir + "chengdu.chaxu");
        int baselineLine = Chaxu.lineOf(dir + "sichuan-baseline.chaxu", "sc-voc");
        int barLine = Chaxu.lineOf(dir + "circle.chaxu", "circle-voc");
        assertTrue(text.out().contains("(" + dir + "sichuan-baseline.chaxu:" + baselineLine + ")"), text::toString);
        assertTrue(text.out().contains("(" + dir + "circle.chaxu:" + barLine + ")"), text::toString);
        com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(Chaxu.run("check", "--format", "json", dir + "chengdu.chaxu").out());
        boolean baselineInJson = false;
        for (com.fasterxml.jackson.databind.JsonNode f : json.at("/models/0/findings")) {
            for (com.fasterxml.jackson.databind.JsonNode r : f.get("related")) {
                if (r.get("id").asText().equals("sc-voc")) {
                    assertEquals(dir + "sichuan-baseline.chaxu", r.get("file").asText(), r::toString);
                    assertEquals(baselineLine, r.get("line").asInt(), r::toString);
                    baselineInJson = true;
                }
            }
        }
        assertTrue(baselineInJson, json::toString);
        com.fasterxml.jackson.databind.JsonNode sarif = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(Chaxu.run("check", "--format", "sarif", dir + "chengdu.chaxu").out());
        boolean baselineInSarif = false;
        for (com.fasterxml.jackson.databind.JsonNode result : sarif.at("/runs/0/results")) {
            for (com.fasterxml.jackson.databind.JsonNode r : result.path("relatedLocations")) {
                if (r.at("/logicalLocations/0/fullyQualifiedName").asText().equals("sc-voc")) {
                    assertEquals(dir + "sichuan-baseline.chaxu", r.at("/physicalLocation/artifactLocation/uri").asText(), r::toString);
                    assertEquals(baselineLine, r.at("/physicalLocation/region/startLine").asInt(), r::toString);
                    baselineInSarif = true;
                }
            }
        }
        assertTrue(baselineInSarif, sarif::toString);

        // SARIF fingerprints do not depend on which file was named
        Chaxu.Result one = Chaxu.run("check", "--format", "sarif", dir + "deyang.chaxu");
        Chaxu.Result every = Chaxu.run("check", "--format", "sarif", dir);
        for (String fingerprint : fingerprints(one.out())) {
            assertTrue(every.out().contains(fingerprint), fingerprint + " in\n" + every.out());
        }
    }

    /** A model of the project that does not load is an error of the run, also when another file is named. */
    @Test
    void aBrokenModelOfTheProjectFailsTheCheckOfAnyOfItsFiles(@TempDir Path dir) throws Exception {
        HostileInputTest.write(dir, "sichuan.chaxu", PROVINCE.replace("VALUE", "30"));
        Path city = HostileInputTest.write(dir, "chengdu.chaxu", CITY);
        Path broken = HostileInputTest.write(dir, "deyang.chaxu", "  <units id=\"deyang\" name=\"Deyang\" level=\"PREFECTURAL\" "
                + "superior=\"sichuan.chaxu#nowhere\"/>\n");
        Chaxu.Result r = Chaxu.run("check", city.toString());
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().contains(broken.toString() + ":3"), "the broken file and line: " + r);
        assertEquals(2, Chaxu.count(r.out(), "error\\[BASE-CONFLICT\\]"), "the named file's findings still: " + r);
        assertEquals(2, Chaxu.count(r.out(), "error\\[BASE-LOOSER\\]"), "50 and 40 against Sichuan's 30: " + r);
        HostileInputTest.assertClean(r);
    }

    static List<String> lines(String json) throws Exception {
        List<String> found = new ArrayList<>();
        for (com.fasterxml.jackson.databind.JsonNode model : new com.fasterxml.jackson.databind.ObjectMapper().readTree(json).get("models")) {
            for (com.fasterxml.jackson.databind.JsonNode f : model.get("findings")) {
                found.add(model.get("file").asText() + " " + f.get("rule").asText() + " " + f.get("severity").asText() + " "
                        + f.get("element").get("id").asText());
            }
        }
        return found.stream().sorted().toList();
    }

    static List<String> fingerprints(String sarif) throws Exception {
        List<String> found = new ArrayList<>();
        for (com.fasterxml.jackson.databind.JsonNode result : new com.fasterxml.jackson.databind.ObjectMapper().readTree(sarif)
                .at("/runs/0/results")) {
            result.get("partialFingerprints").forEach(f -> found.add(f.asText()));
        }
        assertTrue(!found.isEmpty(), sarif);
        return found;
    }

    @Test
    void aProjectCheckedFromAnotherFolderReadsItsOwnReferences(@TempDir Path dir) throws Exception {
        Path project = Files.createDirectories(dir.resolve("chengdu-chongqing"));
        Path provinces = Files.createDirectories(project.resolve("provinces"));
        Path cities = Files.createDirectories(project.resolve("cities"));
        HostileInputTest.write(provinces, "sichuan.chaxu", PROVINCE.replace("VALUE", "30"));
        Path city = HostileInputTest.write(cities, "chengdu.chaxu", CITY.replace("sichuan.chaxu#", "../provinces/sichuan.chaxu#")
                .replace("value=\"40\"", "value=\"50\""));

        // the project's folder, named from the repository's root: its references are its own
        Chaxu.Result folder = Chaxu.run("check", project.toString());
        assertEquals(1, folder.exit(), folder::toString);
        assertEquals(2, Chaxu.count(folder.out(), "error\\[BASE-LOOSER\\]"), "50 is looser than Sichuan's 30: " + folder);
        assertFalse(folder.err().contains("only to files below"), folder::toString);

        // one file of it: the city's own folder is not enough ...
        Chaxu.Result alone = Chaxu.run("check", city.toString());
        assertEquals(2, alone.exit(), alone::toString);
        assertTrue(alone.err().contains("only to files below"), alone::toString);
        // ... but with a settings file the project's folder is the root
        Files.createDirectories(project.resolve(".chaxu"));
        Files.writeString(project.resolve(".chaxu/settings.properties"), "# the Chengdu–Chongqing project\n");
        Chaxu.Result inProject = Chaxu.run("check", city.toString());
        assertEquals(1, inProject.exit(), inProject::toString);
        assertEquals(2, Chaxu.count(inProject.out(), "error\\[BASE-LOOSER\\]"), inProject::toString);

        // --root still bounds it when given
        Chaxu.Result bounded = Chaxu.run("check", "--root", cities.toString(), city.toString());
        assertEquals(2, bounded.exit(), bounded::toString);
        assertTrue(bounded.err().contains("only to files below"), bounded::toString);
    }

    /**
     * The same id for the same kind in two files of a project: an error at the second place (in path
     * order) naming the first, whichever file is named; the findings are still reported; other kinds
     * may share the id.
     */
    @Test
    void anIdDefinedInTwoFilesOfAProjectIsAnErrorWithBothPlaces(@TempDir Path dir) throws Exception {
        HostileInputTest.write(dir, "sichuan.chaxu", PROVINCE.replace("VALUE", "30"));
        // Chengdu retypes the indicator 'voc' (line 3) instead of naming sichuan.chaxu#voc, and gives a standard the id 'sichuan'
        Path city = HostileInputTest.write(dir, "chengdu.chaxu",
                "  <indicators id=\"voc\" name=\"VOC\" unit=\"mg/m³\" direction=\"UPPER_LIMIT\"/>\n" + CITY
                        .replace("sichuan.chaxu#voc", "voc").replace("id=\"cd-voc-2019\"", "id=\"sichuan\""));
        for (Path named : List.of(city, dir)) {
            Chaxu.Result r = Chaxu.run("check", named.toString());
            assertEquals(2, r.exit(), r::toString);
            assertEquals(1, Chaxu.count(r.err(), "is defined already"), "one error, once: " + r);
            assertTrue(r.err().contains(dir.resolve("sichuan.chaxu") + ":3: error: VOC: indicator 'voc' is defined already in "
                    + city + " at line 3"), r::toString);
            assertEquals(2, Chaxu.count(r.out(), "error\\[BASE-CONFLICT\\]"), "the city's findings are still reported: " + r);
            HostileInputTest.assertClean(r);
        }
        // named from the province's file, no retyped indicator: clean again
        HostileInputTest.write(dir, "chengdu.chaxu", CITY.replace("id=\"cd-voc-2019\"", "id=\"sichuan\""));
        Chaxu.Result fixed = Chaxu.run("check", dir.toString());
        assertFalse(fixed.err().contains("is defined already"), "a standard and a unit may share an id: " + fixed);
    }

    /** chaxu test: a folder X with X.expected beside it is one case, every model's findings against that file. */
    @Test
    void aFolderWithOneExpectedFileForAllIsOneTestCase(@TempDir Path dir) throws Exception {
        Path project = Files.createDirectories(dir.resolve("sichuan-project"));
        HostileInputTest.write(project, "sichuan.chaxu", PROVINCE.replace("VALUE", "30"));
        HostileInputTest.write(project, "chengdu.chaxu", CITY);
        Path expected = dir.resolve("sichuan-project.expected");
        Files.writeString(expected, "# the city's two VOC limits conflict, and both are looser than Sichuan's 30\n"
                + "BASE-CONFLICT ERROR cd-voc-2019\nBASE-CONFLICT ERROR cd-voc-2020\n"
                + "BASE-LOOSER ERROR cd-voc-2019\nBASE-LOOSER ERROR cd-voc-2020\n");
        Chaxu.Result pass = Chaxu.run("test", project.toString());
        assertEquals(0, pass.exit(), pass::toString);
        assertTrue(pass.out().contains("1 passed"), pass::toString);

        Files.writeString(expected, "BASE-CONFLICT ERROR cd-voc-2019\nBASE-CONFLICT ERROR cd-voc-2020\nBASE-LOOSER ERROR cd-voc-2019\n"
                + "BASE-RAISED INFO cd-voc-2020\n");
        Chaxu.Result fail = Chaxu.run("test", project.toString());
        assertEquals(1, fail.exit(), fail::toString);
        assertTrue(fail.out().contains("BASE-RAISED INFO cd-voc-2020"), "missing: " + fail);
        assertTrue(fail.out().contains("BASE-LOOSER ERROR cd-voc-2020"), "extra: " + fail);
    }
}
