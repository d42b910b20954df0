package org.chaxu.engine.facts;

import java.time.Duration;
import java.util.Date;
import java.util.Objects;

import org.chaxu.governance.AdministrativeUnit;
import org.chaxu.governance.Direction;
import org.chaxu.governance.Level;
import org.chaxu.governance.Rank;
import org.chaxu.governance.Standard;
import org.chaxu.governance.Strictness;
import org.chaxu.governance.logic.Comparisons;

/** Small pure helpers for rule conditions, so that no rule repeats a computation. */
public final class Facts {

    private Facts() {
    }

    /** Whole days from {@code from} to {@code to} (negative when {@code to} is earlier); 0 if either is missing. */
    public static long daysBetween(Date from, Date to) {
        if (from == null || to == null) {
            return 0;
        }
        return Duration.between(from.toInstant(), to.toInstant()).toDays();
    }

    /** True when a baseline for {@code baselineSector} applies to a standard of {@code sector}. */
    public static boolean sectorApplies(String baselineSector, String sector) {
        return baselineSector == null || baselineSector.isBlank() || baselineSector.equals(sector);
    }

    /** The same sector, an empty sector counting as one sector. */
    public static boolean sameSector(String a, String b) {
        return Objects.equals(blankToNull(a), blankToNull(b));
    }

    /** True when two effective periods share a day (a missing bound is open). */
    public static boolean overlap(Standard a, Standard b) {
        return before(a.getEffectiveFrom(), b.getEffectiveUntil()) && before(b.getEffectiveFrom(), a.getEffectiveUntil());
    }

    /** Directions compared on the standard's value. */
    public static boolean isValueDirection(Direction direction) {
        return direction == Direction.UPPER_LIMIT || direction == Direction.LOWER_LIMIT || direction == Direction.LEVEL;
    }

    /** True when the text is missing or blank. */
    public static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /** True when a unit lies on a cycle of {@code superior} (its chain comes back to it). */
    public static boolean onSuperiorCycle(AdministrativeUnit unit) {
        java.util.Set<AdministrativeUnit> seen = new java.util.HashSet<>();
        for (AdministrativeUnit up = unit.getSuperior(); up != null && seen.add(up); up = up.getSuperior()) {
            if (up == unit) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code superior}'s level is not above {@code level} (CENTRAL is the highest). */
    public static boolean notHigher(Level superior, Level level) {
        return superior != null && level != null && superior.getValue() >= level.getValue();
    }

    /** True when rank {@code a} is below rank {@code b} (NATIONAL is the highest). */
    public static boolean lowerRank(Rank a, Rank b) {
        return a != null && b != null && a.getValue() > b.getValue();
    }

    /**
     * True when member {@code other} comes before member {@code member} among the members who
     * outrank a convener: it has the higher rank, or the same rank and comes first in
     * {@code members}. The first of that order is the one a message names.
     */
    public static boolean ranksBefore(AdministrativeUnit other, AdministrativeUnit member, java.util.List<?> members) {
        if (other == member || !other.isSetRank() || !member.isSetRank()) {
            return false;
        }
        return lowerRank(member.getRank(), other.getRank())
                || (other.getRank() == member.getRank() && members.indexOf(other) < members.indexOf(member));
    }

    /** The elements of {@code some} in the order they have in {@code all}. */
    public static <T> java.util.List<T> inOrder(java.util.Collection<T> some, java.util.List<?> all) {
        java.util.List<T> ordered = new java.util.ArrayList<>(some);
        ordered.sort(java.util.Comparator.comparingInt(all::indexOf));
        return ordered;
    }

    /**
     * What a commitment lacks, for RESP-INCOMPLETE's message: 1 a responsible party, 2 a due
     * date, 3 both.
     */
    public static int missingParts(org.chaxu.governance.Commitment commitment) {
        return (commitment.getResponsible() == null ? 1 : 0) + (commitment.getDue() == null ? 2 : 0);
    }

    /**
     * True when binding standard {@code candidate} (at chain distance {@code candidateDistance})
     * rather than {@code current} is the baseline: it is stricter, or as strict and nearer.
     */
    public static boolean outranks(Standard candidate, int candidateDistance, Standard current, int currentDistance) {
        Strictness c = Comparisons.compare(candidate, current);
        return c == Strictness.STRICTER || (c == Strictness.EQUAL && candidateDistance < currentDistance);
    }

    private static boolean before(Date from, Date until) {
        return from == null || until == null || !from.after(until);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
