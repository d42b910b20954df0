// SPDX-License-Identifier: EPL-2.0
package org.chaxu.ide.internal.ruletests;

import org.chaxu.ide.internal.Messages;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.ui.AbstractLaunchConfigurationTab;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.ContainerSelectionDialog;

/** The folder whose rule tests a configuration runs, typed or chosen in the workspace. */
public final class RuleTestsTab extends AbstractLaunchConfigurationTab {

    private final Messages messages = Messages.of(null);
    private Text folder;

    @Override
    public void createControl(Composite parent) {
        Composite box = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(box);
        new Label(box, SWT.NONE).setText(messages.get("launch.folder"));
        folder = new Text(box, SWT.BORDER | SWT.SINGLE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(folder);
        folder.addModifyListener(e -> updateLaunchConfigurationDialog());
        Button browse = createPushButton(box, messages.get("launch.browse"), null);
        browse.addListener(SWT.Selection, e -> {
            ContainerSelectionDialog dialog = new ContainerSelectionDialog(getShell(), current(), false, messages.get("launch.choose"));
            if (dialog.open() == ContainerSelectionDialog.OK && dialog.getResult().length > 0) {
                folder.setText(((IPath) dialog.getResult()[0]).toString());
            }
        });
        setControl(box);
    }

    private IContainer current() {
        IResource resource = folder.getText().isBlank() ? null
                : ResourcesPlugin.getWorkspace().getRoot().findMember(folder.getText().strip());
        return resource instanceof IContainer container ? container : ResourcesPlugin.getWorkspace().getRoot();
    }

    @Override
    public void setDefaults(ILaunchConfigurationWorkingCopy configuration) {
        IResource selected = DebugUITools.getSelectedResource();
        IContainer where = selected instanceof IContainer c ? c : selected == null ? null : selected.getParent();
        configuration.setAttribute(RuleTestsLaunch.FOLDER, where == null ? "" : where.getFullPath().toString());
    }

    @Override
    public void initializeFrom(ILaunchConfiguration configuration) {
        try {
            folder.setText(configuration.getAttribute(RuleTestsLaunch.FOLDER, ""));
        } catch (CoreException e) {
            folder.setText("");
        }
    }

    @Override
    public void performApply(ILaunchConfigurationWorkingCopy configuration) {
        configuration.setAttribute(RuleTestsLaunch.FOLDER, folder.getText().strip());
        IResource resource = ResourcesPlugin.getWorkspace().getRoot().findMember(folder.getText().strip());
        configuration.setMappedResources(resource == null ? null : new IResource[] {resource});
    }

    @Override
    public boolean isValid(ILaunchConfiguration configuration) {
        setErrorMessage(null);
        try {
            RuleTestsLaunch.folder(configuration);
            return true;
        } catch (CoreException e) {
            setErrorMessage(e.getStatus().getMessage());
            return false;
        }
    }

    @Override
    public String getName() {
        return messages.get("launch.tab");
    }
}
