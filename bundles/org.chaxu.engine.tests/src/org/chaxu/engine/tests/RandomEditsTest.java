// SPDX-License-Identifier: EPL-2.0
package org.chaxu.engine.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Calendar;
import java.util.Date;
import java.util.List;
import java.util.Random;

import org.chaxu.engine.CheckOptions;
import org.chaxu.engine.CheckSession;
import org.chaxu.engine.Finding;
import org.chaxu.engine.LoadedModel;
import org.chaxu.engine.ModelLoader;
import org.chaxu.engine.RuleCatalog;
import org.chaxu.governance.AdministrativeUnit;
import org.chaxu.governance.Arrangement;
import org.chaxu.governance.Commitment;
import org.chaxu.governance.CommitmentStatus;
import org.chaxu.governance.GovernanceFactory;
import org.chaxu.governance.GovernanceModel;
import org.chaxu.governance.Intervention;
import org.chaxu.governance.InterventionOutcome;
import org.chaxu.governance.Issuer;
import org.chaxu.governance.Negotiation;
import org.chaxu.governance.NegotiationStatus;
import org.chaxu.governance.Rank;
import org.chaxu.governance.Standard;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Random sequences of edits of every kind — values, binding flags, sectors, superiors (cycles
 * included), members, parties, interventions added, removed and re-dated, statuses, commitments,
 * names, standards added, deleted and moved among their issuer's — on each worked case, with a fixed seed: after every edit the
 * incremental findings of one long-lived session must equal, in the same order and with the same
 * messages, those of a fresh batch check.
 */
class RandomEditsTest {

    static final int EDITS = 60;
    static RuleCatalog catalog;
    static final GovernanceFactory F = GovernanceFactory.eINSTANCE;

    @BeforeAll
    static void compile() {
        catalog = RuleCatalog.shipped();
    }

    static List<String> ordered(List<Finding> findings) {
        List<String> lines = new ArrayList<>();
        for (Finding f : findings) {
            lines.add(f.getRuleId() + " " + f.getSeverity() + " " + LoadedModel.fragment(f.getElement()) + " " + f.getMessage());
        }
        return lines;
    }

    @ParameterizedTest
    @CsvSource({ "prd-air.chaxu, 11", "prd-air.chaxu, 12", "jjj-air.chaxu, 21", "jjj-air.chaxu, 22",
            "xian-xianyang-transport.chaxu, 31", "clean-region.chaxu, 41", "prd-air.chaxu, 13", "jjj-air.chaxu, 24" })
    void randomEditsKeepTheIncrementalFindingsEqualToABatchCheckInOrder(String example, long seed) {
        LoadedModel model = new ModelLoader().load(Examples.file(example));
        assertFalse(model.hasErrors(), () -> "load problems: " + model.problems());
        Resource resource = model.resource();
        Random random = new Random(seed);
        int changed = 0;
        try (CheckSession session = new CheckSession(catalog, resource, CheckOptions.DEFAULT)) {
            List<String> before = ordered(session.findings());
            List<String> log = new ArrayList<>();
            for (int step = 1; step <= EDITS; step++) {
                log.add(edit(resource, random, step));
                List<String> incremental = ordered(session.findings());
                List<String> batch = ordered(CheckSession.check(catalog, resource, CheckOptions.DEFAULT));
                int at = step;
                assertEquals(batch, incremental, () -> "after edit " + at + " of " + example + " (seed " + seed + "): "
                        + String.join("; ", log));
                if (!incremental.equals(before)) {
                    changed++;
                }
                before = incremental;
            }
        }
        assertTrue(changed >= EDITS / 4, "only " + changed + " of " + EDITS + " edits changed the findings");
    }

    /** One random edit; returns what it did. */
    private static String edit(Resource resource, Random random, int step) {
        List<EObject> all = new ArrayList<>();
        resource.getAllContents().forEachRemaining(all::add);
        List<AdministrativeUnit> units = of(all, AdministrativeUnit.class);
        List<Standard> standards = of(all, Standard.class);
        List<Arrangement> arrangements = of(all, Arrangement.class);
        List<Negotiation> negotiations = of(all, Negotiation.class);
        List<Intervention> interventions = of(all, Intervention.class);
        List<Commitment> commitments = of(all, Commitment.class);
        switch (random.nextInt(16)) {
        case 0, 1 -> {
            Standard s = pick(standards, random);
            if (s != null && s.getValue() != null) {
                s.setValue(s.getValue() * (random.nextBoolean() ? 1.5 : 0.6));
                return "value of " + s.getId();
            }
            if (s != null && s.getDeadline() != null) {
                s.setDeadline(new Date(s.getDeadline().getTime() + (random.nextBoolean() ? 400L : -400L) * 86_400_000L));
                return "deadline of " + s.getId();
            }
        }
        case 2 -> {
            Standard s = pick(standards, random);
            if (s != null) {
                s.setBinding(!s.isBinding());
                return "binding of " + s.getId();
            }
        }
        case 3 -> {
            AdministrativeUnit u = pick(units, random);
            AdministrativeUnit sup = pick(units, random);
            if (u != null && sup != u) {
                u.setSuperior(random.nextInt(6) == 0 ? null : sup);
                return "superior of " + u.getId() + " := " + (u.getSuperior() == null ? "none" : sup.getId());
            }
        }
        case 4 -> {
            Arrangement a = pick(arrangements, random);
            AdministrativeUnit u = pick(units, random);
            if (a != null && u != null) {
                if (a.getMembers().contains(u)) {
                    a.getMembers().remove(u);
                    return "member " + u.getId() + " out of " + a.getId();
                }
                a.getMembers().add(u);
                return "member " + u.getId() + " into " + a.getId();
            }
        }
        case 5 -> {
            Negotiation n = pick(negotiations, random);
            AdministrativeUnit u = pick(units, random);
            if (n != null && u != null && !n.getParties().contains(u)) {
                n.getParties().set(random.nextInt(n.getParties().size()), u);
                return "party " + u.getId() + " in " + n.getId();
            }
        }
        case 6 -> {
            Negotiation n = pick(negotiations, random);
            AdministrativeUnit u = pick(units, random);
            if (n != null && u != null) {
                Intervention x = F.createIntervention();
                x.setId("random-x" + step);
                x.setIntervener(u);
                x.setStart(date(2010 + random.nextInt(12), 1 + random.nextInt(12)));
                x.setOutcome(InterventionOutcome.get(random.nextInt(3)));
                if (random.nextBoolean()) {
                    x.setExitCondition("withdraws when agreed");
                }
                if (!n.getInterventions().isEmpty() && random.nextBoolean()) {
                    x.setEscalatedFrom(pick(n.getInterventions(), random));
                }
                n.getInterventions().add(random.nextInt(n.getInterventions().size() + 1), x);
                return "intervention " + x.getId() + " by " + u.getId() + " in " + n.getId();
            }
        }
        case 7 -> {
            Intervention x = pick(interventions, random);
            if (x != null) {
                if (random.nextBoolean()) {
                    EcoreUtil.delete(x);
                    return "intervention " + x.getId() + " removed";
                }
                x.setStart(date(2010 + random.nextInt(12), 1 + random.nextInt(12)));
                x.setEnd(random.nextBoolean() ? null : date(2012 + random.nextInt(10), 6));
                x.setOutcome(InterventionOutcome.get(random.nextInt(3)));
                return "intervention " + x.getId() + " re-dated";
            }
        }
        case 8 -> {
            Negotiation n = pick(negotiations, random);
            if (n != null) {
                n.setStatus(NegotiationStatus.get(random.nextInt(6)));
                n.setStatusSince(date(2010 + random.nextInt(12), 3));
                return "status of " + n.getId() + " := " + n.getStatus();
            }
        }
        case 9 -> {
            Commitment k = pick(commitments, random);
            if (k != null) {
                switch (random.nextInt(3)) {
                case 0 -> k.setStatus(CommitmentStatus.get(random.nextInt(3)));
                case 1 -> k.setDue(random.nextBoolean() ? null : date(2015 + random.nextInt(10), 6));
                default -> k.setResponsible(random.nextBoolean() ? null : pick(units, random));
                }
                return "commitment " + k.getId();
            }
        }
        case 10 -> {
            List<EObject> named = all.stream().filter(o -> o instanceof org.chaxu.governance.Element).toList();
            org.chaxu.governance.Element e = (org.chaxu.governance.Element) pick(named, random);
            if (e != null) {
                e.setName("Renamed " + step);
                return "rename " + e.getId();
            }
        }
        case 11 -> {
            List<Issuer> issuers = all.stream().filter(Issuer.class::isInstance).map(Issuer.class::cast).toList();
            Issuer issuer = pick(issuers, random);
            Standard template = pick(standards, random);
            if (issuer != null && template != null) {
                Standard s = EcoreUtil.copy(template);
                s.setId("random-s" + step);
                s.setBinding(random.nextBoolean());
                issuer.getStandards().add(s);
                return "standard " + s.getId() + " like " + template.getId() + " by " + issuer.getId();
            }
        }
        case 12 -> {
            Standard s = pick(standards, random);
            if (s != null) {
                EcoreUtil.delete(s);
                return "standard " + s.getId() + " deleted";
            }
        }
        case 14 -> {
            // the sector decides which baselines apply, and a sector's before an all-sector one among equals
            Standard s = pick(standards, random);
            Standard other = pick(standards, random);
            if (s != null && other != null) {
                s.setSector(random.nextInt(3) == 0 ? null : other.getSector());
                return "sector of " + s.getId() + " := " + s.getSector();
            }
        }
        case 15 -> {
            // document order breaks the last ties between baselines
            Standard s = pick(standards, random);
            if (s != null && s.eContainer() instanceof Issuer issuer && issuer.getStandards().size() > 1) {
                issuer.getStandards().move(random.nextInt(issuer.getStandards().size()), s);
                return "standard " + s.getId() + " moved among " + issuer.getId() + "'s";
            }
        }
        default -> {
            if (random.nextBoolean()) {
                GovernanceModel root = (GovernanceModel) resource.getContents().get(0);
                root.setAsOf(date(2016 + random.nextInt(8), 6));
                return "asOf := " + root.getAsOf();
            }
            AdministrativeUnit u = pick(units, random);
            if (u != null) {
                u.setRank(Rank.get(random.nextInt(5)));
                return "rank of " + u.getId();
            }
        }
        }
        return "no edit";
    }

    private static <T> List<T> of(List<EObject> all, Class<T> type) {
        return all.stream().filter(type::isInstance).map(type::cast).toList();
    }

    private static <T> T pick(List<T> list, Random random) {
        return list.isEmpty() ? null : list.get(random.nextInt(list.size()));
    }

    private static Date date(int year, int month) {
        Calendar calendar = Calendar.getInstance();
        calendar.clear();
        calendar.set(year, month - 1, 1);
        return calendar.getTime();
    }
}
