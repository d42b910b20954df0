// SPDX-License-Identifier: EPL-2.0
package org.chaxu.editor.internal.fixes;

import static org.chaxu.governance.GovernancePackage.Literals.INTERVENTION__ESCALATED_FROM;
import static org.chaxu.governance.GovernancePackage.Literals.NEGOTIATION__INTERVENTIONS;

import java.util.List;

import org.chaxu.editor.internal.Ids;
import org.chaxu.editor.internal.Messages;
import org.chaxu.governance.AdministrativeUnit;
import org.chaxu.governance.GovernanceFactory;
import org.chaxu.governance.Intervention;
import org.chaxu.governance.InterventionOutcome;
import org.chaxu.governance.Negotiation;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;

/**
 * ESC-SKIP: "Record an intervention by Shaanxi first" — the level the rule says was skipped
 * (the direct superior, or the intermediate level) is recorded as having stepped in, without
 * result, no later than the intervention that skipped it; that intervention is marked as
 * escalated from it. The drafter then fills in what the lower level did.
 */
public final class RecordLowerIntervention extends ShippedFix {

    @Override
    public List<Resolution> resolutions(Problem problem) {
        if (!(problem.element() instanceof Intervention skipping) || skipping.getTarget() == null) {
            return List.of();
        }
        AdministrativeUnit level = lastUnit(problem);
        if (level == null || level == skipping.getIntervener()) {
            return List.of();
        }
        Messages messages = messages(problem);
        Negotiation negotiation = skipping.getTarget();
        Intervention first = GovernanceFactory.eINSTANCE.createIntervention();
        first.setId(Ids.fresh(skipping.eResource(), negotiation.getId() + "-" + level.getId()));
        first.setName(messages.get("fix.skip.name", name(level)));
        first.setIntervener(level);
        first.setStart(skipping.getStart());
        first.setEnd(skipping.getStart());
        first.setOutcome(InterventionOutcome.INEFFECTIVE);
        CompoundCommand command = new CompoundCommand(messages.get("fix.skip", name(level)));
        command.append(AddCommand.create(problem.domain(), negotiation, NEGOTIATION__INTERVENTIONS, first));
        command.append(SetCommand.create(problem.domain(), skipping, INTERVENTION__ESCALATED_FROM, first));
        return one(messages.get("fix.skip", name(level)), messages.get("fix.skip.description", name(level), name(skipping.getIntervener())),
                command);
    }
}
