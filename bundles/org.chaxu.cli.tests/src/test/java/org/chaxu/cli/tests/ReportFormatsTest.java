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
