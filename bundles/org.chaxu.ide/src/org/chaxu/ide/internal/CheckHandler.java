// SPDX-License-Identifier: EPL-2.0
package org.chaxu.ide.internal;

import org.chaxu.core.internal.CheckJob;
import org.chaxu.core.internal.ChaxuSettings;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.handlers.HandlerUtil;

/** "Check with Chaxu" on .chaxu files and projects: a background job, whether or not the project has the nature. */
public final class CheckHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        if (!(HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection)) {
            return null;
        }
        List<IResource> resources = new ArrayList<>();
        for (Object element : selection) {
            IResource resource = Adapters.adapt(element, IResource.class);
            if (resource != null && resource.isAccessible()) {
                resources.add(resource);
            }
        }
        try {
            CheckJob.of(resources).schedule();
        } catch (CoreException e) {
            throw new ExecutionException(new Messages(ChaxuSettings.locale(null)).get("command.cannotCheck", e.getMessage()), e);
        }
        return null;
    }
}
