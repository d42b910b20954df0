// SPDX-License-Identifier: EPL-2.0
package org.chaxu.engine.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.chaxu.engine.CheckOptions;
import org.chaxu.engine.CheckSession;
import org.chaxu.engine.LoadedModel;
import org.chaxu.engine.ModelLoader;
import org.chaxu.engine.RuleCatalog;
import org.chaxu.engine.RuleFailure;
import org.chaxu.engine.RuleSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Rules are code a rule author writes: one that never stops, or one that throws, is stopped and
 * reported naming the rule and its DRL file — never a hang, never a bare Drools stack trace.
 */
class RunawayRuleTest {

    @AfterEach
    void defaults() {
        System.clearProperty("chaxu.maxFirings");
        System.clearProperty("chaxu.maxSeconds");
    }

    static RuleFailure check(String drl) throws Exception {
        RuleCatalog catalog = RuleCatalog.withShipped(List.of(new RuleSource("rules/runaway.drl", drl)), RuleCatalog.shippedMessages());
        assertEquals(List.of(), catalog.problems());
        LoadedModel model = new ModelLoader().load(Examples.file("prd-air.chaxu"));
        return assertThrows(RuleFailure.class, () -> CheckSession.check(catalog, model.resource(), CheckOptions.DEFAULT));
    }

    static final String HEAD = "package org.example.runaway;\nimport org.chaxu.governance.*;\n";

    @Test
    void aRuleThatKeepsUpdatingItsFactIsStoppedAtTheFiringBudgetAndNamed() throws Exception {
        System.setProperty("chaxu.maxFirings", "20000");
        RuleFailure failure = check(HEAD + "rule \"Touches every unit again and again\"\nwhen\n  $u : AdministrativeUnit()\nthen\n  update($u);\nend\n");
        assertEquals("Touches every unit again and again", failure.rule());
        assertEquals("rules/runaway.drl", failure.file());
        assertTrue(failure.getMessage().contains("the limit is 20000"), failure.getMessage());
        assertTrue(failure.getMessage().contains("rules/runaway.drl"), failure.getMessage());
    }

    @Test
    void aRuleThatKeepsInsertingIsStoppedAtTheTimeBudget() throws Exception {
        System.setProperty("chaxu.maxSeconds", "1");
        long start = System.nanoTime();
        RuleFailure failure = check(HEAD + "rule \"Seeds\"\nwhen\n  GovernanceModel()\nthen\n  insert(Long.valueOf(0));\nend\n"
                + "rule \"Counts for ever\"\nwhen\n  $n : Long()\n  not Long(longValue == $n + 1)\nthen\n  insert(Long.valueOf($n + 1));\nend\n");
        assertTrue(failure.getMessage().contains("longer than 1 s"), failure.getMessage());
        assertTrue((System.nanoTime() - start) / 1e9 < 30, "stopped, not run to exhaustion");
    }

    @Test
    void aConsequenceThatThrowsNamesTheRuleItsFileAndTheElement() throws Exception {
        RuleFailure failure = check(HEAD + "rule \"Fails on Foshan\"\nwhen\n  $u : AdministrativeUnit(id == \"foshan\")\nthen\n"
                + "  throw new IllegalStateException(\"boom\");\nend\n");
        assertEquals("Fails on Foshan", failure.rule());
        assertTrue(failure.getMessage().contains("rules/runaway.drl"), failure.getMessage());
        assertTrue(failure.getMessage().contains("Foshan"), failure.getMessage());
        assertTrue(failure.getMessage().contains("boom"), failure.getMessage());
    }
}
