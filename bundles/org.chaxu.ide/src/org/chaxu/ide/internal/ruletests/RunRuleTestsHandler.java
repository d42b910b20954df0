// SPDX-License-Identifier: EPL-2.0
package org.chaxu.ide.internal.ruletests;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.statushandlers.StatusManager;

/**
 * Run Chaxu Rule Tests on a folder or a project: the folder's launch configuration run (as Run As &gt;
 * Chaxu Rule Tests does, so the run is in Run's history), its result in the Rule Tests view.
 */
public final class RunRuleTestsHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        if (!(HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection)) {
            return null;
        }
        IResource resource = Adapters.adapt(selection.getFirstElement(), IResource.class);
        if (!(resource instanceof IContainer where)) {
            return null;
        }
        try {
            DebugUITools.launch(RuleTestsLaunch.configurationFor(where), ILaunchManager.RUN_MODE);
        } catch (CoreException e) {
            StatusManager.getManager().handle(e.getStatus(), StatusManager.SHOW | StatusManager.LOG);
        }
        return null;
    }

    /** Runs the tests below {@code where} at once (on the calling thread) and shows them: for tests and other callers. */
    public static RuleTestsView runNow(IContainer where) throws Exception {
        return RuleTestsView.show(where, RuleTestRun.run(where));
    }
}
