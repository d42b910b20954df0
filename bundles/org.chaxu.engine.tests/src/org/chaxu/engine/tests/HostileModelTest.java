// SPDX-License-Identifier: EPL-2.0
package org.chaxu.engine.tests;

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

import org.chaxu.engine.LoadedModel;
import org.chaxu.engine.ModelLoader;
import org.chaxu.engine.ModelProblem;
import org.chaxu.engine.Severity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Models written by strangers, as a CI check meets them: nothing on the network is contacted
 * (a local server counts every connection and must count none), no file outside the models is
 * read, and what EMF would accept silently or misread is an error with its line.
 */
class HostileModelTest {

    static final String NS = "xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
            + "xmlns:chaxu=\"http://chaxu.org/governance/1.0\"";

    Path dir;
    ServerSocket server;
    final AtomicInteger connections = new AtomicInteger();
    Thread acceptor;

    @BeforeEach
    void start() throws IOException {
        dir = Files.createTempDirectory("chaxu-hostile");
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        acceptor = new Thread(() -> {
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
    void stop() throws Exception {
        server.close();
        acceptor.join(5000);
        try (var files = Files.walk(dir)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getLocalPort() + "/" + path;
    }

    LoadedModel load(String text) throws IOException {
        Path file = dir.resolve("model.chaxu");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return new ModelLoader().load(file);
    }

    static String model(String body) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<chaxu:GovernanceModel xmi:version=\"2.0\" " + NS
                + " name=\"m\" asOf=\"2020-12-31\">\n" + body + "</chaxu:GovernanceModel>\n";
    }

    static List<ModelProblem> errors(LoadedModel model) {
        return model.problems().stream().filter(p -> p.severity() == Severity.ERROR).toList();
    }

    void assertRefused(LoadedModel model, String... parts) {
        assertTrue(model.hasErrors(), () -> "refused: " + model.problems());
        String all = model.problems().toString();
        for (String part : parts) {
            assertTrue(all.contains(part), () -> "'" + part + "' in " + all);
        }
        assertFalse(all.contains("Impl@"), () -> "no Java toString() in " + all);
        assertEquals(0, connections.get(), "nothing contacted the network");
    }

    @Test
    void anExternalEntityCannotReadALocalFileIntoTheMessages() throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-CONTENT");
        LoadedModel model = load("<?xml version=\"1.0\"?>\n<!DOCTYPE m [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<chaxu:GovernanceModel " + NS + " name=\"&x;\" asOf=\"2020-12-31\"/>\n");
        assertRefused(model, "DOCTYPE");
        assertFalse(model.problems().toString().contains("TOP-SECRET"), model.problems()::toString);
        assertEquals(2, errors(model).get(0).line(), "the line of the DOCTYPE");
    }

    @Test
    void aParameterEntityOrAnExternalDtdContactsNoServer() throws IOException {
        assertRefused(load("<?xml version=\"1.0\"?>\n<!DOCTYPE m [<!ENTITY % p SYSTEM \"" + url("p.dtd") + "\"> %p;]>\n"
                + "<chaxu:GovernanceModel " + NS + " name=\"m\" asOf=\"2020-12-31\"/>\n"), "DOCTYPE");
        assertRefused(load("<?xml version=\"1.0\"?>\n<!DOCTYPE m SYSTEM \"" + url("m.dtd") + "\">\n"
                + "<chaxu:GovernanceModel " + NS + " name=\"m\" asOf=\"2020-12-31\"/>\n"), "DOCTYPE");
    }

    @Test
    void aReferenceToAnHttpModelIsRefusedWithoutFetchingIt() throws IOException {
        LoadedModel model = load(model("  <units id=\"a\" name=\"A\" level=\"PROVINCIAL\">\n    <superior href=\"" + url("evil.chaxu#x")
                + "\"/>\n  </units>\n"));
        assertRefused(model, "only to .chaxu files on this machine", url("evil.chaxu"));
    }

    @Test
    void anUnknownNamespaceIsNotFetchedToInstantiateItsClasses() throws IOException {
        LoadedModel model = load(model("  <units xsi:type=\"evil:Thing\" xmlns:evil=\"" + url("evil.ecore") + "\" id=\"a\"/>\n"));
        assertRefused(model);
    }

    @Test
    void aReferenceToAFileOutsideTheModelsFolderIsRefused() throws IOException {
        Path elsewhere = Files.createTempDirectory("chaxu-elsewhere");
        Path other = elsewhere.resolve("other.chaxu");
        Files.writeString(other, model("  <units id=\"x\" name=\"X\" level=\"CENTRAL\"/>\n"));
        try {
            LoadedModel model = load(model("  <units id=\"a\" name=\"A\" level=\"PROVINCIAL\">\n    <superior href=\"" + other.toUri()
                    + "#x\"/>\n  </units>\n"));
            assertRefused(model, "only to files below");
            LoadedModel passwd = load(model("  <units id=\"a\" name=\"A\" level=\"PROVINCIAL\">\n    <superior href=\"file:/etc/passwd#x\"/>\n  </units>\n"));
            assertRefused(passwd, "only to .chaxu files");
        } finally {
            Files.delete(other);
            Files.delete(elsewhere);
        }
    }

    @Test
    void aDuplicateIdIsAnErrorNamingBothLines() throws IOException {
        LoadedModel model = load(model("  <units id=\"a\" name=\"A\" level=\"CENTRAL\"/>\n  <units id=\"a\" name=\"B\" level=\"PROVINCIAL\"/>\n"));
        List<ModelProblem> errors = errors(model);
        assertEquals(1, errors.size(), model.problems()::toString);
        assertEquals(4, errors.get(0).line());
        assertTrue(errors.get(0).message().contains("duplicate id 'a': line 3"), errors.get(0)::toString);
        assertFalse(model.isUsable(), "not checked rather than checked wrongly");
    }

    @Test
    void numbersThatAreNotFiniteDecimalsAreErrorsOnTheirLine() throws IOException {
        for (String value : List.of("1e309", "NaN", "Infinity", "-Infinity", "0x1p3", "30 mg", "")) {
            LoadedModel model = load(model("  <indicators id=\"i\" direction=\"UPPER_LIMIT\"/>\n  <units id=\"a\" name=\"A\" level=\"CENTRAL\">\n"
                    + "    <standards id=\"s\" indicator=\"i\" value=\"" + value + "\"/>\n  </units>\n"));
            List<ModelProblem> errors = errors(model);
            assertEquals(1, errors.size(), () -> value + ": " + model.problems());
            assertEquals(5, errors.get(0).line(), () -> value + ": " + errors.get(0));
            assertTrue(errors.get(0).message().startsWith("value=\"" + value + "\""), errors.get(0)::toString);
        }
        assertFalse(load(model("  <indicators id=\"i\" direction=\"UPPER_LIMIT\"/>\n  <units id=\"a\" name=\"A\" level=\"CENTRAL\">\n"
                + "    <standards id=\"s\" indicator=\"i\" value=\"3.5e1\"/>\n  </units>\n")).hasErrors(), "3.5e1 is a number");
    }

    @Test
    void datesThatAreNotRealDaysAreErrorsOnTheirLine() throws IOException {
        for (String date : List.of("2016-13-45", "2020-02-30", "99999-01-01", "2019-02-29", "31/12/2020", "2020-12-31T25:00:00")) {
            LoadedModel model = load(model("  <units id=\"a\" name=\"A\" level=\"CENTRAL\">\n    <standards id=\"s\" deadline=\"" + date
                    + "\"/>\n  </units>\n"));
            List<ModelProblem> errors = errors(model);
            assertEquals(1, errors.size(), () -> date + ": " + model.problems());
            assertEquals(4, errors.get(0).line());
            assertTrue(errors.get(0).message().contains("deadline=\"" + date + "\""), errors.get(0)::toString);
        }
        for (String date : List.of("2020-02-29", "2015-12-31T00:00:00.000+0800", "2015-12-31T08:30")) {
            LoadedModel model = load(model("  <indicators id=\"i\" direction=\"DEADLINE\"/>\n  <units id=\"a\" name=\"A\" level=\"CENTRAL\">\n"
                    + "    <standards id=\"s\" indicator=\"i\" deadline=\"" + date + "\"/>\n  </units>\n"));
            assertFalse(model.hasErrors(), () -> date + ": " + model.problems());
        }
    }

    @Test
    void aReferenceToAnElementOfTheWrongKindSaysSoInDomainWords() throws IOException {
        LoadedModel model = load(model("  <indicators id=\"i\" direction=\"UPPER_LIMIT\"/>\n  <units id=\"a\" name=\"A\" level=\"CENTRAL\"/>\n"
                + "  <units id=\"b\" name=\"B\" level=\"PROVINCIAL\" superior=\"i\"/>\n"));
        List<ModelProblem> errors = errors(model);
        assertFalse(errors.isEmpty());
        assertTrue(errors.stream().allMatch(e -> e.line() > 0), errors::toString);
        assertFalse(model.problems().toString().contains("Impl@"), model.problems()::toString);
        assertTrue(model.problems().toString().contains("superior"), model.problems()::toString);
    }

    @Test
    void tenThousandNestedArrangementsAreOneErrorNotAStackOverflow() throws IOException {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 10_000; i++) {
            body.append(i == 0 ? "<arrangements" : "<subArrangements").append(" id=\"a").append(i).append("\" kind=\"OTHER\">\n");
        }
        for (int i = 9_999; i >= 0; i--) {
            body.append(i == 0 ? "</arrangements>\n" : "</subArrangements>\n");
        }
        LoadedModel model = load(model(body.toString()));
        List<ModelProblem> errors = errors(model);
        assertEquals(1, errors.size(), () -> errors.toString());
        assertTrue(errors.get(0).message().contains("nested more than"), errors.get(0)::toString);
        assertTrue(errors.get(0).line() > 60, errors.get(0)::toString);
    }

    @Test
    void aFourThousandLongChainOfSuperiorsIsOneErrorNotAnOutOfMemory() throws IOException {
        StringBuilder body = new StringBuilder("  <units id=\"u0\" name=\"U0\" level=\"CENTRAL\"/>\n");
        for (int i = 1; i < 4_000; i++) {
            body.append("  <units id=\"u").append(i).append("\" name=\"U").append(i).append("\" level=\"COUNTY\" superior=\"u")
                    .append(i - 1).append("\"/>\n");
        }
        LoadedModel model = load(model(body.toString()));
        List<ModelProblem> errors = errors(model);
        assertEquals(1, errors.size(), () -> errors.toString());
        assertTrue(errors.get(0).message().contains("more than 32 superiors"), errors.get(0)::toString);
        assertTrue(model.hasErrors(), "so the rules do not run on it");
    }

    // Found by the fuzzer (releng/fuzz.sh, docs/fuzz.md): each was a crash, a Java name or a missing line.

    @Test
    void anXsiTypeThatNamesNoKindOfElementIsAnErrorOnItsLine() throws IOException {
        for (String type : List.of("chaxu:Level", "chaxu:Element", "chaxu:Issuer", "chaxu:NoSuchKind")) {
            LoadedModel model = load(model("  <units id=\"a\" name=\"A\" level=\"CENTRAL\"/>\n  <units id=\"b\" xsi:type=\"" + type
                    + "\" name=\"B\" level=\"PROVINCIAL\"/>\n"));
            List<ModelProblem> errors = errors(model);
            assertEquals(1, errors.size(), () -> type + ": " + model.problems());
            assertEquals(4, errors.get(0).line(), () -> errors.get(0).toString());
            assertTrue(errors.get(0).message().startsWith("xsi:type=\"" + type + "\""), errors.get(0)::toString);
            assertNoJavaNames(model);
            assertFalse(model.isUsable(), "not handed to EMF, which failed with a ClassCastException");
        }
        assertFalse(load(model("  <units id=\"b\" xsi:type=\"chaxu:AdministrativeUnit\" name=\"B\" level=\"CENTRAL\"/>\n")).hasErrors(),
                "the kind itself is fine");
    }

    @Test
    void aReferenceIntoAnotherFileToAnElementOfTheWrongKindIsAnErrorNotACrash() throws IOException {
        Files.writeString(dir.resolve("other.chaxu"), model("  <indicators id=\"pm25\" name=\"PM2.5\" direction=\"UPPER_LIMIT\"/>\n"
                + "  <units id=\"top\" name=\"Top\" level=\"CENTRAL\"/>\n"));
        LoadedModel model = load(model("  <units id=\"a\" name=\"A\" level=\"PROVINCIAL\">\n    <superior href=\"other.chaxu#pm25\"/>\n"
                + "  </units>\n"));
        List<ModelProblem> errors = errors(model);
        assertEquals(1, errors.size(), model.problems()::toString);
        assertEquals(3, errors.get(0).line(), () -> errors.get(0).toString());
        assertTrue(errors.get(0).message().startsWith("'superior' of A refers to "), errors.get(0)::toString);
        assertTrue(errors.get(0).message().endsWith("other.chaxu#pm25, PM2.5 (an Indicator); it must name an AdministrativeUnit"),
                errors.get(0)::toString);
        assertNoJavaNames(model);
        LoadedModel right = load(model("  <units id=\"a\" name=\"A\" level=\"PROVINCIAL\">\n    <superior href=\"other.chaxu#top\"/>\n"
                + "  </units>\n"));
        assertFalse(right.hasErrors(), right.problems()::toString);
        assertEquals("Top", right.model().getUnits().get(0).getSuperior().getName());
    }

    @Test
    void aListWithAnUnresolvedEntrySaysSoOnceNotThatItsOtherEntriesAreOfTheWrongKind() throws IOException {
        LoadedModel model = load(model("  <units id=\"a\" name=\"A\" level=\"PREFECTURAL\"/>\n  <units id=\"b\" name=\"B\" level=\"PREFECTURAL\"/>\n"
                + "  <arrangements id=\"c\" name=\"C\" kind=\"OTHER\" members=\"nowhere a b\"/>\n"));
        String all = model.problems().toString();
        assertTrue(all.contains("Unresolved reference 'nowhere'"), all);
        assertFalse(all.contains("it must name an AdministrativeUnit"), all);
        assertTrue(errors(model).stream().allMatch(e -> e.line() == 5), all);
    }

    @Test
    void aProblemOfAnElementWithoutAnIdHasTheElementsOwnLine() throws IOException {
        LoadedModel model = load(model("  <units id=\"a\" name=\"A\" level=\"PREFECTURAL\"/>\n"
                + "  <negotiations id=\"n\" name=\"N\" status=\"ONGOING\" parties=\"a a\">\n"
                + "    <agreements name=\"first\"/>\n    <agreements name=\"second\" signatories=\"nowhere a\"/>\n"
                + "  </negotiations>\n"));
        String all = model.problems().toString();
        assertTrue(errors(model).stream().anyMatch(e -> e.line() == 6 && e.path().contains("second")), all);
        assertTrue(errors(model).stream().anyMatch(e -> e.line() == 5 && e.path().contains("first")), all);
    }

    @Test
    void anEncodingJavaCannotReadIsAnErrorOnTheFirstLine() throws IOException {
        LoadedModel model = load(model("").replace("encoding=\"UTF-8\"", "encoding=\"x-no-such-charset\""));
        List<ModelProblem> errors = errors(model);
        assertEquals(1, errors.size(), model.problems()::toString);
        assertEquals(1, errors.get(0).line());
        assertTrue(errors.get(0).message().contains("'x-no-such-charset'") && errors.get(0).message().contains("UTF-8"),
                errors.get(0)::toString);
    }

    static void assertNoJavaNames(LoadedModel model) {
        String all = model.problems().toString();
        for (String name : List.of("org.eclipse.", "org.chaxu.", "Impl@", "java.lang.", "Exception")) {
            assertFalse(all.contains(name), () -> name + " in " + all);
        }
    }
}
