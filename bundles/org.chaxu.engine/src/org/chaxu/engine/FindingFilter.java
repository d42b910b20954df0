// SPDX-License-Identifier: EPL-2.0
package org.chaxu.engine;

import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;

/**
 * Which of a model's findings a user is shown: a project's settings hide the findings it suppresses
 * (with a reason) and those of its baseline ({@link ProjectSettings#hiding}). Part of the
 * {@link CheckOptions}, so that a session applies it to every list of findings it gives, for every
 * outlet alike: the command line, the Maven plugin, the builder, the editor's live check, the report.
 */
@FunctionalInterface
public interface FindingFilter {

    /** Every finding shown. */
    FindingFilter NONE = (model, findings) -> findings;

    /** The findings of {@code model} (those of the session, in order) that are shown, in the same order. */
    List<Finding> shown(Resource model, List<Finding> findings);
}
