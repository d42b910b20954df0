// SPDX-License-Identifier: EPL-2.0
package org.chaxu.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's "Write your first rule", done as a stranger would with the command line alone: a
 * new rule in a fresh folder, golden cases beside it, {@code chaxu test --coverage} until it
 * passes, then the rule enforced by {@code chaxu check} — with {@code --rules} and through the
 * project's settings file.
 */
class FirstRuleTest {

    static final String RULE = """
            package org.example.rules;

            import org.chaxu.governance.*;

            global org.chaxu.engine.Reporter reporter;

            rule "A binding standard that does not say when its source was issued"
                @id("LOCAL-SOURCE-DATE") @severity("WARNING") @principle("traceability")
                @source("our review guideline, section 2")
            when
                $s : Standard( binding == true, sourceDate == null )
            then
                insertLogical( reporter.report(kcontext, $s) );
            end
            """;

    @TempDir
    Path project;

    @Test
    void aNewRuleIsTestedWithCoverageAndEnforcedByCheck() throws Exception {
        Path rules = Files.createDirectories(project.resolve("my-rules"));
        Files.writeString(rules.resolve("source-date.drl"), RULE);
        Files.writeString(rules.resolve("messages.properties"),
                "LOCAL-SOURCE-DATE={0} binds the units below it but does not say when its source was issued.\n");
        Path tests = Files.createDirectories(project.resolve("my-rules-tests"));
        String clean = Files.readString(Chaxu.root().resolve("examples/clean-region/clean-region.chaxu"), StandardCharsets.UTF_8);
        Files.writeString(tests.resolve("clean.chaxu"), clean);
        Files.writeString(tests.resolve("clean.expected"), "# nothing to report\n");
        String undated = clean.replace("deadline=\"2019-12-31\" binding=\"true\" source=\"Provincial clean air plan (illustrative)\" "
                + "sourceDate=\"2016-01-01\"", "deadline=\"2019-12-31\" binding=\"true\" source=\"Provincial clean air plan (illustrative)\"");
        assertTrue(!undated.equals(clean));
        Path undatedModel = Files.writeString(tests.resolve("undated.chaxu"), undated);

        // a first, wrong guess at the golden file: the test says what is missing and what is extra
        Files.writeString(tests.resolve("undated.expected"), "LOCAL-SOURCE-DATE ERROR province-boiler-deadline\n");
        Chaxu.Result failing = Chaxu.run("test", "--rules", rules.toString(), "--coverage", tests.toString());
        assertEquals(1, failing.exit(), failing::toString);
        assertTrue(failing.out().contains("PASS " + tests.resolve("clean.chaxu") + " (0 findings)\n"), failing::toString);
        assertTrue(failing.out().contains("FAIL " + undatedModel + "\n    missing: LOCAL-SOURCE-DATE ERROR province-boiler-deadline\n"
                + "    extra:   LOCAL-SOURCE-DATE WARNING province-boiler-deadline\n"), failing::toString);
        assertTrue(failing.out().contains("2 cases: 1 passed, 1 failed\n"), failing::toString);

        Files.writeString(tests.resolve("undated.expected"), "LOCAL-SOURCE-DATE WARNING province-boiler-deadline\n");
        Chaxu.Result passing = Chaxu.run("test", "--rules", rules.toString(), "--coverage", "--min-coverage", "100", tests.toString());
        assertEquals(0, passing.exit(), passing::toString);
        assertTrue(passing.out().contains("PASS " + undatedModel + " (1 finding)\n"), passing::toString);
        assertTrue(passing.out().contains("Coverage: 1 of 1 rules under test fired (100.0 %)\n  LOCAL-SOURCE-DATE    fired in 1 case\n"),
                passing::toString);

        // a second rule without a case: coverage falls to 50 % and --min-coverage fails, naming it
        Files.writeString(rules.resolve("source-text.drl"), RULE.replace("LOCAL-SOURCE-DATE", "LOCAL-SOURCE-TEXT")
                .replace("A binding standard that does not say when", "A binding standard that does not say where")
                .replace("sourceDate == null", "source == null"));
        Chaxu.Result uncovered = Chaxu.run("test", "--rules", rules.toString(), "--min-coverage", "80", tests.toString());
        assertEquals(1, uncovered.exit(), uncovered::toString);
        assertTrue(uncovered.out().contains("Coverage: 1 of 2 rules under test fired (50.0 %)\n"), uncovered::toString);
        assertTrue(uncovered.out().contains("  LOCAL-SOURCE-TEXT    never fired\n"), uncovered::toString);
        assertTrue(uncovered.out().contains("Coverage 50.0 % is below --min-coverage 80 %: add a case in which LOCAL-SOURCE-TEXT fires"),
                uncovered::toString);
        Files.delete(rules.resolve("source-text.drl"));

        // enforced: chaxu check with the rules, failing on warnings
        Chaxu.Result check = Chaxu.run("check", "--rules", rules.toString(), "--fail-on", "warning", undatedModel.toString());
        assertEquals(1, check.exit(), check::toString);
        int line = lineOf(undatedModel, "province-boiler-deadline");
        assertTrue(check.out().contains(undatedModel + ":" + line + ": warning[LOCAL-SOURCE-DATE]: Unified boiler phase-out deadline "
                + "binds the units below it but does not say when its source was issued."), check::toString);
        // and through the project's settings file, without --rules: what Eclipse reads too
        Files.createDirectories(project.resolve(".chaxu"));
        Files.writeString(project.resolve(".chaxu/settings.properties"), "ruleFolders=my-rules\n");
        Chaxu.Result bySettings = Chaxu.run("check", "--fail-on", "warning", undatedModel.toString());
        assertEquals(1, bySettings.exit(), bySettings::toString);
        assertTrue(bySettings.out().contains(undatedModel + ":" + line + ": warning[LOCAL-SOURCE-DATE]"), bySettings::toString);
        assertEquals(0, Chaxu.run("check", "--fail-on", "warning", tests.resolve("clean.chaxu").toString()).exit());
    }

    static final String LIMIT_RULE = """
            package org.example.rules;

            import org.chaxu.governance.*;

            global org.chaxu.engine.Reporter reporter;

            rule "A binding VOC limit above 50 mg/m³"
                @id("LOCAL-VOC-CAP") @severity("WARNING")
            when
                $s : Standard( binding == true, value > 50 )
            then
                insertLogical( reporter.report(kcontext, $s) );
            end
            """;

    static final String LIMIT_MODEL = """
            <?xml version="1.0" encoding="UTF-8"?>
            <chaxu:GovernanceModel xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:chaxu="http://chaxu.org/governance/1.0"
                name="VOC cap" asOf="2020-12-31">
              <units id="province" name="Example Province" level="PROVINCIAL" rank="MINISTERIAL">
                <standards id="province-voc" name="Provincial VOC limit" indicator="voc" value="VALUE" unit="mg/m³" binding="true" source="Provincial VOC standard"/>
                <standards id="province-odour-advice" name="Recommended odour limit" indicator="odour" value="80.0" unit="mg/m³"/>
              </units>
              <indicators id="voc" name="VOC emission limit" unit="mg/m³" direction="UPPER_LIMIT"/>
              <indicators id="odour" name="Odour emission limit" unit="mg/m³" direction="UPPER_LIMIT"/>
            </chaxu:GovernanceModel>
            """;

    private void limitCase(Path tests, String name, String value, boolean reported) throws Exception {
        Files.writeString(tests.resolve(name + ".chaxu"), LIMIT_MODEL.replace("VALUE", value));
        Files.writeString(tests.resolve(name + ".expected"), reported ? "LOCAL-VOC-CAP WARNING province-voc\n" : "");
    }

    /**
     * {@code chaxu test --mutants}: cases on both sides of a limit but none on it let a mistake of
     * one in the limit pass unseen; the run names each such change at its line and column, fails
     * below {@code --min-score}, and passes once the cases sit on the boundary.
     */
    @Test
    void mutantsShowTheBoundaryTheCasesMissAndFailBelowTheMinimumScore() throws Exception {
        Path rules = Files.createDirectories(project.resolve("my-rules"));
        Path drl = Files.writeString(rules.resolve("voc-cap.drl"), LIMIT_RULE);
        Path tests = Files.createDirectories(project.resolve("my-rules-tests"));
        limitCase(tests, "high", "80.0", true);
        limitCase(tests, "low", "20.0", false);

        Chaxu.Result loose = Chaxu.run("test", "--rules", rules.toString(), "--mutants", "--min-score", "100", tests.toString());
        assertEquals(1, loose.exit(), loose::toString);
        String out = loose.out();
        assertTrue(out.contains("2 cases: 2 passed, 0 failed\n"), loose::toString);
        assertTrue(out.contains("Mutants: 7 in 1 rule: 4 killed, 3 survived, 0 equivalent, 0 stillborn (the last two not counted)\n"),
                loose::toString);
        assertTrue(out.contains("   57.1 %  killed 4 of 7    LOCAL-VOC-CAP\n"), loose::toString);
        assertTrue(out.contains("Survived (no case noticed the change: add a case on the boundary it moves):\n"
                + "  " + drl + ":10:43  LOCAL-VOC-CAP  boundary  `value > 50` \u2192 `value >= 50`\n"
                + "  " + drl + ":10:45  LOCAL-VOC-CAP  constant  `value > 50` \u2192 `value > 49`\n"
                + "  " + drl + ":10:45  LOCAL-VOC-CAP  constant  `value > 50` \u2192 `value > 51`\n"), loose::toString);
        assertTrue(out.matches("(?s).*Mutation score: 57\\.1 % \\(4 of 7 killed\\); took \\d+\\.\\d s\n"
                + "Mutation score 57\\.1 % is below --min-score 100 %\n"), loose::toString);
        // the same run in Chinese
        Chaxu.Result zh = Chaxu.run("test", "--lang", "zh", "--rules", rules.toString(), "--mutate", "LOCAL-VOC-CAP", tests.toString());
        assertEquals(0, zh.exit(), zh::toString);
        assertTrue(zh.out().contains("变异体：1 条规则共 7 个：4 个被发现，3 个存活，0 个等价，0 个无法编译（后两类不计分）\n"), zh::toString);
        assertTrue(zh.out().contains("存活（没有用例察觉这一改动：请在它移动的边界上添加用例）：\n"), zh::toString);

        // a limit of exactly 50 is not above it, one of 51 is: the boundary is pinned down
        limitCase(tests, "at-the-limit", "50.0", false);
        limitCase(tests, "just-above", "51.0", true);
        Chaxu.Result tight = Chaxu.run("test", "--rules", rules.toString(), "--mutants", "--min-score", "100", tests.toString());
        assertEquals(0, tight.exit(), tight::toString);
        assertTrue(tight.out().contains("Mutants: 7 in 1 rule: 7 killed, 0 survived"), tight::toString);
        assertFalse(tight.out().contains("Survived"), tight::toString);

        // mutation testing starts from cases that pass
        Files.writeString(tests.resolve("just-above.expected"), "");
        Chaxu.Result failing = Chaxu.run("test", "--rules", rules.toString(), "--mutants", tests.toString());
        assertEquals(1, failing.exit(), failing::toString);
        assertTrue(failing.out().contains("Mutation testing needs every case to pass first: fix the failing cases above\n"), failing::toString);
        assertFalse(failing.out().contains("Mutants:"), failing::toString);
        assertEquals(2, Chaxu.run("test", "--rules", rules.toString(), "--min-score", "101", tests.toString()).exit());
    }

    @Test
    void chaxuTestSpeaksChineseWithLangZh() throws Exception {
        Path rules = Files.createDirectories(project.resolve("my-rules"));
        Files.writeString(rules.resolve("source-date.drl"), RULE);
        Path tests = Files.createDirectories(project.resolve("my-rules-tests"));
        String clean = Files.readString(Chaxu.root().resolve("examples/clean-region/clean-region.chaxu"), StandardCharsets.UTF_8);
        Files.writeString(tests.resolve("clean.chaxu"), clean);
        Files.writeString(tests.resolve("clean.expected"), "");
        Path undatedModel = Files.writeString(tests.resolve("undated.chaxu"), clean.replace("deadline=\"2019-12-31\" binding=\"true\" "
                + "source=\"Provincial clean air plan (illustrative)\" sourceDate=\"2016-01-01\"",
                "deadline=\"2019-12-31\" binding=\"true\" source=\"Provincial clean air plan (illustrative)\""));
        Files.writeString(tests.resolve("undated.expected"), "LOCAL-SOURCE-DATE ERROR province-boiler-deadline\n");
        Path lonely = Files.writeString(tests.resolve("lonely.chaxu"), clean);

        Chaxu.Result zh = Chaxu.run("test", "--lang", "zh", "--rules", rules.toString(), "--coverage", tests.toString());
        assertEquals(1, zh.exit(), zh::toString);
        assertTrue(zh.out().contains("通过 " + tests.resolve("clean.chaxu") + "（0 条发现）\n"), zh::toString);
        assertTrue(zh.out().contains("未通过 " + undatedModel + "\n    缺少：LOCAL-SOURCE-DATE ERROR province-boiler-deadline\n"
                + "    多出：LOCAL-SOURCE-DATE WARNING province-boiler-deadline\n"), zh::toString);
        assertTrue(zh.out().contains("未通过 " + lonely + "：旁边没有 lonely.expected（"), zh::toString);
        assertTrue(zh.out().contains("3 个用例：1 个通过，2 个未通过\n"), zh::toString);
        assertTrue(zh.out().contains("覆盖率：受测规则共 1 条，其中 1 条已触发（100.0 %）\n  LOCAL-SOURCE-DATE    在 1 个用例中触发\n"),
                zh::toString);
        assertFalse(zh.out().contains("PASS") || zh.out().contains("FAIL") || zh.out().contains("missing"), zh::toString);

        // the same run in English, as before
        Chaxu.Result en = Chaxu.run("test", "--lang", "en", "--rules", rules.toString(), tests.toString());
        assertTrue(en.out().contains("FAIL " + lonely + ": no lonely.expected beside it"), en::toString);
        assertTrue(en.out().contains("3 cases: 1 passed, 2 failed\n"), en::toString);

        // a rule file's mistake in Chinese too
        Files.writeString(rules.resolve("source-date.drl"), RULE.replace("@severity(\"WARNING\")", "@severity(\"FATAL\")"));
        Chaxu.Result refused = Chaxu.run("test", "--lang", "zh", "--rules", rules.toString(), tests.toString());
        assertEquals(2, refused.exit(), refused::toString);
        assertTrue(refused.err().contains(rules.resolve("source-date.drl") + ":8:30: error: @severity(\"FATAL\")：未知的严重程度；"
                + "请用 ERROR、WARNING 或 INFO"), refused::toString);
        assertTrue(refused.err().contains("chaxu: 规则无法编译；未进行任何检查"), refused::toString);
    }

    @Test
    void aRuleWithAnUnknownSeverityIsRefusedAtItsLineAndColumnWithTheAllowedValues() throws Exception {
        Path rules = Files.createDirectories(project.resolve("my-rules"));
        Files.writeString(rules.resolve("fatal.drl"), RULE.replace("@severity(\"WARNING\")", "@severity(\"FATAL\")"));
        Chaxu.Result r = Chaxu.run("test", "--rules", rules.toString(), Chaxu.root().resolve("examples").toString());
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().contains(rules.resolve("fatal.drl") + ":8:30: error: @severity(\"FATAL\"): unknown severity; use ERROR, "
                + "WARNING or INFO"), r::toString);
    }

    /**
     * Drools' own errors in one line at the place of the mistake: an unknown field at the field, a
     * parenthesis left open where it opens (not at the next keyword), a consequence's mistake at
     * its identifier; {@code --verbose} adds the compiler's whole text; a rule without a message
     * template is a warning at its {@code @id}.
     */
    @Test
    void drlMistakesAreOneLineAtTheirPlaceAndVerboseAddsTheCompilersText() throws Exception {
        Path rules = Files.createDirectories(project.resolve("my-rules"));
        Path drl = rules.resolve("source-date.drl");
        Path model = Chaxu.root().resolve("examples/clean-region/clean-region.chaxu");

        Files.writeString(drl, RULE.replace("sourceDate == null", "sourceDat == null"));
        Chaxu.Result field = Chaxu.run("check", "--rules", rules.toString(), model.toString());
        assertEquals(2, field.exit(), field::toString);
        assertTrue(field.err().contains(drl + ":11:37: error: `sourceDat == null`: Standard has no field or method 'sourceDat'\n"),
                field::toString);
        assertFalse(field.err().contains("[Error:") || field.err().contains("[Near"), field::toString);
        Chaxu.Result verbose = Chaxu.run("check", "--verbose", "--rules", rules.toString(), model.toString());
        assertTrue(verbose.err().contains("`sourceDat == null`: Standard has no field or method 'sourceDat'\n    Unable to Analyse Expression"),
                verbose::toString);

        Files.writeString(drl, RULE.replace("sourceDate == null )", "sourceDate == null"));
        Chaxu.Result open = Chaxu.run("test", "--rules", rules.toString(), Chaxu.root().resolve("examples/clean-region").toString());
        assertEquals(2, open.exit(), open::toString);
        assertTrue(open.err().contains(drl + ":11:18: error: this '(' is not closed before 'then'"), open::toString);

        Files.writeString(drl, RULE.replace("reporter.report(", "reporter.reportt("));
        Chaxu.Result consequence = Chaxu.run("check", "--rules", rules.toString(), model.toString());
        assertTrue(consequence.err().contains(drl + ":13:29: error: in the consequence: The method reportt("), consequence::toString);

        // a good rule without its message template: a warning at @id, and the check runs
        Files.writeString(drl, RULE);
        Chaxu.Result untemplated = Chaxu.run("check", "--rules", rules.toString(), model.toString());
        assertEquals(0, untemplated.exit(), untemplated::toString);
        assertTrue(untemplated.err().contains(drl + ":8:5: warning: rule \"A binding standard that does not say when its source was issued\" "
                + "has no message template LOCAL-SOURCE-DATE in a messages.properties beside its DRL file"), untemplated::toString);
        Files.writeString(rules.resolve("messages.properties"), "LOCAL-SOURCE-DATE={0} does not say when its source was issued.\n");
        assertFalse(Chaxu.run("check", "--rules", rules.toString(), model.toString()).err().contains("message template"));
    }

    static int lineOf(Path model, String id) throws Exception {
        var lines = Files.readAllLines(model, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("id=\"" + id + "\"")) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException(id);
    }
}
