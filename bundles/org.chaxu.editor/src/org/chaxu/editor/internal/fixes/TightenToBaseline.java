// SPDX-License-Identifier: EPL-2.0
package org.chaxu.editor.internal.fixes;

import static org.chaxu.governance.GovernancePackage.Literals.STANDARD__DEADLINE;
import static org.chaxu.governance.GovernancePackage.Literals.STANDARD__UNIT;
import static org.chaxu.governance.GovernancePackage.Literals.STANDARD__VALUE;

import java.util.List;
import java.util.Objects;

import org.chaxu.editor.internal.Messages;
import org.chaxu.engine.Labels;
import org.chaxu.governance.Standard;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.SetCommand;

/**
 * BASE-LOOSER, BASE-SCHEDULE, BASE-CIRCLE: "Tighten to the binding value (30 mg/m³ set by
 * Guangdong)" — the standard takes the value (and unit) or the deadline of the standard it
 * must meet, which the rule names among its related elements.
 */
public final class TightenToBaseline extends ShippedFix {

    @Override
    public List<Resolution> resolutions(Problem problem) {
        if (!(problem.element() instanceof Standard standard)) {
            return List.of();
        }
        Standard bar = problem.related(Standard.class);
        if (bar == null) {
            return List.of();
        }
        Messages messages = messages(problem);
        String setBy = name(bar.getIssuer());
        boolean circle = problem.ruleId().equals("BASE-CIRCLE");
        if (bar.getDeadline() != null && bar.getValue() == null) {
            return one(messages.get(circle ? "fix.tighten.circleDeadline" : "fix.tighten.deadline", date(bar.getDeadline()), setBy),
                    messages.get("fix.tighten.description", name(standard), Labels.value(standard), Labels.value(bar), setBy),
                    SetCommand.create(problem.domain(), standard, STANDARD__DEADLINE, bar.getDeadline()));
        }
        if (bar.getValue() == null) {
            return List.of();
        }
        CompoundCommand command = new CompoundCommand(messages.get("fix.tighten.command"));
        command.append(SetCommand.create(problem.domain(), standard, STANDARD__VALUE, bar.getValue()));
        if (!Objects.equals(standard.effectiveUnit(), bar.effectiveUnit())) {
            command.append(SetCommand.create(problem.domain(), standard, STANDARD__UNIT, bar.effectiveUnit()));
        }
        return one(messages.get(circle ? "fix.tighten.circle" : "fix.tighten", Labels.value(bar), setBy),
                messages.get("fix.tighten.description", name(standard), Labels.value(standard), Labels.value(bar), setBy),
                command.unwrap());
    }
}
