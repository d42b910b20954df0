// SPDX-License-Identifier: EPL-2.0
package org.chaxu.core;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;

/**
 * A Chaxu problem marker as read back: the reader beside the writer of the markers (the builder's,
 * and the editor's live ones), so that what a marker carries is named in one place. A marker of
 * another type reads as {@code null}.
 *
 * @param ruleId      the rule's id ({@link ChaxuCore#RULE_ID}); a model's own problems have one of
 *                    their own (CHAXU-MODEL, CHAXU-SETTINGS)
 * @param uri         the URI of the element the finding is on (EMF's {@code EValidator.URI_ATTRIBUTE}), or null
 * @param relatedUris the URIs of the related elements, in the finding's order
 */
public record FindingMarker(String ruleId, String uri, List<String> relatedUris) {

    /** The finding a marker carries, or null when it is no Chaxu problem marker (or no longer exists). */
    public static FindingMarker of(IMarker marker) {
        try {
            if (marker == null || !marker.exists() || !marker.isSubtypeOf(ChaxuCore.PROBLEM_MARKER)) {
                return null;
            }
        } catch (CoreException e) {
            return null;
        }
        String related = marker.getAttribute(ChaxuCore.RELATED_URIS, "");
        return new FindingMarker(marker.getAttribute(ChaxuCore.RULE_ID, ""), marker.getAttribute(ChaxuCore.URI, (String) null),
                related.isBlank() ? List.of() : Arrays.asList(related.split(" ")));
    }
}
