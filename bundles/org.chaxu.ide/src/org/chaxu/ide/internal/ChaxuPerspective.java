// SPDX-License-Identifier: EPL-2.0
package org.chaxu.ide.internal;

import org.chaxu.ide.internal.ruletests.RuleTestsView;
import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * The Chaxu perspective (the Chaxu IDE's first window): the projects on the left, the model's
 * Outline on the right, and below the editor the Problems view in front — where the findings are —
 * with Properties and the Rule Tests view beside it.
 */
public final class ChaxuPerspective implements IPerspectiveFactory {

    public static final String ID = "org.chaxu.ide.perspective";
    /** The Error Log view of org.eclipse.ui.views.log, when installed. */
    private static final String ERROR_LOG = "org.eclipse.pde.runtime.LogView";
    private static final String NEW_MODEL = "org.chaxu.editor.newModel";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editors = layout.getEditorArea();
        layout.addView(IPageLayout.ID_PROJECT_EXPLORER, IPageLayout.LEFT, 0.2f, editors);
        IFolderLayout bottom = layout.createFolder("org.chaxu.ide.perspective.bottom", IPageLayout.BOTTOM, 0.7f, editors);
        bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
        bottom.addView(IPageLayout.ID_PROP_SHEET);
        bottom.addPlaceholder(RuleTestsView.ID);
        bottom.addPlaceholder(ERROR_LOG);
        layout.addView(IPageLayout.ID_OUTLINE, IPageLayout.RIGHT, 0.75f, editors);

        layout.addShowViewShortcut(IPageLayout.ID_PROBLEM_VIEW);
        layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
        layout.addShowViewShortcut(IPageLayout.ID_OUTLINE);
        layout.addShowViewShortcut(IPageLayout.ID_PROJECT_EXPLORER);
        layout.addShowViewShortcut(RuleTestsView.ID);
        layout.addShowViewShortcut(ERROR_LOG);
        layout.addNewWizardShortcut(NEW_MODEL);
        layout.addNewWizardShortcut("org.chaxu.ide.newRule");
        layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.project");
        layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.folder");
        layout.addPerspectiveShortcut("org.eclipse.ui.resourcePerspective");
    }
}
