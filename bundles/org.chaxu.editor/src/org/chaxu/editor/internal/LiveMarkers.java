// SPDX-License-Identifier: EPL-2.0
package org.chaxu.editor.internal;

import org.chaxu.core.ChaxuProjects;
import java.util.List;

import org.chaxu.engine.Finding;
import org.chaxu.engine.LoadedModel;
import org.chaxu.core.ChaxuCore;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IWorkspaceRunnable;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.resources.WorkspaceJob;

/**
 * The live findings of an open model as Chaxu markers, so that the Problems view (and its
 * quick fixes) follow the editor while the model is edited — only in projects with the Chaxu
 * nature, where the builder writes the same markers on save. Markers are written in a
 * workspace job (never on the UI thread); the markers of loading problems are the builder's
 * and stay. Closing the editor without saving re-checks the file on disk.
 */
public final class LiveMarkers {

    private final IFile file;
    private volatile List<Finding> pending;
    private final WorkspaceJob job;

    public LiveMarkers(IFile file) {
        this.file = file;
        this.job = new WorkspaceJob("Chaxu: markers of " + file.getName()) {
            @Override
            public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
                write();
                return Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == LiveCheck.FAMILY;
            }
        };
        job.setSystem(true);
        job.setRule(ResourcesPlugin.getWorkspace().getRuleFactory().markerRule(file));
    }

    private volatile LoadedModel model;

    public void write(LoadedModel loaded, List<Finding> findings) {
        if (!hasNature()) {
            return;
        }
        this.model = loaded;
        this.pending = findings;
        job.schedule();
    }

    private void write() throws CoreException {
        List<Finding> findings = pending;
        LoadedModel loaded = model;
        if (findings == null || loaded == null || !file.isAccessible()) {
            return;
        }
        IWorkspaceRunnable update = monitor -> {
            ChaxuProjects.showFindings(file, loaded, findings);
        };
        ResourcesPlugin.getWorkspace().run(update, job.getRule(), 0, null);
    }

    /** After closing without saving: the markers show the file on disk again. */
    public void restoreFromDisk() {
        if (!hasNature()) {
            return;
        }
        try {
            ChaxuProjects.recheck(file);
        } catch (CoreException e) {
            // the next build writes them
        }
    }

    private boolean hasNature() {
        try {
            return file.getProject().isAccessible() && file.getProject().hasNature(ChaxuCore.NATURE_ID);
        } catch (CoreException e) {
            return false;
        }
    }
}
