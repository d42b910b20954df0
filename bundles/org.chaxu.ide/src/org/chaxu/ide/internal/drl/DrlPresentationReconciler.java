// SPDX-License-Identifier: EPL-2.0
package org.chaxu.ide.internal.drl;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.text.rules.DefaultDamagerRepairer;

/** The colours of a DRL file in the Generic Editor (org.eclipse.ui.genericeditor.presentationReconcilers). */
public final class DrlPresentationReconciler extends PresentationReconciler {

    public DrlPresentationReconciler() {
        DefaultDamagerRepairer repairer = new DefaultDamagerRepairer(new DrlScanner());
        setDamager(repairer, IDocument.DEFAULT_CONTENT_TYPE);
        setRepairer(repairer, IDocument.DEFAULT_CONTENT_TYPE);
    }
}
