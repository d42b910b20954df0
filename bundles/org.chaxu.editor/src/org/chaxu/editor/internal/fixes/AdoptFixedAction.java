// SPDX-License-Identifier: EPL-2.0
package org.chaxu.editor.internal.fixes;

import static org.chaxu.governance.GovernancePackage.Literals.GOVERNANCE_MODEL__STANDARDS;
import static org.chaxu.governance.GovernancePackage.Literals.ISSUER__STANDARDS;

import java.util.List;

import org.chaxu.editor.internal.Ids;
import org.chaxu.editor.internal.Messages;
import org.chaxu.governance.AdministrativeUnit;
import org.chaxu.governance.GovernanceFactory;
import org.chaxu.governance.GovernanceModel;
import org.chaxu.governance.Standard;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;

/**
 * BASE-FIXED-ACTION: "Adopt the fixed action" — the unit issues a standard for the fixed action's
 * indicator: inside the unit when it is the model's own; for a unit of another file the model names
 * (a registry city), at the model's top level naming it by issuedBy, since the registry is not edited.
 */
public final class AdoptFixedAction extends ShippedFix {

    @Override
    public List<Resolution> resolutions(Problem problem) {
        if (!(problem.element() instanceof AdministrativeUnit unit)) {
            return List.of();
        }
        Standard action = problem.related(Standard.class);
        if (action == null || action.getIndicator() == null) {
            return List.of();
        }
        Messages messages = messages(problem);
        Standard adoption = GovernanceFactory.eINSTANCE.createStandard();
        boolean foreign = problem.domain() != null && problem.domain().isReadOnly(unit.eResource());
        GovernanceModel model = foreign ? editedModel(problem) : null;
        if (foreign && model == null) {
            return List.of();
        }
        adoption.setId(Ids.fresh(foreign ? model.eResource() : unit.eResource(), unit.getId() + "-" + action.getIndicator().getId()));
        adoption.setName(messages.get("fix.adopt.name", name(unit), name(action)));
        adoption.setIndicator(action.getIndicator());
        adoption.setSector(action.getSector());
        Command command;
        if (foreign) {
            adoption.setIssuedBy(unit);
            command = AddCommand.create(problem.domain(), model, GOVERNANCE_MODEL__STANDARDS, adoption);
        } else {
            command = AddCommand.create(problem.domain(), unit, ISSUER__STANDARDS, adoption);
        }
        return one(messages.get("fix.adopt", name(action)), messages.get("fix.adopt.description", name(unit), name(action)), command);
    }
}
