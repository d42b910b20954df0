// SPDX-License-Identifier: EPL-2.0
package org.chaxu.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code chaxu check} on a model that names units of the national registry, as a drafter runs it in
 * a clone of the repository: by the short URI (read from the checker itself) or by a relative path to
 * the repository's registry/china.chaxu; a finding on a registry city is reported on the model at the
 * line naming it, with the city's code; a reference outside the root or to the network is refused.
 */
class RegistryCheckTest {

    static final String DIR = "bundles/org.chaxu.cli.tests/target/registry-check";

    /** Guangdong's fixed action, adopted by Guangzhou and not by Foshan (named on line 6). */
    static final String MODEL = """
            <?xml version="1.0" encoding="UTF-8"?>
            <chaxu:GovernanceModel xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:chaxu="http://chaxu.org/governance/1.0" name="PRD" asOf="2020-12-31">
              <indicators id="yellow" name="yellow-label phase-out" direction="MANDATORY_ACTION"/>
              <standards id="gd-yellow" name="Guangdong: phase out yellow-label vehicles" indicator="yellow" binding="true" issuedBy="R#440000"/>
              <arrangements id="conf" name="PRD conference" kind="JOINT_CONFERENCE" convener="R#440000"
                  members="R#440100 R#440600"/>
              <standards id="gz-yellow" name="Guangzhou adopts it" indicator="yellow" issuedBy="R#440100"/>
            </chaxu:GovernanceModel>
            """;

    /** Each model in a folder of its own: a folder is a project, and these three are not one. */
    static final String SHORT = DIR + "/short/short.chaxu";
    static final String RELATIVE = DIR + "/relative/relative.chaxu";
    static final String REMOTE = DIR + "/remote/remote.chaxu";

    @BeforeAll
    static void write() throws IOException {
        Path root = Chaxu.root();
        for (String file : new String[] { SHORT, RELATIVE, REMOTE }) {
            Files.createDirectories(root.resolve(file).getParent());
        }
        Files.writeString(root.resolve(SHORT), MODEL.replace("R#", "chaxu:registry/china#"), StandardCharsets.UTF_8);
        // from bundles/org.chaxu.cli.tests/target/registry-check/relative/ up to the repository's registry/
        Files.writeString(root.resolve(RELATIVE), MODEL.replace("R#", "../../../../../registry/china.chaxu#"),
                StandardCharsets.UTF_8);
        Files.writeString(root.resolve(REMOTE), MODEL.replace("R#", "http://127.0.0.1:9/china.chaxu#"),
                StandardCharsets.UTF_8);
    }

    @Test
    void theShortFormIsReadFromTheCheckerItself() throws Exception {
        Chaxu.Result r = Chaxu.run("check", SHORT);
        assertEquals(1, r.exit(), r::toString);
        // the registry's units by their English names in an English report, by their own in a Chinese one
        assertTrue(r.out().contains(SHORT + ":6: error[BASE-FIXED-ACTION]: Foshan City has not adopted Guangdong Province's fixed action"),
                r::toString);
        assertTrue(r.out().contains("\n    = chaxu:registry/china#440600 (佛山市)\n"), r::toString);
        assertTrue(r.out().contains("(chaxu:registry/china#440000; " + SHORT + ":4)"), r::toString);
        assertEquals(1, Chaxu.count(r.out(), "(?m)^\\S+\\.chaxu:\\d+: "), "only the named city, not Guangdong's 19 others: " + r);
    }

    @Test
    void theRelativeFormReadsTheRepositorysRegistry() throws Exception {
        Chaxu.Result r = Chaxu.run("check", "--format", "json", RELATIVE);
        assertEquals(1, r.exit(), r::toString);
        assertTrue(r.out().contains("\"id\" : \"440600\""), r::toString);
        assertTrue(r.out().contains("\"line\" : 6"), r::toString);
    }

    @Test
    void theRegistryOutsideTheRootIsRefused() throws Exception {
        Chaxu.Result r = Chaxu.run("check", "--root", DIR, RELATIVE);
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().contains(RELATIVE + ":4") || r.out().contains(RELATIVE + ":4"), r::toString);
        assertTrue((r.out() + r.err()).contains("which is not read: a model may refer only to files below"), r::toString);
    }

    @Test
    void aRemoteRegistryIsRefused() throws Exception {
        Chaxu.Result r = Chaxu.run("check", REMOTE);
        assertEquals(2, r.exit(), r::toString);
        assertTrue((r.out() + r.err()).contains("not read: a model may refer only to .chaxu files on this machine and to the shipped registry"),
                r::toString);
    }

    @Test
    void theWorkedCaseNamingTheRegistryIsCheckedFromTheRepository() throws Exception {
        String model = "examples/registry/prd-air/prd-air.chaxu";
        Chaxu.Result r = Chaxu.run("check", model);
        assertEquals(1, r.exit(), r::toString);
        assertEquals(Chaxu.expected(model).size(), Chaxu.count(r.out(), "(?m)^examples/registry/prd-air/prd-air\\.chaxu:\\d+: "), r::toString);
        // a registry unit is reported at the first line of the model naming it (441900, 东莞市)
        List<String> lines = java.nio.file.Files.readAllLines(Chaxu.root().resolve(model));
        int line = 1 + java.util.stream.IntStream.range(0, lines.size()).filter(i -> lines.get(i).contains("chaxu:registry/china#441900"))
                .findFirst().orElseThrow();
        assertTrue(r.out().contains(model + ":" + line + ": error[BASE-FIXED-ACTION]: Dongguan City has not adopted Guangdong Province's fixed action"),
                r::toString);
        Chaxu.Result zh = Chaxu.run("check", "--lang", "zh", model);
        assertTrue(zh.out().contains("东莞市") && zh.out().contains("广东省") && !zh.out().contains("Dongguan City"), zh::toString);
    }

    @Test
    void theReportDrawsTheRegistryUnitsTheModelNames(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path html = dir.resolve("report.html");
        Chaxu.Result r = Chaxu.run("report", "examples/registry/prd-air/prd-air.chaxu", "--output", html.toString());
        assertEquals(0, r.exit(), r::toString);
        com.fasterxml.jackson.databind.JsonNode model = ReportCommandTest.data(Files.readString(html, StandardCharsets.UTF_8))
                .get("models").get(0);
        java.util.Map<String, String> superiors = new java.util.HashMap<>();
        model.get("units").forEach(u -> superiors.put(u.get("id").asText(), u.get("superior").asText()));
        assertEquals("440000", superiors.get("440600"), "佛山市 under 广东省: " + superiors);
        assertEquals("central", superiors.get("440000"), superiors::toString);
        assertEquals(13, superiors.size(), "the central government, Guangdong and the eleven cities the model names: " + superiors);
        assertEquals(Chaxu.expected("examples/registry/prd-air/prd-air.chaxu").size(), model.get("findings").size());
    }
}
