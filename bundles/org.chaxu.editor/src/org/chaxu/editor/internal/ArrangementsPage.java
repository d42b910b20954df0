// SPDX-License-Identifier: EPL-2.0
package org.chaxu.editor.internal;

import static org.chaxu.governance.GovernancePackage.Literals.ARRANGEMENT__CONVENER;
import static org.chaxu.governance.GovernancePackage.Literals.ARRANGEMENT__ESTABLISHED;
import static org.chaxu.governance.GovernancePackage.Literals.ARRANGEMENT__HOSTED_BY;
import static org.chaxu.governance.GovernancePackage.Literals.ARRANGEMENT__INITIATION;
import static org.chaxu.governance.GovernancePackage.Literals.ARRANGEMENT__KIND;
import static org.chaxu.governance.GovernancePackage.Literals.ARRANGEMENT__MEMBERS;
import static org.chaxu.governance.GovernancePackage.Literals.ARRANGEMENT__PARENT;
import static org.chaxu.governance.GovernancePackage.Literals.ARRANGEMENT__REPORTS_TO;
import static org.chaxu.governance.GovernancePackage.Literals.ARRANGEMENT__SUB_ARRANGEMENTS;
import static org.chaxu.governance.GovernancePackage.Literals.ELEMENT__ID;
import static org.chaxu.governance.GovernancePackage.Literals.ELEMENT__NAME;
import static org.chaxu.governance.GovernancePackage.Literals.ELEMENT__PROVENANCE;
import static org.chaxu.governance.GovernancePackage.Literals.GOVERNANCE_MODEL__ARRANGEMENTS;

import java.util.List;

import org.chaxu.governance.Arrangement;
import org.chaxu.governance.ArrangementKind;
import org.chaxu.governance.GovernanceFactory;
import org.chaxu.governance.GovernanceModel;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.ui.forms.editor.FormEditor;

/** Circles, conferences and offices with their members, convener and sub-arrangements. */
public final class ArrangementsPage extends ModelPage {

    public static final String ID = "arrangements";

    public ArrangementsPage(FormEditor editor, EditorContext context) {
        super(editor, ID, context.messages().get("page.arrangements"), context);
    }

    @Override
    protected String description() {
        return context.messages().get("page.arrangements.description");
    }

    @Override
    protected String emptyHint() {
        return context.messages().get("page.arrangements.empty");
    }

    @Override
    protected Object input() {
        return context.model();
    }

    @Override
    public boolean shows(EObject element) {
        return element instanceof Arrangement;
    }

    @Override
    protected List<EStructuralFeature> features(EObject element) {
        return features(ELEMENT__NAME, ELEMENT__ID, ARRANGEMENT__KIND, ARRANGEMENT__INITIATION, ARRANGEMENT__CONVENER,
                ARRANGEMENT__HOSTED_BY, ARRANGEMENT__REPORTS_TO, ARRANGEMENT__ESTABLISHED, ARRANGEMENT__PARENT,
                ARRANGEMENT__MEMBERS, ELEMENT__PROVENANCE);
    }

    @Override
    protected List<Action> actions() {
        return List.of(
                new Action(context.messages().get("action.addArrangement"),
                        selected -> add(context.model(), GOVERNANCE_MODEL__ARRANGEMENTS, ArrangementKind.JOINT_CONFERENCE)),
                new Action(context.messages().get("action.addSubArrangement"),
                        selected -> selected instanceof Arrangement parent
                                ? add(parent, ARRANGEMENT__SUB_ARRANGEMENTS, ArrangementKind.METROPOLITAN_CIRCLE)
                                : null));
    }

    /** Adds a new arrangement of the kind, its fresh id given when the command runs. */
    private org.eclipse.emf.common.command.Command add(org.eclipse.emf.ecore.EObject owner, org.eclipse.emf.ecore.EStructuralFeature feature,
            ArrangementKind kind) {
        Arrangement arrangement = newArrangement(kind);
        return Ids.onExecute(AddCommand.create(context.domain(), owner, feature, arrangement), arrangement, context.model().eResource(),
                "arrangement");
    }

    private Arrangement newArrangement(ArrangementKind kind) {
        Arrangement arrangement = GovernanceFactory.eINSTANCE.createArrangement();
        arrangement.setName(context.messages().get("new.arrangement"));
        arrangement.setKind(kind);
        return arrangement;
    }

    @Override
    protected ITreeContentProvider content() {
        return new ITreeContentProvider() {
            @Override
            public Object[] getElements(Object input) {
                return ((GovernanceModel) input).getArrangements().toArray();
            }

            @Override
            public Object[] getChildren(Object parent) {
                return parent instanceof Arrangement a ? a.getSubArrangements().toArray() : new Object[0];
            }

            @Override
            public Object getParent(Object element) {
                return element instanceof Arrangement a ? a.getParent() : null;
            }

            @Override
            public boolean hasChildren(Object element) {
                return element instanceof Arrangement a && !a.getSubArrangements().isEmpty();
            }
        };
    }
}
