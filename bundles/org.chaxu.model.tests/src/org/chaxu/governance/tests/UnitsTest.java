// SPDX-License-Identifier: EPL-2.0
package org.chaxu.governance.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.chaxu.governance.logic.Units;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnitsTest {

    @ParameterizedTest(name = "{0} {1} = {3} {2}")
    @CsvSource({
        "30, mg/m³, µg/m³, 30000",
        "30000, µg/m³, mg/m³, 30",
        "0.03, g/m³, mg/m³, 30",
        "30, mg/m3, g/m³, 0.03",
        "35, μg/m³, ug/m3, 35",
        "2.5, kt/a, t/a, 2500",
        "2500, t/a, kt/a, 2.5",
        "3, 万t/a, kt/a, 30",
        "15, ‰, %, 1.5",
        "2, weeks, days, 14",
        "1, mg/L, g/m³, 1",
    })
    void convertsBothWays(double value, String from, String to, double expected) {
        assertEquals(expected, Units.convert(value, from, to).getAsDouble(), expected * 1e-12);
        assertEquals(value, Units.convert(expected, to, from).getAsDouble(), value * 1e-12);
    }

    @Test
    void unknownOrMismatchedUnitsNeverConvert() {
        assertFalse(Units.convertible("kg/h", "mg/m³"), "kg/h is unknown");
        assertFalse(Units.convertible("mg/m³", "t/a"), "concentration vs mass rate");
        assertFalse(Units.convertible("%", "days"), "share vs duration");
        assertFalse(Units.convertible("mg/m³", null), "a stated unit vs none");
        assertTrue(Units.convertible(null, ""), "both without unit");
        assertTrue(Units.convertible("furlongs", "furlongs"), "the same spelling is trivially the same");
        assertFalse(Units.isKnown("kg/h"));
        assertTrue(Units.isKnown("µg/m³"));
    }
}
