// SPDX-License-Identifier: EPL-2.0
package org.chaxu.core.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.chaxu.core.ChaxuCore;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.MultiRule;

/**
 * A check of selected projects and models in the background, with progress and cancellation,
 * holding only the projects it writes markers to. The UI thread never waits for it.
 */
public final class CheckJob extends WorkspaceJob {

    private final Map<IProject, List<IFile>> work;

    private CheckJob(String name, Map<IProject, List<IFile>> work) {
        super(name);
        this.work = work;
        setRule(MultiRule.combine(work.keySet().toArray(ISchedulingRule[]::new)));
        setUser(true);
    }

    /** A job for the given resources: a project means all its models; a file means that model. */
    public static CheckJob of(Collection<? extends IResource> resources) throws CoreException {
        Map<IProject, List<IFile>> work = new LinkedHashMap<>();
        for (IResource resource : resources) {
            IProject project = resource.getProject();
            List<IFile> files = work.computeIfAbsent(project, p -> new ArrayList<>());
            if (resource instanceof IProject) {
                files.addAll(ProjectChecker.models(project));
            } else if (ProjectChecker.isModel(resource) && !files.contains(resource)) {
                files.add((IFile) resource);
            }
        }
        return new CheckJob(new Messages(ChaxuSettings.locale(null)).get("job.check"), work);
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == ChaxuCore.JOB_FAMILY;
    }

    @Override
    public IStatus runInWorkspace(IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, getName(), work.size());
        MultiStatus status = new MultiStatus(ChaxuCore.PLUGIN_ID, 0, new Messages(ChaxuSettings.locale(null)).get("job.checkStatus"), null);
        try {
            for (Map.Entry<IProject, List<IFile>> entry : work.entrySet()) {
                if (entry.getKey().isAccessible()) {
                    ProjectChecker.checkFiles(entry.getKey(), entry.getValue(), true, progress.split(1));
                }
            }
        } catch (OperationCanceledException e) {
            return Status.CANCEL_STATUS;
        } catch (CoreException e) {
            status.add(e.getStatus());
        }
        return status.isOK() ? Status.OK_STATUS : status;
    }
}
