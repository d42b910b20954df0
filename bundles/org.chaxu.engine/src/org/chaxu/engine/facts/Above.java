package org.chaxu.engine.facts;

import org.chaxu.governance.Issuer;
import org.chaxu.governance.Standard;

/**
 * Derived fact, inserted logically by the baseline rules: {@code baseline} is one of the binding
 * standards that {@code standard} could have to meet — same indicator, an applicable sector,
 * comparable, issued by {@code authority}, a government {@code distance} steps up the chain of
 * the standard's issuer. The strictest of them (the nearest among equals) becomes the
 * {@link Baseline}.
 *
 * <p>Deriving the candidates first and then choosing among a standard's own candidates joins
 * on the standard alone; choosing while joining the issuer's authorities and their standards a
 * second time (inside a {@code not}) made Drools build a sub-network per candidate pair and cost
 * 15–20 % more of a batch check (issue 13).
 */
public record Above(Standard standard, Standard baseline, Issuer authority, int distance) {

    public Standard getStandard() {
        return standard;
    }

    public Standard getBaseline() {
        return baseline;
    }

    public Issuer getAuthority() {
        return authority;
    }

    public int getDistance() {
        return distance;
    }
}
