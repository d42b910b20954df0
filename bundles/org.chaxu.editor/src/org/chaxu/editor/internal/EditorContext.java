// SPDX-License-Identifier: EPL-2.0
package org.chaxu.editor.internal;

import org.chaxu.governance.GovernanceModel;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;

/** What the editor's pages need from the editor: the model, its editing domain, words and findings. */
public interface EditorContext {

    GovernanceModel model();

    EditingDomain domain();

    ComposedAdapterFactory adapterFactory();

    Messages messages();

    ElementLabels labels();

    /** The latest live findings (never null). */
    LiveFindings findings();

    /** Executes a command on the editing domain's stack; false when it cannot execute. */
    boolean execute(Command command);

    /** Shows the element on the page that shows its kind, selected. */
    void reveal(EObject element);

    /** Tells the workbench (Properties view, outline) what the page selected. */
    void selected(EObject element);
}
