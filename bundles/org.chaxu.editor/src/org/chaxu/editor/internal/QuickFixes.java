// SPDX-License-Identifier: EPL-2.0
package org.chaxu.editor.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.chaxu.editor.QuickFix;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IRegistryChangeListener;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * The quick fixes contributed to {@code org.chaxu.editor.quickFixes}, by rule id. Read when
 * first needed and again after plug-ins come or go; a contribution without a rule id or whose
 * class cannot be created is logged and left out.
 */
public final class QuickFixes {

    public static final String POINT = "org.chaxu.editor.quickFixes";

    private static volatile Map<String, List<QuickFix>> byRule;
    private static final IRegistryChangeListener RESET = event -> byRule = null;
    private static boolean listening;

    private QuickFixes() {
    }

    /** True when some fix is contributed for the rule (cheap: no model is read). */
    public static boolean has(String ruleId) {
        return ruleId != null && fixes().containsKey(ruleId);
    }

    /** Every resolution the contributed fixes offer for a finding; a fix that fails is logged and skipped. */
    public static List<QuickFix.Resolution> resolutions(String ruleId, EObject element, List<EObject> related,
            EditingDomain domain, Locale locale) {
        List<QuickFix.Resolution> resolutions = new ArrayList<>();
        QuickFix.Problem problem = new QuickFix.Problem(ruleId, element, List.copyOf(related), domain, locale);
        for (QuickFix fix : fixes().getOrDefault(ruleId, List.of())) {
            try {
                for (QuickFix.Resolution resolution : fix.resolutions(problem)) {
                    if (resolution.command() != null && resolution.command().canExecute()) {
                        resolutions.add(resolution);
                    }
                }
            } catch (RuntimeException e) {
                ILog.of(QuickFixes.class).log(Status.error("The quick fix " + fix.getClass().getName() + " failed on " + ruleId, e));
            }
        }
        return resolutions;
    }

    private static Map<String, List<QuickFix>> fixes() {
        Map<String, List<QuickFix>> fixes = byRule;
        if (fixes == null) {
            fixes = read(Platform.getExtensionRegistry());
            byRule = fixes;
        }
        return fixes;
    }

    private static synchronized Map<String, List<QuickFix>> read(IExtensionRegistry registry) {
        if (!listening) {
            registry.addRegistryChangeListener(RESET, "org.chaxu.editor");
            listening = true;
        }
        Map<String, List<QuickFix>> fixes = new HashMap<>();
        for (IConfigurationElement element : registry.getConfigurationElementsFor(POINT)) {
            String ruleId = element.getAttribute("ruleId");
            String contributor = element.getContributor().getName();
            if (ruleId == null || ruleId.isBlank()) {
                ILog.of(QuickFixes.class).log(Status.error(contributor + ": a quickFix of " + POINT + " has no ruleId"));
                continue;
            }
            try {
                Object fix = element.createExecutableExtension("class");
                if (fix instanceof QuickFix quickFix) {
                    fixes.computeIfAbsent(ruleId.trim(), id -> new ArrayList<>()).add(quickFix);
                } else {
                    ILog.of(QuickFixes.class).log(Status.error(contributor + ": " + fix.getClass().getName()
                            + " (quick fix of " + ruleId + ") does not implement " + QuickFix.class.getName()));
                }
            } catch (CoreException e) {
                ILog.of(QuickFixes.class).log(Status.error(contributor + ": cannot create the quick fix of " + ruleId, e));
            }
        }
        return fixes;
    }
}
