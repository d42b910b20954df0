// SPDX-License-Identifier: EPL-2.0
package org.chaxu.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The build runs {@code chaxu test --mutants --min-score 100} on the shipped rules with their
 * golden cases ({@code rules/examples/} and the worked cases in {@code examples/}): every mutant of
 * the shipped catalogue is killed by a case, or explained as equivalent in the DRL by a reason that
 * still matches it. A rule changed without a case on its new boundary fails here, naming the change.
 */
class ShippedRulesMutantsTest {

    @Test
    void everyMutantOfTheShippedRulesIsKilledOrExplained() throws Exception {
        Chaxu.Result r = Chaxu.run("test", "--mutants", "--min-score", "100", "rules/examples", "examples");
        String summary = r.out().lines().filter(line -> !line.startsWith("PASS ")).reduce("", (a, b) -> a + b + "\n");
        System.out.println("chaxu test --mutants --min-score 100 rules/examples examples:\n" + summary);
        assertEquals(0, r.exit(), () -> summary + r.err());
        assertTrue(summary.matches("(?s).*Mutants: \\d+ in \\d+ rules: \\d+ killed, 0 survived, \\d+ equivalent, 0 stillborn.*"), summary);
        assertTrue(summary.contains("Mutation score: 100.0 %"), summary);
        assertFalse(summary.contains("matches no mutant"), summary);
        assertFalse(summary.contains("FAIL"), summary);
    }
}
