// SPDX-License-Identifier: EPL-2.0
package org.chaxu.engine;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A user's choices for one check: the message language, rules switched off, and severities
 * overridden per rule id.
 */
public record CheckOptions(Locale locale, Set<String> disabledRules, Map<String, Severity> severityOverrides) {

    public static final CheckOptions DEFAULT = new CheckOptions(Locale.ENGLISH, Set.of(), Map.of());

    public CheckOptions {
        locale = locale == null ? Locale.ENGLISH : locale;
        disabledRules = Set.copyOf(disabledRules);
        severityOverrides = Map.copyOf(severityOverrides);
    }

    public CheckOptions withLocale(Locale newLocale) {
        return new CheckOptions(newLocale, disabledRules, severityOverrides);
    }

    /** The finding as the user wants to see it, or null when its rule is switched off. */
    public Finding apply(Finding finding) {
        if (disabledRules.contains(finding.getRuleId())) {
            return null;
        }
        Severity override = severityOverrides.get(finding.getRuleId());
        return override == null ? finding : finding.withSeverity(override);
    }
}
