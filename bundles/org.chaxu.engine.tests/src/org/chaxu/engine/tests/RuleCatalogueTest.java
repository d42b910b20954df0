// SPDX-License-Identifier: EPL-2.0
package org.chaxu.engine.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The shipped catalogue as a whole: every rule id it declares has its focused tests (in
 * {@link BaselineRulesTest}, {@link EscalationRulesTest} and {@link StructureRulesTest}), and a
 * model without any problem has no finding.
 */
class RuleCatalogueTest extends RuleTestBase {

    // =====================================================================================
    // The catalogue as a whole
    // =====================================================================================

    @Test
    void everyRuleIdOfTheCatalogueIsCoveredHere() {
        java.util.Set<String> tested = new java.util.TreeSet<>(List.of("BASE-LOOSER", "BASE-CIRCLE", "BASE-FIXED-ACTION",
                "BASE-SCHEDULE", "BASE-UNITS", "BASE-CONFLICT", "BASE-RAISED", "ESC-SKIP", "ESC-NOT-SUPERIOR",
                "ESC-UNNECESSARY", "ESC-NO-EXIT", "ESC-OVERSTAY", "ESC-ORDER", "ESC-SUGGEST", "ARR-SUBSET",
                "ARR-HIERARCHY", "ARR-COORDINATOR", "RESP-UNASSIGNED", "RESP-OVERDUE", "RESP-INCOMPLETE"));
        java.util.Set<String> declared = new java.util.TreeSet<>();
        catalog.rules().forEach(r -> declared.add(r.id()));
        assertEquals(tested, declared);
    }

    @Test
    void aModelWithoutAnyProblemHasNoFinding() {
        ModelBuilder m = prdWithFurnitureBaseline();
        m.standard("foshan-voc-furniture", "foshan", "voc-emission").sector("furniture").value(30, "mg/m³");
        assertEquals(List.of(), check(m));
    }
}
