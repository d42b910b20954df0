// SPDX-License-Identifier: EPL-2.0
package org.chaxu.editor;

import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * Fixes for the findings of one rule, contributed through the extension point
 * {@code org.chaxu.editor.quickFixes} keyed by rule id. A fix is an EMF command on the
 * editor's editing domain, so the drafter can undo it; it is offered in the Problems view
 * (Quick Fix on a Chaxu marker) and in the editor. A fix changes the model only through its
 * command, and only when the command is executed.
 */
public interface QuickFix {

    /**
     * A finding to fix, in the model of an open editor.
     *
     * @param ruleId  the rule that reported it
     * @param element the element it is reported on
     * @param related the elements the rule compared it with (its baseline, its issuer, …), in the rule's order
     * @param domain  the editing domain the commands are for
     * @param locale  the language of the labels
     */
    record Problem(String ruleId, EObject element, List<EObject> related, EditingDomain domain, Locale locale) {

        /** The first related element of the given type, or null. */
        public <T> T related(Class<T> type) {
            for (EObject object : related) {
                if (type.isInstance(object)) {
                    return type.cast(object);
                }
            }
            return null;
        }
    }

    /** One way to fix a finding: what the drafter reads, and the command that does it. */
    record Resolution(String label, String description, Command command) {
    }

    /** The ways to fix the problem; empty when none applies to this finding. */
    List<Resolution> resolutions(Problem problem);
}
