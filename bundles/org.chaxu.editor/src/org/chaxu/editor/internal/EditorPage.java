// SPDX-License-Identifier: EPL-2.0
package org.chaxu.editor.internal;

import org.eclipse.emf.ecore.EObject;

/** A page of the Chaxu editor: shows some kinds of elements, follows the model and the live findings. */
public interface EditorPage {

    /** True when this page shows the element. */
    boolean shows(EObject element);

    /** Selects the element (the page is active or being activated). */
    void select(EObject element);

    /** After a command or a reload: everything. */
    void refresh();

    /** After a command that changed the given objects (the command's affected objects). */
    void refresh(java.util.Collection<?> affected);

    /** After a live check: the decorations of the given elements changed (null: any may have). */
    void findingsChanged(java.util.Set<EObject> changed);
}
