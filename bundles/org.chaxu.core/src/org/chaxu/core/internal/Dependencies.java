// SPDX-License-Identifier: EPL-2.0
package org.chaxu.core.internal;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.emf.common.util.URI;

/**
 * Which models of a project depend on which files: a model that names units or indicators of
 * another {@code .chaxu} file is checked with that file, so a change to it can change the model's
 * findings. Learnt from every check of a model; the builder asks it for the dependents of the files
 * that changed. A project it has not seen since the workbench started is checked in full first.
 */
final class Dependencies {

    /** project → model → the workspace files it uses */
    private static final Map<IProject, Map<IFile, Set<IFile>>> USES = new ConcurrentHashMap<>();

    private Dependencies() {
    }

    /** True once every model of the project has been checked since the workbench started. */
    static boolean known(IProject project) {
        return USES.containsKey(project);
    }

    /** Starts a full check of the project: what its models used before no longer counts. */
    static void reset(IProject project) {
        USES.put(project, new ConcurrentHashMap<>());
    }

    static void forget(IProject project) {
        USES.remove(project);
    }

    /** Records the files a model used in its last check (resource URIs as the loader saw them). */
    static void record(IFile model, Collection<URI> uses) {
        Map<IFile, Set<IFile>> models = USES.get(model.getProject());
        if (models == null) {
            return;
        }
        Set<IFile> files = new LinkedHashSet<>();
        for (URI uri : uses) {
            if (uri.isFile()) {
                for (IFile file : ResourcesPlugin.getWorkspace().getRoot()
                        .findFilesForLocationURI(java.nio.file.Path.of(uri.toFileString()).toUri())) {
                    files.add(file);
                }
            }
        }
        models.put(model, files);
    }

    /** The project's models that used one of the given files in their last check. */
    static Set<IFile> dependents(IProject project, Collection<IFile> changed) {
        Set<IFile> dependents = new LinkedHashSet<>();
        Map<IFile, Set<IFile>> models = USES.getOrDefault(project, Map.of());
        models.forEach((model, uses) -> {
            for (IFile file : changed) {
                if (uses.contains(file)) {
                    dependents.add(model);
                }
            }
        });
        return dependents;
    }

    /** A model that no longer exists uses nothing. */
    static void remove(IFile model) {
        Map<IFile, Set<IFile>> models = USES.get(model.getProject());
        if (models != null) {
            models.remove(model);
        }
    }
}
