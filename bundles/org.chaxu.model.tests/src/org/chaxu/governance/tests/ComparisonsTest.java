// SPDX-License-Identifier: EPL-2.0
package org.chaxu.governance.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.chaxu.governance.Direction;
import org.chaxu.governance.GovernanceModel;
import org.chaxu.governance.GovernanceFactory;
import org.chaxu.governance.Indicator;
import org.chaxu.governance.Standard;
import org.chaxu.governance.Strictness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** "Compare two standards" honours the indicator's direction and converts units where known. */
class ComparisonsTest {

    private static final GovernanceFactory F = GovernanceFactory.eINSTANCE;

    private static Indicator indicator(Direction direction, String unit) {
        Indicator indicator = F.createIndicator();
        indicator.setId("i-" + direction);
        indicator.setDirection(direction);
        indicator.setUnit(unit);
        return indicator;
    }

    private static Standard value(Indicator indicator, double value, String unit) {
        Standard standard = F.createStandard();
        standard.setIndicator(indicator);
        standard.setValue(value);
        standard.setUnit(unit);
        return standard;
    }

    private static Standard deadline(Indicator indicator, int year, int month) {
        Standard standard = F.createStandard();
        standard.setIndicator(indicator);
        standard.setDeadline(Date.from(LocalDate.of(year, month, 1).atStartOfDay().toInstant(ZoneOffset.UTC)));
        return standard;
    }

    @Test
    void upperLimitLowerIsStricter() {
        Indicator voc = indicator(Direction.UPPER_LIMIT, "mg/m³");
        assertEquals(Strictness.LOOSER, value(voc, 40, null).compareTo(value(voc, 30, null)));
        assertEquals(Strictness.STRICTER, value(voc, 20, null).compareTo(value(voc, 30, null)));
        assertEquals(Strictness.EQUAL, value(voc, 30, null).compareTo(value(voc, 30, "mg/m³")));
    }

    @Test
    void unitsAreConvertedBeforeComparing() {
        Indicator pm = indicator(Direction.UPPER_LIMIT, "µg/m³");
        assertEquals(Strictness.EQUAL, value(pm, 0.035, "mg/m³").compareTo(value(pm, 35, null)));
        assertEquals(Strictness.LOOSER, value(pm, 0.040, "mg/m³").compareTo(value(pm, 35, null)));
        assertEquals(Strictness.STRICTER, value(pm, 35, null).compareTo(value(pm, 0.040, "mg/m³")));
    }

    @Test
    void unknownUnitPairIsIncomparableNeverAGuess() {
        Indicator voc = indicator(Direction.UPPER_LIMIT, "mg/m³");
        assertEquals(Strictness.INCOMPARABLE, value(voc, 1, "kg/h").compareTo(value(voc, 30, null)));
        assertEquals(Strictness.INCOMPARABLE, value(voc, 30, null).compareTo(value(voc, 1, "kg/h")));
    }

    @Test
    void lowerLimitHigherIsStricter() {
        Indicator removal = indicator(Direction.LOWER_LIMIT, "%");
        assertEquals(Strictness.STRICTER, value(removal, 95, null).compareTo(value(removal, 90, null)));
        assertEquals(Strictness.LOOSER, value(removal, 85, null).compareTo(value(removal, 900, "‰")));
    }

    @Test
    void ordinalLevelHigherIsStricter() {
        Indicator stage = indicator(Direction.LEVEL, null);
        assertEquals(Strictness.STRICTER, value(stage, 6, null).compareTo(value(stage, 5, null)));
        assertEquals(Strictness.LOOSER, value(stage, 4, null).compareTo(value(stage, 5, null)));
    }

    @Test
    void deadlineEarlierIsStricter() {
        Indicator phaseOut = indicator(Direction.DEADLINE, null);
        assertEquals(Strictness.STRICTER, deadline(phaseOut, 2014, 6).compareTo(deadline(phaseOut, 2015, 1)));
        assertEquals(Strictness.LOOSER, deadline(phaseOut, 2016, 1).compareTo(deadline(phaseOut, 2015, 1)));
        assertEquals(Strictness.EQUAL, deadline(phaseOut, 2015, 1).compareTo(deadline(phaseOut, 2015, 1)));
    }

    @Test
    void differentIndicatorsOrMissingValuesAreIncomparable() {
        Indicator a = indicator(Direction.UPPER_LIMIT, "mg/m³");
        Indicator b = indicator(Direction.UPPER_LIMIT, "mg/m³");
        assertEquals(Strictness.INCOMPARABLE, value(a, 30, null).compareTo(value(b, 30, null)));
        Standard noValue = F.createStandard();
        noValue.setIndicator(a);
        assertEquals(Strictness.INCOMPARABLE, noValue.compareTo(value(a, 30, null)));
        assertEquals(Strictness.INCOMPARABLE, deadline(indicator(Direction.DEADLINE, null), 2015, 1).compareTo(null));
    }

    @Test
    void mandatoryActionAdoptionIsEqualAndItsDeadlinesCompare() {
        Indicator phaseOut = indicator(Direction.MANDATORY_ACTION, null);
        Standard adopted = F.createStandard();
        adopted.setIndicator(phaseOut);
        Standard required = F.createStandard();
        required.setIndicator(phaseOut);
        assertEquals(Strictness.EQUAL, adopted.compareTo(required), "adopting the fixed action meets it");
        assertEquals(Strictness.EQUAL, deadline(phaseOut, 2016, 1).compareTo(required), "one deadline only");
        assertEquals(Strictness.LOOSER, deadline(phaseOut, 2016, 1).compareTo(deadline(phaseOut, 2015, 1)));
        assertEquals(Strictness.STRICTER, deadline(phaseOut, 2014, 1).compareTo(deadline(phaseOut, 2015, 1)));
    }

    @Test
    void aDeadlineIndicatorIgnoresValuesAndNeedsBothDates() {
        Indicator phaseOut = indicator(Direction.DEADLINE, null);
        Standard undated = value(phaseOut, 1, null);
        assertEquals(Strictness.INCOMPARABLE, undated.compareTo(deadline(phaseOut, 2015, 1)));
        assertEquals(Strictness.INCOMPARABLE, deadline(phaseOut, 2015, 1).compareTo(undated));
    }

    @Test
    void aStatedUnitAgainstNoUnitIsIncomparable() {
        Indicator bare = indicator(Direction.UPPER_LIMIT, null);
        assertEquals(Strictness.INCOMPARABLE, value(bare, 30, "mg/m³").compareTo(value(bare, 30, null)));
        assertEquals(Strictness.EQUAL, value(bare, 30, null).compareTo(value(bare, 30, " ")));
    }

    @Test
    void theEffectiveUnitIsTheStandardsOwnElseTheIndicators() {
        Indicator voc = indicator(Direction.UPPER_LIMIT, "mg/m³");
        assertEquals("mg/m³", value(voc, 30, null).effectiveUnit());
        assertEquals("mg/m³", value(voc, 30, "").effectiveUnit(), "blank counts as none");
        assertEquals("µg/m³", value(voc, 30000, "µg/m³").effectiveUnit());
        assertNull(value(indicator(Direction.LEVEL, null), 5, null).effectiveUnit());
        assertNull(F.createStandard().effectiveUnit(), "no unit and no indicator");
    }

    // ---- the worked cases -------------------------------------------------------------------

    @ParameterizedTest(name = "{0}: {1} vs {2} -> {3}")
    @CsvSource({
        // Foshan's furniture 40 mg/m³ against Guangdong's binding 30 mg/m³ (BASE-LOOSER)
        "prd-air.chaxu, foshan-voc-furniture, gd-voc-furniture, LOOSER",
        "prd-air.chaxu, gd-voc-furniture, foshan-voc-furniture, STRICTER",
        // Guangzhou's 35000 µg/m³ = 35 mg/m³ against Guangdong's 40 mg/m³ (BASE-RAISED)
        "prd-air.chaxu, guangzhou-voc-auto, gd-voc-auto, STRICTER",
        "prd-air.chaxu, gd-voc-auto, guangzhou-voc-auto, LOOSER",
        "prd-air.chaxu, shenzhen-voc-auto, gd-voc-auto, STRICTER",
        "prd-air.chaxu, shenzhen-voc-auto, guangzhou-voc-auto, STRICTER",
        // Zhongshan's 30000 µg/m³ is exactly Guangdong's 30 mg/m³ (must stay silent)
        "prd-air.chaxu, zhongshan-voc-furniture, gd-voc-furniture, EQUAL",
        "prd-air.chaxu, gd-voc-furniture, zhongshan-voc-furniture, EQUAL",
        // Jiangmen's kg/h cannot be compared with mg/m³ (BASE-UNITS)
        "prd-air.chaxu, jiangmen-voc-furniture, gd-voc-furniture, INCOMPARABLE",
        "prd-air.chaxu, gd-voc-furniture, jiangmen-voc-furniture, INCOMPARABLE",
        // Zhongshan's printing equals the province but is looser than its circle (BASE-CIRCLE)
        "prd-air.chaxu, zhongshan-voc-printing, gd-voc-printing, EQUAL",
        "prd-air.chaxu, zhongshan-voc-printing, zzj-voc-printing, LOOSER",
        "prd-air.chaxu, zzj-voc-printing, gd-voc-printing, STRICTER",
        // deadlines: earlier is stricter
        "prd-air.chaxu, shenzhen-yellow-deadline, gd-yellow-deadline, STRICTER",
        "prd-air.chaxu, zhaoqing-yellow-deadline, gd-yellow-deadline, LOOSER",
        "prd-air.chaxu, huizhou-yellow-deadline, gd-yellow-deadline, EQUAL",
        "prd-air.chaxu, huizhou-yellow-deadline, szdh-yellow-deadline, LOOSER",
        "prd-air.chaxu, szdh-yellow-deadline, gd-yellow-deadline, STRICTER",
        "prd-air.chaxu, gd-yellow-deadline, central-yellow-deadline, STRICTER",
        // the fixed action: an adoption meets it
        "prd-air.chaxu, foshan-yellow-phaseout, gd-yellow-phaseout, EQUAL",
        // different indicators never compare, even with the same unit
        "prd-air.chaxu, gd-voc-furniture, gd-yellow-deadline, INCOMPARABLE",
        "prd-air.chaxu, gd-yellow-phaseout, gd-yellow-deadline, INCOMPARABLE",
        // Beijing's 0.06 mg/m³ is the Action Plan's 60 µg/m³
        "jjj-air.chaxu, beijing-pm25-target, central-pm25-target, EQUAL",
        "jjj-air.chaxu, central-pm25-target, beijing-pm25-target, EQUAL",
    })
    void standardsOfTheWorkedCasesCompareAsTheirReadmeSays(String example, String id, String otherId,
            Strictness expected) {
        GovernanceModel model = ExampleModels.model(example);
        Standard standard = ExampleModels.byId(model, id, Standard.class);
        Standard other = ExampleModels.byId(model, otherId, Standard.class);
        assertEquals(expected, standard.compareTo(other));
    }

    /** The examples with at least two standards (the transport case has none). */
    static List<String> examplesWithStandards() {
        return ExampleModels.names().filter(name -> standards(ExampleModels.model(name)).size() > 1).toList();
    }

    private static List<Standard> standards(GovernanceModel model) {
        List<Standard> standards = new ArrayList<>();
        model.eAllContents().forEachRemaining(o -> {
            if (o instanceof Standard s) {
                standards.add(s);
            }
        });
        return standards;
    }

    @Test
    void theWorkedCasesWithStandardsAreCovered() {
        assertTrue(examplesWithStandards().containsAll(List.of("prd-air.chaxu", "jjj-air.chaxu", "clean-region.chaxu")),
                () -> "examples with standards: " + examplesWithStandards());
    }

    private static final Map<Strictness, Strictness> CONVERSE = Map.of(Strictness.LOOSER, Strictness.STRICTER,
            Strictness.STRICTER, Strictness.LOOSER, Strictness.EQUAL, Strictness.EQUAL, Strictness.INCOMPARABLE,
            Strictness.INCOMPARABLE);

    /** For every pair of standards in an example: a vs b is the converse of b vs a, and a vs a is EQUAL or INCOMPARABLE. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("examplesWithStandards")
    void comparisonIsAntisymmetricOnEveryPairOfAnExample(String example) {
        List<Standard> standards = standards(ExampleModels.model(example));
        for (Standard a : standards) {
            Strictness self = a.compareTo(a);
            assertTrue(self == Strictness.EQUAL || self == Strictness.INCOMPARABLE, a.getId() + " vs itself: " + self);
            for (Standard b : standards) {
                assertEquals(CONVERSE.get(a.compareTo(b)), b.compareTo(a), a.getId() + " / " + b.getId());
            }
        }
    }
}
