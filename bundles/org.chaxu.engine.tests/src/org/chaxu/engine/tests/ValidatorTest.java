// SPDX-License-Identifier: EPL-2.0
package org.chaxu.engine.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.chaxu.engine.ChaxuValidator;
import org.chaxu.engine.CheckOptions;
import org.chaxu.engine.LoadedModel;
import org.chaxu.engine.ModelLoader;
import org.chaxu.engine.RuleCatalog;
import org.chaxu.engine.Severity;
import org.chaxu.governance.GovernancePackage;
import org.chaxu.governance.Level;
import org.chaxu.governance.NegotiationStatus;
import org.chaxu.governance.Rank;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link ChaxuValidator} as an EMF {@link EValidator}: EMF's {@link Diagnostician} returns
 * the rule findings as diagnostics with Chaxu's source, the rule's severity, a message
 * starting with "[RULE-ID]", and data = the offending element, then the related elements.
 */
class ValidatorTest {

    static RuleCatalog catalog;
    static final Pattern RULE_PREFIX = Pattern.compile("^\\[([A-Z]+(?:-[A-Z]+)+)\\] (.+)$", Pattern.DOTALL);

    @BeforeAll
    static void compile() {
        catalog = RuleCatalog.shipped();
        assertTrue(catalog.problems().isEmpty(), () -> "shipped rules do not compile: " + catalog.problems());
    }

    static EValidator.Registry registry(CheckOptions options) {
        EValidator.Registry registry = new EValidatorRegistryImpl();
        registry.put(GovernancePackage.eINSTANCE, new ChaxuValidator(() -> catalog, options));
        return registry;
    }

    static LoadedModel load(String example) {
        LoadedModel model = new ModelLoader().load(Examples.file(example));
        assertFalse(model.hasErrors(), () -> "load problems: " + model.problems());
        return model;
    }

    static List<Diagnostic> ruleDiagnostics(Diagnostic result) {
        return result.getChildren().stream().filter(d -> ChaxuValidator.DIAGNOSTIC_SOURCE.equals(d.getSource())).toList();
    }

    static String ruleId(Diagnostic d) {
        Matcher m = RULE_PREFIX.matcher(d.getMessage());
        assertTrue(m.matches(), () -> "message does not start with [RULE-ID]: " + d.getMessage());
        return m.group(1);
    }

    static String severity(Diagnostic d) {
        return switch (d.getSeverity()) {
        case Diagnostic.ERROR -> "ERROR";
        case Diagnostic.WARNING -> "WARNING";
        case Diagnostic.INFO -> "INFO";
        default -> "severity " + d.getSeverity();
        };
    }

    /** Diagnostics as `.expected` lines: RULE-ID SEVERITY id-of-data[0], sorted. */
    static List<String> lines(List<Diagnostic> diagnostics) {
        List<String> lines = new ArrayList<>();
        for (Diagnostic d : diagnostics) {
            assertFalse(d.getData().isEmpty(), () -> "no data: " + d);
            assertTrue(d.getData().get(0) instanceof EObject, () -> "data[0] is no EObject: " + d.getData());
            lines.add(ruleId(d) + " " + severity(d) + " " + LoadedModel.fragment((EObject) d.getData().get(0)));
        }
        lines.sort(null);
        return lines;
    }

    static Diagnostic only(List<Diagnostic> diagnostics, String ruleId, String elementId) {
        List<Diagnostic> matching = diagnostics.stream().filter(d -> ruleId(d).equals(ruleId)
                && LoadedModel.fragment((EObject) d.getData().get(0)).equals(elementId)).toList();
        assertEquals(1, matching.size(), () -> ruleId + " on " + elementId + ": " + matching);
        return matching.get(0);
    }

    static List<String> dataIds(Diagnostic d) {
        return d.getData().stream().map(o -> LoadedModel.fragment((EObject) o)).toList();
    }

    @Test
    void prdAirValidatesToExactlyItsGoldenFindingsAsChaxuDiagnostics() throws IOException {
        LoadedModel model = load("prd-air.chaxu");
        Diagnostic result = new Diagnostician(registry(CheckOptions.DEFAULT)).validate(model.model());
        assertEquals(Diagnostic.ERROR, result.getSeverity());
        List<Diagnostic> rules = ruleDiagnostics(result);
        assertEquals(result.getChildren().size(), rules.size(),
                () -> "prd-air is structurally valid, every diagnostic is a rule's: " + result.getChildren());
        // once per finding: the rules run once per validation, not once per object
        assertEquals(String.join("\n", Examples.expected("prd-air.chaxu")), String.join("\n", lines(rules)));
    }

    @Test
    void foshansLooserLimitIsAnErrorOnFoshanVocFurnitureWithItsBaselineAsRelatedData() {
        LoadedModel model = load("prd-air.chaxu");
        List<Diagnostic> rules = ruleDiagnostics(new Diagnostician(registry(CheckOptions.DEFAULT)).validate(model.model()));
        Diagnostic looser = only(rules, "BASE-LOOSER", "foshan-voc-furniture");
        assertEquals(Diagnostic.ERROR, looser.getSeverity());
        assertEquals(ChaxuValidator.DIAGNOSTIC_SOURCE, looser.getSource());
        assertTrue(looser.getMessage().startsWith("[BASE-LOOSER] "), looser.getMessage());
        assertTrue(looser.getMessage().contains("40 mg/m³") && looser.getMessage().contains("30 mg/m³"),
                looser.getMessage());
        assertSame(model.resource().getEObject("foshan-voc-furniture"), looser.getData().get(0));
        assertEquals(List.of("foshan-voc-furniture", "foshan", "gd-voc-furniture", "guangdong"), dataIds(looser));
    }

    @Test
    void eachRuleKeepsItsSeverityAndRelatedElements() {
        LoadedModel model = load("prd-air.chaxu");
        List<Diagnostic> rules = ruleDiagnostics(new Diagnostician(registry(CheckOptions.DEFAULT)).validate(model.model()));

        Diagnostic raised = only(rules, "BASE-RAISED", "shenzhen-voc-auto");
        assertEquals(Diagnostic.INFO, raised.getSeverity());
        assertEquals(List.of("shenzhen-voc-auto", "shenzhen", "gd-voc-auto", "guangdong"), dataIds(raised));

        // the convener, and the member who outranks it
        Diagnostic coordinator = only(rules, "ARR-COORDINATOR", "gf-integration");
        assertEquals(Diagnostic.WARNING, coordinator.getSeverity());
        assertEquals(List.of("gf-integration", "foshan", "guangzhou"), dataIds(coordinator));

        Diagnostic fixed = only(rules, "BASE-FIXED-ACTION", "dongguan");
        assertEquals(Diagnostic.ERROR, fixed.getSeverity());
        assertEquals(List.of("dongguan", "gd-yellow-phaseout", "guangdong"), dataIds(fixed));

        List<List<String>> subsets = rules.stream().filter(d -> ruleId(d).equals("ARR-SUBSET")).map(ValidatorTest::dataIds)
                .sorted((a, b) -> a.toString().compareTo(b.toString())).toList();
        assertEquals(List.of(List.of("szdh-circle", "heyuan", "prd-conference"),
                List.of("szdh-circle", "shanwei", "prd-conference")), subsets);
    }

    @Test
    void xianXianyangsEscSkipNamesTheInterventionFirstThenIntervenerNegotiationAndTheSkippedLevel() {
        LoadedModel model = load("xian-xianyang-transport.chaxu");
        List<Diagnostic> rules = ruleDiagnostics(new Diagnostician(registry(CheckOptions.DEFAULT)).validate(model.model()));
        Diagnostic skip = only(rules, "ESC-SKIP", "xx-central-whatif");
        assertEquals(Diagnostic.ERROR, skip.getSeverity());
        assertEquals(List.of("xx-central-whatif", "central", "xx-transport", "shaanxi"), dataIds(skip));
    }

    @Test
    void theCleanRegionValidatesOk() {
        LoadedModel model = load("clean-region.chaxu");
        Diagnostic result = new Diagnostician(registry(CheckOptions.DEFAULT)).validate(model.model());
        assertEquals(Diagnostic.OK, result.getSeverity(), () -> "diagnostics: " + result.getChildren());
        assertEquals(List.of(), result.getChildren());
    }

    @Test
    void theBooleanFormIsFalseOnlyForWarningsAndErrors() {
        Diagnostician diagnostician = new Diagnostician(registry(CheckOptions.DEFAULT));
        assertTrue(diagnostician.validate(load("clean-region.chaxu").model(), null, new java.util.HashMap<>()));
        assertFalse(diagnostician.validate(load("prd-air.chaxu").model(), null, new java.util.HashMap<>()));

        // A model whose only finding is an INFO (a city raising the bar) is valid.
        ModelBuilder m = ModelBuilder.model("raised only").asOf("2020-06-30")
                .unit("guangdong", "Guangdong", Level.PROVINCIAL, Rank.MINISTERIAL, null)
                .unit("shenzhen", "Shenzhen", Level.PREFECTURAL, Rank.SUB_PROVINCIAL, "guangdong")
                .indicator("voc", "mg/m³", org.chaxu.governance.Direction.UPPER_LIMIT);
        m.standard("gd-voc", "guangdong", "voc").value(40, "mg/m³").binding();
        m.standard("sz-voc", "shenzhen", "voc").value(30, "mg/m³");
        Diagnostic result = diagnostician.validate(m.root());
        assertEquals(Diagnostic.INFO, result.getSeverity(), () -> "diagnostics: " + result.getChildren());
        assertEquals(List.of("BASE-RAISED INFO sz-voc"), lines(ruleDiagnostics(result)));
        assertTrue(diagnostician.validate(m.root(), null, new java.util.HashMap<>()));
    }

    @Test
    void structuralProblemsAreReportedBesideTheRuleDiagnostics() {
        ModelBuilder m = ModelBuilder.model("one party").asOf("2020-12-31")
                .unit("central", "State Council", Level.CENTRAL, Rank.NATIONAL, null)
                .unit("shaanxi", "Shaanxi", Level.PROVINCIAL, Rank.MINISTERIAL, "central");
        m.negotiation("alone", NegotiationStatus.DEADLOCKED, "2019-01-01", "shaanxi");
        m.intervention("alone", "open-ended", "central", "2019-06-01");
        Diagnostic result = new Diagnostician(registry(CheckOptions.DEFAULT)).validate(m.root());
        List<Diagnostic> structural = result.getChildren().stream()
                .filter(d -> !ChaxuValidator.DIAGNOSTIC_SOURCE.equals(d.getSource())).toList();
        assertEquals(1, structural.size(), () -> "structural: " + structural);
        assertEquals(Diagnostic.ERROR, structural.get(0).getSeverity());
        assertTrue(structural.get(0).getMessage().contains("parties"), structural.get(0).getMessage());
        assertSame(m.get("alone"), structural.get(0).getData().get(0));
        assertTrue(lines(ruleDiagnostics(result)).contains("ESC-NO-EXIT WARNING open-ended"),
                () -> "rule diagnostics: " + lines(ruleDiagnostics(result)));
    }

    @Test
    void optionsSwitchRulesOffOverrideSeveritiesAndChooseTheLanguage() throws IOException {
        LoadedModel model = load("prd-air.chaxu");
        CheckOptions options = new CheckOptions(Locale.CHINESE, Set.of("BASE-RAISED"),
                Map.of("ARR-COORDINATOR", Severity.ERROR));
        List<Diagnostic> rules = ruleDiagnostics(new Diagnostician(registry(options)).validate(model.model()));
        assertTrue(rules.stream().noneMatch(d -> ruleId(d).equals("BASE-RAISED")));
        assertEquals(Diagnostic.ERROR, only(rules, "ARR-COORDINATOR", "gf-integration").getSeverity());
        String looser = only(rules, "BASE-LOOSER", "foshan-voc-furniture").getMessage();
        assertTrue(looser.startsWith("[BASE-LOOSER] ") && looser.contains("更松"), looser);
        assertEquals(Examples.expected("prd-air.chaxu").size() - 6, rules.size());
    }

    @Test
    void registerPutsTheValidatorInTheGlobalRegistryForEveryEmfTool() {
        Object previous = EValidator.Registry.INSTANCE.get(GovernancePackage.eINSTANCE);
        try {
            ChaxuValidator validator = ChaxuValidator.register(() -> catalog, CheckOptions.DEFAULT);
            assertSame(validator, EValidator.Registry.INSTANCE.getEValidator(GovernancePackage.eINSTANCE));
            Diagnostic result = Diagnostician.INSTANCE.validate(load("jjj-air.chaxu").model());
            assertEquals(String.join("\n", expectedQuietly("jjj-air.chaxu")),
                    String.join("\n", lines(ruleDiagnostics(result))));
        } finally {
            if (previous == null) {
                EValidator.Registry.INSTANCE.remove(GovernancePackage.eINSTANCE);
            } else {
                EValidator.Registry.INSTANCE.put(GovernancePackage.eINSTANCE, previous);
            }
        }
        assertEquals(previous, EValidator.Registry.INSTANCE.get(GovernancePackage.eINSTANCE));
    }

    static List<String> expectedQuietly(String name) {
        try {
            return Examples.expected(name);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
