// SPDX-License-Identifier: EPL-2.0
package org.chaxu.engine.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.chaxu.engine.CheckOptions;
import org.chaxu.engine.CheckSession;
import org.chaxu.engine.LoadedModel;
import org.chaxu.engine.ModelLoader;
import org.chaxu.engine.RuleCatalog;
import org.chaxu.engine.RuleInfo;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The minimal example models of each rule in {@code rules/examples/} — the ones the rule reference
 * ({@code chaxu rules --format markdown}, docs/rules.md) shows: {@code ID.fails.chaxu} makes the
 * rule report, {@code ID.passes.chaxu} differs from it in what the rule is about and makes no rule
 * report anything. Each yields exactly the findings of its {@code .expected} file. Beside them, the
 * boundary pairs mutation testing asked for ({@code ID.topic.fails.chaxu} reports {@code ID},
 * {@code ID.topic.passes.chaxu} does not), which may show other rules' findings too.
 */
class RuleExamplesTest {

    static RuleCatalog catalog;

    @BeforeAll
    static void compile() {
        catalog = RuleCatalog.shipped();
        assertTrue(catalog.problems().isEmpty(), () -> "shipped rules do not compile: " + catalog.problems());
    }

    static Path dir() {
        return Examples.root().resolve("rules/examples");
    }

    static Stream<String> ruleIds() {
        return RuleCatalog.shipped().rules().stream().map(RuleInfo::id);
    }

    private static List<String> check(Path model) {
        LoadedModel loaded = new ModelLoader().load(model);
        assertFalse(loaded.hasErrors(), () -> model + ": " + loaded.problems());
        return Examples.lines(CheckSession.check(catalog, loaded.resource(), CheckOptions.DEFAULT));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ruleIds")
    void theFailingExampleMakesItsRuleReportAndNothingElse(String id) throws IOException {
        Path model = dir().resolve(id + ".fails.chaxu");
        List<String> actual = check(model);
        assertEquals(String.join("\n", Examples.expected(model)), String.join("\n", actual), model.toString());
        assertFalse(actual.isEmpty(), () -> model + " must make " + id + " report");
        assertTrue(actual.stream().allMatch(line -> line.startsWith(id + " ")), () -> model + ": only " + id + ": " + actual);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ruleIds")
    void thePassingExampleMakesNoRuleReport(String id) throws IOException {
        Path model = dir().resolve(id + ".passes.chaxu");
        assertEquals(List.of(), check(model), model.toString());
        assertEquals(List.of(), Examples.expected(model), model + ": its .expected file lists no finding");
    }

    @Test
    void everyExampleBelongsToARuleOfTheCatalogue() throws IOException {
        Set<String> ids = new TreeSet<>(ruleIds().toList());
        try (Stream<Path> files = Files.list(dir())) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                assertTrue(name.matches("[A-Z]+(-[A-Z]+)*(\\.[a-z0-9]+(-[a-z0-9]+)*)?\\.(fails|passes)\\.(chaxu|expected)"), name);
                assertTrue(ids.contains(name.substring(0, name.indexOf('.'))), () -> name + " names no rule");
            }
        }
    }

    static Stream<String> boundaryPairs() throws IOException {
        try (Stream<Path> files = Files.list(dir())) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.matches("[A-Z-]+\\.[a-z0-9-]+\\.(fails|passes)\\.chaxu"))
                    .sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("boundaryPairs")
    void eachBoundaryCaseYieldsItsGoldenFindingsAndItsRuleOnlyWhereItFails(String name) throws IOException {
        Path model = dir().resolve(name);
        String id = name.substring(0, name.indexOf('.'));
        List<String> actual = check(model);
        assertEquals(String.join("\n", Examples.expected(model)), String.join("\n", actual), model.toString());
        boolean reports = actual.stream().anyMatch(line -> line.startsWith(id + " "));
        assertEquals(name.endsWith(".fails.chaxu"), reports, () -> model + (reports ? " must not" : " must") + " make " + id + " report");
        String twin = name.endsWith(".fails.chaxu") ? name.replace(".fails.chaxu", ".passes.chaxu") : name.replace(".passes.chaxu", ".fails.chaxu");
        assertTrue(Files.isRegularFile(dir().resolve(twin)), () -> name + " has no twin " + twin + " on the other side of its boundary");
    }
}
