// SPDX-License-Identifier: EPL-2.0
package org.chaxu.governance.logic;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.chaxu.governance.AdministrativeUnit;
import org.chaxu.governance.Arrangement;
import org.chaxu.governance.Issuer;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Who sits above whom: the superior chain of a unit, "is above", the lowest common
 * superior of a set of units, and the authority chain of an issuer (units and arrangements).
 * Every walk stops at a cycle in {@code superior}, so a broken hierarchy (reported by
 * ARR-HIERARCHY) never makes these loop.
 */
public final class Hierarchy {

    private Hierarchy() {
    }

    /** The units above {@code unit}, nearest first, without repetition; stops at a cycle. */
    public static List<AdministrativeUnit> superiorChain(AdministrativeUnit unit) {
        Set<AdministrativeUnit> chain = new LinkedHashSet<>();
        for (AdministrativeUnit up = unit == null ? null : unit.getSuperior(); up != null && up != unit
                && chain.add(up); up = up.getSuperior()) {
            // walk
        }
        return new ArrayList<>(chain);
    }

    /** True when {@code upper} appears in the superior chain of {@code lower}. */
    public static boolean isAbove(AdministrativeUnit upper, AdministrativeUnit lower) {
        return upper != null && lower != null && upper != lower && superiorChain(lower).contains(upper);
    }

    /** True when the superior chain of {@code unit} comes back to a unit already seen. */
    public static boolean hasCycle(AdministrativeUnit unit) {
        Set<AdministrativeUnit> seen = new LinkedHashSet<>();
        for (AdministrativeUnit u = unit; u != null; u = u.getSuperior()) {
            if (!seen.add(u)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The lowest unit strictly above every given unit: Xi'an + Xianyang give Shaanxi,
     * Beijing + Tianjin + Hebei give the central government. Null for an empty set or
     * units that share no superior.
     */
    public static AdministrativeUnit lowestCommonSuperior(Collection<? extends AdministrativeUnit> units) {
        Iterator<? extends AdministrativeUnit> it = units == null ? null : units.iterator();
        if (it == null || !it.hasNext()) {
            return null;
        }
        List<AdministrativeUnit> candidates = superiorChain(it.next());
        while (it.hasNext()) {
            candidates.retainAll(superiorChain(it.next()));
        }
        return candidates.isEmpty() ? null : candidates.get(0);
    }

    /**
     * Every issuer with authority over {@code issuer}, nearest first. For a unit: the
     * arrangements it belongs to (innermost first, with their parents), then its superior
     * chain. For an arrangement: its parent arrangements, then the lowest common superior of
     * its members and that unit's superior chain.
     */
    public static List<Issuer> authorityChain(Issuer issuer) {
        return authorityChain(issuer, Hierarchy::arrangementsOf);
    }

    /**
     * The authority chain with the arrangements of each unit looked up in {@code membership}
     * (e.g. a {@link #membershipIndex} built once for a whole model) instead of a search of the
     * model per unit.
     */
    public static List<Issuer> authorityChain(Issuer issuer,
            Function<AdministrativeUnit, List<Arrangement>> membership) {
        Set<Issuer> chain = new LinkedHashSet<>();
        if (issuer instanceof AdministrativeUnit unit) {
            for (Arrangement arrangement : membership.apply(unit)) {
                addWithParents(chain, arrangement);
            }
            chain.addAll(superiorChain(unit));
        } else if (issuer instanceof Arrangement arrangement) {
            addWithParents(chain, arrangement.getParent());
            AdministrativeUnit lcs = lowestCommonSuperior(arrangement.getMembers());
            if (lcs != null) {
                chain.add(lcs);
                chain.addAll(superiorChain(lcs));
            }
        }
        chain.remove(issuer);
        return new ArrayList<>(chain);
    }

    /**
     * The arrangements that list {@code unit} as a member, innermost (deepest) first. Searched in
     * the unit's resource, or, for a model not (yet) in a resource, in the unit's root container.
     */
    public static List<Arrangement> arrangementsOf(AdministrativeUnit unit) {
        List<Arrangement> result = new ArrayList<>();
        if (unit == null) {
            return result;
        }
        Iterator<? extends EObject> contents = unit.eResource() != null ? unit.eResource().getAllContents()
                : EcoreUtil.getRootContainer(unit).eAllContents();
        contents.forEachRemaining(o -> {
            if (o instanceof Arrangement a && a.getMembers().contains(unit)) {
                result.add(a);
            }
        });
        result.sort((a, b) -> Integer.compare(depth(b), depth(a)));
        return result;
    }

    /**
     * For every unit of a model, the arrangements that list it as a member, innermost first, in
     * one pass over the model: what {@link #arrangementsOf} gives for each unit.
     */
    public static Map<AdministrativeUnit, List<Arrangement>> membershipIndex(Iterator<? extends EObject> contents) {
        Map<AdministrativeUnit, List<Arrangement>> index = new HashMap<>();
        contents.forEachRemaining(o -> {
            if (o instanceof Arrangement a) {
                for (AdministrativeUnit member : a.getMembers()) {
                    List<Arrangement> arrangements = index.computeIfAbsent(member, u -> new ArrayList<>());
                    if (!arrangements.contains(a)) {
                        arrangements.add(a);
                    }
                }
            }
        });
        index.values().forEach(list -> list.sort((a, b) -> Integer.compare(depth(b), depth(a))));
        return index;
    }

    private static int depth(Arrangement arrangement) {
        int depth = 0;
        for (Arrangement a = arrangement.getParent(); a != null; a = a.getParent()) {
            depth++;
        }
        return depth;
    }

    private static void addWithParents(Set<Issuer> chain, Arrangement arrangement) {
        for (Arrangement a = arrangement; a != null && chain.add(a); a = a.getParent()) {
            // walk up
        }
    }
}
