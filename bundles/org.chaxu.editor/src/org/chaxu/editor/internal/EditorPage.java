package org.chaxu.editor.internal;

import org.eclipse.emf.ecore.EObject;

/** A page of the Chaxu editor: shows some kinds of elements, follows the model and the live findings. */
public interface EditorPage {

    /** True when this page shows the element. */
    boolean shows(EObject element);

    /** Selects the element (the page is active or being activated). */
    void select(EObject element);

    /** After a command or a reload. */
    void refresh();

    /** After a live check. */
    void findingsChanged();
}
