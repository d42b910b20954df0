// SPDX-License-Identifier: EPL-2.0
package org.chaxu.editor.tests;

import java.util.List;

import org.chaxu.editor.QuickFix;
import org.chaxu.governance.Element;
import org.chaxu.governance.GovernancePackage;
import org.eclipse.emf.edit.command.SetCommand;

/** A fix contributed by a "rule author" (this test bundle) for ARR-COORDINATOR: notes the finding in the provenance. */
public final class NoteTheCoordinator implements QuickFix {

    @Override
    public List<Resolution> resolutions(Problem problem) {
        if (!(problem.element() instanceof Element element)) {
            return List.of();
        }
        return List.of(new Resolution("Note the coordinator question", "Appends a note to the provenance",
                SetCommand.create(problem.domain(), element, GovernancePackage.Literals.ELEMENT__PROVENANCE,
                        element.getProvenance() + " [coordinator to be reviewed]")));
    }
}
