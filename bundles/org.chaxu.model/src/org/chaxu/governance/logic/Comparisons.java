// SPDX-License-Identifier: EPL-2.0
package org.chaxu.governance.logic;

import java.util.Date;
import java.util.OptionalDouble;

import org.chaxu.governance.Direction;
import org.chaxu.governance.Standard;
import org.chaxu.governance.Strictness;

/**
 * "Compare two standards": how strict one standard is against another for the same
 * indicator, by the indicator's direction, converting units where the conversion is known.
 */
public final class Comparisons {

    /** Relative tolerance under which two converted values count as equal. */
    private static final double TOLERANCE = 1e-9;

    private Comparisons() {
    }

    /** The standard's own unit, or its indicator's when it states none. */
    public static String effectiveUnit(Standard standard) {
        String unit = standard.getUnit();
        if ((unit == null || unit.isBlank()) && standard.getIndicator() != null) {
            unit = standard.getIndicator().getUnit();
        }
        return unit;
    }

    /**
     * LOOSER when {@code standard} asks less than {@code other}, STRICTER when it asks more,
     * EQUAL when the same, INCOMPARABLE when they constrain different indicators, a value is
     * missing, or the units do not convert.
     */
    public static Strictness compare(Standard standard, Standard other) {
        if (standard == null || other == null || standard.getIndicator() == null
                || standard.getIndicator() != other.getIndicator()) {
            return Strictness.INCOMPARABLE;
        }
        Direction direction = standard.getIndicator().getDirection();
        switch (direction) {
        case DEADLINE:
            return compareDates(standard.getDeadline(), other.getDeadline());
        case MANDATORY_ACTION:
            // Adopting the action is what counts; a stated adoption deadline is compared when both have one.
            if (standard.getDeadline() != null && other.getDeadline() != null) {
                return compareDates(standard.getDeadline(), other.getDeadline());
            }
            return Strictness.EQUAL;
        default:
            return compareValues(standard, other, direction);
        }
    }

    private static Strictness compareValues(Standard standard, Standard other, Direction direction) {
        if (standard.getValue() == null || other.getValue() == null) {
            return Strictness.INCOMPARABLE;
        }
        OptionalDouble converted = Units.convert(standard.getValue(), effectiveUnit(standard), effectiveUnit(other));
        if (converted.isEmpty()) {
            return Strictness.INCOMPARABLE;
        }
        double mine = converted.getAsDouble();
        double theirs = other.getValue();
        if (Math.abs(mine - theirs) <= TOLERANCE * Math.max(Math.abs(mine), Math.abs(theirs))) {
            return Strictness.EQUAL;
        }
        boolean lowerIsStricter = direction == Direction.UPPER_LIMIT;
        return (mine < theirs) == lowerIsStricter ? Strictness.STRICTER : Strictness.LOOSER;
    }

    /** Earlier is stricter. */
    private static Strictness compareDates(Date mine, Date theirs) {
        if (mine == null || theirs == null) {
            return Strictness.INCOMPARABLE;
        }
        int c = mine.compareTo(theirs);
        return c == 0 ? Strictness.EQUAL : c < 0 ? Strictness.STRICTER : Strictness.LOOSER;
    }
}
