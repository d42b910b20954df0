// SPDX-License-Identifier: EPL-2.0
package org.chaxu.engine.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.chaxu.engine.CheckOptions;
import org.chaxu.engine.CheckSession;
import org.chaxu.engine.Labels;
import org.chaxu.engine.LoadedModel;
import org.chaxu.engine.ModelLoader;
import org.chaxu.engine.ModelProblem;
import org.chaxu.engine.RuleCatalog;
import org.chaxu.engine.Severity;
import org.chaxu.governance.Standard;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every way a model file can be broken becomes a {@link ModelProblem} with a line and, where
 * there is one, the element path; and checking a model never changes it.
 */
class ModelLoaderTest {

    static final String HEAD = """
            <?xml version="1.0" encoding="UTF-8"?>
            <chaxu:GovernanceModel xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" \
            xmlns:chaxu="http://chaxu.org/governance/1.0" name="test" asOf="2020-12-31">
            """;
    static final String TAIL = "</chaxu:GovernanceModel>\n";

    static RuleCatalog catalog;

    /** A fresh folder per test (created here: the bundle does not import org.junit.jupiter.api.io for @TempDir). */
    Path dir;

    @BeforeAll
    static void compile() {
        catalog = RuleCatalog.shipped();
    }

    @BeforeEach
    void createFolder() throws IOException {
        dir = Files.createTempDirectory("chaxu-loader-test");
    }

    @AfterEach
    void deleteFolder() throws IOException {
        try (java.util.stream.Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    LoadedModel load(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return new ModelLoader().load(file);
    }

    static List<ModelProblem> ofSeverity(LoadedModel model, Severity severity) {
        return model.problems().stream().filter(p -> p.severity() == severity).toList();
    }

    static void assertContains(String text, String part) {
        assertTrue(text.contains(part), () -> "'" + text + "' does not contain '" + part + "'");
    }

    // =====================================================================================
    // Broken files
    // =====================================================================================

    @Test
    void aFileThatIsNotWellFormedXmlIsOneErrorOnTheLineOfTheMismatch() throws IOException {
        LoadedModel model = load("broken.chaxu", HEAD
                + "  <units id=\"a\" name=\"A\" level=\"CENTRAL\">\n" // line 3
                + "  </unit>\n" // line 4: wrong end tag
                + TAIL);
        assertEquals(1, model.problems().size(), () -> model.problems().toString());
        ModelProblem problem = model.problems().get(0);
        assertEquals(Severity.ERROR, problem.severity());
        assertEquals(4, problem.line(), problem::toString);
        assertTrue(problem.column() > 0, problem::toString);
        assertTrue(problem.message().startsWith("not well-formed XML"), problem::toString);
        assertTrue(problem.file().endsWith("broken.chaxu"));
        assertFalse(model.isUsable());
        assertNull(model.resource());
        assertTrue(model.hasErrors());
    }

    @Test
    void aDanglingSuperiorIsAnErrorOnItsLineNamingTheMissingId() throws IOException {
        LoadedModel model = load("dangling.chaxu", HEAD
                + "  <units id=\"central\" name=\"Centre\" level=\"CENTRAL\"/>\n" // line 3
                + "  <units id=\"b\" name=\"B\" level=\"PROVINCIAL\" superior=\"nowhere\"/>\n" // line 4
                + TAIL);
        List<ModelProblem> errors = ofSeverity(model, Severity.ERROR);
        assertEquals(1, errors.size(), () -> model.problems().toString());
        assertEquals(4, errors.get(0).line(), () -> errors.get(0).toString());
        assertContains(errors.get(0).message(), "nowhere");
        assertTrue(model.hasErrors());
        // the rest of the model is still there for the user to see
        assertTrue(model.isUsable());
        assertEquals(2, model.model().getUnits().size());
    }

    @Test
    void aNegotiationWithOnePartyAndAnInterventionWithoutIntervenerOrStartAreStructuralErrorsWithTheirPath()
            throws IOException {
        LoadedModel model = load("missing.chaxu", HEAD
                + "  <units id=\"central\" name=\"Centre\" level=\"CENTRAL\"/>\n" // 3
                + "  <units id=\"p\" name=\"Province\" level=\"PROVINCIAL\" superior=\"central\"/>\n" // 4
                + "  <negotiations id=\"n\" name=\"Water talks\" parties=\"p\" status=\"DEADLOCKED\">\n" // 5
                + "    <interventions id=\"x\" name=\"Centre steps in\"/>\n" // 6
                + "  </negotiations>\n" + TAIL);
        List<ModelProblem> errors = ofSeverity(model, Severity.ERROR);
        assertEquals(3, errors.size(), () -> model.problems().toString());
        ModelProblem parties = errors.stream().filter(p -> p.message().contains("'parties'")).findFirst().orElseThrow();
        assertEquals("Water talks", parties.path());
        assertEquals(5, parties.line());
        assertContains(parties.toString(), "Water talks: ");
        List<ModelProblem> intervention = errors.stream().filter(p -> p.path().equals("Water talks"
                + Labels.PATH_SEPARATOR + "Centre steps in")).toList();
        assertEquals(2, intervention.size(), () -> errors.toString());
        assertTrue(intervention.stream().anyMatch(p -> p.message().contains("'intervener'")));
        assertTrue(intervention.stream().anyMatch(p -> p.message().contains("'start'")));
        assertTrue(intervention.stream().allMatch(p -> p.line() == 6));
    }

    @Test
    void aUnitWithoutLevelIsAStructuralErrorWithItsPath() throws IOException {
        LoadedModel model = load("nolevel.chaxu", HEAD
                + "  <units id=\"central\" name=\"Centre\" level=\"CENTRAL\"/>\n" // 3
                + "  <units id=\"p\" name=\"Province\" superior=\"central\"/>\n" // 4
                + TAIL);
        List<ModelProblem> errors = ofSeverity(model, Severity.ERROR);
        assertEquals(1, errors.size(), () -> model.problems().toString());
        assertEquals("Province", errors.get(0).path());
        assertEquals(4, errors.get(0).line());
        assertContains(errors.get(0).message(), "level");
    }

    @Test
    void anUnknownUnitOfMeasureIsAWarningWithTheElementPathAndLine() throws IOException {
        LoadedModel model = load("unit.chaxu", HEAD
                + "  <units id=\"central\" name=\"Centre\" level=\"CENTRAL\">\n" // 3
                + "    <standards id=\"s\" name=\"Odd limit\" indicator=\"i\" value=\"3.0\" unit=\"furlongs\"/>\n" // 4
                + "  </units>\n"
                + "  <indicators id=\"i\" name=\"Ind\" unit=\"stones\" direction=\"UPPER_LIMIT\"/>\n" // 6
                + TAIL);
        assertFalse(model.hasErrors(), () -> model.problems().toString());
        List<ModelProblem> warnings = ofSeverity(model, Severity.WARNING);
        assertEquals(2, warnings.size(), () -> model.problems().toString());
        ModelProblem standard = warnings.get(0);
        assertEquals("Centre" + Labels.PATH_SEPARATOR + "Odd limit", standard.path());
        assertEquals(4, standard.line());
        assertContains(standard.message(), "furlongs");
        ModelProblem indicator = warnings.get(1);
        assertEquals("Ind", indicator.path());
        assertEquals(6, indicator.line());
        assertContains(indicator.message(), "stones");
        assertTrue(model.isUsable());
    }

    @Test
    void anUnknownAttributeOrElementIsAnErrorOnItsLine() throws IOException {
        LoadedModel model = load("unknown.chaxu", HEAD
                + "  <units id=\"a\" name=\"A\" level=\"CENTRAL\" colour=\"red\"/>\n" // 3
                + "  <gadgets id=\"g\"/>\n" // 4
                + TAIL);
        List<ModelProblem> errors = ofSeverity(model, Severity.ERROR);
        assertEquals(2, errors.size(), () -> model.problems().toString());
        assertEquals(3, errors.get(0).line());
        assertContains(errors.get(0).message(), "colour");
        assertEquals(4, errors.get(1).line());
        assertContains(errors.get(1).message(), "gadgets");
    }

    @Test
    void aFileThatDoesNotExistIsOneErrorAndNoModel() {
        Path missing = dir.resolve("nowhere.chaxu");
        LoadedModel model = new ModelLoader().load(missing);
        assertEquals(1, model.problems().size());
        ModelProblem problem = model.problems().get(0);
        assertEquals(Severity.ERROR, problem.severity());
        assertEquals(missing.toString(), problem.file());
        assertEquals(0, problem.line());
        assertContains(problem.message(), "no such file");
        assertFalse(model.isUsable());
        assertNull(model.resource());
    }

    @Test
    void aChaxuFileWhoseRootIsNotAGovernanceModelIsAnError() throws IOException {
        LoadedModel model = load("unit-only.chaxu", """
                <?xml version="1.0" encoding="UTF-8"?>
                <chaxu:AdministrativeUnit xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" \
                xmlns:chaxu="http://chaxu.org/governance/1.0" id="a" name="A" level="CENTRAL"/>
                """);
        assertEquals(1, model.problems().size(), () -> model.problems().toString());
        assertEquals(Severity.ERROR, model.problems().get(0).severity());
        assertContains(model.problems().get(0).message(), "no Chaxu GovernanceModel");
        assertEquals(1, model.problems().get(0).line());
        assertFalse(model.isUsable());
    }

    @Test
    void anXmlFileOfAnotherKindIsAnErrorOnItsRootElement() throws IOException {
        LoadedModel model = load("recipe.chaxu", """
                <?xml version="1.0" encoding="UTF-8"?>
                <recipe name="dumplings">
                  <step>fold</step>
                </recipe>
                """);
        assertTrue(model.hasErrors(), () -> model.problems().toString());
        assertFalse(model.isUsable());
        assertTrue(model.problems().stream().allMatch(p -> p.severity() == Severity.ERROR && p.line() == 2),
                () -> model.problems().toString());
    }

    @Test
    void theLineOfEveryElementIsTheLineOfItsStartTag() throws IOException {
        LoadedModel model = new ModelLoader().load(Examples.file("prd-air.chaxu"));
        List<String> text = Files.readAllLines(Examples.file("prd-air.chaxu"));
        for (String id : List.of("guangdong", "foshan-voc-furniture", "szdh-circle", "zzj-voc-printing")) {
            int expected = 0;
            for (int i = 0; i < text.size() && expected == 0; i++) {
                if (text.get(i).contains(" id=\"" + id + "\"")) {
                    expected = i + 1;
                }
            }
            EObject element = model.resource().getEObject(id);
            assertEquals(expected, model.line(element), id);
        }
    }

    // =====================================================================================
    // Checking never modifies the model
    // =====================================================================================

    static byte[] save(Resource resource) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        resource.save(out, Map.of());
        return out.toByteArray();
    }

    static int adapters(Resource resource) {
        int[] count = { resource.eAdapters().size() };
        resource.getAllContents().forEachRemaining(o -> count[0] += o.eAdapters().size());
        return count[0];
    }

    @Test
    void aBatchCheckOfPrdAirLeavesTheModelByteForByteUnchanged() throws IOException {
        LoadedModel model = new ModelLoader().load(Examples.file("prd-air.chaxu"));
        Resource resource = model.resource();
        resource.setTrackingModification(true);
        byte[] before = save(resource);
        int adaptersBefore = adapters(resource);

        int findings = CheckSession.check(catalog, resource, CheckOptions.DEFAULT).size();

        assertEquals(Examples.expected("prd-air.chaxu").size(), findings);
        assertFalse(resource.isModified(), "the check modified the model");
        assertArrayEquals(before, save(resource));
        assertEquals(adaptersBefore, adapters(resource), "the check left adapters on the model");

        // the modification tracking really is on: an edit is noticed
        ((Standard) resource.getEObject("foshan-voc-furniture")).setValue(41.0);
        assertTrue(resource.isModified());
        assertFalse(java.util.Arrays.equals(before, save(resource)));
    }

    @Test
    void aLongLivedSessionDoesNotModifyTheModelEitherAndLeavesNoAdapterWhenClosed() throws IOException {
        LoadedModel model = new ModelLoader().load(Examples.file("xian-xianyang-transport.chaxu"));
        Resource resource = model.resource();
        resource.setTrackingModification(true);
        byte[] before = save(resource);
        int adaptersBefore = adapters(resource);
        List<String> runs = new ArrayList<>();
        try (CheckSession session = new CheckSession(catalog, resource, CheckOptions.DEFAULT)) {
            runs.add(Examples.lines(session.findings()).toString());
            runs.add(Examples.lines(session.findings()).toString());
        }
        assertEquals(runs.get(0), runs.get(1));
        assertEquals(Examples.expected("xian-xianyang-transport.chaxu").toString(), runs.get(0));
        assertFalse(resource.isModified());
        assertArrayEquals(before, save(resource));
        assertEquals(adaptersBefore, adapters(resource));
    }
}
