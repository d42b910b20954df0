// SPDX-License-Identifier: EPL-2.0
package org.chaxu.engine.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.chaxu.engine.facts.Authority;
import org.chaxu.engine.facts.Baseline;
import org.chaxu.engine.facts.Facts;
import org.chaxu.governance.Indicator;
import org.chaxu.governance.Issuer;
import org.chaxu.governance.Standard;
import org.chaxu.governance.Strictness;
import org.chaxu.governance.logic.Comparisons;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

/**
 * The {@link Baseline} of every standard, derived in Java and kept in step with the model: the
 * strictest binding standard for the same indicator and an applicable sector, comparable with it,
 * issued by a government in the authority chain of its issuer; among equally strict ones the
 * nearest, then the one for a sector before the one for all sectors, then the first in document
 * order. One fact per standard that has a baseline, inserted into the session as the model's
 * elements are.
 *
 * <p>The rules derived it before (issue 20): every comparable candidate became a fact ({@code Above})
 * under truth maintenance and a second rule chose among them. That kept a partial match for every
 * standard × authority × candidate and made the baseline most of a batch check's time and memory.
 * Here a standard's candidates are found by one look-up per authority in an index of the standards
 * by issuer and indicator, and an edit derives again only the baselines it can change: those of the
 * edited standard, of the standards whose baseline it was, of the standards below its issuer that
 * it may now outrank, and of the issuers whose authority chain changed.
 */
final class Baselines {

    private final KieSession session;
    /** The derived facts of an issuer (its {@link Authority} facts, in chain order). */
    private final Function<Issuer, List<Object>> chainOf;
    /** The standards of each issuer by indicator (those with both). */
    private final Map<Issuer, Map<Indicator, List<Standard>>> at = new IdentityHashMap<>();
    /** Where each standard of the session is indexed in {@link #at} (issuer and indicator then). */
    private final Map<Standard, Object[]> indexed = new IdentityHashMap<>();
    /** For each government, the issuers it has authority over. */
    private final Map<Issuer, Set<Issuer>> subjects = new IdentityHashMap<>();
    private final Map<Standard, Baseline> current = new IdentityHashMap<>();
    private final Map<Standard, FactHandle> handles = new IdentityHashMap<>();
    /** For each standard, the standards whose baseline it is. */
    private final Map<Standard, Set<Standard>> dependents = new IdentityHashMap<>();
    /*
     * What to derive again and which standards to offer at the next flush. Made anew after each
     * flush rather than cleared: an identity set keeps the table it grew to (every standard, after
     * a batch check), and clearing or copying it walks all of that table at every edit.
     */
    private Set<Standard> recompute = identitySet();
    private Set<Standard> offered = identitySet();
    private boolean all;

    Baselines(KieSession session, Function<Issuer, List<Object>> chainOf) {
        this.session = session;
        this.chainOf = chainOf;
    }

    /** The standards whose baseline {@code standard} is now. */
    Set<Standard> dependentsOf(Standard standard) {
        return dependents.getOrDefault(standard, Set.of());
    }

    /** A standard came into the session. */
    void added(Standard standard) {
        index(standard);
        recompute.add(standard);
        offered.add(standard);
    }

    /** A standard left the session: its baseline goes, and those it was the baseline of are derived again. */
    void removed(Standard standard) {
        unindex(standard);
        recompute.addAll(dependentsOf(standard));
        recompute.remove(standard);
        offered.remove(standard);
        set(standard, null);
    }

    /** A standard changed (any feature a comparison, the index or the order may read). */
    void changed(Standard standard) {
        if (!indexed.containsKey(standard)) {
            return;
        }
        unindex(standard);
        index(standard);
        recompute.add(standard);
        recompute.addAll(dependentsOf(standard));
        offered.add(standard);
    }

    /** The standards of {@code indicator} are compared differently now (its direction or unit changed). */
    void indicatorChanged(Indicator indicator) {
        for (Map<Indicator, List<Standard>> byIndicator : at.values()) {
            recompute.addAll(byIndicator.getOrDefault(indicator, List.of()));
        }
    }

    /** The authority chain of {@code subject} changed from {@code before} to {@code now}. */
    void chainChanged(Issuer subject, List<Object> before, List<Object> now) {
        for (Object fact : before) {
            if (fact instanceof Authority a && a.unit()) {
                Set<Issuer> under = subjects.get(a.authority());
                if (under != null) {
                    under.remove(subject);
                    if (under.isEmpty()) {
                        subjects.remove(a.authority());
                    }
                }
            }
        }
        for (Object fact : now) {
            if (fact instanceof Authority a && a.unit()) {
                subjects.computeIfAbsent(a.authority(), k -> identitySet()).add(subject);
            }
        }
        Map<Indicator, List<Standard>> own = at.get(subject);
        if (own != null) {
            own.values().forEach(recompute::addAll);
        }
    }

    /** Derive every baseline at the next {@link #flush()} (a batch check). */
    void deriveAll() {
        all = true;
    }

    /** Derives again the baselines the changes since the last flush may have changed, and updates their facts. */
    void flush() {
        if (all || offered.size() > indexed.size() / 4) {
            all = false;
            offered = identitySet();
            recompute = identitySet();
            for (Standard standard : indexed.keySet()) {
                set(standard, derive(standard));
            }
            return;
        }
        if (offered.isEmpty() && recompute.isEmpty()) {
            return;
        }
        for (Standard candidate : offered) {
            offer(candidate);
        }
        offered = identitySet();
        Set<Standard> todo = recompute;
        recompute = identitySet();
        for (Standard standard : todo) {
            set(standard, indexed.containsKey(standard) ? derive(standard) : null);
        }
    }

    /**
     * Marks for derivation the standards below {@code candidate}'s issuer that it may now be the
     * baseline of: those without a baseline, or whose baseline is not stricter than it.
     */
    private void offer(Standard candidate) {
        Indicator indicator = candidate.getIndicator();
        if (!candidate.isBinding() || indicator == null || candidate.getIssuer() == null) {
            return;
        }
        for (Issuer subject : subjects.getOrDefault(candidate.getIssuer(), Set.of())) {
            Map<Indicator, List<Standard>> byIndicator = at.get(subject);
            List<Standard> standards = byIndicator == null ? null : byIndicator.get(indicator);
            if (standards == null) {
                continue;
            }
            for (Standard standard : standards) {
                if (recompute.contains(standard) || standard == candidate
                        || !Facts.sectorApplies(candidate.getSector(), standard.getSector())
                        || Comparisons.compare(standard, candidate) == Strictness.INCOMPARABLE) {
                    continue;
                }
                Baseline now = current.get(standard);
                if (now == null || Comparisons.compare(candidate, now.baseline()) != Strictness.LOOSER) {
                    recompute.add(standard);
                }
            }
        }
    }

    /** The baseline of {@code standard} as the model is now, or null. */
    private Baseline derive(Standard standard) {
        Indicator indicator = standard.getIndicator();
        Issuer issuer = standard.getIssuer();
        if (indicator == null || issuer == null) {
            return null;
        }
        Standard best = null;
        Authority bestAt = null;
        for (Object fact : chainOf.apply(issuer)) {
            if (!(fact instanceof Authority authority) || !authority.unit()) {
                continue;
            }
            Map<Indicator, List<Standard>> byIndicator = at.get(authority.authority());
            List<Standard> standards = byIndicator == null ? null : byIndicator.get(indicator);
            if (standards == null) {
                continue;
            }
            for (Standard candidate : standards) {
                if (candidate == standard || !candidate.isBinding()
                        || !Facts.sectorApplies(candidate.getSector(), standard.getSector())
                        || Comparisons.compare(standard, candidate) == Strictness.INCOMPARABLE) {
                    continue;
                }
                if (best == null || outranks(candidate, authority.distance(), best, bestAt.distance())) {
                    best = candidate;
                    bestAt = authority;
                }
            }
        }
        return best == null ? null : new Baseline(standard, best, bestAt.authority(), Comparisons.compare(standard, best));
    }

    /**
     * The order that makes a baseline unique: stricter; as strict and nearer; at one distance
     * the standard for a sector before the one for all sectors; then the first in document order.
     */
    static boolean outranks(Standard candidate, int candidateDistance, Standard current, int currentDistance) {
        Strictness c = Comparisons.compare(candidate, current);
        if (c != Strictness.EQUAL) {
            return c == Strictness.STRICTER;
        }
        if (candidateDistance != currentDistance) {
            return candidateDistance < currentDistance;
        }
        boolean specific = !Facts.isBlank(candidate.getSector());
        if (specific != !Facts.isBlank(current.getSector())) {
            return specific;
        }
        return Facts.documentOrder(candidate, current) < 0;
    }

    private void set(Standard standard, Baseline now) {
        Baseline before = current.get(standard);
        if (before == null ? now == null : before.equals(now)) {
            return;
        }
        if (before != null) {
            current.remove(standard);
            Set<Standard> of = dependents.get(before.baseline());
            if (of != null) {
                of.remove(standard);
                if (of.isEmpty()) {
                    dependents.remove(before.baseline());
                }
            }
            session.delete(handles.remove(standard));
        }
        if (now != null) {
            current.put(standard, now);
            dependents.computeIfAbsent(now.baseline(), k -> identitySet()).add(standard);
            handles.put(standard, session.insert(now));
        }
    }

    private void index(Standard standard) {
        Issuer issuer = standard.getIssuer();
        Indicator indicator = standard.getIndicator();
        indexed.put(standard, new Object[] { issuer, indicator });
        if (issuer != null && indicator != null) {
            at.computeIfAbsent(issuer, k -> new IdentityHashMap<>()).computeIfAbsent(indicator, k -> new ArrayList<>(2)).add(standard);
        }
    }

    private void unindex(Standard standard) {
        Object[] key = indexed.remove(standard);
        if (key == null || key[0] == null || key[1] == null) {
            return;
        }
        Map<Indicator, List<Standard>> byIndicator = at.get(key[0]);
        if (byIndicator == null) {
            return;
        }
        List<Standard> standards = byIndicator.get(key[1]);
        if (standards != null) {
            standards.remove(standard);
            if (standards.isEmpty()) {
                byIndicator.remove(key[1]);
                if (byIndicator.isEmpty()) {
                    at.remove(key[0]);
                }
            }
        }
    }

    private static <T> Set<T> identitySet() {
        return Collections.newSetFromMap(new IdentityHashMap<>());
    }
}
