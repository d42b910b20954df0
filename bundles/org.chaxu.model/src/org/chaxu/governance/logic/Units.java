// SPDX-License-Identifier: EPL-2.0
package org.chaxu.governance.logic;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Units of measure Chaxu knows how to convert. Each unit belongs to one dimension and has
 * a factor to that dimension's base unit; two units convert only within one dimension.
 * An unknown unit, or two units of different dimensions, never convert: callers report
 * them (BASE-UNITS) instead of guessing.
 */
public final class Units {

    private record Unit(String dimension, double toBase) {
    }

    private static final Map<String, Unit> UNITS = new HashMap<>();

    static {
        // mass concentration, base g/m³ (1 mg/L = 1 g/m³)
        define("concentration", 1e3, "g/l");
        define("concentration", 1, "g/m³", "g/m3", "mg/l");
        define("concentration", 1e-3, "mg/m³", "mg/m3", "µg/l", "ug/l");
        define("concentration", 1e-6, "µg/m³", "ug/m³", "µg/m3", "ug/m3");
        define("concentration", 1e-9, "ng/m³", "ng/m3");
        // mass per year, base t/a
        define("mass-rate", 1e-3, "kg/a", "kg/yr");
        define("mass-rate", 1, "t/a", "t/yr", "tonnes/a");
        define("mass-rate", 1e3, "kt/a", "kt/yr");
        define("mass-rate", 1e4, "万t/a", "10kt/a");
        define("mass-rate", 1e6, "mt/a", "mt/yr");
        // shares, base %
        define("share", 1, "%", "percent");
        define("share", 0.1, "‰", "permille");
        // durations, base days
        define("duration", 1, "days", "day", "d");
        define("duration", 7, "weeks", "week", "w");
        define("duration", 1.0 / 24, "hours", "hour", "h");
        // counts
        define("count", 1, "vehicles", "vehicle");
        define("count", 1, "items", "item");
    }

    private Units() {
    }

    private static void define(String dimension, double toBase, String... names) {
        for (String name : names) {
            UNITS.put(normalize(name), new Unit(dimension, toBase));
        }
    }

    private static String normalize(String unit) {
        return unit.trim().replace(" ", "").replace('\u03bc', '\u00b5').toLowerCase(Locale.ROOT);
    }

    /** True when Chaxu knows the unit (null and blank count as "no unit", which is known). */
    public static boolean isKnown(String unit) {
        return isBlank(unit) || UNITS.containsKey(normalize(unit));
    }

    /** True when a value in {@code from} can be expressed in {@code to}. */
    public static boolean convertible(String from, String to) {
        return convert(1, from, to).isPresent();
    }

    /**
     * {@code value} in unit {@code from}, expressed in unit {@code to}; empty when either
     * unit is unknown or the two measure different things. Two blank units, or two
     * spellings of the same unit, are trivially convertible.
     */
    public static OptionalDouble convert(double value, String from, String to) {
        if (isBlank(from) && isBlank(to)) {
            return OptionalDouble.of(value);
        }
        if (isBlank(from) || isBlank(to)) {
            return OptionalDouble.empty();
        }
        if (normalize(from).equals(normalize(to))) {
            return OptionalDouble.of(value);
        }
        Unit a = UNITS.get(normalize(from));
        Unit b = UNITS.get(normalize(to));
        if (a == null || b == null || !a.dimension().equals(b.dimension())) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(value * a.toBase() / b.toBase());
    }

    private static boolean isBlank(String unit) {
        return unit == null || unit.isBlank();
    }
}
