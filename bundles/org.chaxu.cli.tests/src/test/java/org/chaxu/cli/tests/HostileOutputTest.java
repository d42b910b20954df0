// SPDX-License-Identifier: EPL-2.0
package org.chaxu.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Names written by a stranger reach every output (issue 19): each output stays well-formed and
 * inert whatever a name holds — markup in the HTML report's data, terminal control sequences and
 * fake finding lines in the text report, control characters in the JUnit XML.
 */
class HostileOutputTest {

    /**
     * A province and a looser city whose name holds the given text (XML-escaped by the caller), in
     * XML 1.1, where a character reference may name a control character.
     */
    static Path model(Path dir, String cityName) throws Exception {
        Path file = dir.resolve("hostile.chaxu");
        Files.writeString(file, "<?xml version=\"1.1\" encoding=\"UTF-8\"?>\n<chaxu:GovernanceModel xmi:version=\"2.0\" "
                + HostileInputTest.NS + " name=\"m\" asOf=\"2020-12-31\">\n" + body(cityName) + "</chaxu:GovernanceModel>\n",
                StandardCharsets.UTF_8);
        return file;
    }

    private static String body(String cityName) {
        return "  <indicators id=\"voc\" name=\"VOC\" unit=\"mg/m³\" direction=\"UPPER_LIMIT\"/>\n"
                        + "  <units id=\"p\" name=\"Province\" level=\"PROVINCIAL\" rank=\"MINISTERIAL\">\n"
                        + "    <standards id=\"p-voc\" name=\"Province VOC\" indicator=\"voc\" value=\"30\" binding=\"true\"/>\n"
                        + "  </units>\n"
                        + "  <units id=\"c\" name=\"" + cityName + "\" level=\"PREFECTURAL\" rank=\"PREFECTURAL\" superior=\"p\">\n"
                        + "    <standards id=\"c-voc\" name=\"City VOC\" indicator=\"voc\" value=\"40\"/>\n"
                        + "  </units>\n";
    }

    @Test
    void markupInANameStaysDataInTheHtmlReport(@TempDir Path dir) throws Exception {
        String name = "Evil &lt;!-- &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; city";
        Path model = model(dir, name);
        Path html = dir.resolve("report.html");
        Chaxu.Result r = Chaxu.run("report", model.toString(), "--output", html.toString());
        assertEquals(0, r.exit(), r::toString);
        String page = Files.readString(html, StandardCharsets.UTF_8);
        Matcher data = Pattern.compile("(?s)<script id=\"chaxu-data\" type=\"application/json\">(.*?)</script>").matcher(page);
        assertTrue(data.find(), "the data element");
        String json = data.group(1);
        assertFalse(json.contains("<"), "no '<' inside the data: " + json.substring(0, Math.min(400, json.length())));
        JsonNode parsed = new ObjectMapper().readTree(json); // still JSON
        assertTrue(parsed.toString().contains("Evil <!-- </script><script>alert(1)</script> & city"), "the name round-trips");
        assertEquals(1, count(page, "<script id=\"chaxu-data\""), "one data element");
    }

    @Test
    void controlCharactersInNamesAreShownNotObeyedInTheTextReport(@TempDir Path dir) throws Exception {
        // ESC [2J clears a terminal; CR LF and a fake finding line; a GitHub Actions workflow command; BEL
        Path model = model(dir, "City&#27;[2J&#13;&#10;" + "x.chaxu:1: error[FAKE]: all clear&#10;::warning::pwned&#7;");
        Chaxu.Result r = Chaxu.run("check", model.toString());
        assertEquals(1, r.exit(), r::toString);
        assertFalse(r.out().contains("\u001b"), r::toString);
        assertFalse(r.out().contains("\u0007"), r::toString);
        assertFalse(r.out().contains("\r"), r::toString);
        for (String line : r.out().split("\n")) {
            assertFalse(line.startsWith("x.chaxu:1:"), "no line looks like a finding of another file: " + r);
            assertFalse(line.startsWith("::warning::"), "no line is a workflow command: " + r);
        }
        assertTrue(r.out().contains("City\\u001b[2J\\u000d\\u000ax.chaxu:1: error[FAKE]"), "shown as escapes: " + r);
    }

    @Test
    void theJunitReportIsWellFormedXmlWhateverANameHolds(@TempDir Path dir) throws Exception {
        Path model = model(dir, "City&#27;&#1;&#8;&#31;");
        Chaxu.Result r = Chaxu.run("check", "--format", "junit", model.toString());
        assertEquals(1, r.exit(), r::toString);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        var document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(r.out().getBytes(StandardCharsets.UTF_8)));
        assertEquals("testsuites", document.getDocumentElement().getNodeName());
        assertTrue(r.out().contains("City\\u001b\\u0001\\u0008\\u001f"), r::toString);
    }

    /** A budget of zero or less, or a model named twice, is no reason to report a runaway or to check twice. */
    @Test
    void budgetsBelowOneAreUsageErrorsAndAModelNamedTwiceIsCheckedOnce(@TempDir Path dir) throws Exception {
        Path model = model(dir, "City");
        for (String[] args : new String[][] { { "--max-firings", "-5" }, { "--max-firings", "0" }, { "--timeout", "-1" },
                { "--timeout", "0" } }) {
            Chaxu.Result r = Chaxu.run("check", args[0], args[1], model.toString());
            assertEquals(2, r.exit(), r::toString);
            assertTrue(r.err().contains(args[0] + " must be at least 1, not " + args[1]), r::toString);
            assertFalse(r.out().contains("runaway") || r.err().contains("runaway"), r::toString);
        }
        Chaxu.Result one = Chaxu.run("check", "--max-firings", "1000", "--timeout", "30", model.toString());
        assertEquals(1, one.exit(), "small budgets still check: " + one);
        Chaxu.Result twice = Chaxu.run("check", "--format", "json", model.toString(), model.toString(),
                dir.resolve(".").resolve("hostile.chaxu").toString());
        assertEquals(1, twice.exit(), twice::toString);
        assertEquals(1, new ObjectMapper().readTree(twice.out()).get("models").size(), twice::toString);
    }

    /** The report is the only file a run writes: never a model a model names, never a file the user keeps, never through a link. */
    @Test
    void theReportNeverReplacesAFileTheRunReadsOrAFileThatIsNotAReport(@TempDir Path dir) throws Exception {
        Path b = HostileInputTest.write(dir, "b.chaxu", "  <units id=\"central\" name=\"Central\" level=\"CENTRAL\" rank=\"NATIONAL\"/>\n");
        Path a = HostileInputTest.write(dir, "a.chaxu", "  <units id=\"p\" name=\"P\" level=\"PROVINCIAL\" rank=\"MINISTERIAL\" "
                + "superior=\"b.chaxu#central\"/>\n");
        String bBefore = Files.readString(b);
        for (String format : new String[] { "text", "sarif" }) {
            Chaxu.Result r = Chaxu.run("check", "--format", format, "--output", b.toString(), a.toString());
            assertEquals(2, r.exit(), r::toString);
            assertEquals(bBefore, Files.readString(b), "the model a.chaxu refers to is intact");
        }
        Chaxu.Result report = Chaxu.run("report", "--output", dir.resolve("x.chaxu").toString(), a.toString());
        assertEquals(2, report.exit(), report::toString);
        assertFalse(Files.exists(dir.resolve("x.chaxu")), report::toString);

        // a failed run removes a previous report, but not a file the user named by mistake
        Path notes = Files.writeString(dir.resolve("NOTES.md"), "# my notes\n");
        Chaxu.Result typo = Chaxu.run("check", "--output", notes.toString(), dir.resolve("typo.chaxu").toString());
        assertEquals(2, typo.exit(), typo::toString);
        assertEquals("# my notes\n", Files.readString(notes), typo::toString);

        // a link is not replaced by a regular file, nor is what it points to written through it
        Path target = Files.writeString(dir.resolve("target.txt"), "kept\n");
        Path link = Files.createSymbolicLink(dir.resolve("link.txt"), target);
        Chaxu.Result linked = Chaxu.run("check", "--output", link.toString(), a.toString());
        assertEquals(2, linked.exit(), linked::toString);
        assertTrue(linked.err().contains("not a regular file"), linked::toString);
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("kept\n", Files.readString(target));

        // a file the run reads that is not a model: the baseline it is given
        Path known = dir.resolve("known.txt");
        assertEquals(0, Chaxu.run("check", "--write-baseline", known.toString(), a.toString()).exit());
        String knownBefore = Files.readString(known);
        Chaxu.Result overBaseline = Chaxu.run("check", "--baseline", known.toString(), "--output", known.toString(), a.toString());
        assertEquals(2, overBaseline.exit(), overBaseline::toString);
        assertTrue(overBaseline.err().contains("a file this run reads"), overBaseline::toString);
        assertEquals(knownBefore, Files.readString(known));

        // the baseline file is an output too
        String aBefore = Files.readString(a);
        Chaxu.Result baseline = Chaxu.run("check", "--write-baseline", a.toString(), a.toString());
        assertEquals(2, baseline.exit(), baseline::toString);
        assertEquals(aBefore, Files.readString(a));
    }

    /** The report is made as any new file (the umask decides who may read it), and a killed run's temporary files are cleaned. */
    @Test
    void theReportFollowsTheUmaskAndLeavesNoTemporaryFiles(@TempDir Path dir) throws Exception {
        Path model = model(dir, "City");
        Path report = dir.resolve("report.json");
        Path leftover = Files.writeString(dir.resolve(".report.json.1a2b.writing"), "{ half a report");
        List<String> command = List.of("sh", "-c", "umask 022 && exec \"$0\" -jar \"$1\" check --format json --output \"$2\" \"$3\"",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), System.getProperty("chaxu.jar"), report.toString(),
                model.toString());
        Chaxu.Result r = Chaxu.exec(command);
        assertEquals(1, r.exit(), r::toString);
        assertEquals("rw-r--r--", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(report)));
        assertFalse(Files.exists(leftover), "the leftover of a killed run is removed");
        try (var files = Files.list(dir)) {
            assertEquals(List.of(), files.filter(p -> p.getFileName().toString().endsWith(".writing")).toList());
        }
    }

    /** The report grows with the model, not with the model times its findings: a name of megabytes named by 200 findings. */
    @Test
    void theReportOfALongNameNamedByManyFindingsStaysSmall(@TempDir Path dir) throws Exception {
        StringBuilder body = new StringBuilder("  <indicators id=\"voc\" name=\"VOC\" unit=\"mg/m³\" direction=\"UPPER_LIMIT\"/>\n");
        body.append("  <units id=\"p\" name=\"Province ").append("长".repeat(800_000)).append("\" level=\"PROVINCIAL\" rank=\"MINISTERIAL\">\n")
                .append("    <standards id=\"p-voc\" name=\"P VOC\" indicator=\"voc\" value=\"30\" binding=\"true\"/>\n  </units>\n");
        for (int i = 0; i < 200; i++) {
            body.append("  <units id=\"c").append(i).append("\" name=\"City ").append(i)
                    .append("\" level=\"PREFECTURAL\" rank=\"PREFECTURAL\" superior=\"p\">\n    <standards id=\"c").append(i)
                    .append("-voc\" name=\"City VOC\" indicator=\"voc\" value=\"40\"/>\n  </units>\n");
        }
        Path model = HostileInputTest.write(dir, "long.chaxu", body.toString());
        Path html = dir.resolve("report.html");
        Chaxu.Result r = Chaxu.exec(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-jar",
                System.getProperty("chaxu.jar"), "report", "--output", html.toString(), model.toString()));
        assertEquals(0, r.exit(), r::toString);
        long modelBytes = Files.size(model);
        assertTrue(Files.size(html) < 2 * modelBytes, "report " + Files.size(html) + " bytes for a model of " + modelBytes);
        JsonNode data = ReportCommandTest.data(Files.readString(html, StandardCharsets.UTF_8));
        JsonNode findings = data.at("/models/0/findings");
        assertEquals(200, findings.size(), "every finding is in the report");
        assertTrue(findings.get(0).get("message").asText().endsWith("…"), "the long text shortened in a finding");
        boolean whole = false;
        for (JsonNode unit : data.at("/models/0/units")) {
            whole |= unit.get("id").asText().equals("p") && unit.get("name").asText().length() > 800_000;
        }
        assertTrue(whole, "the whole name once, with its unit");
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }
}
