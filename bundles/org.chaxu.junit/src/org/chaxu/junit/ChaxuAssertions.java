// SPDX-License-Identifier: EPL-2.0
package org.chaxu.junit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.chaxu.engine.CheckOptions;
import org.chaxu.engine.CheckSession;
import org.chaxu.engine.Expected;
import org.chaxu.engine.Finding;
import org.chaxu.engine.LoadedModel;
import org.chaxu.engine.ModelLoader;
import org.chaxu.engine.ModelProblem;
import org.chaxu.engine.ProjectSettings;
import org.chaxu.engine.RuleCatalog;
import org.chaxu.engine.RuleProblem;
import org.chaxu.engine.RuleSource;
import org.chaxu.engine.Severity;
import org.opentest4j.AssertionFailedError;

/**
 * Findings of Chaxu rules asserted in a few lines of a JUnit 5 test:
 * <pre>
 * Rules rules = ChaxuAssertions.rules(Path.of("my-rules"));          // the shipped catalogue + my-rules/*.drl
 * rules.check(Path.of("cases/undated.chaxu"))
 *      .assertFindings("LOCAL-SOURCE-DATE WARNING province-boiler-deadline");
 * rules.assertMatchesExpected(Path.of("cases/undated.chaxu"));       // against cases/undated.expected
 * </pre>
 * Findings are written as in {@code .expected} files: {@code RULE-ID SEVERITY element-id}. A
 * failure says what is missing and what is extra and lists every finding that was actually
 * found, with its line and message. The comparison is the one {@code chaxu test} makes.
 */
public final class ChaxuAssertions {

    private static final Map<List<Path>, Rules> COMPILED = new ConcurrentHashMap<>();

    private ChaxuAssertions() {
    }

    /**
     * The shipped catalogue plus the DRL files or folders given (with the {@code messages.properties}
     * lying beside them), compiled once per list in a JVM. A rule file that does not compile fails
     * the test with each problem at its file, line and column.
     */
    public static Rules rules(Path... extra) {
        List<Path> key = Arrays.stream(extra).map(p -> p.toAbsolutePath().normalize()).toList();
        return COMPILED.computeIfAbsent(key, k -> {
            try {
                RuleCatalog catalog = ProjectSettings.none(Path.of("")).compile(RuleSource.shipped(), RuleCatalog.shippedMessages(), k);
                if (!catalog.problems().isEmpty()) {
                    throw new AssertionFailedError("the rules do not compile:\n  " + String.join("\n  ",
                            catalog.problems().stream().map(RuleProblem::format).toList()));
                }
                return new Rules(catalog);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** A compiled catalogue to check models with. */
    public static final class Rules {
        private final RuleCatalog catalog;

        Rules(RuleCatalog catalog) {
            this.catalog = catalog;
        }

        public RuleCatalog catalog() {
            return catalog;
        }

        /** Checks a model with the rules as they declare themselves; a model that cannot be read fails the test. */
        public Findings check(Path model) {
            LoadedModel loaded = new ModelLoader().withRoot(model.toAbsolutePath().getParent()).load(model);
            if (!loaded.isUsable() || loaded.hasErrors()) {
                throw new AssertionFailedError(model + " cannot be checked:\n  " + String.join("\n  ", loaded.problems().stream()
                        .filter(p -> p.severity() == Severity.ERROR).map(ModelProblem::toString).toList()));
            }
            return new Findings(model, loaded, CheckSession.check(catalog, loaded.resource(), CheckOptions.DEFAULT));
        }

        /** Checks a model and compares its findings with the {@code .expected} file beside it. */
        public Findings assertMatchesExpected(Path model) {
            Path expected = Expected.fileOf(model);
            if (!Files.isRegularFile(expected)) {
                throw new AssertionFailedError("no " + expected + " (one line per expected finding: RULE-ID SEVERITY element-id)");
            }
            try {
                return check(model).assertFindings(Expected.read(expected).toArray(String[]::new));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The findings of one model. */
    public static final class Findings {
        private final Path model;
        private final LoadedModel loaded;
        private final List<Finding> findings;

        Findings(Path model, LoadedModel loaded, List<Finding> findings) {
            this.model = model;
            this.loaded = loaded;
            this.findings = List.copyOf(findings);
        }

        public List<Finding> all() {
            return findings;
        }

        /** The findings as {@code RULE-ID SEVERITY element-id} lines, sorted. */
        public List<String> lines() {
            return Expected.lines(findings);
        }

        /** Exactly these findings (a multiset, in any order): none missing, none extra. */
        public Findings assertFindings(String... expected) {
            List<String> wanted = new ArrayList<>(List.of(expected));
            wanted.replaceAll(String::strip);
            wanted.sort(null);
            Expected.Difference difference = Expected.compare(wanted, lines());
            if (!difference.isEmpty()) {
                fail("the findings of " + model + " differ", difference, wanted);
            }
            return this;
        }

        /** At least these findings. */
        public Findings assertContains(String... expected) {
            Expected.Difference difference = Expected.compare(List.of(expected), lines());
            if (!difference.missing().isEmpty()) {
                fail(model + " lacks findings", new Expected.Difference(difference.missing(), List.of()), List.of(expected));
            }
            return this;
        }

        /** No finding of this rule. */
        public Findings assertNone(String ruleId) {
            List<String> found = lines().stream().filter(l -> l.startsWith(ruleId + " ")).toList();
            if (!found.isEmpty()) {
                fail(model + " has findings of " + ruleId, new Expected.Difference(List.of(), found), List.of());
            }
            return this;
        }

        private void fail(String headline, Expected.Difference difference, List<String> expected) {
            StringBuilder message = new StringBuilder(headline).append(':');
            difference.missing().forEach(line -> message.append("\n  missing: ").append(line));
            difference.extra().forEach(line -> message.append("\n  extra:   ").append(line));
            message.append("\nfound ").append(findings.size()).append(findings.size() == 1 ? " finding:" : " findings:");
            for (Finding f : findings) {
                message.append("\n  ").append(Expected.line(f)).append("  (line ").append(loaded.line(f.getElement()))
                        .append(": ").append(f.getMessage()).append(')');
            }
            throw new AssertionFailedError(message.toString(), String.join("\n", expected), String.join("\n", lines()));
        }
    }
}
