// SPDX-License-Identifier: EPL-2.0
package org.chaxu.engine;

/**
 * What a rule declares about itself in DRL metadata: {@code @id}, {@code @severity},
 * {@code @principle}, and where it comes from ({@code @source}, the DRL file).
 *
 * @param id        the rule id findings carry, e.g. BASE-LOOSER (several DRL rules may share one id)
 * @param severity  the declared severity
 * @param principle the principle the rule enforces, e.g. "no-looser" or "one-level-at-a-time"
 * @param name      the DRL rule's name (a sentence)
 * @param source    the paper or document the rule cites
 * @param file      the DRL file it was read from
 */
public record RuleInfo(String id, Severity severity, String principle, String name, String source, String file) {
}
