// SPDX-License-Identifier: EPL-2.0
package org.chaxu.ide.internal;

import org.chaxu.core.internal.ChaxuSettings;
import org.chaxu.core.internal.ChaxuNature;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.handlers.HandlerUtil;

/** Configure → Add/Remove Chaxu Nature: the builder then checks the project's models on every build. */
public final class NatureHandler extends AbstractHandler implements IExecutableExtension {

    private boolean add = true;

    @Override
    public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
        add = !"remove".equals(data);
    }

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        if (!(HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection)) {
            return null;
        }
        for (Object element : selection) {
            IProject project = Adapters.adapt(element, IProject.class);
            if (project != null && project.isOpen()) {
                WorkspaceJob job = new WorkspaceJob(new Messages(ChaxuSettings.locale(null)).get(add ? "job.addNature" : "job.removeNature")) {
                    @Override
                    public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
                        ChaxuNature.set(project, add, monitor);
                        return Status.OK_STATUS;
                    }
                };
                job.setRule(project);
                job.setUser(true);
                job.schedule();
            }
        }
        return null;
    }
}
