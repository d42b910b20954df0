// SPDX-License-Identifier: EPL-2.0
package org.chaxu.engine.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.chaxu.engine.CheckOptions;
import org.chaxu.engine.CheckSession;
import org.chaxu.engine.Expected;
import org.chaxu.engine.LoadedModel;
import org.chaxu.engine.ModelLoader;
import org.chaxu.engine.RuleCatalog;
import org.chaxu.engine.RuleTests;
import org.chaxu.engine.Severity;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every worked case yields exactly the findings of its `.expected` file: none missing, none extra —
 * run through {@link RuleTests}, the code of {@code chaxu test} and of the JUnit helper.
 */
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
        RuleTests.Case result = RuleTests.run(catalog, Examples.file(name));
        assertNull(result.problem(), name);
        assertEquals(String.join("\n", Examples.expected(name)), String.join("\n", result.actual()), name);
        assertTrue(result.passed(), () -> name + ": " + result.difference());
    }

    @Test
    void theExamplesTogetherExerciseEveryRuleOfTheCatalogue() throws IOException {
        RuleTests.Result result = RuleTests.run(catalog, List.of(Examples.dir()), null);
        assertEquals(Examples.allNames().count(), result.cases().size());
        assertTrue(result.passed(), () -> result.cases().toString());
        assertEquals(20, result.coverage().size(), () -> "rule ids: " + result.coverage());
        assertEquals(List.of(), result.neverFired());
        assertEquals(100.0, result.coveragePercent());
        // a rule counts once per case it fires in, however often it fires there
        Set<String> raised = new TreeSet<>();
        for (String name : Examples.allNames().toList()) {
            if (Examples.expected(name).stream().anyMatch(line -> line.startsWith("BASE-RAISED "))) {
                raised.add(name);
            }
        }
        assertEquals(raised.size(), result.coverage().get("BASE-RAISED"));
    }

    @Test
    void aCaseWithAWrongGoldenFileSaysWhatIsMissingAndWhatIsExtra(@TempDir Path dir) throws IOException {
        Path model = Files.copy(Examples.file("prd-air.chaxu"), dir.resolve("prd-air.chaxu"));
        List<String> golden = new ArrayList<>(Examples.expected("prd-air.chaxu"));
        golden.remove("BASE-LOOSER ERROR foshan-voc-furniture");
        golden.add("BASE-LOOSER ERROR guangzhou-voc-auto");
        Files.write(dir.resolve("prd-air.expected"), golden);
        RuleTests.Result result = RuleTests.run(catalog, List.of(dir), Set.of("BASE-LOOSER", "BASE-UNITS"));
        RuleTests.Case failed = result.cases().get(0);
        assertFalse(failed.passed());
        assertEquals(List.of("BASE-LOOSER ERROR guangzhou-voc-auto"), failed.difference().missing());
        assertEquals(List.of("BASE-LOOSER ERROR foshan-voc-furniture"), failed.difference().extra());
        assertEquals(1, result.failures());
        // coverage counts only the rules under test
        assertEquals(Set.of("BASE-LOOSER", "BASE-UNITS"), result.coverage().keySet());
        Files.delete(dir.resolve("prd-air.expected"));
        RuleTests.Case noGolden = RuleTests.run(catalog, model);
        assertFalse(noGolden.passed());
        assertTrue(noGolden.problem().startsWith("no prd-air.expected beside it"), noGolden.problem());
    }

    @Test
    void aGoldenLineThatIsNotAFindingIsAnErrorAtItsLine(@TempDir Path dir) throws IOException {
        Path expected = dir.resolve("x.expected");
        Files.writeString(expected, "# comment\nBASE-LOOSER ERROR a\nBASE-LOOSER FATAL b\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Expected.read(expected));
        assertTrue(e.getMessage().startsWith(expected + ":3: "), e.getMessage());
        assertEquals(List.of("A-B ERROR x", "A-B ERROR x"), Expected.compare(List.of("A-B ERROR x", "A-B ERROR x"),
                List.of()).missing(), "a multiset: a finding listed twice is expected twice");
    }

    @Test
    void theCleanRegionHasNoFinding() throws IOException {
        LoadedModel model = new ModelLoader().load(Examples.file("clean-region.chaxu"));
        assertEquals(List.of(), CheckSession.check(catalog, model.resource(), CheckOptions.DEFAULT));
        assertTrue(Examples.expected("clean-region.chaxu").isEmpty());
        assertTrue(Severity.ERROR.isAtLeast(Severity.WARNING));
    }
}
