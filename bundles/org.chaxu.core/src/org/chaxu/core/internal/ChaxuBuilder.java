// SPDX-License-Identifier: EPL-2.0
package org.chaxu.core.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Re-checks the models of a Chaxu project. A full build (or a change to the project's rules,
 * messages or Chaxu settings) checks every model; an incremental build checks the models that
 * were added or changed, and the models that use one of them or a deleted one (a model naming
 * units of another file is checked with it: see {@link Dependencies}). Markers of a deleted model
 * go with the file.
 */
public final class ChaxuBuilder extends IncrementalProjectBuilder {

    private static final IPath SETTINGS = IPath.fromOSString(".settings/" + ChaxuSettings.QUALIFIER + ".prefs");
    /** The settings file and what lies beside it (a baseline, say). */
    private static final IPath SETTINGS_FOLDER = ChaxuSettings.SETTINGS_FILE.removeLastSegments(1);

    @Override
    protected IProject[] build(int kind, Map<String, String> args, IProgressMonitor monitor) throws CoreException {
        IProject project = getProject();
        IResourceDelta delta = kind == FULL_BUILD ? null : getDelta(project);
        if (delta == null) {
            ProjectChecker.checkProject(project, monitor);
            return null;
        }
        boolean[] everything = { false };
        List<IFile> changed = new ArrayList<>();
        List<IFile> removed = new ArrayList<>();
        delta.accept(d -> {
            if (ProjectCatalogs.isRuleFile(d.getResource()) || d.getProjectRelativePath().equals(SETTINGS)
                    || d.getResource() instanceof IFile && SETTINGS_FOLDER.isPrefixOf(d.getProjectRelativePath())
                    || isBaseline(d)) {
                everything[0] = true;
            } else if (ProjectChecker.isModel(d.getResource()) && d.getKind() != IResourceDelta.REMOVED
                    && (d.getKind() == IResourceDelta.ADDED || (d.getFlags() & (IResourceDelta.CONTENT
                            | IResourceDelta.REPLACED | IResourceDelta.MOVED_FROM)) != 0)) {
                changed.add((IFile) d.getResource());
            } else if (ProjectChecker.isModel(d.getResource()) && d.getKind() == IResourceDelta.REMOVED) {
                removed.add((IFile) d.getResource());
            }
            return true;
        });
        if (everything[0] || ((!changed.isEmpty() || !removed.isEmpty()) && !Dependencies.known(project))) {
            ProjectChecker.checkProject(project, monitor);
            return null;
        }
        if (removed.isEmpty() && ProjectChecker.checkSaved(project, changed, monitor)) {
            return null; // the saves applied to the project's kept session as edits
        }
        removed.forEach(Dependencies::remove);
        Set<IFile> files = new LinkedHashSet<>(changed);
        List<IFile> touched = new ArrayList<>(changed);
        touched.addAll(removed);
        files.addAll(Dependencies.dependents(project, touched));
        files.removeAll(removed);
        if (!files.isEmpty() || !removed.isEmpty()) {
            // the project is one fact base: a removed model withdraws its facts from the others' checks
            ProjectChecker.checkFiles(project, files, false, monitor);
        }
        return null;
    }

    /** A baseline the settings file names, wherever it lies in the project. */
    private boolean isBaseline(IResourceDelta delta) {
        if (!(delta.getResource() instanceof IFile file) || file.getLocation() == null) {
            return false;
        }
        try {
            org.chaxu.engine.ProjectSettings settings = ChaxuSettings.fileSettings(getProject());
            return settings != null && file.getLocation().toFile().toPath().equals(settings.baseline());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    protected void clean(IProgressMonitor monitor) throws CoreException {
        ProjectChecker.erase(getProject());
    }
}
