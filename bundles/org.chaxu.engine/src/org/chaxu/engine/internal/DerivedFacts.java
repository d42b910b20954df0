// SPDX-License-Identifier: EPL-2.0
package org.chaxu.engine.internal;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
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
 * The derived facts of a model: the authority chain of every issuer as {@link Authority}
 * facts and the direct superior of every negotiation. They depend only on the structure
 * (superior, members, sub-arrangements, parties), so a session derives them once, and after a
 * structural edit derives again only those of the issuers and negotiations the edit reaches.
 */
public final class DerivedFacts {

    private DerivedFacts() {
    }

    /**
     * The derived facts of every issuer and negotiation the rules see — the model's own and those
     * of other files it reaches (the registry's units it names) — by subject.
     */
    public static Map<EObject, List<Object>> bySubject(Resource resource,
            Function<AdministrativeUnit, List<Arrangement>> arrangementsOf) {
        return bySubject(FactBase.of(resource), arrangementsOf);
    }

    /** The derived facts of the issuers and negotiations among {@code elements} (a fact base), by subject. */
    public static Map<EObject, List<Object>> bySubject(List<EObject> elements,
            Function<AdministrativeUnit, List<Arrangement>> arrangementsOf) {
        Map<EObject, List<Object>> facts = new IdentityHashMap<>();
        for (EObject object : elements) {
            List<Object> of = of(object, arrangementsOf);
            if (!of.isEmpty()) {
                facts.put(object, of);
            }
        }
        return facts;
    }

    /**
     * The derived facts of one element: an issuer's authorities, a negotiation's direct superior
     * (none for other elements), with the arrangements of each unit looked up in {@code arrangementsOf}
     * (e.g. a {@link Hierarchy#membershipIndex} built once for the model).
     */
    public static List<Object> of(EObject object, Function<AdministrativeUnit, List<Arrangement>> arrangementsOf) {
        List<Object> facts = new ArrayList<>();
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
        return facts;
    }
}
