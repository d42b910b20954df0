// SPDX-License-Identifier: EPL-2.0
package org.chaxu.ide.internal.ruletests;

import org.eclipse.debug.ui.AbstractLaunchConfigurationTabGroup;
import org.eclipse.debug.ui.CommonTab;
import org.eclipse.debug.ui.ILaunchConfigurationDialog;
import org.eclipse.debug.ui.ILaunchConfigurationTab;

/** The tabs of a Chaxu Rule Tests configuration: the folder, and the platform's Common tab. */
public final class RuleTestsTabGroup extends AbstractLaunchConfigurationTabGroup {

    @Override
    public void createTabs(ILaunchConfigurationDialog dialog, String mode) {
        setTabs(new ILaunchConfigurationTab[] {new RuleTestsTab(), new CommonTab()});
    }
}
