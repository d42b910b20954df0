// SPDX-License-Identifier: EPL-2.0
package org.chaxu.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.chaxu.engine.Finding;
import org.chaxu.engine.LoadedModel;
import org.chaxu.governance.Standard;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * One model file as the reports see it: where it is, as loaded, its findings, the binding
 * baseline of each standard as the rules derived it, and the other models of its project (by
 * resource), so that an element a finding relates in another file of the project is shown at
 * that file's path and line.
 */
record CheckedModel(Path path, LoadedModel model, List<Finding> findings, Map<Standard, Standard> baselines,
        Map<Resource, Located> project) {

    /** A model of the project: the path reports show for it, and the model as loaded (its lines). */
    record Located(Path path, LoadedModel model) {
        String displayPath() {
            return path.toString().replace('\\', '/');
        }
    }

    CheckedModel(Path path, LoadedModel model, List<Finding> findings, Map<Standard, Standard> baselines) {
        this(path, model, findings, baselines, Map.of());
    }

    /** The path with forward slashes, as the user gave it (relative paths stay relative). */
    String displayPath() {
        return path.toString().replace('\\', '/');
    }

    /** The other model of the project that holds {@code element}, or null (this model's own, or a file outside the project). */
    Located elsewhere(EObject element) {
        Resource resource = element == null ? null : element.eResource();
        return resource == null || resource == model.resource() ? null : project.get(resource);
    }
}
