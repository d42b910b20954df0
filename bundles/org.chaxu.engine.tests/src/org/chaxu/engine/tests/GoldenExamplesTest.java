package org.chaxu.engine.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.chaxu.engine.CheckOptions;
import org.chaxu.engine.CheckSession;
import org.chaxu.engine.LoadedModel;
import org.chaxu.engine.ModelLoader;
import org.chaxu.engine.RuleCatalog;
import org.chaxu.engine.Severity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every worked case yields exactly the findings of its `.expected` file: none missing, none extra. */
class GoldenExamplesTest {

    static RuleCatalog catalog;

    @BeforeAll
    static void compile() {
        catalog = RuleCatalog.shipped();
        assertTrue(catalog.problems().isEmpty(), () -> "shipped rules do not compile: " + catalog.problems());
    }

    static Stream<String> examples() throws IOException {
        return Examples.names();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void findingsEqualTheGoldenFile(String name) throws IOException {
        LoadedModel model = new ModelLoader().load(Examples.file(name));
        assertFalse(model.hasErrors(), () -> "load problems: " + model.problems());
        List<String> actual = Examples.lines(CheckSession.check(catalog, model.resource(), CheckOptions.DEFAULT));
        assertEquals(String.join("\n", Examples.expected(name)), String.join("\n", actual), name);
    }

    @Test
    void theExamplesTogetherExerciseEveryRuleOfTheCatalogue() throws IOException {
        Set<String> covered = new TreeSet<>();
        for (String name : Examples.names().toList()) {
            Examples.expected(name).forEach(line -> covered.add(line.split(" ")[0]));
        }
        Set<String> declared = new TreeSet<>();
        catalog.rules().forEach(rule -> declared.add(rule.id()));
        assertEquals(20, declared.size(), () -> "rule ids: " + declared);
        assertEquals(declared, covered);
    }

    @Test
    void theCleanRegionHasNoFinding() throws IOException {
        LoadedModel model = new ModelLoader().load(Examples.file("clean-region.chaxu"));
        assertEquals(List.of(), CheckSession.check(catalog, model.resource(), CheckOptions.DEFAULT));
        assertTrue(Examples.expected("clean-region.chaxu").isEmpty());
        assertTrue(Severity.ERROR.isAtLeast(Severity.WARNING));
    }
}
