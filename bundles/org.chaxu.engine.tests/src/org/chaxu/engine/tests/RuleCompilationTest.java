// SPDX-License-Identifier: EPL-2.0
package org.chaxu.engine.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.chaxu.engine.CheckOptions;
import org.chaxu.engine.CheckSession;
import org.chaxu.engine.Finding;
import org.chaxu.engine.LoadedModel;
import org.chaxu.engine.MessageCatalog;
import org.chaxu.engine.ModelLoader;
import org.chaxu.engine.RuleCatalog;
import org.chaxu.engine.RuleInfo;
import org.chaxu.engine.RuleProblem;
import org.chaxu.engine.RuleSource;
import org.chaxu.engine.Severity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Compiling rule files: a broken extra file is reported with its line and left out, a good
 * extra file works beside the shipped catalogue, and the catalogue lists its rules with the
 * metadata they declare.
 */
class RuleCompilationTest {

    /** Line 6 has one closing parenthesis too many. */
    static final String BROKEN = String.join("\n",
            "package org.chaxu.extra;",
            "import org.chaxu.governance.*;",
            "",
            "rule \"Broken on purpose\"",
            "when",
            "    $s : Standard( sector == \"printing\" ) )",
            "then",
            "end",
            "");

    static final String GOOD = String.join("\n",
            "package org.chaxu.extra;",
            "import org.chaxu.governance.*;",
            "global org.chaxu.engine.Reporter reporter;",
            "",
            "rule \"Every printing standard is reported\"",
            "    @id(\"X-TEST\") @severity(\"WARNING\") @principle(\"test-principle\") @source(\"RuleCompilationTest\")",
            "when",
            "    $s : Standard( sector == \"printing\" )",
            "then",
            "    insertLogical( reporter.report(kcontext, $s) );",
            "end",
            "");

    static RuleCatalog shipped;
    static RuleCatalog extended;

    @BeforeAll
    static void compile() {
        shipped = RuleCatalog.shipped();
        extended = RuleCatalog.withShipped(List.of(new RuleSource("extra/broken.drl", BROKEN),
                new RuleSource("extra/good.drl", GOOD)), RuleCatalog.shippedMessages());
    }

    /**
     * Drools compiles a package of more than ten rules in a thread pool of its own; a pool that
     * cannot start a thread when memory is short leaves the caller waiting for ever. Chaxu compiles
     * on the calling thread, so no pool thread is left idle after a compile.
     */
    @Test
    void theRulesAreCompiledOnTheCallingThread() {
        assertTrue(RuleCatalog.shipped().problems().isEmpty());
        List<String> poolThreads = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t instanceof java.util.concurrent.ForkJoinWorkerThread worker
                        && worker.getPool() != java.util.concurrent.ForkJoinPool.commonPool())
                .map(Thread::getName).toList();
        assertEquals(List.of(), poolThreads);
    }

    @Test
    void theBrokenFileIsReportedWithItsLineAndNothingElseIs() {
        List<RuleProblem> problems = extended.problems();
        assertEquals(1, problems.size(), () -> "expected one problem: " + problems);
        RuleProblem located = problems.get(0);
        assertEquals("extra/broken.drl", located.file(), () -> located.toString());
        assertEquals(6, located.line(), () -> located.toString());
        // at the parenthesis too many, in one line without the parser's own "[ERR 102] Line 6:42" (kept as the detail)
        String line = BROKEN.split("\n")[5];
        assertEquals(line.lastIndexOf(')') + 1, located.column(), () -> located.toString());
        assertTrue(located.message().contains("')'") && !located.message().contains("\n") && !located.message().contains("[ERR"),
                located.message());
        assertTrue(located.detail() != null && located.detail().contains("Line 6:"), () -> String.valueOf(located.detail()));
    }

    /** A rule of {@code GOOD} with {@code from} replaced by {@code to}; its one problem. */
    private static RuleProblem problemOf(String from, String to) {
        String drl = GOOD.replace(from, to);
        assertTrue(!drl.equals(GOOD), from);
        RuleCatalog catalog = RuleCatalog.withShipped(List.of(new RuleSource("extra/x.drl", drl)), RuleCatalog.shippedMessages());
        assertEquals(1, catalog.problems().size(), () -> catalog.problems().toString());
        assertEquals(20, catalog.rules().size(), "the file is left out, the shipped rules work");
        return catalog.problems().get(0);
    }

    @Test
    void anUnknownFieldIsOneLineAtTheFieldWithMvelsAnalysisAsTheDetail() {
        RuleProblem problem = problemOf("sector == \"printing\"", "sectr == \"printing\"");
        assertEquals("extra/x.drl:8:20: error: `sectr == \"printing\"`: Standard has no field or method 'sectr'", problem.format());
        assertTrue(problem.detail().contains("[Error: unable to resolve method using strict-mode"), problem::toString);
    }

    @Test
    void aParenthesisLeftOpenIsReportedWhereItOpensNotAtTheNextKeyword() {
        RuleProblem problem = problemOf("    $s : Standard( sector == \"printing\" )", "    $s : Standard( sector == \"printing\"");
        assertEquals(8, problem.line(), problem::toString);
        assertEquals("    $s : Standard(".length(), problem.column(), problem::toString);
        assertTrue(problem.message().startsWith("this '(' is not closed before 'then'"), problem::toString);
    }

    @Test
    void aMistakeInTheConsequenceIsAtItsIdentifier() {
        RuleProblem problem = problemOf("reporter.report(kcontext, $s)", "reporter.reportt(kcontext, $s)");
        assertEquals(10, problem.line(), problem::toString);
        assertEquals("    insertLogical( reporter.".length() + 1, problem.column(), problem::toString);
        assertTrue(problem.message().startsWith("in the consequence: ") && problem.message().contains("reportt"), problem::toString);
    }

    @Test
    void aReportingRuleWithoutAMessageTemplateIsAWarningAtItsId() throws IOException {
        RuleCatalog catalog = RuleCatalog.withShipped(List.of(new RuleSource("extra/good.drl", GOOD)), RuleCatalog.shippedMessages());
        assertEquals(List.of("extra/good.drl:6:5: warning: rule \"Every printing standard is reported\" has no message template X-TEST in a "
                + "messages.properties beside its DRL file: its findings say the rule's name; add X-TEST=... (and X-TEST to "
                + "messages_zh.properties)"), catalog.warnings().stream().map(RuleProblem::format).toList());
        MessageCatalog messages = RuleCatalog.shippedMessages();
        Path folder = Files.createTempDirectory("chaxu-messages");
        Files.writeString(folder.resolve("messages.properties"), "X-TEST={0} is a printing standard.\n");
        messages.addFolder(folder);
        assertEquals(List.of(), RuleCatalog.withShipped(List.of(new RuleSource("extra/good.drl", GOOD)), messages).warnings());
    }

    @Test
    void anUnknownTypeIsReportedOnItsLineToo() {
        RuleCatalog catalog = RuleCatalog.withShipped(
                List.of(new RuleSource("extra/typo.drl", BROKEN.replace("Standard( sector == \"printing\" ) )",
                        "Standrd( sector == \"printing\" )"))),
                RuleCatalog.shippedMessages());
        assertEquals(1, catalog.problems().size(), () -> catalog.problems().toString());
        RuleProblem problem = catalog.problems().get(0);
        assertEquals("extra/typo.drl", problem.file());
        assertEquals(6, problem.line());
        assertTrue(problem.message().contains("Standrd"), problem.message());
        assertEquals(20, catalog.rules().size());
    }

    /** A rule file as a rule author might write it, with {@code body} in place of the good rule's metadata line. */
    static String withMetadata(String metadata) {
        return GOOD.replace("    @id(\"X-TEST\") @severity(\"WARNING\") @principle(\"test-principle\") @source(\"RuleCompilationTest\")",
                metadata);
    }

    @Test
    void anUnknownSeverityIsAnErrorAtItsColumnNamingTheAllowedValues() {
        RuleCatalog catalog = RuleCatalog.withShipped(List.of(new RuleSource("extra/fatal.drl",
                withMetadata("    @id(\"X-TEST\") @severity(\"FATAL\")"))), RuleCatalog.shippedMessages());
        assertEquals(List.of("extra/fatal.drl:6:19: error: @severity(\"FATAL\"): unknown severity; use ERROR, WARNING or INFO"),
                catalog.problems().stream().map(RuleProblem::format).toList());
        assertEquals(20, catalog.rules().size(), "the file is left out, the shipped rules work");
        assertEquals(List.of("extra/fatal.drl:6:19: error: @severity(\"FATAL\")：未知的严重程度；请用 ERROR、WARNING 或 INFO"),
                catalog.problems().stream().map(p -> p.format(Locale.CHINESE)).toList(), "in the reader's language");
    }

    @Test
    void anIdThatIsNotOfTheFormAbcNameIsAnError() {
        RuleCatalog catalog = RuleCatalog.withShipped(List.of(new RuleSource("extra/id.drl",
                withMetadata("    @id(\"water looser\") @severity(\"ERROR\")"))), RuleCatalog.shippedMessages());
        assertEquals(1, catalog.problems().size(), () -> catalog.problems().toString());
        assertTrue(catalog.problems().get(0).format().startsWith("extra/id.drl:6:5: error: @id(\"water looser\"): a rule id is"),
                catalog.problems().get(0).format());
    }

    @Test
    void aReportingRuleWithoutIdOrSeverityIsAWarningAndStillWorks() {
        RuleCatalog noId = RuleCatalog.withShipped(List.of(new RuleSource("extra/noid.drl", withMetadata("    @principle(\"p\")"))),
                RuleCatalog.shippedMessages());
        assertEquals(List.of(), noId.problems());
        assertEquals(List.of("extra/noid.drl:5:1: warning: rule \"Every printing standard is reported\" reports findings but has no "
                + "@id: its findings carry the rule's name; add @id(\"ABC-NAME\")"), noId.warnings().stream().map(RuleProblem::format).toList());
        RuleCatalog noSeverity = RuleCatalog.withShipped(List.of(new RuleSource("extra/nosev.drl", withMetadata("    @id(\"X-TEST\")"))),
                RuleCatalog.shippedMessages());
        List<RuleProblem> severityWarnings = noSeverity.warnings().stream().filter(w -> !"lint.noMessage".equals(w.key())).toList();
        assertEquals(1, severityWarnings.size(), () -> noSeverity.warnings().toString());
        assertTrue(severityWarnings.get(0).message().contains("no @severity: WARNING is assumed"), noSeverity.warnings()::toString);
        assertEquals(21, noSeverity.rules().size());
    }

    @Test
    void aRuleIdDeclaredInAnotherFileIsAnErrorNamingTheFirst() {
        RuleCatalog catalog = RuleCatalog.withShipped(List.of(new RuleSource("extra/dup.drl",
                withMetadata("    @id(\"BASE-LOOSER\") @severity(\"ERROR\")"))), RuleCatalog.shippedMessages());
        assertEquals(1, catalog.problems().size(), () -> catalog.problems().toString());
        RuleProblem problem = catalog.problems().get(0);
        assertEquals("extra/dup.drl", problem.file());
        assertEquals(6, problem.line());
        assertTrue(problem.message().startsWith("@id(\"BASE-LOOSER\") is already declared in rules/baseline.drl:"), problem.message());
    }

    @Test
    void aRuleNameDeclaredInAnotherFileOfThePackageIsAnErrorOnTheSecondFile() {
        RuleCatalog catalog = RuleCatalog.withShipped(List.of(new RuleSource("extra/first.drl", GOOD),
                new RuleSource("extra/second.drl", GOOD.replace("X-TEST", "X-OTHER"))), RuleCatalog.shippedMessages());
        assertEquals(List.of("extra/second.drl:5:1: error: rule \"Every printing standard is reported\" is already declared in package "
                + "org.chaxu.extra in extra/first.drl:5; rule names are unique in a package (rename it or use another package)"),
                catalog.problems().stream().map(RuleProblem::format).toList());
        assertTrue(catalog.rules().stream().anyMatch(r -> r.id().equals("X-TEST")), "the first file works");
    }

    @Test
    void anEvalComparingTwoBindingsIsAWarningSuggestingAConstraint() {
        String drl = GOOD.replace("    $s : Standard( sector == \"printing\" )",
                "    $u : AdministrativeUnit()\n    $s : Standard( sector == \"printing\", $i : issuer )\n    eval( $i == $u )");
        RuleCatalog catalog = RuleCatalog.withShipped(List.of(new RuleSource("extra/eval.drl", drl)), RuleCatalog.shippedMessages());
        assertEquals(List.of(), catalog.problems());
        List<String> warnings = catalog.warnings().stream().filter(w -> !"lint.noMessage".equals(w.key())).map(RuleProblem::format)
                .toList();
        assertEquals(1, warnings.size(), warnings::toString);
        assertTrue(warnings.get(0).startsWith("extra/eval.drl:10:5: warning: eval($i == $u) compares two bindings in Java"), warnings::toString);
        assertTrue(warnings.get(0).contains("Standard( this == $u )"), warnings::toString);
    }

    @Test
    void theShippedCatalogueHasNoWarnings() {
        assertEquals(List.of(), shipped.warnings());
    }

    @Test
    void theGoodExtraRuleAndTheShippedRulesBothReportOnPrdAir() throws IOException {
        LoadedModel model = new ModelLoader().load(Examples.file("prd-air.chaxu"));
        List<Finding> findings = CheckSession.check(extended, model.resource(), CheckOptions.DEFAULT);
        List<String> lines = Examples.lines(findings);
        List<String> extra = lines.stream().filter(l -> l.startsWith("X-TEST ")).toList();
        assertEquals(List.of("X-TEST WARNING gd-voc-printing", "X-TEST WARNING zhongshan-voc-printing",
                "X-TEST WARNING zzj-voc-printing"), extra);
        List<String> shippedLines = new ArrayList<>(lines);
        shippedLines.removeAll(extra);
        assertEquals(Examples.expected("prd-air.chaxu"), shippedLines);
        assertTrue(shippedLines.contains("BASE-LOOSER ERROR foshan-voc-furniture"));
        Finding x = findings.stream().filter(f -> f.getRuleId().equals("X-TEST")).findFirst().orElseThrow();
        // no message template for X-TEST: the rule's name is the message
        assertEquals("Every printing standard is reported", x.getMessage());
        assertEquals(List.of(), x.getRelated());
    }

    @Test
    void rulesListsTheExtraRuleWithItsMetadata() {
        RuleInfo x = extended.rules().stream().filter(r -> r.id().equals("X-TEST")).findFirst()
                .orElseThrow(() -> new AssertionError("X-TEST not listed: " + extended.rules()));
        assertEquals(new RuleInfo("X-TEST", Severity.WARNING, "test-principle", "Every printing standard is reported",
                "RuleCompilationTest", "extra/good.drl"), x);
        assertEquals(21, extended.rules().size());
        assertTrue(extended.rules().stream().noneMatch(r -> r.name().equals("Broken on purpose")));
    }

    /** id → severity and principle, as the DRL files declare them. */
    static final Map<String, String> SHIPPED = new LinkedHashMap<>();
    static {
        SHIPPED.put("ARR-COORDINATOR", "WARNING structure");
        SHIPPED.put("ARR-HIERARCHY", "ERROR structure");
        SHIPPED.put("ARR-SUBSET", "ERROR structure");
        SHIPPED.put("BASE-CIRCLE", "ERROR no-looser");
        SHIPPED.put("BASE-CONFLICT", "ERROR no-looser");
        SHIPPED.put("BASE-FIXED-ACTION", "ERROR no-looser");
        SHIPPED.put("BASE-LOOSER", "ERROR no-looser");
        SHIPPED.put("BASE-RAISED", "INFO no-looser");
        SHIPPED.put("BASE-SCHEDULE", "ERROR no-looser");
        SHIPPED.put("BASE-UNITS", "ERROR no-looser");
        SHIPPED.put("ESC-NO-EXIT", "WARNING help-them-help-themselves");
        SHIPPED.put("ESC-NOT-SUPERIOR", "ERROR one-level-at-a-time");
        SHIPPED.put("ESC-ORDER", "ERROR one-level-at-a-time");
        SHIPPED.put("ESC-OVERSTAY", "WARNING help-them-help-themselves");
        SHIPPED.put("ESC-SKIP", "ERROR one-level-at-a-time");
        SHIPPED.put("ESC-SUGGEST", "INFO one-level-at-a-time");
        SHIPPED.put("ESC-UNNECESSARY", "WARNING only-when-necessary");
        SHIPPED.put("RESP-INCOMPLETE", "WARNING responsibility");
        SHIPPED.put("RESP-OVERDUE", "ERROR responsibility");
        SHIPPED.put("RESP-UNASSIGNED", "WARNING responsibility");
    }

    @Test
    void theShippedCatalogueListsExactly20IdsInIdOrderWithTheirSeveritiesAndPrinciples() throws IOException {
        // the sources are cited by the keys docs/domain.md defines as "- **[key]** title ..."
        List<String> citationKeys = new ArrayList<>();
        Matcher definition = Pattern.compile("(?m)^- \\*\\*\\[([a-z-]+)\\]\\*\\*")
                .matcher(Files.readString(Examples.root().resolve("docs/domain.md")));
        while (definition.find()) {
            citationKeys.add(definition.group(1));
        }
        assertEquals(List.of("prd-collaboration", "vertical-intervention"), citationKeys);
        assertTrue(shipped.problems().isEmpty(), () -> shipped.problems().toString());
        Map<String, String> actual = new LinkedHashMap<>();
        for (RuleInfo rule : shipped.rules()) {
            assertEquals(null, actual.put(rule.id(), rule.severity() + " " + rule.principle()), "id listed twice");
            assertTrue(rule.file().matches("rules/(baseline|escalation|structure)\\.drl"), () -> rule.toString());
            String key = rule.source().split(":", 2)[0];
            assertTrue(key.equals("Chaxu") || citationKeys.contains(key),
                    () -> rule + ": its @source starts with neither a citation key of docs/domain.md " + citationKeys
                            + " nor 'Chaxu:'");
            assertFalse(rule.name().isBlank());
        }
        assertEquals(SHIPPED, actual); // also the order: rules() is in id order
        assertEquals(20, shipped.rules().size());
    }

    @Test
    void theDeclaredSeveritiesAreThoseOfRulesSemantics() throws IOException {
        Map<String, String> documented = new TreeMap<>();
        Pattern row = Pattern.compile("^\\| ([A-Z]+-[A-Z-]+) \\| (ERROR|WARNING|INFO) \\|");
        for (String line : Files.readAllLines(Examples.dir().resolve("RULES-SEMANTICS.md"))) {
            Matcher m = row.matcher(line);
            if (m.find()) {
                documented.put(m.group(1), m.group(2));
            }
        }
        Map<String, String> declared = new TreeMap<>();
        shipped.rules().forEach(r -> declared.put(r.id(), r.severity().name()));
        assertEquals(20, documented.size(), () -> "documented: " + documented);
        assertEquals(documented, declared);
    }

    @Test
    void theRuleFileOfEachRuleIsTheOneDeclaringIt() {
        Map<String, String> files = new TreeMap<>();
        shipped.rules().forEach(r -> files.put(r.id(), r.file()));
        assertEquals("rules/baseline.drl", files.get("BASE-LOOSER"));
        assertEquals("rules/escalation.drl", files.get("ESC-SKIP"));
        assertEquals("rules/structure.drl", files.get("RESP-OVERDUE"));
    }
}
