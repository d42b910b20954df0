// SPDX-License-Identifier: EPL-2.0
package org.chaxu.engine.facts;

import org.chaxu.governance.Issuer;
import org.chaxu.governance.Standard;
import org.chaxu.governance.Strictness;

/**
 * Derived fact: {@code baseline} is the binding standard that {@code standard} must meet — the
 * strictest binding standard for the same indicator and an applicable sector, comparable with it,
 * issued by a government with authority over the standard's issuer ({@code authority}); among
 * equally strict ones the nearest, then the one for a sector, then the first in document order.
 * The session derives it in Java, at most one per standard, and keeps it in step with the model.
 * {@code strictness} is the standard compared with its baseline ({@code Comparisons.compare(standard,
 * baseline)}), made again whenever either changes, so that a rule tests it in the pattern
 * ({@code strictness == Strictness.LOOSER}) rather than in an {@code eval}.
 */
public record Baseline(Standard standard, Standard baseline, Issuer authority, Strictness strictness) {

    public Standard getStandard() {
        return standard;
    }

    public Standard getBaseline() {
        return baseline;
    }

    public Issuer getAuthority() {
        return authority;
    }

    public Strictness getStrictness() {
        return strictness;
    }
}
