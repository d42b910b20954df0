// SPDX-License-Identifier: EPL-2.0
package org.chaxu.core.internal;

import java.util.ArrayList;
import java.util.List;

import org.chaxu.core.ChaxuCore;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;

/** Rebuilds Chaxu projects after a settings change (rules switched, severities, language). */
public final class RebuildJob extends WorkspaceJob {

    private final List<IProject> projects;

    public RebuildJob(List<IProject> projects) {
        super(new Messages(ChaxuSettings.locale(null)).get("job.rebuild"));
        this.projects = projects;
        setRule(ResourcesPlugin.getWorkspace().getRuleFactory().buildRule());
    }

    public static void scheduleForAllChaxuProjects() {
        List<IProject> projects = new ArrayList<>();
        for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
            try {
                if (project.isOpen() && project.hasNature(ChaxuCore.NATURE_ID)) {
                    projects.add(project);
                }
            } catch (CoreException e) {
                // a project whose description cannot be read is not rebuilt
            }
        }
        if (!projects.isEmpty()) {
            new RebuildJob(projects).schedule(100);
        }
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == ChaxuCore.JOB_FAMILY;
    }

    @Override
    public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
        SubMonitor progress = SubMonitor.convert(monitor, projects.size());
        for (IProject project : projects) {
            if (project.isAccessible()) {
                project.build(IncrementalProjectBuilder.FULL_BUILD, ChaxuCore.BUILDER_ID, null, progress.split(1));
            }
        }
        return Status.OK_STATUS;
    }
}
