// SPDX-License-Identifier: EPL-2.0
package org.chaxu.engine.tests;

import static org.chaxu.governance.ArrangementKind.COORDINATION_OFFICE;
import static org.chaxu.governance.ArrangementKind.JOINT_CONFERENCE;
import static org.chaxu.governance.ArrangementKind.METROPOLITAN_CIRCLE;
import static org.chaxu.governance.CommitmentStatus.ABANDONED;
import static org.chaxu.governance.CommitmentStatus.DONE;
import static org.chaxu.governance.CommitmentStatus.PENDING;
import static org.chaxu.governance.Direction.DEADLINE;
import static org.chaxu.governance.Direction.LOWER_LIMIT;
import static org.chaxu.governance.Direction.MANDATORY_ACTION;
import static org.chaxu.governance.Direction.UPPER_LIMIT;
import static org.chaxu.governance.Initiation.SELF_INITIATED;
import static org.chaxu.governance.Initiation.TOP_DOWN;
import static org.chaxu.governance.InterventionOutcome.EFFECTIVE;
import static org.chaxu.governance.Level.CENTRAL;
import static org.chaxu.governance.Level.COUNTY;
import static org.chaxu.governance.Level.PREFECTURAL;
import static org.chaxu.governance.Level.PROVINCIAL;
import static org.chaxu.governance.NegotiationStatus.AGREED;
import static org.chaxu.governance.NegotiationStatus.DEADLOCKED;
import static org.chaxu.governance.NegotiationStatus.NOT_IMPLEMENTED;
import static org.chaxu.governance.NegotiationStatus.ONGOING;
import static org.chaxu.governance.NegotiationStatus.RESOLVED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.chaxu.engine.CheckOptions;
import org.chaxu.engine.CheckSession;
import org.chaxu.engine.Finding;
import org.chaxu.engine.Labels;
import org.chaxu.engine.LoadedModel;
import org.chaxu.engine.RuleCatalog;
import org.chaxu.engine.Severity;
import org.chaxu.governance.AdministrativeUnit;
import org.chaxu.governance.CommitmentStatus;
import org.chaxu.governance.Intervention;
import org.chaxu.governance.InterventionOutcome;
import org.chaxu.governance.Negotiation;
import org.chaxu.governance.NegotiationStatus;
import org.chaxu.governance.Rank;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One focused check per rule id of the catalogue (RULES-SEMANTICS.md), on small models built
 * with {@link ModelBuilder} after the worked cases: the rule fires with exactly the expected
 * findings on the faulty model, and stays silent on the nearly identical correct one. Every
 * positive case would fail if its rule were deleted, every negative case if it were inverted
 * (LOOSER and STRICTER swapped, a condition negated).
 */
class RuleCatalogueTest {

    static RuleCatalog catalog;

    @BeforeAll
    static void compile() {
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

    // =====================================================================================
    // BASE-LOOSER
    // =====================================================================================

    @Test
    void foshansFurnitureVocLimit40LooserThanGuangdongsBinding30IsBaseLooserOnFoshan() {
        ModelBuilder m = prdWithFurnitureBaseline();
        m.standard("foshan-voc-furniture", "foshan", "voc-emission").sector("furniture").value(40, "mg/m³");
        assertFindings(m, "BASE-LOOSER", "BASE-LOOSER ERROR foshan-voc-furniture");
        assertSilent(m, "BASE-RAISED");
    }

    @Test
    void theBaseLooserMessageNamesBothValuesBothIssuersAndTheSourceOfTheBaseline() {
        ModelBuilder m = prdWithFurnitureBaseline();
        m.standard("foshan-voc-furniture", "foshan", "voc-emission").sector("furniture").value(40, "mg/m³");
        Finding finding = only(m, "BASE-LOOSER");
        assertEquals(Severity.ERROR, finding.getSeverity());
        assertContains(finding.getMessage(), "Foshan's foshan-voc-furniture 40 mg/m³",
                "Guangdong's binding 30 mg/m³", GD_VOC_SOURCE);
        assertEquals(m.get("foshan-voc-furniture"), finding.getElement());
        assertEquals(List.of("foshan", "gd-voc-furniture", "guangdong"), ids(finding.getRelated()));
    }

    @Test
    void aStricterCityIsNotAnErrorButBaseRaised() {
        ModelBuilder m = prdWithFurnitureBaseline();
        m.standard("foshan-voc-furniture", "foshan", "voc-emission").sector("furniture").value(25, "mg/m³");
        assertSilent(m, "BASE-LOOSER");
        assertFindings(m, "BASE-RAISED", "BASE-RAISED INFO foshan-voc-furniture");
    }

    @Test
    void aCityMeetingTheProvinceExactlyIsSilentAlsoAcrossUnits() {
        ModelBuilder m = prdWithFurnitureBaseline();
        m.standard("foshan-voc-furniture", "foshan", "voc-emission").sector("furniture").value(30, "mg/m³");
        m.standard("zhongshan-voc-furniture", "zhongshan", "voc-emission").sector("furniture").value(30000, "µg/m³");
        assertSilent(m, "BASE-LOOSER");
        assertSilent(m, "BASE-RAISED");
        assertSilent(m, "BASE-UNITS");
    }

    @Test
    void fortyThousandMicrogramsIsLooserThan30Milligrams() {
        ModelBuilder m = prdWithFurnitureBaseline();
        m.standard("foshan-voc-furniture", "foshan", "voc-emission").sector("furniture").value(40000, "µg/m³");
        assertFindings(m, "BASE-LOOSER", "BASE-LOOSER ERROR foshan-voc-furniture");
        assertContains(only(m, "BASE-LOOSER").getMessage(), "40000 µg/m³", "30 mg/m³");
    }

    @Test
    void aNonBindingProvincialValueIsNoBaseline() {
        ModelBuilder m = prd();
        m.standard("gd-voc-furniture", "guangdong", "voc-emission").sector("furniture").value(30, "mg/m³");
        m.standard("foshan-voc-furniture", "foshan", "voc-emission").sector("furniture").value(40, "mg/m³");
        assertSilent(m, "BASE-LOOSER");
    }

    @Test
    void aLimitForAnotherSectorIsNotComparedButASectorlessBaselineAppliesToEverySector() {
        ModelBuilder m = prdWithFurnitureBaseline();
        m.standard("foshan-voc-printing", "foshan", "voc-emission").sector("printing").value(40, "mg/m³");
        assertSilent(m, "BASE-LOOSER");

        m.standard("gd-voc-all", "guangdong", "voc-emission").value(35, "mg/m³").binding();
        assertFindings(m, "BASE-LOOSER", "BASE-LOOSER ERROR foshan-voc-printing");
    }

    @Test
    void theStrictestBindingStandardAboveTheCityIsItsBaseline() {
        ModelBuilder m = prdWithFurnitureBaseline();
        m.standard("central-voc-furniture", "central", "voc-emission").sector("furniture").value(50, "mg/m³").binding();
        m.standard("foshan-voc-furniture", "foshan", "voc-emission").sector("furniture").value(40, "mg/m³");
        Finding finding = only(m, "BASE-LOOSER");
        assertTrue(finding.getRelated().contains(m.get("gd-voc-furniture")), () -> finding.getRelated().toString());
        assertFalse(finding.getRelated().contains(m.get("central-voc-furniture")));
    }

    @Test
    void aCityLooserThanTheNationalStandardTwoLevelsUpIsBaseLooser() {
        ModelBuilder m = prd();
        m.standard("central-voc", "central", "voc-emission").value(30, "mg/m³").binding();
        m.standard("foshan-voc-furniture", "foshan", "voc-emission").sector("furniture").value(40, "mg/m³");
        assertFindings(m, "BASE-LOOSER", "BASE-LOOSER ERROR foshan-voc-furniture");
        assertContains(only(m, "BASE-LOOSER").getMessage(), "State Council");
    }

    @Test
    void aCircleLooserThanTheProvinceIsBaseLooserOnTheCirclesStandard() {
        ModelBuilder m = prdWithFurnitureBaseline();
        m.arrangement("gfz-circle", METROPOLITAN_CIRCLE, "guangzhou", "foshan", "zhaoqing");
        m.standard("gfz-voc-furniture", "gfz-circle", "voc-emission").sector("furniture").value(45, "mg/m³");
        assertFindings(m, "BASE-LOOSER", "BASE-LOOSER ERROR gfz-voc-furniture");
    }

    @Test
    void forALowerLimitAHigherValueIsStricter() {
        ModelBuilder m = prd();
        m.standard("gd-sewage", "guangdong", "sewage-treatment").value(90, "%").binding();
        m.standard("foshan-sewage", "foshan", "sewage-treatment").value(85, "%");
        m.standard("shenzhen-sewage", "shenzhen", "sewage-treatment").value(95, "%");
        assertFindings(m, "BASE-LOOSER", "BASE-LOOSER ERROR foshan-sewage");
        assertFindings(m, "BASE-RAISED", "BASE-RAISED INFO shenzhen-sewage");
    }

    @Test
    void theChineseCatalogueGivesAChineseBaseLooserMessage() {
        ModelBuilder m = prdWithFurnitureBaseline();
        m.standard("foshan-voc-furniture", "foshan", "voc-emission").sector("furniture").value(40, "mg/m³");
        List<Finding> zh = CheckSession.check(catalog, m.resource(), CheckOptions.DEFAULT.withLocale(Locale.CHINESE))
                .stream().filter(f -> f.getRuleId().equals("BASE-LOOSER")).toList();
        assertEquals(1, zh.size());
        assertContains(zh.get(0).getMessage(), "更松", "40 mg/m³", "30 mg/m³", "Foshan", "Guangdong");
        assertFalse(zh.get(0).getMessage().contains("looser"), zh.get(0).getMessage());
        assertFalse(only(m, "BASE-LOOSER").getMessage().contains("更松"));
    }

    // =====================================================================================
    // BASE-RAISED
    // =====================================================================================

    @Test
    void shenzhensAutomobileLimit30StricterThanGuangdongs40IsBaseRaised() {
        ModelBuilder m = prd();
        m.standard("gd-voc-auto", "guangdong", "voc-emission").sector("automobile").value(40, "mg/m³").binding();
        m.standard("shenzhen-voc-auto", "shenzhen", "voc-emission").sector("automobile").value(30, "mg/m³");
        m.standard("guangzhou-voc-auto", "guangzhou", "voc-emission").sector("automobile").value(35000, "µg/m³");
        assertFindings(m, "BASE-RAISED", "BASE-RAISED INFO guangzhou-voc-auto", "BASE-RAISED INFO shenzhen-voc-auto");
        assertContains(findingsOf(m, "BASE-RAISED").get(0).getMessage(), "40 mg/m³");
    }

    @Test
    void shenzhensEarlierPhaseOutDeadlineIsBaseRaisedAndALaterOneIsNot() {
        ModelBuilder m = prd();
        m.standard("gd-yellow-deadline", "guangdong", "yellow-label-deadline").deadline("2015-12-31").binding();
        m.standard("shenzhen-yellow-deadline", "shenzhen", "yellow-label-deadline").deadline("2014-06-30");
        m.standard("zhaoqing-yellow-deadline", "zhaoqing", "yellow-label-deadline").deadline("2016-12-31");
        m.standard("huizhou-yellow-deadline", "huizhou", "yellow-label-deadline").deadline("2015-12-31");
        assertFindings(m, "BASE-RAISED", "BASE-RAISED INFO shenzhen-yellow-deadline");
    }

    @Test
    void aCityEqualToItsBaselineRaisesNothing() {
        ModelBuilder m = prd();
        m.standard("gd-voc-auto", "guangdong", "voc-emission").sector("automobile").value(40, "mg/m³").binding();
        m.standard("shenzhen-voc-auto", "shenzhen", "voc-emission").sector("automobile").value(40000, "µg/m³");
        assertSilent(m, "BASE-RAISED");
        assertSilent(m, "BASE-LOOSER");
    }

    // =====================================================================================
    // BASE-CIRCLE
    // =====================================================================================

    /** PRD conference with the 珠中江 circle, which agreed a printing limit of 50 below the province's 80. */
    static ModelBuilder prdWithPrintingCircle() {
        ModelBuilder m = prd();
        m.standard("gd-voc-printing", "guangdong", "voc-emission").sector("printing").value(80, "mg/m³").binding();
        m.arrangement("prd-conference", JOINT_CONFERENCE, "guangzhou", "shenzhen", "foshan", "zhaoqing", "zhuhai",
                "zhongshan", "jiangmen", "dongguan", "huizhou").convener("guangdong").initiation(TOP_DOWN);
        m.subArrangement("prd-conference", "zzj-circle", METROPOLITAN_CIRCLE, "zhuhai", "zhongshan", "jiangmen")
                .convener("zhuhai").initiation(SELF_INITIATED);
        m.standard("zzj-voc-printing", "zzj-circle", "voc-emission").sector("printing").value(50, "mg/m³");
        return m;
    }

    @Test
    void zhongshansPrintingLimit80LooserThanItsCirclesAgreed50IsBaseCircle() {
        ModelBuilder m = prdWithPrintingCircle();
        m.standard("zhongshan-voc-printing", "zhongshan", "voc-emission").sector("printing").value(80, "mg/m³");
        assertFindings(m, "BASE-CIRCLE", "BASE-CIRCLE ERROR zhongshan-voc-printing");
        assertSilent(m, "BASE-LOOSER"); // equal to the province
        Finding finding = only(m, "BASE-CIRCLE");
        assertTrue(finding.getRelated().contains(m.get("zzj-voc-printing")));
        assertTrue(finding.getRelated().contains(m.get("zzj-circle")));
    }

    @Test
    void aMemberMeetingItsCirclesBarAndANonMemberAtTheProvincialValueAreNotBaseCircle() {
        ModelBuilder m = prdWithPrintingCircle();
        m.standard("zhongshan-voc-printing", "zhongshan", "voc-emission").sector("printing").value(50, "mg/m³");
        m.standard("jiangmen-voc-printing", "jiangmen", "voc-emission").sector("printing").value(45, "mg/m³");
        m.standard("foshan-voc-printing", "foshan", "voc-emission").sector("printing").value(80, "mg/m³");
        assertSilent(m, "BASE-CIRCLE");
    }

    @Test
    void huizhousProvincialDeadlineLaterThanItsCirclesRaisedDeadlineIsBaseCircle() {
        ModelBuilder m = prd();
        m.standard("gd-yellow-deadline", "guangdong", "yellow-label-deadline").deadline("2015-12-31").binding();
        m.arrangement("szdh-circle", METROPOLITAN_CIRCLE, "shenzhen", "dongguan", "huizhou").convener("shenzhen");
        m.standard("szdh-yellow-deadline", "szdh-circle", "yellow-label-deadline").deadline("2014-12-31");
        m.standard("huizhou-yellow-deadline", "huizhou", "yellow-label-deadline").deadline("2015-12-31");
        m.standard("dongguan-yellow-deadline", "dongguan", "yellow-label-deadline").deadline("2014-12-31");
        assertFindings(m, "BASE-CIRCLE", "BASE-CIRCLE ERROR huizhou-yellow-deadline");
        assertSilent(m, "BASE-SCHEDULE"); // equal to the province's schedule
    }

    // =====================================================================================
    // BASE-FIXED-ACTION
    // =====================================================================================

    static final List<String> PRD_CITIES = List.of("guangzhou", "shenzhen", "foshan", "zhaoqing", "zhuhai", "zhongshan",
            "jiangmen", "dongguan", "huizhou");

    static ModelBuilder prdWithFixedAction(boolean binding, String... notAdopting) {
        ModelBuilder m = prd();
        ModelBuilder.StandardPart action = m.standard("gd-yellow-phaseout", "guangdong", "yellow-label-phaseout");
        if (binding) {
            action.binding();
        }
        for (String city : PRD_CITIES) {
            if (!List.of(notAdopting).contains(city)) {
                m.standard(city + "-yellow-phaseout", city, "yellow-label-phaseout");
            }
        }
        return m;
    }

    @Test
    void dongguanHasNotAdoptedGuangdongsYellowLabelPhaseOutIsBaseFixedActionOnDongguan() {
        ModelBuilder m = prdWithFixedAction(true, "dongguan");
        assertFindings(m, "BASE-FIXED-ACTION", "BASE-FIXED-ACTION ERROR dongguan");
        Finding finding = only(m, "BASE-FIXED-ACTION");
        assertEquals(List.of("gd-yellow-phaseout", "guangdong"), ids(finding.getRelated()));
    }

    @Test
    void whenEveryCityAdoptsTheFixedActionThereIsNoBaseFixedAction() {
        assertSilent(prdWithFixedAction(true), "BASE-FIXED-ACTION");
    }

    @Test
    void aNonBindingActionIsNoFixedAction() {
        assertSilent(prdWithFixedAction(false, "dongguan"), "BASE-FIXED-ACTION");
    }

    @Test
    void aCentralFixedActionBindsOnlyTheDirectSubordinates() {
        ModelBuilder m = prd();
        m.standard("central-yellow-phaseout", "central", "yellow-label-phaseout").binding();
        assertFindings(m, "BASE-FIXED-ACTION", "BASE-FIXED-ACTION ERROR guangdong");
        m.standard("gd-yellow-phaseout", "guangdong", "yellow-label-phaseout");
        assertSilent(m, "BASE-FIXED-ACTION"); // Guangdong's own adoption is not binding on the cities
    }

    // =====================================================================================
    // BASE-SCHEDULE
    // =====================================================================================

    @Test
    void zhaoqingsDeadline2016LaterThanGuangdongsUnified2015IsBaseSchedule() {
        ModelBuilder m = prd();
        m.standard("gd-yellow-deadline", "guangdong", "yellow-label-deadline").deadline("2015-12-31").binding();
        m.standard("zhaoqing-yellow-deadline", "zhaoqing", "yellow-label-deadline").deadline("2016-12-31");
        assertFindings(m, "BASE-SCHEDULE", "BASE-SCHEDULE ERROR zhaoqing-yellow-deadline");
        assertContains(only(m, "BASE-SCHEDULE").getMessage(), Labels.date(ModelBuilder.date("2016-12-31")),
                Labels.date(ModelBuilder.date("2015-12-31")), "Zhaoqing", "Guangdong");
        assertSilent(m, "BASE-LOOSER"); // deadlines are BASE-SCHEDULE's, not BASE-LOOSER's
    }

    @Test
    void aDeadlineOnOrBeforeTheUnifiedScheduleIsNotBaseSchedule() {
        ModelBuilder m = prd();
        m.standard("gd-yellow-deadline", "guangdong", "yellow-label-deadline").deadline("2015-12-31").binding();
        m.standard("zhaoqing-yellow-deadline", "zhaoqing", "yellow-label-deadline").deadline("2015-12-31");
        m.standard("shenzhen-yellow-deadline", "shenzhen", "yellow-label-deadline").deadline("2014-06-30");
        assertSilent(m, "BASE-SCHEDULE");
    }

    // =====================================================================================
    // BASE-UNITS
    // =====================================================================================

    @Test
    void jiangmensFurnitureLimitInKgPerHourCannotBeComparedWithGuangdongsMgPerM3() {
        ModelBuilder m = prdWithFurnitureBaseline();
        m.standard("jiangmen-voc-furniture", "jiangmen", "voc-emission").sector("furniture").value(1.2, "kg/h");
        assertFindings(m, "BASE-UNITS", "BASE-UNITS ERROR jiangmen-voc-furniture");
        assertContains(only(m, "BASE-UNITS").getMessage(), "1.2 kg/h", "30 mg/m³");
        assertSilent(m, "BASE-LOOSER");
        assertSilent(m, "BASE-RAISED");
    }

    @Test
    void aLimitInConvertibleUnitsIsNotBaseUnits() {
        ModelBuilder m = prdWithFurnitureBaseline();
        m.standard("jiangmen-voc-furniture", "jiangmen", "voc-emission").sector("furniture").value(30000, "µg/m³");
        m.standard("zhuhai-voc-furniture", "zhuhai", "voc-emission").sector("furniture").value(0.03, "g/m³");
        assertSilent(m, "BASE-UNITS");
    }

    @Test
    void aLimitInKgPerHourIsComparedWithItsCirclesStandardEvenIfNotBinding() {
        ModelBuilder m = prd();
        m.arrangement("zzj-circle", METROPOLITAN_CIRCLE, "zhuhai", "zhongshan", "jiangmen").convener("zhuhai");
        m.standard("zzj-voc-furniture", "zzj-circle", "voc-emission").sector("furniture").value(25, "mg/m³");
        m.standard("jiangmen-voc-furniture", "jiangmen", "voc-emission").sector("furniture").value(1.2, "kg/h");
        assertFindings(m, "BASE-UNITS", "BASE-UNITS ERROR jiangmen-voc-furniture");
    }

    @Test
    void aStandardWithTwoIncomparableBaselinesIsReportedOncePerComparison() {
        ModelBuilder m = prdWithFurnitureBaseline();
        m.standard("central-voc", "central", "voc-emission").value(50, "mg/m³").binding();
        m.standard("jiangmen-voc-furniture", "jiangmen", "voc-emission").sector("furniture").value(1.2, "kg/h");
        // RULES-SEMANTICS.md: one finding per (S, standard it cannot be compared with), each naming the other value
        assertFindings(m, "BASE-UNITS", "BASE-UNITS ERROR jiangmen-voc-furniture", "BASE-UNITS ERROR jiangmen-voc-furniture");
        List<String> messages = findingsOf(m, "BASE-UNITS").stream().map(Finding::getMessage).sorted().toList();
        assertTrue(messages.get(0).contains("30 mg/m³") != messages.get(1).contains("30 mg/m³"), messages::toString);
        assertTrue(messages.stream().anyMatch(t -> t.contains("50 mg/m³")), messages::toString);
    }

    // =====================================================================================
    // BASE-CONFLICT
    // =====================================================================================

    @Test
    void dongguansShoeLimits50And40InOverlappingPeriodsConflictOnBoth() {
        ModelBuilder m = prd();
        m.standard("dongguan-voc-shoes-2015", "dongguan", "voc-emission").sector("shoes").value(50, "mg/m³")
                .effective("2015-01-01", "2017-12-31");
        m.standard("dongguan-voc-shoes-2016", "dongguan", "voc-emission").sector("shoes").value(40, "mg/m³")
                .effective("2016-07-01", null);
        assertFindings(m, "BASE-CONFLICT", "BASE-CONFLICT ERROR dongguan-voc-shoes-2015",
                "BASE-CONFLICT ERROR dongguan-voc-shoes-2016");
        for (Finding f : findingsOf(m, "BASE-CONFLICT")) {
            assertTrue(f.getMessage().startsWith("Dongguan sets "), f.getMessage());
            assertContains(f.getMessage(), "50 mg/m³", "40 mg/m³");
        }
    }

    @Test
    void aRuleReplacingAnotherThatEndedTheDayBeforeIsNoConflict() {
        ModelBuilder m = prd();
        m.standard("dongguan-voc-shoes-2015", "dongguan", "voc-emission").sector("shoes").value(50, "mg/m³")
                .effective("2015-01-01", "2016-06-30");
        m.standard("dongguan-voc-shoes-2016", "dongguan", "voc-emission").sector("shoes").value(40, "mg/m³")
                .effective("2016-07-01", null);
        assertSilent(m, "BASE-CONFLICT");
    }

    @Test
    void theSameValueTwiceAnotherSectorOrAnotherIssuerIsNoConflict() {
        ModelBuilder m = prd();
        m.standard("dongguan-voc-shoes-a", "dongguan", "voc-emission").sector("shoes").value(50, "mg/m³");
        m.standard("dongguan-voc-shoes-b", "dongguan", "voc-emission").sector("shoes").value(50000, "µg/m³");
        m.standard("dongguan-voc-furniture", "dongguan", "voc-emission").sector("furniture").value(40, "mg/m³");
        m.standard("huizhou-voc-shoes", "huizhou", "voc-emission").sector("shoes").value(40, "mg/m³");
        assertSilent(m, "BASE-CONFLICT");
    }

    @Test
    void twoSectorlessValuesOfOneIssuerConflict() {
        ModelBuilder m = prd();
        m.standard("dongguan-voc-a", "dongguan", "voc-emission").value(50, "mg/m³");
        m.standard("dongguan-voc-b", "dongguan", "voc-emission").sector("").value(40, "mg/m³");
        assertFindings(m, "BASE-CONFLICT", "BASE-CONFLICT ERROR dongguan-voc-a", "BASE-CONFLICT ERROR dongguan-voc-b");
    }

    // =====================================================================================
    // ESC-SKIP
    // =====================================================================================

    @Test
    void theStateCouncilSteppingIntoXianXianyangBeforeShaanxiHasFailedIsEscSkip() {
        ModelBuilder m = shaanxi();
        m.negotiation("xx-transport", NOT_IMPLEMENTED, "2011-01-01", "xian", "xianyang");
        m.intervention("xx-transport", "xx-central-whatif", "central", "2019-06-01").exitCondition("bridge open");
        assertFindings(m, "ESC-SKIP", "ESC-SKIP ERROR xx-central-whatif");
        Finding finding = only(m, "ESC-SKIP");
        // names the intervener, the negotiation and the level that must act first
        assertContains(finding.getMessage(), "State Council", "xx-transport", "Shaanxi");
        assertEquals(List.of("central", "xx-transport", "shaanxi"), ids(finding.getRelated()));
    }

    @Test
    void anEscalationThroughEveryLevelIsNotEscSkip() {
        // county dispute → city failed → province failed → central
        ModelBuilder m = shaanxi();
        m.negotiation("county-water", DEADLOCKED, "2014-01-01", "huyi", "zhouzhi");
        m.intervention("county-water", "by-xian", "xian", "2015-01-01").end("2015-12-31").outcome(InterventionOutcome.INEFFECTIVE);
        m.intervention("county-water", "by-shaanxi", "shaanxi", "2016-01-01").end("2016-12-31").outcome(InterventionOutcome.INEFFECTIVE)
                .escalatedFrom("by-xian");
        m.intervention("county-water", "by-central", "central", "2017-01-01").end("2017-12-31").outcome(EFFECTIVE)
                .escalatedFrom("by-shaanxi");
        assertSilent(m, "ESC-SKIP");
    }

    @Test
    void theStateCouncilAfterOnlyTheCityFailedSkipsTheProvince() {
        ModelBuilder m = shaanxi();
        m.negotiation("county-water", DEADLOCKED, "2014-01-01", "huyi", "zhouzhi");
        m.intervention("county-water", "by-xian", "xian", "2015-01-01").end("2015-12-31").outcome(InterventionOutcome.INEFFECTIVE);
        m.intervention("county-water", "by-central", "central", "2017-01-01").end("2017-12-31").escalatedFrom("by-xian");
        assertFindings(m, "ESC-SKIP", "ESC-SKIP ERROR by-central");
        assertContains(only(m, "ESC-SKIP").getMessage(), "State Council", "Shaanxi");
    }

    @Test
    void theProvinceSteppingIntoACountyDisputeBeforeTheCityIsEscSkipNamingTheCity() {
        ModelBuilder m = shaanxi();
        m.negotiation("county-water", DEADLOCKED, "2014-01-01", "huyi", "zhouzhi");
        m.intervention("county-water", "by-shaanxi", "shaanxi", "2016-01-01").end("2016-12-31");
        assertFindings(m, "ESC-SKIP", "ESC-SKIP ERROR by-shaanxi");
        assertContains(only(m, "ESC-SKIP").getMessage(), "Shaanxi", "Xi'an");
    }

    @Test
    void aLowerFailureThatIsLaterOrNotAFailureDoesNotClearTheWay() {
        ModelBuilder m = shaanxi();
        m.negotiation("xx-transport", NOT_IMPLEMENTED, "2011-01-01", "xian", "xianyang");
        m.intervention("xx-transport", "by-shaanxi", "shaanxi", "2019-07-01").end("2019-12-31").outcome(InterventionOutcome.INEFFECTIVE);
        m.intervention("xx-transport", "by-central", "central", "2019-06-01").exitCondition("bridge open");
        assertFindings(m, "ESC-SKIP", "ESC-SKIP ERROR by-central"); // Shaanxi's failure came after

        m.<Intervention>get("by-shaanxi").setStart(ModelBuilder.date("2018-01-01"));
        assertSilent(m, "ESC-SKIP");
        m.<Intervention>get("by-shaanxi").setOutcome(EFFECTIVE);
        assertFindings(m, "ESC-SKIP", "ESC-SKIP ERROR by-central"); // effective is not failed
    }

    /** "Started no later than": a lower failure that started the same day clears the way; one day later it does not. */
    @Test
    void aLowerFailureStartedTheSameDayClearsTheWayAndOneDayLaterDoesNot() {
        ModelBuilder m = shaanxi();
        m.negotiation("xx-transport", NOT_IMPLEMENTED, "2011-01-01", "xian", "xianyang");
        m.intervention("xx-transport", "by-shaanxi", "shaanxi", "2019-06-01").end("2019-12-31").outcome(InterventionOutcome.INEFFECTIVE);
        m.intervention("xx-transport", "by-central", "central", "2019-06-01").exitCondition("bridge open");
        assertSilent(m, "ESC-SKIP"); // exactly on the boundary
        m.<Intervention>get("by-shaanxi").setStart(ModelBuilder.date("2019-06-02"));
        assertFindings(m, "ESC-SKIP", "ESC-SKIP ERROR by-central");
        m.<Intervention>get("by-shaanxi").setStart(ModelBuilder.date("2019-05-31"));
        assertSilent(m, "ESC-SKIP");
    }

    /** The same boundary two levels up: the city's failure on the day the State Council steps in counts; the province's too. */
    @Test
    void failuresStartedOnTheDayOfTheHigherInterventionCountAtEveryLevel() {
        ModelBuilder m = shaanxi();
        m.negotiation("county-water", DEADLOCKED, "2014-01-01", "huyi", "zhouzhi");
        m.intervention("county-water", "by-xian", "xian", "2017-01-01").end("2017-12-31").outcome(InterventionOutcome.INEFFECTIVE);
        m.intervention("county-water", "by-central", "central", "2017-01-01").end("2017-12-31");
        // Xi'an failed from that very day: the State Council skips only Shaanxi, which never stepped in
        assertFindings(m, "ESC-SKIP", "ESC-SKIP ERROR by-central");
        assertContains(only(m, "ESC-SKIP").getMessage(), "State Council", "Shaanxi");
        m.intervention("county-water", "by-shaanxi", "shaanxi", "2017-01-01").end("2017-12-31").outcome(InterventionOutcome.INEFFECTIVE)
                .escalatedFrom("by-xian");
        assertSilent(m, "ESC-SKIP"); // Shaanxi failed from that day too: every level below has failed
        m.<Intervention>get("by-shaanxi").setStart(ModelBuilder.date("2017-01-02"));
        assertFindings(m, "ESC-SKIP", "ESC-SKIP ERROR by-central"); // one day after: not yet failed when the State Council came
    }

    @Test
    void theDirectSuperiorItselfNeverSkips() {
        ModelBuilder m = shaanxi();
        m.negotiation("xx-transport", NOT_IMPLEMENTED, "2011-01-01", "xian", "xianyang");
        m.intervention("xx-transport", "by-shaanxi", "shaanxi", "2019-07-01").end("2019-12-31");
        assertSilent(m, "ESC-SKIP");
    }

    @Test
    void theChineseCatalogueGivesAChineseEscSkipMessage() {
        ModelBuilder m = shaanxi();
        m.negotiation("xx-transport", NOT_IMPLEMENTED, "2011-01-01", "xian", "xianyang");
        m.intervention("xx-transport", "xx-central-whatif", "central", "2019-06-01").exitCondition("bridge open");
        List<Finding> zh = CheckSession.check(catalog, m.resource(), CheckOptions.DEFAULT.withLocale(Locale.CHINESE))
                .stream().filter(f -> f.getRuleId().equals("ESC-SKIP")).toList();
        assertEquals(1, zh.size());
        assertContains(zh.get(0).getMessage(), "层层递进", "State Council", "Shaanxi");
    }

    // =====================================================================================
    // ESC-NOT-SUPERIOR
    // =====================================================================================

    @Test
    void beijingInterveningInTheTianjinHebeiMatterIsNotAboveEveryParty() {
        ModelBuilder m = jjj();
        m.negotiation("tjhb-boilers", DEADLOCKED, "2017-06-30", "tianjin", "hebei");
        m.intervention("tjhb-boilers", "tjhb-beijing-2018", "beijing", "2018-03-01").end("2018-12-31");
        assertFindings(m, "ESC-NOT-SUPERIOR", "ESC-NOT-SUPERIOR ERROR tjhb-beijing-2018");
        Finding notSuperior = only(m, "ESC-NOT-SUPERIOR");
        assertContains(notSuperior.getMessage(), "Beijing", "tjhb-boilers", "is not above Tianjin and Hebei");
        assertEquals(List.of("beijing", "tjhb-boilers", "tianjin", "hebei"), ids(notSuperior.getRelated()));
        assertEquals(List.of("intervener", "negotiation", "party", "party"), notSuperior.getRelatedRoles());
    }

    @Test
    void theStateCouncilIsAboveTianjinAndHebei() {
        ModelBuilder m = jjj();
        m.negotiation("tjhb-boilers", DEADLOCKED, "2017-06-30", "tianjin", "hebei");
        m.intervention("tjhb-boilers", "tjhb-central", "central", "2018-03-01").end("2018-12-31");
        assertSilent(m, "ESC-NOT-SUPERIOR");
    }

    @Test
    void hebeiIsAboveBaodingButNotAboveTianjinNorAboveItself() {
        ModelBuilder m = jjj();
        m.negotiation("bd-tj", DEADLOCKED, "2017-06-30", "baoding", "tianjin");
        m.intervention("bd-tj", "bd-tj-hebei", "hebei", "2018-03-01").end("2018-12-31");
        m.negotiation("hb-bd", DEADLOCKED, "2017-06-30", "hebei", "baoding");
        m.intervention("hb-bd", "hb-bd-hebei", "hebei", "2018-03-01").end("2018-12-31");
        assertFindings(m, "ESC-NOT-SUPERIOR", "ESC-NOT-SUPERIOR ERROR bd-tj-hebei", "ESC-NOT-SUPERIOR ERROR hb-bd-hebei");
    }

    // =====================================================================================
    // ESC-UNNECESSARY
    // =====================================================================================

    static ModelBuilder jjjAlerts(String platformDue, String platformStatus) {
        ModelBuilder m = jjj();
        m.negotiation("jjj-alerts", ONGOING, "2019-09-01", "beijing", "tianjin", "hebei");
        m.agreement("jjj-alerts", "jjj-alerts-agreement", "beijing", "tianjin", "hebei");
        m.commitment("jjj-alerts-agreement", "jjj-alerts-thresholds", "hebei", "2020-06-30", DONE);
        m.commitment("jjj-alerts-agreement", "jjj-alerts-platform", "beijing", platformDue,
                CommitmentStatus.valueOf(platformStatus));
        m.intervention("jjj-alerts", "jjj-alerts-central-2020", "central", "2020-09-01").end("2021-03-31");
        return m;
    }

    @Test
    void aCentralInspectionOfTheAlertNegotiationInNoDifficultyIsUnnecessary() {
        ModelBuilder m = jjjAlerts("2021-06-30", "PENDING");
        assertFindings(m, "ESC-UNNECESSARY", "ESC-UNNECESSARY WARNING jjj-alerts-central-2020");
        assertContains(only(m, "ESC-UNNECESSARY").getMessage(), "State Council", "it is ongoing");
    }

    @Test
    void anAgreedNegotiationWithNothingOverdueIsAlsoNoReasonToIntervene() {
        ModelBuilder m = jjjAlerts("2021-06-30", "PENDING");
        m.<Negotiation>get("jjj-alerts").setStatus(AGREED);
        assertFindings(m, "ESC-UNNECESSARY", "ESC-UNNECESSARY WARNING jjj-alerts-central-2020");
    }

    @Test
    void anOverdueCommitmentIsADifficultyThatJustifiesIntervention() {
        ModelBuilder m = jjjAlerts("2020-06-30", "PENDING");
        assertSilent(m, "ESC-UNNECESSARY");
        assertFindings(m, "RESP-OVERDUE", "RESP-OVERDUE ERROR jjj-alerts-platform");
    }

    /** "Due before the model's date": a commitment due exactly on asOf is not overdue yet; one day earlier it is. */
    @Test
    void aCommitmentDueOnTheModelsDateIsNotYetADifficultyAndOneDayEarlierIs() {
        assertFindings(jjjAlerts("2020-12-31", "PENDING"), "ESC-UNNECESSARY", "ESC-UNNECESSARY WARNING jjj-alerts-central-2020");
        assertSilent(jjjAlerts("2020-12-30", "PENDING"), "ESC-UNNECESSARY");
        assertFindings(jjjAlerts("2021-01-01", "PENDING"), "ESC-UNNECESSARY", "ESC-UNNECESSARY WARNING jjj-alerts-central-2020");
    }

    @Test
    void aCommitmentDonePastItsDateIsNoDifficulty() {
        assertFindings(jjjAlerts("2020-06-30", "DONE"), "ESC-UNNECESSARY",
                "ESC-UNNECESSARY WARNING jjj-alerts-central-2020");
    }

    @Test
    void aDeadlockedNegotiationJustifiesIntervention() {
        ModelBuilder m = jjjAlerts("2021-06-30", "PENDING");
        for (var status : List.of(DEADLOCKED, NOT_IMPLEMENTED, NegotiationStatus.INEFFECTIVE, RESOLVED)) {
            m.<Negotiation>get("jjj-alerts").setStatus(status);
            assertSilent(m, "ESC-UNNECESSARY");
        }
    }

    // =====================================================================================
    // ESC-NO-EXIT
    // =====================================================================================

    @Test
    void theLeadingGroupOf2018WithNeitherEndNorExitConditionIsNoExit() {
        ModelBuilder m = jjj();
        m.negotiation("jjj-air", NegotiationStatus.INEFFECTIVE, "2016-07-01", "beijing", "tianjin", "hebei");
        m.intervention("jjj-air", "jjj-leading-group-2018", "central", "2018-07-01");
        m.intervention("jjj-air", "blank-exit", "central", "2019-07-01").exitCondition("   ");
        assertFindings(m, "ESC-NO-EXIT", "ESC-NO-EXIT WARNING blank-exit", "ESC-NO-EXIT WARNING jjj-leading-group-2018");
    }

    @Test
    void anEndOrAnExitConditionIsEnoughToAvoidNoExit() {
        ModelBuilder m = jjj();
        m.negotiation("jjj-air", NegotiationStatus.INEFFECTIVE, "2016-07-01", "beijing", "tianjin", "hebei");
        m.intervention("jjj-air", "with-end", "central", "2016-01-01").end("2017-12-31");
        m.intervention("jjj-air", "with-exit", "central", "2018-07-01").exitCondition("PM2.5 target met");
        assertSilent(m, "ESC-NO-EXIT");
    }

    // =====================================================================================
    // ESC-OVERSTAY
    // =====================================================================================

    @Test
    void centralGuidanceForTheOlympicsEndingAfterTheResolutionIsOverstay() {
        ModelBuilder m = jjj();
        m.negotiation("olympics", RESOLVED, "2008-09-30", "beijing", "tianjin", "hebei");
        m.intervention("olympics", "olympics-central", "central", "2007-01-01").end("2009-06-30");
        m.intervention("olympics", "olympics-open-ended", "central", "2007-06-01").exitCondition("Games over");
        assertFindings(m, "ESC-OVERSTAY", "ESC-OVERSTAY WARNING olympics-central",
                "ESC-OVERSTAY WARNING olympics-open-ended");
        assertContains(findingsOf(m, "ESC-OVERSTAY").get(0).getMessage(),
                Labels.date(ModelBuilder.date("2008-09-30")));
        String ended = message(m, "ESC-OVERSTAY", "olympics-central");
        assertContains(ended, "lasted until " + Labels.date(ModelBuilder.date("2009-06-30")));
        assertFalse(ended.contains("still running"), ended);
        assertContains(message(m, "ESC-OVERSTAY", "olympics-open-ended"), "still running");
    }

    @Test
    void withdrawingOnOrBeforeTheResolutionIsNoOverstay() {
        ModelBuilder m = jjj();
        m.negotiation("olympics", RESOLVED, "2008-09-30", "beijing", "tianjin", "hebei");
        m.intervention("olympics", "same-day", "central", "2007-01-01").end("2008-09-30");
        m.intervention("olympics", "before", "central", "2007-01-01").end("2008-08-31");
        m.negotiation("unresolved", DEADLOCKED, "2008-09-30", "beijing", "tianjin");
        m.intervention("unresolved", "running", "central", "2009-01-01").exitCondition("agreement");
        m.negotiation("resolved-undated", RESOLVED, null, "beijing", "hebei");
        m.intervention("resolved-undated", "running-2", "central", "2009-01-01").exitCondition("agreement");
        assertSilent(m, "ESC-OVERSTAY");
    }

    // =====================================================================================
    // ESC-ORDER
    // =====================================================================================

    @Test
    void aCentralEscalationIn2018FromHebeisIntervention2019IsEscOrder() {
        ModelBuilder m = jjj();
        m.negotiation("bl-coal", DEADLOCKED, "2018-01-01", "baoding", "langfang");
        m.intervention("bl-coal", "bl-hebei-2019", "hebei", "2019-03-01").end("2019-12-31").outcome(InterventionOutcome.INEFFECTIVE);
        m.intervention("bl-coal", "bl-central-2018", "central", "2018-09-01").end("2020-06-30")
                .escalatedFrom("bl-hebei-2019");
        assertFindings(m, "ESC-ORDER", "ESC-ORDER ERROR bl-central-2018");
        assertEquals(List.of("bl-hebei-2019"), ids(only(m, "ESC-ORDER").getRelated()));
    }

    @Test
    void anEscalationStartingAfterOrOnTheDayOfTheLowerInterventionIsInOrder() {
        ModelBuilder m = jjj();
        m.negotiation("bl-coal", DEADLOCKED, "2018-01-01", "baoding", "langfang");
        m.intervention("bl-coal", "bl-hebei-2019", "hebei", "2019-03-01").end("2019-12-31").outcome(InterventionOutcome.INEFFECTIVE);
        m.intervention("bl-coal", "bl-central-2020", "central", "2020-01-01").end("2020-06-30")
                .escalatedFrom("bl-hebei-2019");
        m.intervention("bl-coal", "bl-central-same-day", "central", "2019-03-01").end("2020-06-30")
                .escalatedFrom("bl-hebei-2019");
        assertSilent(m, "ESC-ORDER");
    }

    // =====================================================================================
    // ESC-SUGGEST
    // =====================================================================================

    @Test
    void xianXianyangNotImplementedSince2011WithoutShaanxiIsEscSuggestEvenAfterTheCentralWhatIf() {
        ModelBuilder m = shaanxi();
        m.negotiation("xx-transport", NOT_IMPLEMENTED, "2011-01-01", "xian", "xianyang");
        assertFindings(m, "ESC-SUGGEST", "ESC-SUGGEST INFO xx-transport");
        m.intervention("xx-transport", "xx-central-whatif", "central", "2019-06-01").exitCondition("bridge open");
        assertFindings(m, "ESC-SUGGEST", "ESC-SUGGEST INFO xx-transport");
        assertContains(only(m, "ESC-SUGGEST").getMessage(), "Shaanxi", "not implemented (decided, never carried out)");
    }

    @Test
    void onceShaanxiStepsInThereIsNothingToSuggest() {
        ModelBuilder m = shaanxi();
        m.negotiation("xx-transport", NOT_IMPLEMENTED, "2011-01-01", "xian", "xianyang");
        m.intervention("xx-transport", "by-shaanxi", "shaanxi", "2019-06-01").end("2019-12-31").outcome(EFFECTIVE);
        assertSilent(m, "ESC-SUGGEST");
    }

    @Test
    void aDifficultyOf365DaysIsEnoughAnd364DaysIsNot() {
        ModelBuilder m = shaanxi().asOf("2020-01-01");
        m.negotiation("year", DEADLOCKED, "2019-01-01", "xian", "xianyang");
        m.negotiation("almost", NegotiationStatus.INEFFECTIVE, "2019-01-02", "xian", "xianyang");
        assertFindings(m, "ESC-SUGGEST", "ESC-SUGGEST INFO year");
    }

    @Test
    void aNegotiationWithoutDifficultyOrWithoutDateIsNoSuggestion() {
        ModelBuilder m = shaanxi();
        m.negotiation("ongoing", ONGOING, "2011-01-01", "xian", "xianyang");
        m.negotiation("resolved", RESOLVED, "2011-01-01", "xian", "xianyang");
        m.negotiation("undated", DEADLOCKED, null, "xian", "xianyang");
        assertSilent(m, "ESC-SUGGEST");
    }

    // =====================================================================================
    // ARR-SUBSET
    // =====================================================================================

    static ModelBuilder prdWithConference() {
        ModelBuilder m = prd()
                .unit("shanwei", "Shanwei", PREFECTURAL, Rank.PREFECTURAL, "guangdong")
                .unit("heyuan", "Heyuan", PREFECTURAL, Rank.PREFECTURAL, "guangdong");
        m.arrangement("prd-conference", JOINT_CONFERENCE, PRD_CITIES.toArray(String[]::new)).convener("guangdong")
                .hostedBy("guangdong").initiation(TOP_DOWN);
        return m;
    }

    @Test
    void theShenzhenDongguanHuizhouCircleListingShanweiAndHeyuanOutsideThePrdConferenceIsArrSubsetTwice() {
        ModelBuilder m = prdWithConference();
        m.subArrangement("prd-conference", "szdh-circle", METROPOLITAN_CIRCLE, "shenzhen", "dongguan", "huizhou",
                "shanwei", "heyuan").convener("shenzhen").initiation(SELF_INITIATED);
        assertFindings(m, "ARR-SUBSET", "ARR-SUBSET ERROR szdh-circle", "ARR-SUBSET ERROR szdh-circle");
        List<String> outsiders = findingsOf(m, "ARR-SUBSET").stream().map(f -> LoadedModel.fragment(f.getRelated().get(0)))
                .sorted().toList();
        assertEquals(List.of("heyuan", "shanwei"), outsiders);
    }

    @Test
    void aCircleOfConferenceMembersAndATopLevelArrangementAreNotArrSubset() {
        ModelBuilder m = prdWithConference();
        m.subArrangement("prd-conference", "szdh-circle", METROPOLITAN_CIRCLE, "shenzhen", "dongguan", "huizhou")
                .convener("shenzhen").initiation(SELF_INITIATED);
        m.arrangement("east-alliance", JOINT_CONFERENCE, "shenzhen", "shanwei", "heyuan").convener("shenzhen")
                .initiation(SELF_INITIATED);
        assertSilent(m, "ARR-SUBSET");
    }

    // =====================================================================================
    // ARR-HIERARCHY
    // =====================================================================================

    @Test
    void xionganEnteredAtProvincialLevelUnderProvincialHebeiIsArrHierarchy() {
        ModelBuilder m = jjj().unit("xiongan", "Xiong'an", PROVINCIAL, null, "hebei");
        assertFindings(m, "ARR-HIERARCHY", "ARR-HIERARCHY ERROR xiongan");
        assertContains(only(m, "ARR-HIERARCHY").getMessage(), "Xiong'an (provincial)", "Hebei (provincial)", "not at a higher level");
    }

    @Test
    void xionganAtPrefecturalLevelUnderHebeiIsFine() {
        assertSilent(jjj().unit("xiongan", "Xiong'an", PREFECTURAL, null, "hebei"), "ARR-HIERARCHY");
    }

    @Test
    void twoUnitsThatAreEachOthersSuperiorLieOnACycle() {
        ModelBuilder m = jjj();
        m.<AdministrativeUnit>get("hebei").setSuperior(m.get("baoding"));
        assertFindings(m, "ARR-HIERARCHY", "ARR-HIERARCHY ERROR baoding", "ARR-HIERARCHY ERROR hebei");
        for (Finding f : findingsOf(m, "ARR-HIERARCHY")) {
            assertContains(f.getMessage(), "cycle");
        }
    }

    @Test
    void aUnitThatIsItsOwnSuperiorLiesOnACycle() {
        ModelBuilder m = jjj();
        m.<AdministrativeUnit>get("langfang").setSuperior(m.get("langfang"));
        assertFindings(m, "ARR-HIERARCHY", "ARR-HIERARCHY ERROR langfang");
    }

    // =====================================================================================
    // ARR-COORDINATOR
    // =====================================================================================

    @Test
    void theCoordinationOfficeInsideTheBeijingBureauCannotCoordinateItsPeers() {
        ModelBuilder m = jjj();
        m.arrangement("jjj-coord-office", COORDINATION_OFFICE, "beijing", "tianjin", "hebei").hostedBy("beijing")
                .initiation(SELF_INITIATED);
        assertFindings(m, "ARR-COORDINATOR", "ARR-COORDINATOR WARNING jjj-coord-office");
        assertContains(only(m, "ARR-COORDINATOR").getMessage(), "Beijing", "sits inside");
    }

    @Test
    void foshanConveningTheGuangzhouFoshanMeetingRanksBelowSubProvincialGuangzhou() {
        ModelBuilder m = prd();
        m.arrangement("gf-integration", JOINT_CONFERENCE, "guangzhou", "foshan").convener("foshan")
                .initiation(SELF_INITIATED);
        assertFindings(m, "ARR-COORDINATOR", "ARR-COORDINATOR WARNING gf-integration");
        Finding coordinator = only(m, "ARR-COORDINATOR");
        assertContains(coordinator.getMessage(), "convened by Foshan (prefectural rank)",
                "ranks below its member Guangzhou (sub-provincial rank)");
        assertEquals(List.of("foshan", "guangzhou"), ids(coordinator.getRelated()));
    }

    @Test
    void aTopDownArrangementConvenedByAPeerIsArrCoordinator() {
        ModelBuilder m = prd();
        m.arrangement("gfz-top-down", JOINT_CONFERENCE, "guangzhou", "foshan", "zhaoqing").convener("guangzhou")
                .initiation(TOP_DOWN);
        assertFindings(m, "ARR-COORDINATOR", "ARR-COORDINATOR WARNING gfz-top-down");
        assertContains(only(m, "ARR-COORDINATOR").getMessage(), "top-down", "Guangzhou");
    }

    @Test
    void everyReasonThatHoldsIsOneFinding() {
        ModelBuilder m = prd();
        m.arrangement("gf-all-wrong", JOINT_CONFERENCE, "guangzhou", "foshan").convener("foshan").hostedBy("foshan")
                .initiation(TOP_DOWN);
        assertFindings(m, "ARR-COORDINATOR", "ARR-COORDINATOR WARNING gf-all-wrong",
                "ARR-COORDINATOR WARNING gf-all-wrong", "ARR-COORDINATOR WARNING gf-all-wrong");
    }

    @Test
    void theProvinceConveningAndHostingThePrdConferenceAndAPeerCircleAreFine() {
        ModelBuilder m = prdWithConference();
        m.subArrangement("prd-conference", "gfz-circle", METROPOLITAN_CIRCLE, "guangzhou", "foshan", "zhaoqing")
                .convener("guangzhou").initiation(SELF_INITIATED);
        m.subArrangement("prd-conference", "zzj-circle", METROPOLITAN_CIRCLE, "zhuhai", "zhongshan", "jiangmen")
                .convener("zhuhai").initiation(SELF_INITIATED);
        assertSilent(m, "ARR-COORDINATOR");
    }

    // =====================================================================================
    // RESP-UNASSIGNED, RESP-OVERDUE, RESP-INCOMPLETE
    // =====================================================================================

    @Test
    void theJjjFrameworkAgreementWithNoIndividualCommitmentIsRespUnassigned() {
        ModelBuilder m = jjj();
        m.negotiation("jjj-air", NegotiationStatus.INEFFECTIVE, "2016-07-01", "beijing", "tianjin", "hebei");
        m.agreement("jjj-air", "jjj-framework-2015", "beijing", "tianjin", "hebei");
        m.agreement("jjj-air", "collective-only", "beijing", "tianjin", "hebei");
        m.commitment("collective-only", "joint-legislation", null, "2018-12-31", DONE);
        assertFindings(m, "RESP-UNASSIGNED", "RESP-UNASSIGNED WARNING collective-only",
                "RESP-UNASSIGNED WARNING jjj-framework-2015");
    }

    @Test
    void oneCommitmentAssignedToAPartyIsEnoughForRespUnassigned() {
        ModelBuilder m = jjj();
        m.negotiation("jjj-air", NegotiationStatus.INEFFECTIVE, "2016-07-01", "beijing", "tianjin", "hebei");
        m.agreement("jjj-air", "jjj-framework-2015", "beijing", "tianjin", "hebei");
        m.commitment("jjj-framework-2015", "joint-legislation", null, "2018-12-31", DONE);
        m.commitment("jjj-framework-2015", "hebei-steel", "hebei", "2018-12-31", DONE);
        assertSilent(m, "RESP-UNASSIGNED");
    }

    static ModelBuilder xxPlan() {
        ModelBuilder m = shaanxi();
        m.negotiation("xx-transport", NOT_IMPLEMENTED, "2011-01-01", "xian", "xianyang");
        m.agreement("xx-transport", "xx-plan-2004", "xian", "xianyang");
        return m;
    }

    @Test
    void xianyangsBusLinesDue2010AndStillPendingAreRespOverdue() {
        ModelBuilder m = xxPlan();
        m.commitment("xx-plan-2004", "xx-bus-lines", "xianyang", "2010-12-31", PENDING);
        m.commitment("xx-plan-2004", "xx-abandoned-road", "xian", "2010-12-31", ABANDONED);
        assertFindings(m, "RESP-OVERDUE", "RESP-OVERDUE ERROR xx-abandoned-road", "RESP-OVERDUE ERROR xx-bus-lines");
        Finding bus = findingsOf(m, "RESP-OVERDUE").stream()
                .filter(f -> LoadedModel.fragment(f.getElement()).equals("xx-bus-lines")).findFirst().orElseThrow();
        assertContains(bus.getMessage(), Labels.date(ModelBuilder.date("2010-12-31")),
                Labels.date(ModelBuilder.date("2020-12-31")), "Xianyang");
    }

    @Test
    void aCommitmentDoneOrDueOnOrAfterTheReferenceDateIsNotOverdue() {
        ModelBuilder m = xxPlan();
        m.commitment("xx-plan-2004", "xx-metro-line1", "xian", "2010-12-31", DONE);
        m.commitment("xx-plan-2004", "due-on-asof", "xian", "2020-12-31", PENDING);
        m.commitment("xx-plan-2004", "due-later", "xianyang", "2021-06-30", PENDING);
        m.commitment("xx-plan-2004", "undated", "xianyang", null, PENDING);
        assertSilent(m, "RESP-OVERDUE");
        m.root().setAsOf(ModelBuilder.date("2021-01-01"));
        assertFindings(m, "RESP-OVERDUE", "RESP-OVERDUE ERROR due-on-asof");
    }

    @Test
    void aCommitmentWithNoResponsiblePartyOrNoDueDateIsRespIncomplete() {
        ModelBuilder m = xxPlan();
        m.commitment("xx-plan-2004", "xx-2002-joint-planning", null, "2004-12-31", DONE);
        m.commitment("xx-plan-2004", "xx-intercity-rail", "xian", null, PENDING);
        m.commitment("xx-plan-2004", "nothing", null, null, PENDING);
        assertFindings(m, "RESP-INCOMPLETE", "RESP-INCOMPLETE WARNING nothing",
                "RESP-INCOMPLETE WARNING xx-2002-joint-planning", "RESP-INCOMPLETE WARNING xx-intercity-rail");

        assertContains(message(m, "RESP-INCOMPLETE", "xx-2002-joint-planning"), "has no responsible party;");
        assertContains(message(m, "RESP-INCOMPLETE", "xx-intercity-rail"), "has no due date;");
        assertContains(message(m, "RESP-INCOMPLETE", "nothing"), "neither a responsible party nor a due date");
    }

    @Test
    void ofTwoMembersOutrankingTheConvenerTheHigherRankedIsNamedInOneFinding() {
        ModelBuilder m = prd();
        m.arrangement("gsz", JOINT_CONFERENCE, "foshan", "shenzhen", "guangdong").convener("foshan")
                .initiation(SELF_INITIATED);
        assertFindings(m, "ARR-COORDINATOR", "ARR-COORDINATOR WARNING gsz");
        assertContains(only(m, "ARR-COORDINATOR").getMessage(), "its member Guangdong (ministerial rank)");
    }

    @Test
    void aCommitmentSayingWhoMustDoWhatByWhenIsComplete() {
        ModelBuilder m = xxPlan();
        m.commitment("xx-plan-2004", "xx-metro-line1", "xian", "2010-12-31", DONE);
        assertSilent(m, "RESP-INCOMPLETE");
    }

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
