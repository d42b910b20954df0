// SPDX-License-Identifier: EPL-2.0
package org.chaxu.ide.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.chaxu.engine.RuleSource;
import org.chaxu.core.internal.ContributedRules;
import org.eclipse.core.runtime.IExtensionPoint;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;

/**
 * The rules extension point lives in the headless engine (org.chaxu.engine.rules), where the
 * engine contributes the shipped catalogue; a contribution to the former point, org.chaxu.ide.rules,
 * is still read.
 */
class RulesExtensionPointTest {

    @Test
    void theEngineDeclaresThePointAndContributesTheShippedCatalogueToIt() {
        IExtensionPoint point = Platform.getExtensionRegistry().getExtensionPoint("org.chaxu.engine.rules");
        assertNotNull(point, "org.chaxu.engine declares the point");
        assertEquals("org.chaxu.engine", point.getContributor().getName());
        assertEquals("org.chaxu.engine", point.getExtensions()[0].getContributor().getName());
        List<String> files = ContributedRules.INSTANCE.get().sources().stream().map(RuleSource::file).sorted().toList();
        assertEquals(List.of("org.chaxu.engine/chaxu-rules/baseline.drl", "org.chaxu.engine/chaxu-rules/escalation.drl",
                "org.chaxu.engine/chaxu-rules/structure.drl"), files);
    }

    @Test
    void aContributionToTheDeprecatedPointIsStillRead() {
        IExtensionPoint deprecated = Platform.getExtensionRegistry().getExtensionPoint(ContributedRules.DEPRECATED_EXTENSION_POINT);
        assertNotNull(deprecated);
        assertTrue(deprecated.getLabel().contains("deprecated"), deprecated.getLabel());
        assertEquals("Contributed through org.chaxu.ide.rules, still read.",
                ContributedRules.INSTANCE.messages().template("X-DEPRECATED-POINT", Locale.ENGLISH));
        assertNull(ContributedRules.INSTANCE.messages().template("X-NOT-CONTRIBUTED", Locale.ENGLISH));
    }
}
