// SPDX-License-Identifier: EPL-2.0
package org.chaxu.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code chaxu check} with a project's settings file, found from the model's folder upwards (or
 * named with {@code --settings}), and with a baseline of known findings.
 */
class SettingsFileTest {

    @TempDir
    Path project;

    private Path model() throws Exception {
        Path models = Files.createDirectories(project.resolve("models/air"));
        return Files.copy(Chaxu.root().resolve("examples/prd-air.chaxu"), models.resolve("prd-air.chaxu"));
    }

    private void settings(String text) throws Exception {
        Files.createDirectories(project.resolve(".chaxu"));
        Files.writeString(project.resolve(".chaxu/settings.properties"), text);
    }

    /** The settings guide's example (docs/guide/settings.md), pasted as it stands into a project: every line is a setting the check takes. */
    @Test
    void theReadmesSettingsExampleWorksWhenPasted() throws Exception {
        String readme = Files.readString(Chaxu.root().resolve("docs/guide/settings.md"));
        java.util.regex.Matcher block = java.util.regex.Pattern.compile("(?s)```properties\n(# \\.chaxu/settings\\.properties.*?)```")
                .matcher(readme);
        assertTrue(block.find(), "the settings guide shows a settings file");
        settings(block.group(1));
        Files.createDirectories(project.resolve("rules"));
        Files.createDirectories(project.resolve("local-rules"));
        Files.writeString(project.resolve(".chaxu/baseline.txt"), "");
        Path models = Files.createDirectories(project.resolve("models"));
        Path jjj = Files.copy(Chaxu.root().resolve("examples/jjj-air/jjj-air.chaxu"), models.resolve("jjj-air.chaxu"));
        Chaxu.Result r = Chaxu.run("check", jjj.toString());
        assertTrue(r.exit() == 0 || r.exit() == 1, r::toString);
        // every line is taken; the one remark is that the example's suppression hides nothing in this model
        List<String> remarks = r.err().lines().filter(line -> line.contains("settings.properties:")).toList();
        assertEquals(1, remarks.size(), r::toString);
        assertTrue(remarks.get(0).contains("suppress.ESC-SKIP.jjj-central-2016"), r::toString);
        assertTrue(r.out().contains("错误[") && !r.out().contains("error["), "language=zh took: " + r);
        assertFalse(r.out().contains("[BASE-RAISED]"), "BASE-RAISED is switched off: " + r);
    }

    @Test
    void theSettingsFoundAboveTheModelSwitchRulesOffChangeSeveritiesAndSuppress() throws Exception {
        Path model = model();
        settings("""
                # the project's choices
                language=zh
                rule.BASE-RAISED.enabled=false
                rule.ARR-COORDINATOR.severity=ERROR
                suppress.BASE-LOOSER.foshan-voc-furniture=Foshan's limit is being revised with the province
                """);
        Chaxu.Result r = Chaxu.run("check", "--format", "json", model.toString());
        assertEquals(1, r.exit(), r::toString);
        List<String> lines = lines(r.out());
        assertTrue(lines.contains("ARR-COORDINATOR ERROR gf-integration"), lines::toString);
        assertFalse(lines.stream().anyMatch(l -> l.startsWith("BASE-RAISED ")), lines::toString);
        assertFalse(lines.contains("BASE-LOOSER ERROR foshan-voc-furniture"), lines::toString);
        assertTrue(lines.contains("BASE-SCHEDULE ERROR zhaoqing-yellow-deadline"), lines::toString);
        // the settings' language, unless --lang says otherwise
        assertTrue(Chaxu.run("check", model.toString()).out().contains("已检查 1 个模型"));
        assertTrue(Chaxu.run("check", "--lang", "en", model.toString()).out().contains("1 model checked"));
        // another file by --settings
        Path other = Files.writeString(project.resolve("strict.properties"), "rule.BASE-RAISED.severity=ERROR\n");
        List<String> strict = lines(Chaxu.run("check", "--format", "json", "--settings", other.toString(), model.toString()).out());
        assertTrue(strict.contains("BASE-RAISED ERROR gd-yellow-deadline"), strict::toString);
        assertTrue(strict.contains("BASE-LOOSER ERROR foshan-voc-furniture"), strict::toString);
    }

    @Test
    void aSettingsFileThatCannotBeUsedStopsTheCheckNamingFileAndLine() throws Exception {
        Path model = model();
        settings("language=zh\nrule.BASE-LOOSER.severity=FATAL\n");
        Chaxu.Result r = Chaxu.run("check", model.toString());
        assertEquals(2, r.exit(), r::toString);
        // in the language the file chooses
        assertTrue(r.err().contains(project.resolve(".chaxu/settings.properties") + ":2: rule.BASE-LOOSER.severity=FATAL：未知的"
                + "严重程度（请填 ERROR、WARNING 或 INFO）"), r::toString);
        assertEquals("", r.out(), "nothing is reported as checked");
        // --lang wins
        r = Chaxu.run("check", "--lang", "en", model.toString());
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().contains(project.resolve(".chaxu/settings.properties") + ":2: rule.BASE-LOOSER.severity=FATAL: unknown "
                + "severity (use ERROR, WARNING or INFO)"), r::toString);
        assertEquals("", r.out(), "nothing is reported as checked");
        // models of two projects in one run: refused rather than checked with the other project's settings
        Chaxu.Result mixed = Chaxu.run("check", model.toString(), "examples/clean-region/clean-region.chaxu");
        assertEquals(2, mixed.exit(), mixed::toString);
        assertTrue(mixed.err().contains("examples/clean-region/clean-region.chaxu belongs to no settings file, " + model + " to "
                + project.resolve(".chaxu/settings.properties") + ": check each project on its own, or name one file with --settings"),
                mixed::toString);
        Chaxu.Result missing = Chaxu.run("check", "--settings", project.resolve("nowhere.properties").toString(), model.toString());
        assertEquals(2, missing.exit(), missing::toString);
        assertTrue(missing.err().contains("--settings " + project.resolve("nowhere.properties") + ": no such file"), missing::toString);
    }

    @Test
    void afterWriteBaselineOnlyNewFindingsAreReported() throws Exception {
        Path model = model();
        settings("# the project's root: fingerprints name the model relative to it\n");
        Path baseline = project.resolve(".chaxu/baseline.txt");
        Chaxu.Result write = Chaxu.run("check", "--write-baseline", baseline.toString(), model.toString());
        assertEquals(0, write.exit(), write::toString);
        assertTrue(write.err().contains("chaxu: recorded 17 findings in " + baseline), write::toString);
        Path zhBaseline = project.resolve(".chaxu/baseline-zh.txt");
        Chaxu.Result zh = Chaxu.run("check", "--lang", "zh", "--write-baseline", zhBaseline.toString(), model.toString());
        assertTrue(zh.err().contains("chaxu: 已将 17 条发现记入 " + zhBaseline + "；"), zh::toString);
        String text = Files.readString(baseline, StandardCharsets.UTF_8);
        assertTrue(text.contains("  BASE-LOOSER  models/air/prd-air.chaxu#foshan-voc-furniture\n"), text);

        Chaxu.Result known = Chaxu.run("check", "--baseline", baseline.toString(), model.toString());
        assertEquals(0, known.exit(), known::toString);
        assertTrue(known.out().contains("1 model checked: 0 errors, 0 warnings, 0 info"), known::toString);

        // a new violation, and lines moved: only the new finding is reported
        String changed = Files.readString(model, StandardCharsets.UTF_8)
                .replace("<units id=\"central\"", "\n\n<units id=\"central\"")
                .replace("value=\"30000.0\" unit=\"µg/m³\" source=\"Zhongshan local rule", "value=\"45000.0\" unit=\"µg/m³\" source=\"Zhongshan local rule");
        Files.writeString(model, changed);
        settings("baseline=.chaxu/baseline.txt\n");
        Chaxu.Result fresh = Chaxu.run("check", "--format", "json", model.toString());
        assertEquals(1, fresh.exit(), fresh::toString);
        assertEquals(List.of("BASE-LOOSER ERROR zhongshan-voc-furniture"), lines(fresh.out()));
        // without the baseline, everything is back
        Path empty = Files.writeString(project.resolve("empty.txt"), "");
        assertEquals(18, lines(Chaxu.run("check", "--format", "json", "--baseline", empty.toString(), model.toString()).out()).size());
    }

    @Test
    void theBaselineRecordsTheFingerprintsSarifCarries() throws Exception {
        Path baseline = project.resolve("baseline.txt");
        assertEquals(1, Chaxu.run("check", "examples/prd-air.chaxu").exit());
        assertEquals(0, Chaxu.run("check", "--write-baseline", baseline.toString(), "examples/prd-air.chaxu").exit());
        Set<String> recorded = new TreeSet<>();
        for (String line : Files.readAllLines(baseline, StandardCharsets.UTF_8)) {
            if (!line.startsWith("#")) {
                recorded.add(line.split("\\s+")[0]);
            }
        }
        JsonNode sarif = new ObjectMapper().readTree(Chaxu.run("check", "--format", "sarif", "examples/prd-air.chaxu").out());
        Set<String> fingerprints = new TreeSet<>();
        sarif.at("/runs/0/results").forEach(result -> fingerprints.add(result.at("/partialFingerprints/chaxuFinding~1v1").asText()));
        assertEquals(fingerprints, recorded);
        assertEquals(17, recorded.size(), "each finding its own: the two ARR-SUBSET findings on one circle differ by their member");
    }

    /** The findings of a JSON report as RULE SEVERITY element lines. */
    static List<String> lines(String json) throws Exception {
        List<String> lines = new ArrayList<>();
        for (JsonNode model : new ObjectMapper().readTree(json).path("models")) {
            for (JsonNode finding : model.path("findings")) {
                lines.add(finding.path("rule").asText() + " " + finding.path("severity").asText() + " "
                        + finding.path("element").path("id").asText());
            }
        }
        lines.sort(null);
        return lines;
    }
}
