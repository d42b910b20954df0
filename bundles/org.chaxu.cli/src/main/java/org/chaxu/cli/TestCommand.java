// SPDX-License-Identifier: EPL-2.0
package org.chaxu.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import org.chaxu.engine.Expected;
import org.chaxu.engine.Labels;
import org.chaxu.engine.ProjectSettings;
import org.chaxu.engine.RuleCatalog;
import org.chaxu.engine.RuleInfo;
import org.chaxu.engine.RuleSource;
import org.chaxu.engine.RuleTests;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code chaxu test [--rules DIR] TESTDIR...}: golden tests for rule authors. Every {@code .chaxu}
 * model below the folders is checked with the shipped rules plus {@code --rules} (as the rules
 * declare themselves: no project settings) and compared with its {@code .expected} file; each case
 * passes or fails with its missing and extra findings. {@code --coverage} tells which rules under
 * test fired across the cases and which never did. Exit 0 when every case passes (and the coverage
 * is at least {@code --min-coverage}), 1 otherwise, 2 on bad input.
 */
@Command(name = "test", mixinStandardHelpOptions = true,
        description = "Runs every .chaxu model below TESTDIR against its .expected file (RULE-ID SEVERITY element-id per line); "
                + "the models of one folder are one project, and a folder X with X.expected beside it is one case of all its models' findings.")
final class TestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--rules", paramLabel = "DIR|FILE",
            description = "The DRL files under test (repeatable), compiled with the shipped catalogue; coverage counts their rules.")
    List<Path> rules = new ArrayList<>();

    @Option(names = "--coverage", description = "Report which rules under test fired across the cases and which never did.")
    boolean coverage;

    @Option(names = "--min-coverage", paramLabel = "N",
            description = "Fail when fewer than N %% of the rules under test fired in some case (implies --coverage).")
    Double minCoverage;

    @Option(names = "--mutants", description = "Mutation testing: change each rule under test as a reviewer would fear a mistake "
            + "(a comparison off by one, a condition dropped, not/exists inverted, a number moved by one, the rule deleted), "
            + "run the cases against each change, and list every change no case noticed.")
    boolean mutants;

    @Option(names = "--mutate", paramLabel = "RULE-ID",
            description = "Mutate only this rule (repeatable; a rule without an id by its name); implies --mutants.")
    List<String> mutate = new ArrayList<>();

    @Option(names = "--min-score", paramLabel = "N",
            description = "Fail when fewer than N %% of the counted mutants are killed (implies --mutants).")
    Double minScore;

    @Option(names = "--verbose", description = "With a rule file's error, also print the compiler's whole text under the one-line message.")
    boolean verbose;

    @Option(names = "--lang", paramLabel = "LANG",
            description = "Output language: ${COMPLETION-CANDIDATES} (default: the locale's, else en).")
    RuleOptions.Language lang;

    @Parameters(arity = "1..*", paramLabel = "TESTDIR", description = "Folders (or model files) with X.chaxu and X.expected.")
    List<Path> tests;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (minCoverage != null && (minCoverage < 0 || minCoverage > 100)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--min-coverage: " + minCoverage
                    + " is not a percentage (0 to 100)");
        }
        if (minScore != null && (minScore < 0 || minScore > 100)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--min-score: " + minScore
                    + " is not a percentage (0 to 100)");
        }
        Locale locale = lang != null ? lang.locale
                : "zh".equals(Locale.getDefault().getLanguage()) ? Locale.CHINESE : Locale.ENGLISH;
        RuleCatalog catalog = RuleOptions.compile(ProjectSettings.none(Path.of("")), rules, err, locale, verbose);
        if (catalog == null) {
            err.println("chaxu: " + Labels.word("report.rulesBroken", locale));
            return Main.BAD_INPUT;
        }
        RuleTests.Result result = RuleTests.run(catalog, tests, underTest(catalog), locale);
        if (result.cases().isEmpty()) {
            err.println("chaxu: " + Labels.format("test.noModel", locale, tests.toString()));
            return Main.BAD_INPUT;
        }
        for (RuleTests.Case c : result.cases()) {
            String model = c.model().toString().replace('\\', '/');
            if (c.passed()) {
                out.println(Labels.format("test.pass", locale, model, c.actual().size()));
                continue;
            }
            out.println(c.problem() != null ? Labels.format("test.failBecause", locale, model, c.problem())
                    : Labels.format("test.fail", locale, model));
            if (c.problem() == null) {
                Expected.Difference d = c.difference();
                d.missing().forEach(line -> out.println(Labels.format("test.missing", locale, line)));
                d.extra().forEach(line -> out.println(Labels.format("test.extra", locale, line)));
            }
        }
        long failed = result.failures();
        out.println(Labels.format("test.summary", locale, result.cases().size(), String.valueOf(result.cases().size() - failed),
                String.valueOf(failed)));
        boolean covered = true;
        if (coverage || minCoverage != null) {
            covered = printCoverage(result, out, locale);
        }
        boolean scored = true;
        if (mutants || minScore != null || !mutate.isEmpty()) {
            if (failed > 0) {
                out.println(Labels.word("mutants.needsPassing", locale));
                out.flush();
                return Main.FINDINGS;
            }
            scored = new MutantsReport(out, locale, minScore).run(catalog, filesUnderTest(catalog),
                    mutate.isEmpty() ? null : new HashSet<>(mutate), tests);
        }
        out.flush();
        return failed > 0 || !covered || !scored ? Main.FINDINGS : Main.OK;
    }

    /** The ids of the rules in the {@code --rules} files; null (every rule) when none are given. */
    private Set<String> underTest(RuleCatalog catalog) throws IOException {
        if (rules.isEmpty()) {
            return null;
        }
        Set<String> files = filesUnderTest(catalog);
        Set<String> ids = new HashSet<>();
        for (RuleInfo rule : catalog.rules()) {
            if (files.contains(rule.file())) {
                ids.add(rule.id());
            }
        }
        return ids;
    }

    /** The DRL files under test as the catalogue names them: those of {@code --rules}, else the shipped ones. */
    private Set<String> filesUnderTest(RuleCatalog catalog) throws IOException {
        Set<String> files = new java.util.LinkedHashSet<>();
        if (rules.isEmpty()) {
            RuleSource.shipped().forEach(source -> files.add(source.file()));
            return files;
        }
        for (Path path : rules) {
            if (Files.exists(path)) {
                RuleSource.load(path).forEach(source -> files.add(source.file()));
            }
        }
        return files;
    }

    /** Prints the coverage; false when it is below {@code --min-coverage}. */
    private boolean printCoverage(RuleTests.Result result, PrintWriter out, Locale locale) {
        String scope = Labels.word(rules.isEmpty() ? "test.scope.catalogue" : "test.scope.underTest", locale);
        String percent = String.format(Locale.ROOT, "%.1f", result.coveragePercent());
        out.println(Labels.format("test.coverage", locale, String.valueOf(result.fired().size()), String.valueOf(result.coverage().size()),
                scope, percent));
        for (Map.Entry<String, Integer> rule : result.coverage().entrySet()) {
            int cases = rule.getValue();
            out.printf(Locale.ROOT, "  %-20s %s%n", rule.getKey(),
                    cases == 0 ? Labels.word("test.neverFired", locale) : Labels.format("test.firedIn", locale, cases));
        }
        if (minCoverage != null && result.coveragePercent() < minCoverage) {
            out.println(Labels.format("test.belowMinimum", locale, percent,
                    minCoverage % 1 == 0 ? String.valueOf(minCoverage.intValue()) : String.valueOf(minCoverage),
                    String.join(Labels.word("list.separator", locale), result.neverFired())));
            return false;
        }
        return true;
    }
}
