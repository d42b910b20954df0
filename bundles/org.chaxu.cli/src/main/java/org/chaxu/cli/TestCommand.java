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
        description = "Runs every .chaxu model below TESTDIR against its .expected file (RULE-ID SEVERITY element-id per line).")
final class TestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--rules", paramLabel = "DIR|FILE",
            description = "The DRL files under test (repeatable), compiled with the shipped catalogue; coverage counts their rules.")
    List<Path> rules = new ArrayList<>();

    @Option(names = "--coverage", description = "Report which rules under test fired across the cases and which never did.")
    boolean coverage;

    @Option(names = "--min-coverage", paramLabel = "N",
            description = "Fail when fewer than N % of the rules under test fired in some case (implies --coverage).")
    Double minCoverage;

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
        RuleCatalog catalog = RuleOptions.compile(ProjectSettings.none(Path.of("")), rules, err);
        if (catalog == null) {
            err.println("chaxu: " + org.chaxu.engine.Labels.word("report.rulesBroken", Locale.ENGLISH));
            return Main.BAD_INPUT;
        }
        RuleTests.Result result = RuleTests.run(catalog, tests, underTest(catalog));
        if (result.cases().isEmpty()) {
            err.println("chaxu: no .chaxu model in " + tests);
            return Main.BAD_INPUT;
        }
        for (RuleTests.Case c : result.cases()) {
            String model = c.model().toString().replace('\\', '/');
            if (c.passed()) {
                out.println("PASS " + model + " (" + c.actual().size() + " finding" + (c.actual().size() == 1 ? "" : "s") + ")");
                continue;
            }
            out.println("FAIL " + model + (c.problem() != null ? ": " + c.problem() : ""));
            if (c.problem() == null) {
                Expected.Difference d = c.difference();
                d.missing().forEach(line -> out.println("    missing: " + line));
                d.extra().forEach(line -> out.println("    extra:   " + line));
            }
        }
        long failed = result.failures();
        out.println(result.cases().size() + " case" + (result.cases().size() == 1 ? "" : "s") + ": "
                + (result.cases().size() - failed) + " passed, " + failed + " failed");
        boolean covered = true;
        if (coverage || minCoverage != null) {
            covered = printCoverage(result, out);
        }
        out.flush();
        return failed > 0 || !covered ? Main.FINDINGS : Main.OK;
    }

    /** The ids of the rules in the {@code --rules} files; null (every rule) when none are given. */
    private Set<String> underTest(RuleCatalog catalog) throws IOException {
        if (rules.isEmpty()) {
            return null;
        }
        Set<String> files = new HashSet<>();
        for (Path path : rules) {
            if (Files.exists(path)) {
                RuleSource.load(path).forEach(source -> files.add(source.file()));
            }
        }
        Set<String> ids = new HashSet<>();
        for (RuleInfo rule : catalog.rules()) {
            if (files.contains(rule.file())) {
                ids.add(rule.id());
            }
        }
        return ids;
    }

    /** Prints the coverage; false when it is below {@code --min-coverage}. */
    private boolean printCoverage(RuleTests.Result result, PrintWriter out) {
        String scope = rules.isEmpty() ? "rules of the catalogue" : "rules under test";
        out.printf(Locale.ROOT, "Coverage: %d of %d %s fired (%.1f %%)%n", result.fired().size(), result.coverage().size(), scope,
                result.coveragePercent());
        for (Map.Entry<String, Integer> rule : result.coverage().entrySet()) {
            int cases = rule.getValue();
            out.printf(Locale.ROOT, "  %-20s %s%n", rule.getKey(),
                    cases == 0 ? "never fired" : "fired in " + cases + " case" + (cases == 1 ? "" : "s"));
        }
        if (minCoverage != null && result.coveragePercent() < minCoverage) {
            out.printf(Locale.ROOT, "Coverage %.1f %% is below --min-coverage %s %%: add a case in which %s fires%n",
                    result.coveragePercent(), minCoverage % 1 == 0 ? String.valueOf(minCoverage.intValue()) : minCoverage,
                    String.join(", ", result.neverFired()));
            return false;
        }
        return true;
    }
}
