// SPDX-License-Identifier: EPL-2.0
package org.chaxu.editor.internal.fixes;

import static org.chaxu.governance.GovernancePackage.Literals.INTERVENTION__EXIT_CONDITION;

import java.util.List;

import org.chaxu.editor.internal.Messages;
import org.chaxu.governance.Intervention;
import org.eclipse.emf.edit.command.SetCommand;

/** ESC-NO-EXIT: "Add an exit condition" — a first wording the drafter then makes precise. */
public final class AddExitCondition extends ShippedFix {

    @Override
    public List<Resolution> resolutions(Problem problem) {
        if (!(problem.element() instanceof Intervention intervention)) {
            return List.of();
        }
        Messages messages = messages(problem);
        return one(messages.get("fix.exit"), messages.get("fix.exit.description"),
                SetCommand.create(problem.domain(), intervention, INTERVENTION__EXIT_CONDITION, messages.get("fix.exit.text")));
    }
}
