// SPDX-License-Identifier: EPL-2.0
package org.chaxu.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.chaxu.governance.AdministrativeUnit;
import org.chaxu.governance.Direction;
import org.chaxu.governance.GovernanceFactory;
import org.chaxu.governance.Intervention;
import org.chaxu.governance.InterventionOutcome;
import org.chaxu.governance.Level;
import org.chaxu.governance.Negotiation;
import org.chaxu.governance.Standard;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * The edits of the Train Benchmark's protocol on a Chaxu model, chosen by seed and by element
 * id so that every implementation makes the same edits on its own copy of the model.
 */
final class Workload {

    private Workload() {
    }

    /** Standards in document order, the ones a fault can be injected into: upper limits with a value, below the centre. */
    static List<Standard> injectable(Resource resource) {
        List<Standard> result = new ArrayList<>();
        resource.getAllContents().forEachRemaining(o -> {
            if (o instanceof Standard s && s.getValue() != null && s.getIndicator().getDirection() == Direction.UPPER_LIMIT
                    && s.getIssuer() instanceof AdministrativeUnit u && u.getLevel() == Level.COUNTY) {
                result.add(s);
            }
        });
        return result;
    }

    /** Inject: {@code count} standards, drawn by {@code seed}, made half as loose again. */
    static void inject(Resource resource, long seed, int count) {
        List<Standard> candidates = injectable(resource);
        Random random = new Random(seed);
        for (int i = 0; i < count && !candidates.isEmpty(); i++) {
            Standard s = candidates.get(random.nextInt(candidates.size()));
            s.setValue(s.getValue() * 1.5);
        }
    }

    /**
     * Repair: a tenth (at least one) of the standards reported looser than their baseline, taken
     * in id order from the findings, tightened to half their value.
     */
    static int repair(Resource resource, List<String> findings) {
        List<String> looser = findings.stream().filter(f -> f.startsWith("BASE-LOOSER ")).map(f -> f.substring(12))
                .distinct().sorted().toList();
        int count = looser.isEmpty() ? 0 : Math.max(1, looser.size() / 10);
        for (int i = 0; i < count; i++) {
            Standard s = (Standard) resource.getEObject(looser.get(i));
            if (s.getValue() != null) {
                s.setValue(s.getValue() * 0.5);
            }
        }
        return count;
    }

    /** A single edit and the edit that undoes it. */
    record Edit(Runnable apply, Runnable undo) {
    }

    /** The kinds of single edit measured. */
    enum Kind {
        VALUE("a standard's value"), SUPERIOR("a county's superior"), ADD_INTERVENTION("an intervention added"),
        REMOVE_INTERVENTION("an intervention removed"), RENAME("a unit renamed");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    /** Edit number {@code i} of a kind (different elements for different {@code i}). */
    static Edit edit(Resource resource, Kind kind, int i) {
        List<EObject> all = new ArrayList<>();
        resource.getAllContents().forEachRemaining(all::add);
        switch (kind) {
        case VALUE -> {
            List<Standard> standards = injectable(resource);
            Standard s = standards.get((int) ((i * 7919L) % standards.size()));
            Double old = s.getValue();
            return new Edit(() -> s.setValue(old * 1.3), () -> s.setValue(old));
        }
        case SUPERIOR -> {
            List<AdministrativeUnit> counties = units(all, Level.COUNTY);
            List<AdministrativeUnit> cities = units(all, Level.PREFECTURAL);
            AdministrativeUnit county = counties.get((int) ((i * 7919L) % counties.size()));
            AdministrativeUnit old = county.getSuperior();
            AdministrativeUnit other = cities.stream().filter(c -> c != old && old != null && c.getSuperior() == old.getSuperior())
                    .findFirst().orElse(cities.get(0));
            return new Edit(() -> county.setSuperior(other), () -> county.setSuperior(old));
        }
        case ADD_INTERVENTION, REMOVE_INTERVENTION -> {
            List<Negotiation> negotiations = all.stream().filter(Negotiation.class::isInstance).map(Negotiation.class::cast)
                    .filter(n -> n.directSuperior() != null).toList();
            Negotiation n = negotiations.get((int) ((i * 7919L) % negotiations.size()));
            Intervention x = GovernanceFactory.eINSTANCE.createIntervention();
            x.setId("bench-x" + i);
            x.setIntervener(n.directSuperior());
            x.setStart(NationalModel.date(2020, 1, 1));
            x.setOutcome(InterventionOutcome.ONGOING);
            Runnable add = () -> n.getInterventions().add(x);
            Runnable remove = () -> n.getInterventions().remove(x);
            return kind == Kind.ADD_INTERVENTION ? new Edit(add, remove) : new Edit(remove, add);
        }
        default -> {
            List<AdministrativeUnit> cities = units(all, Level.PREFECTURAL);
            AdministrativeUnit city = cities.get((int) ((i * 7919L) % cities.size()));
            String old = city.getName();
            return new Edit(() -> city.setName(old + " (renamed)"), () -> city.setName(old));
        }
        }
    }

    private static List<AdministrativeUnit> units(List<EObject> all, Level level) {
        return all.stream().filter(AdministrativeUnit.class::isInstance).map(AdministrativeUnit.class::cast)
                .filter(u -> u.getLevel() == level && u.getSuperior() != null && !org.chaxu.governance.logic.Hierarchy.hasCycle(u))
                .sorted(Comparator.comparing(AdministrativeUnit::getId)).toList();
    }
}
