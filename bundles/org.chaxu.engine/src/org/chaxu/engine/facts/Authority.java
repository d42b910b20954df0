// SPDX-License-Identifier: EPL-2.0
package org.chaxu.engine.facts;

import org.chaxu.governance.Issuer;

/**
 * Derived fact: {@code authority} has authority over {@code subject}, {@code distance} steps
 * up its authority chain (1 = nearest). Computed once from the model (see
 * {@code Hierarchy.authorityChain}) so that rules join on it instead of re-walking the
 * hierarchy in every rule. {@code unit} tells whether the authority is a government
 * (baselines) rather than an arrangement (circles).
 */
public record Authority(Issuer subject, Issuer authority, int distance, boolean unit) {

    // Records compare components with equals; EMF objects use identity, as wanted.
    public Issuer getSubject() {
        return subject;
    }

    public Issuer getAuthority() {
        return authority;
    }

    public int getDistance() {
        return distance;
    }

    public boolean isUnit() {
        return unit;
    }
}
