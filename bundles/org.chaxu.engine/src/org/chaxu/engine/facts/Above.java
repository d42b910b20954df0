// SPDX-License-Identifier: EPL-2.0
package org.chaxu.engine.facts;

import java.util.Date;

import org.chaxu.governance.Direction;
import org.chaxu.governance.Issuer;
import org.chaxu.governance.Standard;
import org.chaxu.governance.logic.Comparisons;

/**
 * Derived fact, inserted logically by the baseline rules: {@code baseline} is one of the binding
 * standards that {@code standard} could have to meet — same indicator, an applicable sector,
 * comparable, issued by {@code authority}, a government {@code distance} steps up the chain of
 * the standard's issuer. The one that no other {@linkplain Facts#outranks outranks} becomes the
 * {@link Baseline}: the strictest, then the nearest, then the more specific sector, then the first
 * in document order — exactly one per standard.
 *
 * <p>Deriving the candidates first and then choosing among a standard's own candidates joins
 * on the standard alone; choosing while joining the issuer's authorities and their standards a
 * second time (inside a {@code not}) made Drools build a sub-network per candidate pair and cost
 * 15–20 % more of a batch check (issue 13).
 *
 * <p>The fact also holds what a comparison reads of the baseline standard (value, unit,
 * deadline, the indicator's direction, its sector) as they were when it was derived: an edit of any of them
 * makes a different fact, so the choice among a standard's candidates is made again. (Drools
 * keeps a logically inserted fact that is derived again equal to itself and does not re-evaluate
 * the rules that match it.)
 */
public record Above(Standard standard, Standard baseline, Issuer authority, int distance, Double value, String unit, Date deadline,
        Direction direction, String sector) {

    /** The candidate {@code baseline} for {@code standard}, with what a comparison reads of it now. */
    public static Above of(Standard standard, Standard baseline, Issuer authority, int distance) {
        Date deadline = baseline.getDeadline();
        return new Above(standard, baseline, authority, distance, baseline.getValue(), Comparisons.effectiveUnit(baseline),
                deadline == null ? null : new Date(deadline.getTime()),
                baseline.getIndicator() == null ? null : baseline.getIndicator().getDirection(), baseline.getSector());
    }

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
