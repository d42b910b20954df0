// SPDX-License-Identifier: EPL-2.0
package org.chaxu.ide.internal.ruletests;

import org.chaxu.engine.RuleTests;
import org.chaxu.ide.internal.Messages;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/** Run Chaxu Rule Tests on a folder or a project: the run in a job, its result in the Rule Tests view. */
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
        Messages messages = Messages.of(where.getProject());
        Job job = Job.create(messages.get("tests.job", where.getFullPath().makeRelative().toString()), monitor -> {
            try {
                RuleTests.Result result = RuleTestRun.run(where);
                Display.getDefault().asyncExec(() -> {
                    try {
                        RuleTestsView.show(where, result);
                    } catch (PartInitException e) {
                        // the view cannot open: the markers of untested rules are still there
                    }
                });
                return Status.OK_STATUS;
            } catch (Exception e) {
                return Status.error(messages.get("tests.failed", String.valueOf(e.getMessage())), e);
            }
        });
        job.setUser(true);
        job.schedule();
        return null;
    }

    /** Runs the tests below {@code where} at once (on the calling thread) and shows them: for tests and other callers. */
    public static RuleTestsView runNow(IContainer where) throws Exception {
        return RuleTestsView.show(where, RuleTestRun.run(where));
    }
}
