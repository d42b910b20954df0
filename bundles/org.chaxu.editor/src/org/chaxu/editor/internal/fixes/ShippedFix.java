// SPDX-License-Identifier: EPL-2.0
package org.chaxu.editor.internal.fixes;

import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.chaxu.editor.QuickFix;
import org.chaxu.editor.internal.Messages;
import org.chaxu.engine.Labels;
import org.chaxu.governance.AdministrativeUnit;
import org.chaxu.governance.GovernanceModel;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

/** What Chaxu's own fixes share: their words, and the model's reference date. */
abstract class ShippedFix implements QuickFix {

    private static final Map<Locale, Messages> MESSAGES = new ConcurrentHashMap<>();

    static Messages messages(Problem problem) {
        return MESSAGES.computeIfAbsent(problem.locale(), Messages::new);
    }

    static String name(Object element) {
        return Labels.label(element);
    }

    static String date(Date date) {
        return Labels.date(date);
    }

    /** The model's "as of" date, the reference of every deadline check. */
    static Date asOf(EObject element) {
        EObject root = EcoreUtil.getRootContainer(element);
        return root instanceof GovernanceModel model ? model.getAsOf() : null;
    }

    /** The last related unit (the level the rule names last), or null. */
    static AdministrativeUnit lastUnit(Problem problem) {
        AdministrativeUnit unit = null;
        for (EObject related : problem.related()) {
            if (related instanceof AdministrativeUnit u) {
                unit = u;
            }
        }
        return unit;
    }

    /**
     * The model the fix edits when the finding's element lives in another file (a registry unit the
     * model names): the one model of the editing domain that is not read-only — the editor's. Null when
     * there is none, or more than one.
     */
    static GovernanceModel editedModel(Problem problem) {
        GovernanceModel found = null;
        for (org.eclipse.emf.ecore.resource.Resource resource : problem.domain().getResourceSet().getResources()) {
            if (!problem.domain().isReadOnly(resource) && !resource.getContents().isEmpty()
                    && resource.getContents().get(0) instanceof GovernanceModel model) {
                if (found != null) {
                    return null;
                }
                found = model;
            }
        }
        return found;
    }

    static List<Resolution> one(String label, String description, Command command) {
        return command == null ? List.of() : List.of(new Resolution(label, description, command));
    }
}
