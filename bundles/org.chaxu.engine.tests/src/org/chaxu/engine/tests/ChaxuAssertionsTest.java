// SPDX-License-Identifier: EPL-2.0
package org.chaxu.engine.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.chaxu.junit.ChaxuAssertions;
import org.chaxu.junit.ChaxuAssertions.Rules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

/** The JUnit helper for rule authors: a few lines per case, and a failure that shows what was found. */
class ChaxuAssertionsTest {

    @Test
    void theWorkedCasesMatchTheirGoldenFilesThroughTheHelper() throws IOException {
        Rules rules = ChaxuAssertions.rules();
        for (String name : Examples.names().toList()) {
            rules.assertMatchesExpected(Examples.file(name));
        }
        rules.check(Examples.file("prd-air.chaxu")).assertContains("BASE-LOOSER ERROR foshan-voc-furniture").assertNone("ESC-SKIP");
    }

    @Test
    void aWrongExpectationFailsWithMissingExtraAndEveryFindingFound() throws IOException {
        List<String> expected = new ArrayList<>(Examples.expected("prd-air.chaxu"));
        expected.remove("BASE-LOOSER ERROR foshan-voc-furniture");
        expected.add("BASE-LOOSER WARNING foshan-voc-furniture");
        AssertionFailedError failure = assertThrows(AssertionFailedError.class,
                () -> ChaxuAssertions.rules().check(Examples.file("prd-air.chaxu")).assertFindings(expected.toArray(String[]::new)));
        String message = failure.getMessage();
        assertTrue(message.contains("\n  missing: BASE-LOOSER WARNING foshan-voc-furniture\n  extra:   BASE-LOOSER ERROR foshan-voc-furniture\n"
                + "found 17 findings:\n"), message);
        int line = lineOf(Examples.file("prd-air.chaxu"), "foshan-voc-furniture");
        assertTrue(message.contains("\n  BASE-LOOSER ERROR foshan-voc-furniture  (line " + line + ": Foshan (佛山)'s Foshan VOC limit"), message);
        assertTrue(failure.isExpectedDefined() && failure.isActualDefined(), "an IDE can show the difference");
        assertThrows(AssertionFailedError.class, () -> ChaxuAssertions.rules().check(Examples.file("prd-air.chaxu")).assertNone("BASE-LOOSER"));
    }

    @Test
    void extraRulesJoinTheShippedOnesAndABrokenRuleFailsAtItsLine(@TempDir Path dir) throws IOException {
        Path rules = Files.createDirectories(dir.resolve("rules"));
        Files.writeString(rules.resolve("printing.drl"), RuleCompilationTest.GOOD);
        ChaxuAssertions.rules(rules).check(Examples.file("prd-air.chaxu")).assertContains("X-TEST WARNING gd-voc-printing",
                "BASE-LOOSER ERROR foshan-voc-furniture");
        Path broken = Files.createDirectories(dir.resolve("broken"));
        Files.writeString(broken.resolve("broken.drl"), RuleCompilationTest.BROKEN);
        AssertionFailedError failure = assertThrows(AssertionFailedError.class, () -> ChaxuAssertions.rules(broken));
        assertTrue(failure.getMessage().contains(broken.resolve("broken.drl") + ":6:"), failure.getMessage());
        assertEquals(0, Files.list(dir).filter(p -> p.toString().endsWith(".expected")).count());
    }

    private static int lineOf(Path file, String id) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("id=\"" + id + "\"")) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException(id);
    }
}
