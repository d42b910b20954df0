package org.chaxu.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
        assertEquals(0, Chaxu.run("report", "--lang", "zh", "examples/jjj-air.chaxu", "-o", html.toString()).exit());
        String page = Files.readString(html, StandardCharsets.UTF_8);
        assertTrue(page.contains("<html lang=\"zh\">"), page.substring(0, 200));
        JsonNode data = data(page);
        assertEquals("标准矩阵", data.get("strings").get("matrix.title").asText());
        JsonNode negotiation = data.get("models").get(0).get("negotiations").get(1);
        assertEquals("议而不决", negotiation.get("statusLabel").asText());
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
