package org.chaxu.engine.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.chaxu.engine.facts.Authority;
import org.chaxu.engine.facts.DirectSuperior;
import org.chaxu.governance.AdministrativeUnit;
import org.chaxu.governance.Arrangement;
import org.chaxu.governance.Issuer;
import org.chaxu.governance.Negotiation;
import org.chaxu.governance.logic.Hierarchy;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * Computes the derived facts of a model once: the authority chain of every issuer as
 * {@link Authority} facts and the direct superior of every negotiation. They depend only on
 * the structure (superior, members, sub-arrangements, parties), so a session recomputes
 * them only when that structure changes, and then inserts/retracts just the difference.
 */
public final class DerivedFacts {

    private DerivedFacts() {
    }

    public static Set<Object> of(Resource resource) {
        Set<Object> facts = new LinkedHashSet<>();
        // one pass for the memberships, not a search of the whole model per unit
        // the model with what it reaches in other files (the registry's units it names)
        List<EObject> elements = FactBase.of(resource);
        Map<AdministrativeUnit, List<Arrangement>> membership = Hierarchy.membershipIndex(elements.iterator());
        Function<AdministrativeUnit, List<Arrangement>> arrangementsOf = unit -> membership.getOrDefault(unit, List.of());
        elements.forEach(object -> add(facts, object, arrangementsOf));
        return facts;
    }

    private static void add(Set<Object> facts, EObject object,
            Function<AdministrativeUnit, List<Arrangement>> arrangementsOf) {
        if (object instanceof Issuer issuer) {
            List<Issuer> chain = Hierarchy.authorityChain(issuer, arrangementsOf);
            for (int i = 0; i < chain.size(); i++) {
                Issuer authority = chain.get(i);
                facts.add(new Authority(issuer, authority, i + 1, authority instanceof AdministrativeUnit));
            }
        } else if (object instanceof Negotiation negotiation) {
            AdministrativeUnit superior = negotiation.directSuperior();
            if (superior != null) {
                facts.add(new DirectSuperior(negotiation, superior));
            }
        }
    }
}
