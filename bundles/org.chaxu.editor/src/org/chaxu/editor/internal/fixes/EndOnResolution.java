// SPDX-License-Identifier: EPL-2.0
package org.chaxu.editor.internal.fixes;

import static org.chaxu.governance.GovernancePackage.Literals.INTERVENTION__END;

import java.util.List;

import org.chaxu.editor.internal.Messages;
import org.chaxu.governance.Intervention;
import org.chaxu.governance.Negotiation;
import org.eclipse.emf.edit.command.SetCommand;

/** ESC-OVERSTAY: "End the intervention on the resolution date" — the superior withdraws once it is solved. */
public final class EndOnResolution extends ShippedFix {

    @Override
    public List<Resolution> resolutions(Problem problem) {
        if (!(problem.element() instanceof Intervention intervention)) {
            return List.of();
        }
        Negotiation negotiation = intervention.getTarget();
        if (negotiation == null || negotiation.getStatusSince() == null) {
            return List.of();
        }
        Messages messages = messages(problem);
        return one(messages.get("fix.end", date(negotiation.getStatusSince())),
                messages.get("fix.end.description", name(negotiation), date(negotiation.getStatusSince())),
                SetCommand.create(problem.domain(), intervention, INTERVENTION__END, negotiation.getStatusSince()));
    }
}
