// SPDX-License-Identifier: EPL-2.0
package org.chaxu.engine.facts;

import org.chaxu.governance.AdministrativeUnit;
import org.chaxu.governance.Negotiation;

/**
 * Derived fact: the direct superior of a negotiation, the lowest common superior of its
 * parties, which is the level that must intervene first.
 */
public record DirectSuperior(Negotiation negotiation, AdministrativeUnit unit) {

    public Negotiation getNegotiation() {
        return negotiation;
    }

    public AdministrativeUnit getUnit() {
        return unit;
    }
}
