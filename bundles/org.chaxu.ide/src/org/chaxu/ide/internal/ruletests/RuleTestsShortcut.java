// SPDX-License-Identifier: EPL-2.0
package org.chaxu.ide.internal.ruletests;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.debug.ui.ILaunchShortcut;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.statushandlers.StatusManager;

/**
 * Run As &gt; Chaxu Rule Tests on a folder, a project or a DRL file (its folder): runs the folder's
 * configuration, made on the first run and then found in Run's history and the Run Configurations dialog.
 */
public final class RuleTestsShortcut implements ILaunchShortcut {

    @Override
    public void launch(ISelection selection, String mode) {
        if (selection instanceof IStructuredSelection structured) {
            launch(Adapters.adapt(structured.getFirstElement(), IResource.class), mode);
        }
    }

    @Override
    public void launch(IEditorPart editor, String mode) {
        launch(Adapters.adapt(editor.getEditorInput(), IFile.class), mode);
    }

    private static void launch(IResource resource, String mode) {
        IContainer where = resource instanceof IContainer container ? container : resource == null ? null : resource.getParent();
        if (where == null) {
            return;
        }
        try {
            DebugUITools.launch(RuleTestsLaunch.configurationFor(where), mode);
        } catch (CoreException e) {
            StatusManager.getManager().handle(e.getStatus(), StatusManager.SHOW | StatusManager.LOG);
        }
    }
}
