// SPDX-License-Identifier: EPL-2.0
package org.chaxu.engine;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A user's choices for one check, as the project's settings make them: the message language, rules
 * switched off, severities overridden per rule id, and which findings are shown (the settings'
 * suppressions and baseline, {@link FindingFilter}). A {@link CheckSession} applies them all, so
 * every outlet shows the same findings.
 */
public record CheckOptions(Locale locale, Set<String> disabledRules, Map<String, Severity> severityOverrides, FindingFilter filter) {

    public static final CheckOptions DEFAULT = new CheckOptions(Locale.ENGLISH, Set.of(), Map.of());

    public CheckOptions {
        locale = locale == null ? Locale.ENGLISH : locale;
        disabledRules = Set.copyOf(disabledRules);
        severityOverrides = Map.copyOf(severityOverrides);
        filter = filter == null ? FindingFilter.NONE : filter;
    }

    /** Options that show every finding of the rules switched on. */
    public CheckOptions(Locale locale, Set<String> disabledRules, Map<String, Severity> severityOverrides) {
        this(locale, disabledRules, severityOverrides, FindingFilter.NONE);
    }

    public CheckOptions withLocale(Locale newLocale) {
        return new CheckOptions(newLocale, disabledRules, severityOverrides, filter);
    }

    /** These options, showing only the findings {@code shown} lets through. */
    public CheckOptions withFilter(FindingFilter shown) {
        return new CheckOptions(locale, disabledRules, severityOverrides, shown);
    }

    /** The findings of {@code model} a user is shown (see {@link FindingFilter}). */
    public List<Finding> shown(org.eclipse.emf.ecore.resource.Resource model, List<Finding> findings) {
        return filter.shown(model, findings);
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
