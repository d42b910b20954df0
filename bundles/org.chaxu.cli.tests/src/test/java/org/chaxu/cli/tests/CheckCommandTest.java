// SPDX-License-Identifier: EPL-2.0
package org.chaxu.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code chaxu check}: exit codes, text output located by file and line, and every kind of bad input. */
class CheckCommandTest {

    private static final String PRD = "examples/prd-air.chaxu";

    /** The README's sample of {@code ./chaxu check examples/prd-air.chaxu}: each line it shows is printed, in the order shown. */
    @Test
    void theReadmesSampleOutputIsTheRealOutputInItsOrder() throws Exception {
        String readme = java.nio.file.Files.readString(Chaxu.root().resolve("README.md"));
        java.util.regex.Matcher sample = java.util.regex.Pattern
                .compile("(?s)`\\./chaxu check examples/prd-air\\.chaxu` prints, among others:\\s*```text\\n(.*?)```").matcher(readme);
        assertTrue(sample.find(), "the README shows the first command's output");
        Chaxu.Result r = Chaxu.run("check", "--color", "never", "examples/prd-air.chaxu");
        assertEquals(1, r.exit(), r::toString);
        java.util.List<String> real = r.out().lines().toList();
        int at = 0;
        for (String line : sample.group(1).lines().toList()) {
            if (line.strip().equals("\u2026") || line.isBlank()) {
                continue;
            }
            int found = real.subList(at, real.size()).indexOf(line);
            assertTrue(found >= 0, () -> "the README shows a line the check does not print here (or not in this order):\n" + line
                    + "\n--- real output\n" + r.out());
            at += found + 1;
        }
    }

    @Test
    void prdAirPrintsFindingsByFileAndLineAndExitsOne() throws Exception {
        Chaxu.Result r = Chaxu.run("check", PRD);
        assertEquals(1, r.exit(), r::toString);
        int line = Chaxu.lineOf(PRD, "foshan-voc-furniture");
        assertTrue(r.out().contains(PRD + ":" + line + ": error[BASE-LOOSER]: Foshan (佛山)'s Foshan VOC limit"), r::toString);
        assertTrue(r.out().contains("40 mg/m³") && r.out().contains("30 mg/m³"), r::toString);
        // the related elements follow as notes: role, what it is, where
        assertTrue(r.out().contains("\n    = baseline: Guangdong VOC limit, furniture manufacturing (家具制造VOC排放限值): 30 mg/m³, "
                + "binding; source: Guangdong provincial VOC emission standard, furniture manufacturing (illustrative)  ("
                + PRD + ":" + Chaxu.lineOf(PRD, "gd-voc-furniture") + ")\n"), r::toString);
        assertTrue(r.out().contains("\n    = issuer: Foshan (佛山)  (" + PRD + ":" + Chaxu.lineOf(PRD, "foshan") + ")\n"), r::toString);
        // a comparison across units shows the converted value
        assertTrue(r.out().contains("35000 µg/m³ is stricter than Guangdong Provincial Government (广东省政府)'s baseline "
                + "40 mg/m³ (= 40000 µg/m³)"), r::toString);
        // findings per rule before the summary
        assertTrue(r.out().contains("\n  BASE-RAISED          6 info\n"), r::toString);
        assertTrue(r.out().contains("\n  ARR-SUBSET           2 error\n"), r::toString);
        assertEquals(Chaxu.expected(PRD).size(), Chaxu.count(r.out(), "(?m)^examples/prd-air\\.chaxu:\\d+: "), r::toString);
        assertTrue(r.out().contains("1 model checked: 10 errors, 1 warning, 6 info"), r::toString);
        // the planted unknown unit is a load warning on stderr, with file, line and element path
        assertTrue(r.err().contains(PRD + ":" + Chaxu.lineOf(PRD, "jiangmen-voc-furniture") + ": warning: Jiangmen"), r::toString);
    }

    @Test
    void cleanRegionExitsZero() throws Exception {
        Chaxu.Result r = Chaxu.run("check", "examples/clean-region/clean-region.chaxu");
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().contains("1 model checked: 0 errors, 0 warnings, 0 info"), r::toString);
    }

    @Test
    void failOnChoosesTheLevelThatFails() throws Exception {
        assertEquals(0, Chaxu.run("check", "--fail-on", "never", PRD).exit());
        assertEquals(1, Chaxu.run("check", "--fail-on", "info", PRD).exit());
        // the clean region has nothing even at info level
        assertEquals(0, Chaxu.run("check", "--fail-on", "info", "examples/clean-region/clean-region.chaxu").exit());
    }

    @Test
    void severalModelsInOneRun() throws Exception {
        Chaxu.Result r = Chaxu.run("check", "--format", "json", PRD, "examples/jjj-air/jjj-air.chaxu",
                "examples/xian-xianyang-transport/xian-xianyang-transport.chaxu", "examples/clean-region/clean-region.chaxu");
        assertEquals(1, r.exit(), r::toString);
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals(4, json.get("models").size());
        for (JsonNode model : json.get("models")) {
            List<String> lines = new ArrayList<>();
            for (JsonNode f : model.get("findings")) {
                lines.add(f.get("rule").asText() + " " + f.get("severity").asText() + " " + f.get("element").get("id").asText());
                assertTrue(f.get("element").get("line").asInt() > 1);
                assertFalse(f.get("message").asText().isBlank());
            }
            lines.sort(null);
            assertEquals(Chaxu.expected(model.get("file").asText()), lines, model.get("file").asText());
            for (JsonNode f : model.get("findings")) {
                if (f.get("rule").asText().equals("BASE-LOOSER")) {
                    List<String> roles = new ArrayList<>();
                    f.get("related").forEach(rel -> roles.add(rel.get("role").asText()));
                    assertEquals(List.of("issuer", "baseline", "authority"), roles);
                }
            }
        }
    }

    @Test
    void chineseMessagesWithLangZh() throws Exception {
        Chaxu.Result r = Chaxu.run("check", "--lang", "zh", PRD);
        assertEquals(1, r.exit());
        assertTrue(r.out().contains("不能更松"), r::toString);
        int line = Chaxu.lineOf(PRD, "foshan-voc-furniture");
        assertTrue(r.out().contains(PRD + ":" + line + ": 错误[BASE-LOOSER]: "), r::toString);
        assertTrue(r.out().contains("    = 底线标准: "), r::toString);
        assertTrue(r.out().contains("已检查 1 个模型：10 个错误，1 个警告，6 条提示"), r::toString);
        assertTrue(r.out().contains(" 6 提示"), r::toString);
        assertFalse(r.out().contains(" error") || r.out().contains("warning") || r.out().contains("model checked"), r::toString);
        // the loader's own warnings speak Chinese too
        assertTrue(r.err().contains(PRD + ":" + Chaxu.lineOf(PRD, "jiangmen-voc-furniture") + ": 警告: Jiangmen"), r::toString);
        assertTrue(r.err().contains("未知的计量单位“kg/h”"), r::toString);
        // enum values in Chinese, not their names
        Chaxu.Result jjj = Chaxu.run("check", "--lang", "zh", "examples/jjj-air/jjj-air.chaxu");
        assertTrue(jjj.out().contains("议而不决") && jjj.out().contains("进行中"), jjj::toString);
        assertFalse(jjj.out().contains("DEADLOCKED") || jjj.out().contains("ONGOING") || jjj.out().contains("PROVINCIAL"),
                jjj::toString);
    }

    @Test
    void colourOnlyWhenAskedForOrOnATerminal() throws Exception {
        assertFalse(Chaxu.run("check", PRD).out().contains("\u001b["), "a pipe is no terminal");
        assertFalse(Chaxu.run("check", "--color=never", PRD).out().contains("\u001b["));
        Chaxu.Result always = Chaxu.run("check", "--color=always", PRD);
        assertTrue(always.out().contains("\u001b[1;31merror[BASE-LOOSER]\u001b[0m"), always::toString);
        assertEquals(2, Chaxu.run("check", "--color=sometimes", PRD).exit());
    }

    @Test
    void outputGoesToTheFileGiven(@TempDir Path dir) throws Exception {
        Path report = dir.resolve("report.json");
        Chaxu.Result r = Chaxu.run("check", "--format", "json", "--output", report.toString(), PRD);
        assertEquals(1, r.exit());
        assertEquals("", r.out());
        assertEquals(Chaxu.expected(PRD).size(),
                new ObjectMapper().readTree(report.toFile()).get("models").get(0).get("findings").size());
    }

    @Test
    void checkingNeverModifiesTheModel() throws Exception {
        Path model = Chaxu.root().resolve(PRD);
        byte[] before = Files.readAllBytes(model);
        FileTime modified = Files.getLastModifiedTime(model);
        Chaxu.run("check", PRD);
        assertArrayEquals(before, Files.readAllBytes(model));
        assertEquals(modified, Files.getLastModifiedTime(model));
    }

    @ParameterizedTest
    @ValueSource(strings = { "--format=xml", "--fail-on=sometimes", "--lang=fr", "--no-such-option" })
    void badUsageExitsTwoWithAMessage(String option) throws Exception {
        Chaxu.Result r = Chaxu.run("check", option, PRD);
        assertEquals(2, r.exit(), r::toString);
        assertNoStackTrace(r);
        assertFalse(r.err().isBlank(), r::toString);
    }

    @Test
    void noModelIsBadUsage() throws Exception {
        Chaxu.Result r = Chaxu.run("check");
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().contains("MODEL"), r::toString);
    }

    @Test
    void brokenXmlExitsTwoWithFileAndLine(@TempDir Path dir) throws Exception {
        Path broken = dir.resolve("broken.chaxu");
        Files.writeString(broken, """
                <?xml version="1.0" encoding="UTF-8"?>
                <chaxu:GovernanceModel xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
                    xmlns:chaxu="http://chaxu.org/governance/1.0" name="x" asOf="2020-01-01">
                  <units id="a" level="CENTRAL">
                </chaxu:GovernanceModel>
                """, StandardCharsets.UTF_8);
        Chaxu.Result r = Chaxu.run("check", broken.toString());
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().contains(broken + ":5"), r::toString);
        assertNoStackTrace(r);
    }

    @Test
    void danglingReferenceExitsTwoNamingTheId(@TempDir Path dir) throws Exception {
        Path dangling = dir.resolve("dangling.chaxu");
        Files.writeString(dangling, """
                <?xml version="1.0" encoding="UTF-8"?>
                <chaxu:GovernanceModel xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
                    xmlns:chaxu="http://chaxu.org/governance/1.0" name="x" asOf="2020-01-01">
                  <units id="central" level="CENTRAL"/>
                  <units id="city" level="PREFECTURAL" superior="nowhere"/>
                </chaxu:GovernanceModel>
                """, StandardCharsets.UTF_8);
        Chaxu.Result r = Chaxu.run("check", dangling.toString());
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().contains(dangling + ":5") && r.err().contains("nowhere"), r::toString);
        assertNoStackTrace(r);
    }

    @Test
    void missingFileExitsTwo() throws Exception {
        Chaxu.Result r = Chaxu.run("check", "examples/no-such-model.chaxu");
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().contains("examples/no-such-model.chaxu: error: no such file"), r::toString);
    }

    @Test
    void drlSyntaxErrorExitsTwoWithFileAndLine(@TempDir Path dir) throws Exception {
        Path drl = dir.resolve("broken.drl");
        Files.writeString(drl, """
                package org.chaxu.extra;
                import org.chaxu.governance.*;

                rule "Broken"
                when
                    $s : Standard( value > )
                then
                end
                """, StandardCharsets.UTF_8);
        Chaxu.Result r = Chaxu.run("check", "--rules", drl.toString(), PRD);
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().contains(drl + ":6:"), r::toString);
        assertNoStackTrace(r);
    }

    @Test
    void extraRulesFolderAddsItsFindingsAndMessages(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("printing.drl"), """
                package org.chaxu.extra;
                import org.chaxu.governance.*;
                global org.chaxu.engine.Reporter reporter;

                rule "Printing standards need a named source"
                    @id("X-PRINTING-SOURCE") @severity("WARNING") @principle("local")
                when
                    $s : Standard( sector == "printing" )
                then
                    insertLogical( reporter.report(kcontext, $s) );
                end
                """, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("messages.properties"), "X-PRINTING-SOURCE={0} is a printing standard.\n");
        Chaxu.Result r = Chaxu.run("check", "--rules", dir.toString(), "--fail-on", "never", PRD);
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().contains("warning[X-PRINTING-SOURCE]: "), r::toString);
        assertTrue(r.out().contains("is a printing standard."), r::toString);
        assertTrue(r.out().contains("[BASE-LOOSER]"), "the shipped rules still apply");
        Chaxu.Result rules = Chaxu.run("rules", "--rules", dir.toString());
        assertTrue(rules.out().contains("X-PRINTING-SOURCE"), rules::toString);
    }

    @Test
    void rulesListsTheCatalogue() throws Exception {
        Chaxu.Result r = Chaxu.run("rules", "--format", "json");
        assertEquals(0, r.exit(), r::toString);
        JsonNode rules = new ObjectMapper().readTree(r.out());
        assertEquals(20, rules.size());
        for (JsonNode rule : rules) {
            assertTrue(rule.get("file").asText().startsWith("rules/"), rule::toString);
            assertFalse(rule.get("principle").asText().isBlank(), rule::toString);
        }
        Chaxu.Result text = Chaxu.run("rules");
        assertTrue(text.out().contains("BASE-LOOSER") && text.out().contains("ERROR") && text.out().contains("rules/baseline.drl"),
                text::toString);
    }

    static void assertNoStackTrace(Chaxu.Result r) {
        assertFalse(r.err().contains("\tat ") || r.err().contains("Exception in thread"), r::toString);
    }
}
