// SPDX-License-Identifier: EPL-2.0
package org.chaxu.engine.tests;

import static org.chaxu.governance.Direction.DEADLINE;
import static org.chaxu.governance.Direction.LOWER_LIMIT;
import static org.chaxu.governance.Direction.MANDATORY_ACTION;
import static org.chaxu.governance.Direction.UPPER_LIMIT;
import static org.chaxu.governance.Level.CENTRAL;
import static org.chaxu.governance.Level.COUNTY;
import static org.chaxu.governance.Level.PREFECTURAL;
import static org.chaxu.governance.Level.PROVINCIAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.chaxu.engine.CheckOptions;
import org.chaxu.engine.CheckSession;
import org.chaxu.engine.Finding;
import org.chaxu.engine.LoadedModel;
import org.chaxu.engine.RuleCatalog;
import org.chaxu.governance.Rank;
import org.junit.jupiter.api.BeforeAll;

/**
 * What the tests of the shipped rules share: the catalogue, compiled once, and small models built
 * with {@link ModelBuilder} after the worked cases, with helpers that check them. One test class per
 * rule file: {@link BaselineRulesTest} (rules/baseline.drl), {@link EscalationRulesTest}
 * (rules/escalation.drl), {@link StructureRulesTest} (rules/structure.drl); {@link RuleCatalogueTest}
 * holds the catalogue as a whole.
 */
abstract class RuleTestBase {

    static RuleCatalog catalog;

    @BeforeAll
    static void compile() {
        if (catalog != null) {
            return; // once for every test class of the rules
        }
        catalog = RuleCatalog.shipped();
        assertTrue(catalog.problems().isEmpty(), () -> "shipped rules do not compile: " + catalog.problems());
    }

    // =====================================================================================
    // Fixtures after the worked cases
    // =====================================================================================

    /** Central → Guangdong → PRD cities (Guangzhou and Shenzhen sub-provincial), with the PRD indicators. */
    static ModelBuilder prd() {
        return ModelBuilder.model("PRD air (test)").asOf("2020-06-30")
                .unit("central", "State Council", CENTRAL, Rank.NATIONAL, null)
                .unit("guangdong", "Guangdong", PROVINCIAL, Rank.MINISTERIAL, "central")
                .unit("guangzhou", "Guangzhou", PREFECTURAL, Rank.SUB_PROVINCIAL, "guangdong")
                .unit("shenzhen", "Shenzhen", PREFECTURAL, Rank.SUB_PROVINCIAL, "guangdong")
                .unit("foshan", "Foshan", PREFECTURAL, Rank.PREFECTURAL, "guangdong")
                .unit("zhaoqing", "Zhaoqing", PREFECTURAL, Rank.PREFECTURAL, "guangdong")
                .unit("zhuhai", "Zhuhai", PREFECTURAL, Rank.PREFECTURAL, "guangdong")
                .unit("zhongshan", "Zhongshan", PREFECTURAL, Rank.PREFECTURAL, "guangdong")
                .unit("jiangmen", "Jiangmen", PREFECTURAL, Rank.PREFECTURAL, "guangdong")
                .unit("dongguan", "Dongguan", PREFECTURAL, Rank.PREFECTURAL, "guangdong")
                .unit("huizhou", "Huizhou", PREFECTURAL, Rank.PREFECTURAL, "guangdong")
                .indicator("voc-emission", "mg/m³", UPPER_LIMIT)
                .indicator("sewage-treatment", "%", LOWER_LIMIT)
                .indicator("yellow-label-phaseout", null, MANDATORY_ACTION)
                .indicator("yellow-label-deadline", null, DEADLINE);
    }

    /** The nine cities of the Pearl River Delta in the fixtures. */
    static final List<String> PRD_CITIES = List.of("guangzhou", "shenzhen", "foshan", "zhaoqing", "zhuhai", "zhongshan",
            "jiangmen", "dongguan", "huizhou");

    static final String GD_VOC_SOURCE = "Guangdong VOC emission standard, furniture manufacturing";

    /** {@link #prd()} with Guangdong's binding furniture VOC limit of 30 mg/m³. */
    static ModelBuilder prdWithFurnitureBaseline() {
        ModelBuilder m = prd();
        m.standard("gd-voc-furniture", "guangdong", "voc-emission").sector("furniture").value(30, "mg/m³").binding()
                .source(GD_VOC_SOURCE);
        return m;
    }

    /** Central → Shaanxi → Xi'an (with two counties), Xianyang; asOf 2020-12-31. */
    static ModelBuilder shaanxi() {
        return ModelBuilder.model("Xi'an–Xianyang (test)").asOf("2020-12-31")
                .unit("central", "State Council", CENTRAL, Rank.NATIONAL, null)
                .unit("shaanxi", "Shaanxi", PROVINCIAL, Rank.MINISTERIAL, "central")
                .unit("xian", "Xi'an", PREFECTURAL, Rank.SUB_PROVINCIAL, "shaanxi")
                .unit("xianyang", "Xianyang", PREFECTURAL, Rank.PREFECTURAL, "shaanxi")
                .unit("huyi", "Huyi District", COUNTY, Rank.COUNTY, "xian")
                .unit("zhouzhi", "Zhouzhi County", COUNTY, Rank.COUNTY, "xian");
    }

    /** Central → Beijing, Tianjin, Hebei (provincial level) → Baoding, Langfang; asOf 2020-12-31. */
    static ModelBuilder jjj() {
        return ModelBuilder.model("Beijing–Tianjin–Hebei (test)").asOf("2020-12-31")
                .unit("central", "State Council", CENTRAL, Rank.NATIONAL, null)
                .unit("beijing", "Beijing", PROVINCIAL, Rank.MINISTERIAL, "central")
                .unit("tianjin", "Tianjin", PROVINCIAL, Rank.MINISTERIAL, "central")
                .unit("hebei", "Hebei", PROVINCIAL, Rank.MINISTERIAL, "central")
                .unit("baoding", "Baoding", PREFECTURAL, Rank.PREFECTURAL, "hebei")
                .unit("langfang", "Langfang", PREFECTURAL, Rank.PREFECTURAL, "hebei");
    }

    // =====================================================================================
    // Helpers
    // =====================================================================================

    /** The message of the one finding of {@code rule} on the element with id {@code id}. */
    static String message(ModelBuilder m, String rule, String id) {
        return findingsOf(m, rule).stream().filter(f -> LoadedModel.fragment(f.getElement()).equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + rule + " on " + id)).getMessage();
    }

    static List<Finding> check(ModelBuilder m) {
        return CheckSession.check(catalog, m.resource(), CheckOptions.DEFAULT);
    }

    static List<Finding> findingsOf(ModelBuilder m, String ruleId) {
        return check(m).stream().filter(f -> f.getRuleId().equals(ruleId)).toList();
    }

    /** The findings of one rule as sorted `.expected` lines: RULE-ID SEVERITY element-id. */
    static List<String> lines(ModelBuilder m, String ruleId) {
        return Examples.lines(findingsOf(m, ruleId));
    }

    static void assertFindings(ModelBuilder m, String ruleId, String... expectedLines) {
        List<String> expected = java.util.Arrays.stream(expectedLines).sorted().toList();
        assertEquals(expected, lines(m, ruleId), () -> "all findings: " + check(m));
    }

    static void assertSilent(ModelBuilder m, String ruleId) {
        assertEquals(List.of(), lines(m, ruleId), () -> "all findings: " + check(m));
    }

    static Finding only(ModelBuilder m, String ruleId) {
        List<Finding> findings = findingsOf(m, ruleId);
        assertEquals(1, findings.size(), () -> ruleId + " findings: " + findings);
        return findings.get(0);
    }

    static List<String> ids(List<? extends org.eclipse.emf.ecore.EObject> elements) {
        return elements.stream().map(LoadedModel::fragment).collect(Collectors.toList());
    }

    static void assertContains(String text, String... parts) {
        for (String part : parts) {
            assertTrue(text.contains(part), () -> "'" + text + "' does not contain '" + part + "'");
        }
    }
}
