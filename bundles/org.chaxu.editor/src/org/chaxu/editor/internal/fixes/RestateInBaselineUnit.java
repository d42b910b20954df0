// SPDX-License-Identifier: EPL-2.0
package org.chaxu.editor.internal.fixes;

import static org.chaxu.governance.GovernancePackage.Literals.STANDARD__UNIT;

import java.util.List;

import org.chaxu.editor.internal.Messages;
import org.chaxu.engine.Labels;
import org.chaxu.governance.Standard;
import org.eclipse.emf.edit.command.SetCommand;

/**
 * BASE-UNITS: "Restate in mg/m³" — the standard is stated in the unit of the standard it is
 * compared with. No conversion exists (that is the finding), so the number is kept and the
 * description asks the drafter to check it.
 */
public final class RestateInBaselineUnit extends ShippedFix {

    @Override
    public List<Resolution> resolutions(Problem problem) {
        if (!(problem.element() instanceof Standard standard)) {
            return List.of();
        }
        Standard other = problem.related(Standard.class);
        String unit = other == null ? null : other.effectiveUnit();
        if (unit == null || unit.equals(standard.effectiveUnit())) {
            return List.of();
        }
        Messages messages = messages(problem);
        return one(messages.get("fix.restate", unit), messages.get("fix.restate.description", Labels.value(standard), unit),
                SetCommand.create(problem.domain(), standard, STANDARD__UNIT, unit));
    }
}
