// SPDX-License-Identifier: EPL-2.0
package org.chaxu.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code chaxu check} on models and rules a CI owner does not know: nothing on the network is
 * contacted, exit codes mean what they say (1 only ever findings, 2 bad input or rules, 3 an
 * internal error), one bad model does not hide the others, and no report is lost or left stale.
 */
class HostileInputTest {

    static final String NS = "xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
            + "xmlns:chaxu=\"http://chaxu.org/governance/1.0\"";

    ServerSocket server;
    final AtomicInteger connections = new AtomicInteger();

    @BeforeEach
    void listen() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(() -> {
            while (!server.isClosed()) {
                try (Socket socket = server.accept()) {
                    connections.incrementAndGet();
                } catch (IOException e) {
                    return;
                }
            }
        });
        acceptor.setDaemon(true);
        acceptor.start();
    }

    @AfterEach
    void close() throws IOException {
        server.close();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getLocalPort() + "/" + path;
    }

    static Path write(Path dir, String name, String body) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<chaxu:GovernanceModel xmi:version=\"2.0\" " + NS
                + " name=\"m\" asOf=\"2020-12-31\">\n" + body + "</chaxu:GovernanceModel>\n", StandardCharsets.UTF_8);
        return file;
    }

    static void assertClean(Chaxu.Result r) {
        CheckCommandTest.assertNoStackTrace(r);
        assertFalse(r.err().contains("Impl@") || r.err().contains("org.eclipse.emf"), r::toString);
    }

    @Test
    void hostileXmlExitsTwoWithFileAndLineAndContactsNothing(@TempDir Path dir) throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-CONTENT");
        Path xxe = dir.resolve("xxe.chaxu");
        Files.writeString(xxe, "<?xml version=\"1.0\"?>\n<!DOCTYPE m [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">"
                + "<!ENTITY % p SYSTEM \"" + url("p.dtd") + "\"> %p;]>\n<chaxu:GovernanceModel " + NS + " name=\"&x;\" asOf=\"2020-12-31\"/>\n");
        Path href = write(dir, "href.chaxu", "  <units id=\"a\" name=\"A\" level=\"PROVINCIAL\">\n    <superior href=\"" + url("evil.chaxu#x")
                + "\"/>\n  </units>\n");
        Path type = write(dir, "type.chaxu", "  <units xsi:type=\"evil:Thing\" xmlns:evil=\"" + url("evil.ecore") + "\" id=\"a\"/>\n");
        for (Path model : List.of(xxe, href, type)) {
            Chaxu.Result r = Chaxu.run("check", model.toString());
            assertEquals(2, r.exit(), r::toString);
            assertTrue(r.err().contains(model + ":"), r::toString);
            assertFalse(r.err().contains("TOP-SECRET"), r::toString);
            assertClean(r);
        }
        assertEquals(0, connections.get(), "no connection to the server");
    }

    @Test
    void oneBadModelDoesNotHideTheOthersFindings(@TempDir Path dir) throws Exception {
        Path broken = write(dir, "broken.chaxu", "  <units id=\"a\" name=\"A\" level=\"CENTRAL\">\n    <standards id=\"s\" deadline=\"2020-02-30\"/>\n  </units>\n");
        Chaxu.Result r = Chaxu.run("check", broken.toString(), "examples/prd-air.chaxu");
        assertEquals(2, r.exit(), "an unreadable model is exit 2, even with findings elsewhere: " + r);
        assertTrue(r.err().contains(broken + ":4: error: deadline=\"2020-02-30\" is not a real date"), r::toString);
        assertTrue(r.out().contains("examples/prd-air.chaxu:" + Chaxu.lineOf("examples/prd-air.chaxu", "foshan-voc-furniture")),
                "the good model's findings are still reported: " + r);
        assertClean(r);
    }

    @Test
    void aRunawayRuleIsStoppedAndNamedWithItsFile(@TempDir Path dir) throws Exception {
        Path drl = dir.resolve("runaway.drl");
        Files.writeString(drl, "package org.example;\nimport org.chaxu.governance.*;\nrule \"Touches every unit again and again\"\n"
                + "when\n  $u : AdministrativeUnit()\nthen\n  update($u);\nend\n");
        long start = System.nanoTime();
        Chaxu.Result r = Chaxu.run("check", "--rules", drl.toString(), "--max-firings", "20000", "examples/prd-air.chaxu");
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().contains("Touches every unit again and again") && r.err().contains("runaway.drl"), r::toString);
        assertTrue((System.nanoTime() - start) / 1e9 < 120, "stopped, not left running");
        assertClean(r);
    }

    @Test
    void aConsequenceThatThrowsIsExitTwoNamingTheRule(@TempDir Path dir) throws Exception {
        Path drl = dir.resolve("throws.drl");
        Files.writeString(drl, "package org.example;\nimport org.chaxu.governance.*;\nrule \"Fails on Foshan\"\nwhen\n"
                + "  $u : AdministrativeUnit(id == \"foshan\")\nthen\n  throw new IllegalStateException(\"boom\");\nend\n");
        Chaxu.Result r = Chaxu.run("check", "--rules", drl.toString(), "examples/prd-air.chaxu");
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().contains("examples/prd-air.chaxu: error: rule \"Fails on Foshan\""), r::toString);
        assertTrue(r.err().contains("throws.drl") && r.err().contains("boom"), r::toString);
        assertClean(r);
    }

    @Test
    void brokenRuleFilesAreNamedWithTheirLine(@TempDir Path dir) throws Exception {
        Path severity = Files.createDirectories(dir.resolve("severity"));
        Files.writeString(severity.resolve("bad.drl"), "package x;\nimport org.chaxu.governance.*;\nglobal org.chaxu.engine.Reporter reporter;\n"
                + "rule \"Bad severity\"\n  @id(\"X-1\") @severity(\"FATAL\")\nwhen\n  $u : AdministrativeUnit()\nthen\n"
                + "  insertLogical(reporter.report(kcontext, $u));\nend\n");
        Chaxu.Result r = Chaxu.run("check", "--rules", severity.toString(), "examples/clean-region/clean-region.chaxu");
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().contains(severity.resolve("bad.drl") + ":5:") && r.err().contains("FATAL")
                && r.err().contains("ERROR, WARNING or INFO"), r::toString);

        Path binary = Files.createDirectories(dir.resolve("binary"));
        Files.write(binary.resolve("binary.drl"), new byte[] { (byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE, 0, (byte) 0xFF, 10 });
        r = Chaxu.run("check", "--rules", binary.toString(), "examples/clean-region/clean-region.chaxu");
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().contains(binary.resolve("binary.drl") + ": not a DRL file"), r::toString);

        Path messages = Files.createDirectories(dir.resolve("messages"));
        Files.writeString(messages.resolve("messages.properties"), "X-1=fine {0}\nX-2=broken \\u12 escape\n");
        r = Chaxu.run("check", "--rules", messages.toString(), "examples/clean-region/clean-region.chaxu");
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().contains(messages.resolve("messages.properties") + ":2:"), r::toString);
        for (Chaxu.Result result : List.of(r)) {
            assertClean(result);
        }
    }

    @Test
    void deepAndLongModelsFinishInSecondsWithOneError(@TempDir Path dir) throws Exception {
        StringBuilder nested = new StringBuilder();
        for (int i = 0; i < 10_000; i++) {
            nested.append(i == 0 ? "<arrangements" : "<subArrangements").append(" id=\"a").append(i).append("\" kind=\"OTHER\">\n");
        }
        for (int i = 9_999; i >= 0; i--) {
            nested.append(i == 0 ? "</arrangements>\n" : "</subArrangements>\n");
        }
        StringBuilder chain = new StringBuilder("  <units id=\"u0\" name=\"U0\" level=\"CENTRAL\"/>\n");
        for (int i = 1; i < 4_000; i++) {
            chain.append("  <units id=\"u").append(i).append("\" name=\"U").append(i).append("\" level=\"COUNTY\" superior=\"u")
                    .append(i - 1).append("\"/>\n");
        }
        for (Path model : List.of(write(dir, "deep.chaxu", nested.toString()), write(dir, "long.chaxu", chain.toString()))) {
            long start = System.nanoTime();
            Chaxu.Result r = Chaxu.run("check", model.toString());
            double seconds = (System.nanoTime() - start) / 1e9;
            assertEquals(2, r.exit(), r::toString);
            assertTrue(r.err().contains(model + ":"), r::toString);
            assertTrue(seconds < 60, model + " took " + seconds + " s");
            assertClean(r);
        }
    }

    @Test
    void outputIsCheckedBeforeTheRunAndWrittenWhole(@TempDir Path dir) throws Exception {
        Path missing = dir.resolve("no-such-folder/report.json");
        Chaxu.Result r = Chaxu.run("check", "--output", missing.toString(), "examples/prd-air.chaxu");
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().contains("does not exist"), r::toString);

        r = Chaxu.run("check", "--output", dir.toString(), "examples/prd-air.chaxu");
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().contains("is a folder"), r::toString);

        Path model = Chaxu.root().resolve("examples/clean-region/clean-region.chaxu");
        byte[] before = Files.readAllBytes(model);
        r = Chaxu.run("check", "--output", "examples/clean-region/clean-region.chaxu", "examples/clean-region/clean-region.chaxu");
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().contains("is one of the models being checked"), r::toString);
        assertArrayEquals(before, Files.readAllBytes(model), "the model is not overwritten by its report");

        Path report = dir.resolve("report.sarif");
        assertEquals(1, Chaxu.run("check", "--format", "sarif", "--output", report.toString(), "examples/prd-air.chaxu").exit());
        assertTrue(Files.size(report) > 1000);
        try (var files = Files.list(dir)) {
            assertEquals(List.of(report), files.filter(p -> !p.equals(missing.getParent())).toList(), "no temporary file left");
        }
        Path broken = write(dir, "broken.chaxu", "  <units id=\"a\" name=\"A\" level=\"CENTRAL\" value=\"x\"/>\n  <units id=\"a\"/>\n");
        r = Chaxu.run("check", "--format", "sarif", "--output", report.toString(), broken.toString());
        assertEquals(2, r.exit(), r::toString);
        assertFalse(Files.exists(report), "no stale report left looking current");
        assertTrue(r.err().contains("removed the previous report"), r::toString);
    }

    @Test
    void aModelMayReferOnlyToModelsBelowTheRoot(@TempDir Path dir) throws Exception {
        Path shared = Files.createDirectories(dir.resolve("shared"));
        write(shared, "top.chaxu", "  <units id=\"central\" name=\"Central\" level=\"CENTRAL\" rank=\"NATIONAL\"/>\n");
        Path region = Files.createDirectories(dir.resolve("region"));
        Path model = write(region, "region.chaxu", "  <units id=\"p\" name=\"P\" level=\"PROVINCIAL\" rank=\"MINISTERIAL\">\n"
                + "    <superior href=\"../shared/top.chaxu#central\"/>\n  </units>\n");
        Chaxu.Result refused = Chaxu.run("check", model.toString());
        assertEquals(2, refused.exit(), refused::toString);
        assertTrue(refused.err().contains("only to files below"), refused::toString);
        Chaxu.Result allowed = Chaxu.run("check", "--root", dir.toString(), model.toString());
        assertEquals(0, allowed.exit(), allowed::toString);
    }

    @Test
    void outOfMemoryIsExitThreeInOneLine(@TempDir Path dir) throws Exception {
        StringBuilder units = new StringBuilder();
        for (int i = 0; i < 40_000; i++) {
            units.append("  <units id=\"u").append(i).append("\" name=\"Unit ").append(i).append("\" level=\"COUNTY\"/>\n");
        }
        Path big = write(dir, "big.chaxu", units.toString());
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx16m", "-jar",
                System.getProperty("chaxu.jar"), "check", big.toString());
        Chaxu.Result r = Chaxu.exec(command);
        assertEquals(3, r.exit(), r::toString);
        assertTrue(r.err().contains("internal error") && r.err().contains("out of memory"), r::toString);
        CheckCommandTest.assertNoStackTrace(r);
    }
}
