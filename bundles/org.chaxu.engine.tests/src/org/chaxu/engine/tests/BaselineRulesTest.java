// SPDX-License-Identifier: EPL-2.0
package org.chaxu.engine.tests;

import static org.chaxu.governance.ArrangementKind.JOINT_CONFERENCE;
import static org.chaxu.governance.ArrangementKind.METROPOLITAN_CIRCLE;
import static org.chaxu.governance.Initiation.SELF_INITIATED;
import static org.chaxu.governance.Initiation.TOP_DOWN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.chaxu.engine.CheckOptions;
import org.chaxu.engine.CheckSession;
import org.chaxu.engine.Finding;
import org.chaxu.engine.Labels;
import org.chaxu.engine.Severity;
import org.junit.jupiter.api.Test;

/**
 * The rules of rules/baseline.drl (BASE-*): a city may be stricter than the province, never looser.
 * One focused check per rule id (RULES-SEMANTICS.md), on small models built with
 * {@link ModelBuilder} after the worked cases: the rule fires with exactly the expected findings on
 * the faulty model, and stays silent on the nearly identical correct one. Every positive case would
 * fail if its rule were deleted, every negative case if it were inverted (LOOSER and STRICTER
 * swapped, a condition negated).
 */
class BaselineRulesTest extends RuleTestBase {

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
}
