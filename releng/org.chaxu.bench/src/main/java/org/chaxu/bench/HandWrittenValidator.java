// SPDX-License-Identifier: EPL-2.0
package org.chaxu.bench;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.chaxu.governance.AdministrativeUnit;
import org.chaxu.governance.Agreement;
import org.chaxu.governance.Arrangement;
import org.chaxu.governance.Commitment;
import org.chaxu.governance.CommitmentStatus;
import org.chaxu.governance.Direction;
import org.chaxu.governance.GovernanceModel;
import org.chaxu.governance.Indicator;
import org.chaxu.governance.Initiation;
import org.chaxu.governance.Intervention;
import org.chaxu.governance.InterventionOutcome;
import org.chaxu.governance.Issuer;
import org.chaxu.governance.Negotiation;
import org.chaxu.governance.NegotiationStatus;
import org.chaxu.governance.Standard;
import org.chaxu.governance.Strictness;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * The whole rule catalogue as a team without a rule engine would write it: plain Java over the
 * EMF API, one method per rule, with the maps a competent engineer would build first (standards
 * by issuer and indicator, the authority chain of each issuer, interventions per negotiation).
 * It re-checks the whole model every time; it has no incremental mode. Its findings are the
 * rule id and the element, as {@code examples/RULES-SEMANTICS.md} defines them. It compares
 * standards, converts units and walks the hierarchy with its own code ({@link PeerLogic}), not the
 * product's, so that its agreement with the engine can catch a mistake there too.
 */
public final class HandWrittenValidator {

    /** One finding: the rule and the element it is reported on. */
    public record Violation(String ruleId, EObject element) {
    }

    private final List<Violation> out = new ArrayList<>();
    private final List<AdministrativeUnit> units = new ArrayList<>();
    private final List<Arrangement> arrangements = new ArrayList<>();
    private final List<Standard> standards = new ArrayList<>();
    private final List<Negotiation> negotiations = new ArrayList<>();
    private final List<Agreement> agreements = new ArrayList<>();
    private final List<Commitment> commitments = new ArrayList<>();
    private final List<Intervention> interventions = new ArrayList<>();
    private Date asOf;
    /** Standards by issuer, then by indicator. */
    private final Map<Issuer, Map<Indicator, List<Standard>>> byIssuer = new IdentityHashMap<>();
    private final Map<Issuer, List<Issuer>> chains = new IdentityHashMap<>();
    private Map<AdministrativeUnit, List<Arrangement>> membership;
    private final Map<AdministrativeUnit, Set<AdministrativeUnit>> superiors = new IdentityHashMap<>();

    private HandWrittenValidator() {
    }

    /** Every finding of the catalogue on the model in {@code resource}. */
    public static List<Violation> validate(Resource resource) {
        HandWrittenValidator v = new HandWrittenValidator();
        v.index(resource);
        v.baselineRules();
        v.escalationRules();
        v.structureRules();
        return v.out;
    }

    private void index(Resource resource) {
        resource.getAllContents().forEachRemaining(o -> {
            if (o instanceof AdministrativeUnit u) {
                units.add(u);
            } else if (o instanceof Arrangement a) {
                arrangements.add(a);
            } else if (o instanceof Standard s) {
                standards.add(s);
                byIssuer.computeIfAbsent(s.getIssuer(), i -> new IdentityHashMap<>())
                        .computeIfAbsent(s.getIndicator(), i -> new ArrayList<>()).add(s);
            } else if (o instanceof Negotiation n) {
                negotiations.add(n);
            } else if (o instanceof Agreement g) {
                agreements.add(g);
            } else if (o instanceof Commitment k) {
                commitments.add(k);
            } else if (o instanceof Intervention x) {
                interventions.add(x);
            } else if (o instanceof GovernanceModel m) {
                asOf = m.getAsOf();
            }
        });
        membership = PeerLogic.memberships(arrangements);
    }

    private List<Issuer> chain(Issuer issuer) {
        return chains.computeIfAbsent(issuer, i -> PeerLogic.authorities(i, membership));
    }

    /** The units strictly above {@code unit}, as a set for "is above" look-ups. */
    private Set<AdministrativeUnit> above(AdministrativeUnit unit) {
        return superiors.computeIfAbsent(unit, u -> new HashSet<>(PeerLogic.superiors(u)));
    }

    private List<Standard> standardsOf(Issuer issuer, Indicator indicator) {
        Map<Indicator, List<Standard>> map = byIssuer.get(issuer);
        List<Standard> list = map == null ? null : map.get(indicator);
        return list == null ? List.of() : list;
    }

    private void report(String ruleId, EObject element) {
        out.add(new Violation(ruleId, element));
    }

    // ---------------------------------------------------------------------------- baseline

    private void baselineRules() {
        for (Standard s : standards) {
            Indicator indicator = s.getIndicator();
            Direction direction = indicator.getDirection();
            List<Issuer> chain = chain(s.getIssuer());
            if (direction != Direction.MANDATORY_ACTION) {
                for (Standard b : baselines(s, chain)) {
                    Strictness strictness = PeerLogic.strictness(s, b);
                    if (strictness == Strictness.LOOSER && isValueDirection(direction)) {
                        report("BASE-LOOSER", s);
                    } else if (strictness == Strictness.LOOSER && direction == Direction.DEADLINE) {
                        report("BASE-SCHEDULE", s);
                    } else if (strictness == Strictness.STRICTER) {
                        report("BASE-RAISED", s);
                    }
                }
                for (Issuer authority : chain) {
                    if (authority instanceof Arrangement) {
                        for (Standard c : standardsOf(authority, indicator)) {
                            if (c != s && sectorApplies(c.getSector(), s.getSector())
                                    && PeerLogic.strictness(s, c) == Strictness.LOOSER) {
                                report("BASE-CIRCLE", s);
                            }
                        }
                    }
                }
            }
            if (isValueDirection(direction) && s.getValue() != null) {
                String unit = PeerLogic.unitOf(s);
                for (Issuer authority : chain) {
                    boolean government = authority instanceof AdministrativeUnit;
                    for (Standard b : standardsOf(authority, indicator)) {
                        if (b != s && b.getValue() != null && (!government || b.isBinding())
                                && sectorApplies(b.getSector(), s.getSector())
                                && !PeerLogic.convertible(unit, PeerLogic.unitOf(b))) {
                            report("BASE-UNITS", s);
                        }
                    }
                }
            }
            for (Standard t : standardsOf(s.getIssuer(), indicator)) {
                if (t != s && sameSector(t.getSector(), s.getSector()) && overlap(s, t)
                        && PeerLogic.strictness(s, t) != Strictness.EQUAL) {
                    report("BASE-CONFLICT", s);
                }
            }
            if (direction == Direction.MANDATORY_ACTION && s.isBinding() && s.getIssuer() instanceof AdministrativeUnit u) {
                for (AdministrativeUnit m : subordinates(u)) {
                    if (standardsOf(m, indicator).isEmpty()) {
                        report("BASE-FIXED-ACTION", m);
                    }
                }
            }
        }
    }

    private Map<AdministrativeUnit, List<AdministrativeUnit>> subordinates;

    private List<AdministrativeUnit> subordinates(AdministrativeUnit unit) {
        if (subordinates == null) {
            subordinates = new IdentityHashMap<>();
            for (AdministrativeUnit u : units) {
                if (u.getSuperior() != null) {
                    subordinates.computeIfAbsent(u.getSuperior(), x -> new ArrayList<>()).add(u);
                }
            }
        }
        return subordinates.getOrDefault(unit, List.of());
    }

    /**
     * The baselines of {@code s}: the binding standards of the governments in its issuer's chain
     * (same indicator, applicable sector, comparable with {@code s}) that no other such standard
     * outranks (see {@link #outranks}): exactly one when there is any.
     */
    private List<Standard> baselines(Standard s, List<Issuer> chain) {
        List<Standard> all = new ArrayList<>();
        List<Integer> distance = new ArrayList<>();
        for (int i = 0; i < chain.size(); i++) {
            if (chain.get(i) instanceof AdministrativeUnit) {
                for (Standard b : standardsOf(chain.get(i), s.getIndicator())) {
                    if (b != s && b.isBinding() && sectorApplies(b.getSector(), s.getSector())) {
                        all.add(b);
                        distance.add(i + 1);
                    }
                }
            }
        }
        List<Standard> result = new ArrayList<>(1);
        for (int i = 0; i < all.size(); i++) {
            Standard b = all.get(i);
            if (PeerLogic.strictness(s, b) == Strictness.INCOMPARABLE) {
                continue;
            }
            boolean outranked = false;
            for (int j = 0; j < all.size() && !outranked; j++) {
                outranked = j != i && all.get(j) != b && outranks(all.get(j), distance.get(j), j, b, distance.get(i), i);
            }
            if (!outranked) {
                result.add(b);
            }
        }
        return result;
    }

    /**
     * A total order, so that each standard has one baseline: stricter; as strict and nearer; at
     * the same authority the one for a sector before one for all sectors; then the first in
     * document order (the lists are filled in that order, so the lower index).
     */
    private static boolean outranks(Standard candidate, int candidateDistance, int candidateIndex, Standard current, int currentDistance,
            int currentIndex) {
        Strictness c = PeerLogic.strictness(candidate, current);
        if (c != Strictness.EQUAL) {
            return c == Strictness.STRICTER;
        }
        if (candidateDistance != currentDistance) {
            return candidateDistance < currentDistance;
        }
        boolean specific = !isBlank(candidate.getSector());
        if (specific != !isBlank(current.getSector())) {
            return specific;
        }
        return candidateIndex < currentIndex;
    }

    // ---------------------------------------------------------------------------- escalation

    private void escalationRules() {
        Map<Negotiation, AdministrativeUnit> direct = new IdentityHashMap<>();
        for (Negotiation n : negotiations) {
            direct.put(n, PeerLogic.commonSuperior(new ArrayList<>(n.getParties())));
        }
        for (Intervention x : interventions) {
            Negotiation n = x.getTarget();
            AdministrativeUnit v = x.getIntervener();
            AdministrativeUnit d = direct.get(n);
            if (d != null && v != null && above(d).contains(v)) {
                if (!failedBefore(n, d, x.getStart())) {
                    report("ESC-SKIP", x);
                } else {
                    for (AdministrativeUnit w : PeerLogic.superiors(d)) {
                        if (w != v && above(w).contains(v) && !failedBefore(n, w, x.getStart())) {
                            report("ESC-SKIP", x);
                        }
                    }
                }
            }
            if (v != null) {
                for (AdministrativeUnit p : new LinkedHashSet<>(n.getParties())) {
                    if (!above(p).contains(v)) {
                        report("ESC-NOT-SUPERIOR", x);
                        break;
                    }
                }
            }
            NegotiationStatus status = n.getStatus();
            if ((status == NegotiationStatus.ONGOING || status == NegotiationStatus.AGREED) && !hasOverdue(n)) {
                report("ESC-UNNECESSARY", x);
            }
            if (x.getEnd() == null && isBlank(x.getExitCondition())) {
                report("ESC-NO-EXIT", x);
            }
            if (status == NegotiationStatus.RESOLVED && n.getStatusSince() != null
                    && (x.getEnd() == null || x.getEnd().after(n.getStatusSince()))) {
                report("ESC-OVERSTAY", x);
            }
            Intervention y = x.getEscalatedFrom();
            if (y != null && y.getStart() != null && x.getStart() != null && y.getStart().after(x.getStart())) {
                report("ESC-ORDER", x);
            }
        }
        for (Negotiation n : negotiations) {
            NegotiationStatus status = n.getStatus();
            AdministrativeUnit d = direct.get(n);
            if ((status == NegotiationStatus.DEADLOCKED || status == NegotiationStatus.NOT_IMPLEMENTED
                    || status == NegotiationStatus.INEFFECTIVE) && n.getStatusSince() != null && d != null
                    && daysBetween(n.getStatusSince(), asOf) >= 365
                    && n.getInterventions().stream().noneMatch(x -> x.getIntervener() == d)) {
                report("ESC-SUGGEST", n);
            }
        }
    }

    /** True when {@code unit} intervened in {@code n} without effect, starting no later than {@code start}. */
    private static boolean failedBefore(Negotiation n, AdministrativeUnit unit, Date start) {
        for (Intervention y : n.getInterventions()) {
            if (y.getIntervener() == unit && y.getOutcome() == InterventionOutcome.INEFFECTIVE && y.getStart() != null
                    && start != null && !y.getStart().after(start)) {
                return true;
            }
        }
        return false;
    }

    private boolean hasOverdue(Negotiation n) {
        for (Agreement g : n.getAgreements()) {
            for (Commitment k : g.getCommitments()) {
                if (overdue(k)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean overdue(Commitment k) {
        return k.getStatus() != CommitmentStatus.DONE && k.getDue() != null && asOf != null && k.getDue().before(asOf);
    }

    // ---------------------------------------------------------------------------- structure

    private void structureRules() {
        for (Arrangement a : arrangements) {
            Arrangement parent = a.getParent();
            if (parent != null) {
                for (AdministrativeUnit m : new LinkedHashSet<>(a.getMembers())) {
                    if (!parent.getMembers().contains(m)) {
                        report("ARR-SUBSET", a);
                    }
                }
            }
            if (a.getHostedBy() != null && a.getMembers().contains(a.getHostedBy())) {
                report("ARR-COORDINATOR", a);
            }
            AdministrativeUnit c = a.getConvener();
            if (c != null && c.isSetRank()) {
                for (AdministrativeUnit m : a.getMembers()) {
                    if (m != c && m.isSetRank() && m.getRank().getValue() < c.getRank().getValue()) {
                        report("ARR-COORDINATOR", a); // the highest-ranked such member is named; one finding
                        break;
                    }
                }
            }
            if (c != null && a.getInitiation() == Initiation.TOP_DOWN) {
                for (AdministrativeUnit m : a.getMembers()) {
                    if (m != c && !above(m).contains(c)) {
                        report("ARR-COORDINATOR", a);
                        break;
                    }
                }
            }
        }
        for (AdministrativeUnit u : units) {
            AdministrativeUnit sup = u.getSuperior();
            if (sup == null) {
                continue;
            }
            if (onCycle(u)) {
                report("ARR-HIERARCHY", u);
            } else if (sup.getLevel() != null && u.getLevel() != null && sup.getLevel().getValue() >= u.getLevel().getValue()) {
                report("ARR-HIERARCHY", u);
            }
        }
        for (Agreement g : agreements) {
            if (g.getCommitments().stream().noneMatch(k -> k.getResponsible() != null)) {
                report("RESP-UNASSIGNED", g);
            }
        }
        for (Commitment k : commitments) {
            if (overdue(k)) {
                report("RESP-OVERDUE", k);
            }
            if (k.getResponsible() == null || k.getDue() == null) {
                report("RESP-INCOMPLETE", k);
            }
        }
    }

    private static boolean onCycle(AdministrativeUnit unit) {
        Set<AdministrativeUnit> seen = new HashSet<>();
        for (AdministrativeUnit up = unit.getSuperior(); up != null && seen.add(up); up = up.getSuperior()) {
            if (up == unit) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------------------- helpers

    private static boolean isValueDirection(Direction d) {
        return d == Direction.UPPER_LIMIT || d == Direction.LOWER_LIMIT || d == Direction.LEVEL;
    }

    private static boolean sectorApplies(String baselineSector, String sector) {
        return isBlank(baselineSector) || baselineSector.equals(sector);
    }

    private static boolean sameSector(String a, String b) {
        return Objects.equals(isBlank(a) ? null : a, isBlank(b) ? null : b);
    }

    private static boolean overlap(Standard a, Standard b) {
        return notAfter(a.getEffectiveFrom(), b.getEffectiveUntil()) && notAfter(b.getEffectiveFrom(), a.getEffectiveUntil());
    }

    private static boolean notAfter(Date from, Date until) {
        return from == null || until == null || !from.after(until);
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static long daysBetween(Date from, Date to) {
        if (from == null || to == null) {
            return 0;
        }
        return java.time.Duration.between(from.toInstant(), to.toInstant()).toDays();
    }
}
