// SPDX-License-Identifier: EPL-2.0
package org.chaxu.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** JUnit XML and SARIF as CI servers and code scanning read them. */
class ReportFormatsTest {

    private static final String PRD = "examples/prd-air.chaxu";
    private static final List<String> EXAMPLES = List.of(PRD, "examples/jjj-air/jjj-air.chaxu",
            "examples/xian-xianyang-transport/xian-xianyang-transport.chaxu", "examples/clean-region/clean-region.chaxu");

    /** Validates a JUnit report against the schema CI servers' readers follow (releng/schemas/junit.xsd), failing with its line. */
    static void validJunit(String report) throws Exception {
        javax.xml.validation.Schema schema = javax.xml.validation.SchemaFactory.newInstance(javax.xml.XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(Chaxu.root().resolve("releng/schemas/junit.xsd").toFile());
        schema.newValidator().validate(new javax.xml.transform.stream.StreamSource(new java.io.StringReader(report)));
    }

    @Test
    void theSchemaRefusesAReportCiServersWouldMisread() {
        // a count that is not a number, and a test case without its class name
        assertThrows(org.xml.sax.SAXException.class, () -> validJunit("<testsuites><testsuite name=\"m\" tests=\"many\"/></testsuites>"));
        assertThrows(org.xml.sax.SAXException.class,
                () -> validJunit("<testsuites><testsuite name=\"m\" tests=\"1\"><testcase name=\"R\"/></testsuite></testsuites>"));
    }

    @Test
    void junitHasOneTestCasePerRulePerModel() throws Exception {
        Chaxu.Result r = Chaxu.run("check", "--format", "junit", PRD, "examples/clean-region/clean-region.chaxu");
        assertEquals(1, r.exit(), r::toString);
        validJunit(r.out());
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(r.out().getBytes(StandardCharsets.UTF_8)));
        NodeList suites = xml.getElementsByTagName("testsuite");
        assertEquals(2, suites.getLength());
        Element prd = (Element) suites.item(0);
        assertEquals(PRD, prd.getAttribute("name"));
        assertEquals(20, prd.getElementsByTagName("testcase").getLength());
        // a rule fails when it has an ERROR finding (the default fail level) on the model
        Set<String> errorRules = new TreeSet<>();
        Chaxu.expected(PRD).stream().filter(l -> l.split(" ")[1].equals("ERROR")).forEach(l -> errorRules.add(l.split(" ")[0]));
        assertEquals(String.valueOf(errorRules.size()), prd.getAttribute("failures"));
        Set<String> failed = new TreeSet<>();
        NodeList failures = prd.getElementsByTagName("failure");
        for (int i = 0; i < failures.getLength(); i++) {
            failed.add(((Element) failures.item(i)).getAttribute("type"));
        }
        assertEquals(errorRules, failed);
        Element clean = (Element) suites.item(1);
        assertEquals("0", clean.getAttribute("failures"));
        assertEquals(20, clean.getElementsByTagName("testcase").getLength());
    }

    @Test
    void sarifLocatesEveryFindingPhysicallyAndLogically(@TempDir Path dir) throws Exception {
        Path sarif = dir.resolve("chaxu.sarif");
        Chaxu.Result r = Chaxu.run(concat("check", "--format", "sarif", "--output", sarif.toString()));
        assertEquals(1, r.exit(), r::toString);
        JsonNode log = new ObjectMapper().readTree(sarif.toFile());
        assertEquals("2.1.0", log.get("version").asText());
        JsonNode run = log.get("runs").get(0);
        assertEquals(20, run.get("tool").get("driver").get("rules").size());
        int expectedResults = 0;
        for (String model : EXAMPLES) {
            expectedResults += Chaxu.expected(model).size();
        }
        assertEquals(expectedResults, run.get("results").size());
        Set<String> fingerprints = new HashSet<>();
        for (JsonNode result : run.get("results")) {
            JsonNode location = result.get("locations").get(0);
            String uri = location.get("physicalLocation").get("artifactLocation").get("uri").asText();
            String id = location.get("logicalLocations").get(0).get("fullyQualifiedName").asText();
            assertTrue(EXAMPLES.contains(uri), uri);
            assertEquals(Chaxu.lineOf(uri, id), location.get("physicalLocation").get("region").get("startLine").asInt(), id);
            String ruleId = result.get("ruleId").asText();
            assertEquals(ruleId, run.get("tool").get("driver").get("rules").get(result.get("ruleIndex").asInt()).get("id").asText());
            fingerprints.add(result.get("partialFingerprints").get("chaxuFinding/v1").asText());
        }
        // ARR-SUBSET fires twice on one circle (two members): the related element keeps the fingerprints apart
        assertEquals(expectedResults, fingerprints.size(), "fingerprints are unique");

        // fingerprints are stable from run to run
        Path again = dir.resolve("again.sarif");
        Chaxu.run(concat("check", "--format", "sarif", "--output", again.toString()));
        assertEquals(fingerprintsOf(sarif), fingerprintsOf(again));
    }

    @Test
    void sarifPassesMicrosoftsValidator(@TempDir Path dir) throws Exception {
        Path sarif = dir.resolve("chaxu.sarif");
        Chaxu.run(concat("check", "--format", "sarif", "--output", sarif.toString()));
        String multitool = System.getProperty("sarif.multitool");
        assertTrue(multitool != null && Files.isExecutable(Path.of(multitool)),
                "the SARIF multitool is installed by the build: " + multitool);
        Path validation = dir.resolve("validation.sarif");
        Chaxu.Result v = Chaxu.exec(List.of(multitool, "validate", sarif.toString(), "--output", validation.toString()));
        assertEquals(0, v.exit(), v::toString);
        JsonNode results = new ObjectMapper().readTree(validation.toFile()).get("runs").get(0).get("results");
        StringBuilder errors = new StringBuilder();
        for (JsonNode result : results) {
            if ("error".equals(result.path("level").asText("warning"))) {
                errors.append(result.get("ruleId").asText()).append(": ").append(result.get("message")).append('\n');
            }
        }
        assertTrue(errors.isEmpty(), errors::toString);
        assertFalse(v.out().contains(": error "), v::toString);
    }

    /** One run writes several reports (--format text,json:FILE,...): each the same as the run of its format alone. */
    @Test
    void oneRunWritesEveryReportAsItsOwnRunWould(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("r.json");
        Path github = dir.resolve("out/annotations.txt");
        Files.createDirectories(github.getParent());
        Chaxu.Result both = Chaxu.run("check", "--color", "never", "--format", "text,JSON:" + json, "--format", "github:" + github, PRD);
        assertEquals(1, both.exit(), both::toString);
        Chaxu.Result text = Chaxu.run("check", "--color", "never", PRD);
        assertEquals(text.out(), both.out());
        assertEquals(text.err(), both.err());
        Chaxu.Result alone = Chaxu.run("check", "--format", "json", PRD);
        assertEquals(alone.out(), Files.readString(json));
        Chaxu.Result annotations = Chaxu.run("check", "--format", "github", PRD);
        assertEquals(annotations.out(), Files.readString(github));
    }

    /** More than one report for standard output, two reports for one file, an unknown format: exit 2, and no report. */
    @Test
    void reportsThatCannotAllBeWrittenAreRefusedBeforeTheRun(@TempDir Path dir) throws Exception {
        Chaxu.Result two = Chaxu.run("check", "--format", "text,sarif", PRD);
        assertEquals(2, two.exit(), two::toString);
        assertTrue(two.err().contains("only one report can go to standard output") && two.err().contains("sarif:chaxu.sarif"),
                two::toString);
        assertTrue(two.out().isEmpty(), two::toString);
        Path shared = dir.resolve("r.txt");
        Chaxu.Result same = Chaxu.run("check", "--format", "json:" + shared + ",sarif:" + shared, PRD);
        assertEquals(2, same.exit(), same::toString);
        assertTrue(same.err().contains("two reports cannot share a file"), same::toString);
        assertFalse(Files.exists(shared));
        Chaxu.Result unknown = Chaxu.run("check", "--format", "text,html:r.html", PRD);
        assertEquals(2, unknown.exit(), unknown::toString);
        assertTrue(unknown.err().contains("unknown format 'html' (expected text, json, junit, sarif, github)"), unknown::toString);
    }

    /**
     * Workflow annotations: one per finding at its file and line, by severity (error, warning, notice),
     * titled by the rule; a name that holds the runner's own syntax (a line break, '::', '%', ',') is
     * escaped (the line break shown as text, as in every report), so a model cannot write a workflow
     * command of its own into the log.
     */
    @Test
    void githubAnnotationsLocateEachFindingAndEscapeWhatTheRunnerReads(@TempDir Path dir) throws Exception {
        String xml = Files.readString(Chaxu.root().resolve(PRD));
        String hostile = "Foshan 100%&#10;::error file=x.chaxu::forged, too";
        String edited = xml.replaceFirst("(id=\"foshan\"[^>]*?name=\")[^\"]*\"", "$1" + java.util.regex.Matcher.quoteReplacement(hostile) + "\"");
        assertFalse(edited.equals(xml), "the model names Foshan");
        Path model = dir.resolve("prd-air.chaxu");
        Files.writeString(model, edited);
        Chaxu.Result r = Chaxu.exec(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                System.getProperty("chaxu.jar"), "check", "--format", "github", model.toString()));
        assertEquals(1, r.exit(), r::toString);
        List<String> annotations = r.out().lines().filter(line -> line.startsWith("::")).toList();
        assertEquals(Chaxu.expected(PRD).size(), annotations.size(), r::toString);
        java.util.regex.Pattern shape = java.util.regex.Pattern
                .compile("::(error|warning|notice) file=([^,:]+),line=(\\d+),title=([A-Z]+(?:-[A-Z]+)+)::(.+)");
        Set<String> kinds = new TreeSet<>();
        for (String annotation : annotations) {
            java.util.regex.Matcher m = shape.matcher(annotation);
            assertTrue(m.matches(), annotation);
            kinds.add(m.group(1));
            assertEquals(model.toString().replace(java.io.File.separatorChar, '/').replace(":", "%3A"), m.group(2));
        }
        assertEquals(Set.of("error", "warning", "notice"), kinds, "each severity its own command");
        // the first finding of Foshan's standard, at the line of that standard, with its baseline as a second line
        int line = Chaxu.lineOf(PRD, "foshan-voc-furniture");
        String looser = annotations.stream().filter(a -> a.contains("title=BASE-LOOSER") && a.contains(",line=" + line + ","))
                .findFirst().orElseThrow(() -> new AssertionError(r.out()));
        assertTrue(looser.startsWith("::error ") && looser.contains("%0A= baseline: Guangdong VOC limit"), looser);
        assertTrue(looser.contains("Foshan 100%25" + "\\" + "u000a::error file=x.chaxu::forged, too"), looser);
        assertFalse(r.out().lines().anyMatch(l -> l.startsWith("::error file=x.chaxu")), r::toString);
        assertTrue(r.out().strip().endsWith("1 model checked: 10 errors, 1 warning, 6 info"), r::toString);
    }

    private static List<String> fingerprintsOf(Path sarif) throws Exception {
        List<String> list = new java.util.ArrayList<>();
        new ObjectMapper().readTree(sarif.toFile()).get("runs").get(0).get("results")
                .forEach(r -> list.add(r.get("partialFingerprints").get("chaxuFinding/v1").asText()));
        return list;
    }

    private static String[] concat(String... head) {
        List<String> all = new java.util.ArrayList<>(List.of(head));
        all.addAll(EXAMPLES);
        return all.toArray(String[]::new);
    }
}
