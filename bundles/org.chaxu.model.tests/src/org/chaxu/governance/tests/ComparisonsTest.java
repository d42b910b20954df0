package org.chaxu.governance.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;

import org.chaxu.governance.Direction;
import org.chaxu.governance.GovernanceFactory;
import org.chaxu.governance.Indicator;
import org.chaxu.governance.Standard;
import org.chaxu.governance.Strictness;
import org.junit.jupiter.api.Test;

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
}
