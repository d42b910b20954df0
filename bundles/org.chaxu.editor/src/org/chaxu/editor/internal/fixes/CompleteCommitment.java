// SPDX-License-Identifier: EPL-2.0
package org.chaxu.editor.internal.fixes;

import static org.chaxu.governance.GovernancePackage.Literals.COMMITMENT__DUE;
import static org.chaxu.governance.GovernancePackage.Literals.COMMITMENT__RESPONSIBLE;

import java.util.ArrayList;
import java.util.Calendar;
import java.util.Date;
import java.util.List;

import org.chaxu.editor.internal.Messages;
import org.chaxu.governance.Agreement;
import org.chaxu.governance.AdministrativeUnit;
import org.chaxu.governance.Commitment;
import org.eclipse.emf.edit.command.SetCommand;

/**
 * RESP-INCOMPLETE: "Set a due date" (one year after the agreement was signed, else after the
 * model's reference date) and, when no one is responsible, "Make … responsible" for each
 * signatory of the agreement.
 */
public final class CompleteCommitment extends ShippedFix {

    @Override
    public List<Resolution> resolutions(Problem problem) {
        if (!(problem.element() instanceof Commitment commitment)) {
            return List.of();
        }
        Messages messages = messages(problem);
        List<Resolution> resolutions = new ArrayList<>();
        Agreement agreement = commitment.eContainer() instanceof Agreement a ? a : null;
        if (commitment.getDue() == null) {
            Date from = agreement != null && agreement.getSigned() != null ? agreement.getSigned() : asOf(commitment);
            if (from != null) {
                Calendar calendar = Calendar.getInstance();
                calendar.setTime(from);
                calendar.add(Calendar.YEAR, 1);
                Date due = calendar.getTime();
                resolutions.add(new Resolution(messages.get("fix.due", date(due)), messages.get("fix.due.description"),
                        SetCommand.create(problem.domain(), commitment, COMMITMENT__DUE, due)));
            }
        }
        if (commitment.getResponsible() == null && agreement != null) {
            for (AdministrativeUnit party : agreement.getSignatories()) {
                resolutions.add(new Resolution(messages.get("fix.responsible", name(party)), messages.get("fix.responsible.description"),
                        SetCommand.create(problem.domain(), commitment, COMMITMENT__RESPONSIBLE, party)));
            }
        }
        return resolutions;
    }
}
