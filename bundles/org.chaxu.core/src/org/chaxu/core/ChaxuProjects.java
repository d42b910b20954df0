// SPDX-License-Identifier: EPL-2.0
package org.chaxu.core;

import java.util.List;
import java.util.Locale;

import org.chaxu.core.internal.ChaxuNature;
import org.chaxu.core.internal.ChaxuSettings;
import org.chaxu.core.internal.CheckJob;
import org.chaxu.core.internal.Markers;
import org.chaxu.core.internal.ProjectCatalogs;
import org.chaxu.core.internal.ProjectChecker;
import org.chaxu.engine.CheckOptions;
import org.chaxu.engine.Finding;
import org.chaxu.engine.LoadedModel;
import org.chaxu.engine.RuleCatalog;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * What an editor, a report or a wizard needs of Chaxu in a workspace, in one place: the project's
 * settings as the builder applies them (language, rules, options, suppressions and baseline), its
 * models, its nature, and its markers. Everything behind it is internal to this bundle.
 */
public final class ChaxuProjects {

    private ChaxuProjects() {
    }

    /** The language of the project's messages (its settings, else the workspace's preference, else the platform's); null: the workspace's. */
    public static Locale locale(IProject project) {
        return ChaxuSettings.locale(project);
    }

    /** The rules that check the project: the shipped and contributed ones, and its rule folders' DRL files. */
    public static RuleCatalog catalog(IProject project) throws CoreException {
        return ProjectCatalogs.get(project);
    }

    /**
     * The project's check options: rules switched off, severities, language, and the suppressions
     * and baseline of its settings file — a session with them gives the findings the builder shows.
     */
    public static CheckOptions options(IProject project) {
        return ChaxuSettings.options(project);
    }

    /** The project's models (.chaxu files), checked as one fact base. */
    public static List<IFile> models(IProject project) throws CoreException {
        return ProjectChecker.models(project);
    }

    /** Makes the project a Chaxu project (the nature, and so the builder). */
    public static void addNature(IProject project, IProgressMonitor monitor) throws CoreException {
        ChaxuNature.set(project, true, monitor);
    }

    /** Replaces a model's finding markers by these (its other problems stay); run it under the file's marker rule. */
    public static void showFindings(IFile model, LoadedModel loaded, List<Finding> findings) throws CoreException {
        Markers.eraseFindings(model);
        Markers.writeFindings(model, loaded, findings);
    }

    /** Checks the model as saved, in a job (after an editor closes without saving). */
    public static void recheck(IFile model) throws CoreException {
        CheckJob.of(List.of(model)).schedule();
    }

    /**
     * How a model is named where names are shown side by side (editor tabs, the Problems view's
     * Location): its file name when no other {@code .chaxu} file of the workspace has it, else its
     * path in its project ({@code registry/prd-air.chaxu}), else its path in the workspace.
     */
    public static String shownName(IFile file) {
        return org.chaxu.core.internal.ShownNames.of(file);
    }
}
