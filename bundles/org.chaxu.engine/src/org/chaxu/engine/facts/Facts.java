// SPDX-License-Identifier: EPL-2.0
package org.chaxu.engine.facts;

import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Objects;

import org.chaxu.governance.AdministrativeUnit;
import org.chaxu.governance.Direction;
import org.chaxu.governance.Level;
import org.chaxu.governance.Rank;
import org.chaxu.governance.Standard;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;

/** Small pure helpers for rule conditions, so that no rule repeats a computation. */
public final class Facts {

    private Facts() {
    }

    /**
     * The model an element belongs to (the root of its file): its {@code asOf} is the date the
     * element is judged at, also when the project's other models have other dates.
     */
    public static EObject modelOf(EObject element) {
        EObject root = element;
        while (root.eContainer() != null) {
            root = root.eContainer();
        }
        return root;
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
     * The order of two elements in their files: elements of different files in the order of the
     * files' URIs (a project's files in path order), elements of one file in the order in which
     * the file holds them (that of {@code getAllContents}); an element in no file comes last.
     */
    public static int documentOrder(EObject a, EObject b) {
        return documentOrder(a, b, List::indexOf);
    }

    /**
     * As {@link #documentOrder(EObject, EObject)}, with the index of an element among its siblings
     * found by {@code indexOf} (a session looks it up in a map made once for a long list).
     */
    public static int documentOrder(EObject a, EObject b, java.util.function.ToIntBiFunction<List<?>, Object> indexOf) {
        if (a == b) {
            return 0;
        }
        List<EObject> pathA = path(a);
        List<EObject> pathB = path(b);
        EObject rootA = pathA.get(0);
        EObject rootB = pathB.get(0);
        if (rootA != rootB) {
            Resource ra = rootA.eResource();
            Resource rb = rootB.eResource();
            if (ra == null || rb == null) {
                return ra == null ? (rb == null ? 0 : 1) : -1;
            }
            if (ra != rb) {
                return String.valueOf(ra.getURI()).compareTo(String.valueOf(rb.getURI()));
            }
            return Integer.compare(ra.getContents().indexOf(rootA), ra.getContents().indexOf(rootB));
        }
        int i = 0;
        while (i < pathA.size() && i < pathB.size() && pathA.get(i) == pathB.get(i)) {
            i++;
        }
        if (i == pathA.size()) {
            return -1; // a contains b
        }
        if (i == pathB.size()) {
            return 1;
        }
        EObject childA = pathA.get(i);
        EObject childB = pathB.get(i);
        EReference featureA = childA.eContainmentFeature();
        EReference featureB = childB.eContainmentFeature();
        if (featureA != featureB) {
            List<EReference> containments = childA.eContainer().eClass().getEAllContainments();
            return Integer.compare(containments.indexOf(featureA), containments.indexOf(featureB));
        }
        Object siblings = childA.eContainer().eGet(featureA);
        return siblings instanceof List<?> list ? Integer.compare(indexOf.applyAsInt(list, childA), indexOf.applyAsInt(list, childB)) : 0;
    }

    private static List<EObject> path(EObject object) {
        List<EObject> path = new java.util.ArrayList<>();
        for (EObject o = object; o != null; o = o.eContainer()) {
            path.add(o);
        }
        java.util.Collections.reverse(path);
        return path;
    }

    private static boolean before(Date from, Date until) {
        return from == null || until == null || !from.after(until);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
