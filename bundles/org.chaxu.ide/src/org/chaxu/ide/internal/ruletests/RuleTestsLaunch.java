// SPDX-License-Identifier: EPL-2.0
package org.chaxu.ide.internal.ruletests;

import org.chaxu.engine.RuleTests;
import org.chaxu.ide.internal.Messages;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Path;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationType;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.core.model.ILaunchConfigurationDelegate;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PartInitException;

/**
 * The "Chaxu Rule Tests" launch configuration: runs the rule tests below a folder or project, as
 * {@code chaxu test} does, and shows the result in the Rule Tests view. Its one attribute is the
 * folder's workspace path, so a configuration is shared in a {@code .launch} file like any other.
 */
public final class RuleTestsLaunch implements ILaunchConfigurationDelegate {

    public static final String TYPE = "org.chaxu.ide.ruleTestsLaunch";

    /** The folder or project whose rule tests run: its workspace path ("/project/rules"). */
    public static final String FOLDER = "org.chaxu.ide.ruleTests.folder";

    /** What the last run of any configuration gave, for those who look from outside (tests). */
    private static volatile RuleTests.Result last;

    @Override
    public void launch(ILaunchConfiguration configuration, String mode, ILaunch launch, IProgressMonitor monitor) throws CoreException {
        IContainer where = folder(configuration);
        Messages messages = Messages.of(where.getProject());
        SubMonitor progress = SubMonitor.convert(monitor, messages.get("tests.job", where.getFullPath().makeRelative().toString()), 1);
        RuleTests.Result result;
        try {
            result = RuleTestRun.run(where);
        } catch (CoreException e) {
            throw e;
        } catch (Exception e) {
            throw new CoreException(Status.error(messages.get("tests.failed", String.valueOf(e.getMessage())), e));
        }
        last = result;
        progress.worked(1);
        Display.getDefault().asyncExec(() -> {
            try {
                RuleTestsView.show(where, result);
            } catch (PartInitException e) {
                // the view cannot open: the markers of untested rules are still there
            }
        });
    }

    /** The result of the last run, or null. */
    public static RuleTests.Result last() {
        return last;
    }

    /** The existing folder a configuration names, or a CoreException saying what is wrong with it. */
    public static IContainer folder(ILaunchConfiguration configuration) throws CoreException {
        String path = configuration.getAttribute(FOLDER, "");
        Messages messages = Messages.of(null);
        if (path.isBlank()) {
            throw new CoreException(Status.error(messages.get("launch.noFolder")));
        }
        IResource resource = ResourcesPlugin.getWorkspace().getRoot().findMember(new Path(path));
        if (!(resource instanceof IContainer container) || !container.isAccessible()) {
            throw new CoreException(Status.error(messages.get("launch.missing", path)));
        }
        return container;
    }

    /** The configuration for a folder: the existing one naming it, else a new one saved under the folder's name. */
    public static ILaunchConfiguration configurationFor(IContainer where) throws CoreException {
        ILaunchManager manager = DebugPlugin.getDefault().getLaunchManager();
        ILaunchConfigurationType type = manager.getLaunchConfigurationType(TYPE);
        String path = where.getFullPath().toString();
        for (ILaunchConfiguration existing : manager.getLaunchConfigurations(type)) {
            if (path.equals(existing.getAttribute(FOLDER, ""))) {
                return existing;
            }
        }
        String name = manager.generateLaunchConfigurationName(where.getFullPath().makeRelative().toString().replace('/', ' '));
        ILaunchConfigurationWorkingCopy copy = type.newInstance(null, name);
        copy.setAttribute(FOLDER, path);
        copy.setMappedResources(new IResource[] {where});
        return copy.doSave();
    }
}
