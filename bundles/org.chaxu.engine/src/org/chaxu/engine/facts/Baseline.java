// SPDX-License-Identifier: EPL-2.0
package org.chaxu.engine.facts;

import org.chaxu.governance.Issuer;
import org.chaxu.governance.Standard;

/**
 * Derived fact, inserted logically by the baseline rule: {@code baseline} is the binding
 * standard that {@code standard} must meet — the strictest binding standard for the same
 * indicator and sector issued by a government with authority over the standard's issuer
 * ({@code authority}). Drools retracts it when that stops being true.
 */
public record Baseline(Standard standard, Standard baseline, Issuer authority) {

    public Standard getStandard() {
        return standard;
    }

    public Standard getBaseline() {
        return baseline;
    }

    public Issuer getAuthority() {
        return authority;
    }
}
