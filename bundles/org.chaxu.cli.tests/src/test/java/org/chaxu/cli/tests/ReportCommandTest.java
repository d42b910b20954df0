// SPDX-License-Identifier: EPL-2.0
package org.chaxu.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code chaxu report}: one self-contained HTML file whose data are the findings and the derived baselines. */
class ReportCommandTest {

    private static final String PRD = "examples/prd-air.chaxu";

    @Test
    void prdAirReportIsOneSelfContainedFileWithTheFindingsAndBaselines(@TempDir Path dir) throws Exception {
        Path html = dir.resolve("report.html");
        Chaxu.Result r = Chaxu.run("report", PRD, "--output", html.toString());
        assertEquals(0, r.exit(), r::toString);
        String page = Files.readString(html, StandardCharsets.UTF_8);
        // offline: nothing is loaded from anywhere
        assertFalse(Pattern.compile("(src|href)\\s*=\\s*[\"']?(https?:)?//").matcher(page).find(), "an external reference");
        assertFalse(page.contains("<link"), "an external style sheet");
        assertFalse(page.contains("{{"), "an unfilled slot");
        assertTrue(page.contains("d3-hierarchy") && page.contains("packSiblings"), "d3-hierarchy is inlined");
        JsonNode model = data(page).get("models").get(0);
        assertEquals(Chaxu.expected(PRD).size(), model.get("findings").size());
        JsonNode foshan = standard(model, "foshan-voc-furniture");
        assertEquals("LOOSER", foshan.get("strictness").asText());
        assertEquals("gd-voc-furniture", foshan.get("baseline").get("id").asText());
        assertEquals("+33%", foshan.get("delta").asText());
        JsonNode guangzhou = standard(model, "guangzhou-voc-auto");
        assertEquals("STRICTER", guangzhou.get("strictness").asText());
        assertEquals("40 mg/m³ (= 40000 µg/m³)", guangzhou.get("baseline").get("value").asText());
        assertEquals("−12%", guangzhou.get("delta").asText());
        for (JsonNode unit : model.get("units")) {
            if (unit.get("id").asText().equals("dongguan")) {
                assertEquals("error", unit.get("worst").asText());
                assertEquals(3, unit.get("findings").size(), "BASE-FIXED-ACTION and the two BASE-CONFLICTs");
            }
        }
    }

    @Test
    void chineseReport(@TempDir Path dir) throws Exception {
        Path html = dir.resolve("report.html");
        assertEquals(0, Chaxu.run("report", "--lang", "zh", "examples/jjj-air/jjj-air.chaxu", "-o", html.toString()).exit());
        String page = Files.readString(html, StandardCharsets.UTF_8);
        assertTrue(page.contains("<html lang=\"zh\">"), page.substring(0, 200));
        JsonNode data = data(page);
        assertEquals("标准矩阵", data.get("strings").get("matrix.title").asText());
        JsonNode negotiation = data.get("models").get(0).get("negotiations").get(1);
        assertEquals("议而不决", negotiation.get("statusLabel").asText());
    }

    /** chaxu report PROJECTDIR: the project drawn whole first (every file's units, standards, findings), then each model. */
    @Test
    void aProjectsFolderIsDrawnWholeBeforeItsModels(@TempDir Path dir) throws Exception {
        String project = "examples/chengdu-deyang/";
        Path html = dir.resolve("report.html");
        Chaxu.Result r = Chaxu.run("report", project, "--output", html.toString());
        assertEquals(0, r.exit(), r::toString);
        JsonNode models = data(Files.readString(html, StandardCharsets.UTF_8)).get("models");
        List<String> files = List.of("chengdu.chaxu", "circle.chaxu", "deyang.chaxu", "sichuan-baseline.chaxu");
        assertEquals(1 + files.size(), models.size(), "the whole project, then each model");
        JsonNode whole = models.get(0);
        assertEquals(project, whole.get("file").asText());
        assertTrue(whole.get("name").asText().contains("whole project (4 models)"), whole.get("name")::toString);
        int expected = 0;
        for (String file : files) {
            expected += Chaxu.expected(project + file).size();
        }
        assertEquals(expected, whole.get("findings").size(), "every file's findings, once");
        // each finding says the file that reports it, and its line there
        for (JsonNode f : whole.get("findings")) {
            String file = f.get("file").asText();
            assertTrue(file.startsWith(project), f::toString);
            if (Files.readString(Chaxu.root().resolve(file), StandardCharsets.UTF_8).contains("id=\"" + f.get("id").asText() + "\"")) {
                assertEquals(Chaxu.lineOf(file, f.get("id").asText()), f.get("line").asInt(), f::toString);
            }
        }
        // the standards of every file, the city's compared with the province's baseline kept in another file
        JsonNode chengdu = standard(whole, "chengdu-voc");
        assertEquals("LOOSER", chengdu.get("strictness").asText(), chengdu::toString);
        assertEquals(project + "chengdu.chaxu", chengdu.get("file").asText());
        assertTrue(whole.get("standards").size() > models.get(1).get("standards").size());
        standard(whole, "sc-voc");
        standard(whole, "circle-voc");
        // each unit once, though several files name it
        java.util.Set<String> units = new java.util.HashSet<>();
        for (JsonNode unit : whole.get("units")) {
            assertTrue(units.add(unit.get("id").asText()), "twice: " + unit);
        }
        assertTrue(units.containsAll(List.of("510000", "510100", "510600")), units::toString);
    }

    @Test
    void reportNeedsAnOutputAndReadableModels(@TempDir Path dir) throws Exception {
        assertEquals(2, Chaxu.run("report", PRD).exit());
        Chaxu.Result missing = Chaxu.run("report", "examples/no-such.chaxu", "-o", dir.resolve("r.html").toString());
        assertEquals(2, missing.exit(), missing::toString);
        assertFalse(Files.exists(dir.resolve("r.html")));
    }

    static JsonNode data(String page) throws Exception {
        Matcher m = Pattern.compile("(?s)<script id=\"chaxu-data\" type=\"application/json\">(.*?)</script>").matcher(page);
        assertTrue(m.find(), "no data");
        return new ObjectMapper().readTree(m.group(1).replace("<\\/", "</"));
    }

    static JsonNode standard(JsonNode model, String id) {
        for (JsonNode s : model.get("standards")) {
            if (s.get("id").asText().equals(id)) {
                return s;
            }
        }
        assertNotNull(null, id);
        return null;
    }
}
