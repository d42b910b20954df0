// SPDX-License-Identifier: EPL-2.0
package org.chaxu.editor.internal;

import static org.chaxu.governance.GovernancePackage.Literals.AGREEMENT__COMMITMENTS;
import static org.chaxu.governance.GovernancePackage.Literals.AGREEMENT__SIGNATORIES;
import static org.chaxu.governance.GovernancePackage.Literals.AGREEMENT__SIGNED;
import static org.chaxu.governance.GovernancePackage.Literals.COMMITMENT__DUE;
import static org.chaxu.governance.GovernancePackage.Literals.COMMITMENT__RESPONSIBLE;
import static org.chaxu.governance.GovernancePackage.Literals.COMMITMENT__STATUS;
import static org.chaxu.governance.GovernancePackage.Literals.COMMITMENT__TASK;
import static org.chaxu.governance.GovernancePackage.Literals.ELEMENT__ID;
import static org.chaxu.governance.GovernancePackage.Literals.ELEMENT__NAME;
import static org.chaxu.governance.GovernancePackage.Literals.ELEMENT__PROVENANCE;
import static org.chaxu.governance.GovernancePackage.Literals.GOVERNANCE_MODEL__NEGOTIATIONS;
import static org.chaxu.governance.GovernancePackage.Literals.INTERVENTION__END;
import static org.chaxu.governance.GovernancePackage.Literals.INTERVENTION__ESCALATED_FROM;
import static org.chaxu.governance.GovernancePackage.Literals.INTERVENTION__EXIT_CONDITION;
import static org.chaxu.governance.GovernancePackage.Literals.INTERVENTION__INTERVENER;
import static org.chaxu.governance.GovernancePackage.Literals.INTERVENTION__MEANS;
import static org.chaxu.governance.GovernancePackage.Literals.INTERVENTION__OUTCOME;
import static org.chaxu.governance.GovernancePackage.Literals.INTERVENTION__START;
import static org.chaxu.governance.GovernancePackage.Literals.NEGOTIATION__AGREEMENTS;
import static org.chaxu.governance.GovernancePackage.Literals.NEGOTIATION__INTERVENTIONS;
import static org.chaxu.governance.GovernancePackage.Literals.NEGOTIATION__PARTIES;
import static org.chaxu.governance.GovernancePackage.Literals.NEGOTIATION__STARTED;
import static org.chaxu.governance.GovernancePackage.Literals.NEGOTIATION__STATUS;
import static org.chaxu.governance.GovernancePackage.Literals.NEGOTIATION__STATUS_SINCE;
import static org.chaxu.governance.GovernancePackage.Literals.NEGOTIATION__TOPIC;
import static org.chaxu.governance.GovernancePackage.Literals.NEGOTIATION__VENUE;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;

import org.chaxu.governance.Agreement;
import org.chaxu.governance.Commitment;
import org.chaxu.governance.CommitmentStatus;
import org.chaxu.governance.GovernanceFactory;
import org.chaxu.governance.GovernanceModel;
import org.chaxu.governance.Intervention;
import org.chaxu.governance.Negotiation;
import org.chaxu.governance.NegotiationStatus;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.ui.forms.editor.FormEditor;

/** Negotiations between governments: parties and status, interventions in order, agreements and commitments. */
public final class NegotiationsPage extends ModelPage {

    public static final String ID = "negotiations";

    public NegotiationsPage(FormEditor editor, EditorContext context) {
        super(editor, ID, context.messages().get("page.negotiations"), context);
    }

    @Override
    protected String description() {
        return context.messages().get("page.negotiations.description");
    }

    @Override
    protected String emptyHint() {
        return context.messages().get("page.negotiations.empty");
    }

    @Override
    protected Object input() {
        return context.model();
    }

    @Override
    public boolean shows(EObject element) {
        return element instanceof Negotiation || element instanceof Intervention || element instanceof Agreement
                || element instanceof Commitment;
    }

    @Override
    protected List<EStructuralFeature> features(EObject element) {
        if (element instanceof Negotiation) {
            return features(ELEMENT__NAME, ELEMENT__ID, NEGOTIATION__TOPIC, NEGOTIATION__STATUS, NEGOTIATION__STATUS_SINCE,
                    NEGOTIATION__STARTED, NEGOTIATION__VENUE, NEGOTIATION__PARTIES, ELEMENT__PROVENANCE);
        }
        if (element instanceof Intervention) {
            return features(ELEMENT__NAME, ELEMENT__ID, INTERVENTION__INTERVENER, INTERVENTION__START, INTERVENTION__END,
                    INTERVENTION__OUTCOME, INTERVENTION__EXIT_CONDITION, INTERVENTION__ESCALATED_FROM, INTERVENTION__MEANS,
                    ELEMENT__PROVENANCE);
        }
        if (element instanceof Agreement) {
            return features(ELEMENT__NAME, ELEMENT__ID, AGREEMENT__SIGNED, AGREEMENT__SIGNATORIES, ELEMENT__PROVENANCE);
        }
        return features(ELEMENT__NAME, ELEMENT__ID, COMMITMENT__TASK, COMMITMENT__RESPONSIBLE, COMMITMENT__DUE,
                COMMITMENT__STATUS, ELEMENT__PROVENANCE);
    }

    @Override
    protected List<Action> actions() {
        GovernanceFactory factory = GovernanceFactory.eINSTANCE;
        return List.of(
                new Action(context.messages().get("action.addNegotiation"), selected -> {
                    Negotiation negotiation = factory.createNegotiation();
                    negotiation.setName(context.messages().get("new.negotiation"));
                    negotiation.setStatus(NegotiationStatus.ONGOING);
                    negotiation.setStarted(context.model().getAsOf());
                    return Ids.onExecute(AddCommand.create(context.domain(), context.model(), GOVERNANCE_MODEL__NEGOTIATIONS, negotiation), negotiation,
                            context.model().eResource(), "negotiation");
                }),
                new Action(context.messages().get("action.addIntervention"), selected -> {
                    Negotiation negotiation = negotiationOf(selected);
                    if (negotiation == null) {
                        return null;
                    }
                    Intervention intervention = factory.createIntervention();
                    intervention.setName(context.messages().get("new.intervention"));
                    intervention.setStart(context.model().getAsOf() == null ? new Date() : context.model().getAsOf());
                    intervention.setIntervener(negotiation.directSuperior());
                    return Ids.onExecute(AddCommand.create(context.domain(), negotiation, NEGOTIATION__INTERVENTIONS, intervention), intervention,
                            context.model().eResource(), "intervention");
                }),
                new Action(context.messages().get("action.addAgreement"), selected -> {
                    Negotiation negotiation = negotiationOf(selected);
                    if (negotiation == null) {
                        return null;
                    }
                    Agreement agreement = factory.createAgreement();
                    agreement.setName(context.messages().get("new.agreement"));
                    agreement.getSignatories().addAll(negotiation.getParties());
                    return Ids.onExecute(AddCommand.create(context.domain(), negotiation, NEGOTIATION__AGREEMENTS, agreement), agreement,
                            context.model().eResource(), "agreement");
                }),
                new Action(context.messages().get("action.addCommitment"), selected -> {
                    Agreement agreement = selected instanceof Agreement a ? a
                            : selected instanceof Commitment c && c.eContainer() instanceof Agreement a ? a : null;
                    if (agreement == null) {
                        return null;
                    }
                    Commitment commitment = factory.createCommitment();
                    commitment.setName(context.messages().get("new.commitment"));
                    commitment.setStatus(CommitmentStatus.PENDING);
                    return Ids.onExecute(AddCommand.create(context.domain(), agreement, AGREEMENT__COMMITMENTS, commitment), commitment,
                            context.model().eResource(), "commitment");
                }));
    }

    private static Negotiation negotiationOf(EObject selected) {
        for (EObject e = selected; e != null; e = e.eContainer()) {
            if (e instanceof Negotiation negotiation) {
                return negotiation;
            }
        }
        return null;
    }

    @Override
    protected ITreeContentProvider content() {
        return new ITreeContentProvider() {
            @Override
            public Object[] getElements(Object input) {
                return ((GovernanceModel) input).getNegotiations().toArray();
            }

            @Override
            public Object[] getChildren(Object parent) {
                if (parent instanceof Negotiation negotiation) {
                    List<Object> children = new ArrayList<>();
                    List<Intervention> interventions = new ArrayList<>(negotiation.getInterventions());
                    // in the order they happened (stable for equal or missing dates)
                    interventions.sort(Comparator.comparing(Intervention::getStart, Comparator.nullsLast(Comparator.naturalOrder())));
                    children.addAll(interventions);
                    children.addAll(negotiation.getAgreements());
                    return children.toArray();
                }
                return parent instanceof Agreement agreement ? agreement.getCommitments().toArray() : new Object[0];
            }

            @Override
            public Object getParent(Object element) {
                return element instanceof EObject e ? e.eContainer() : null;
            }

            @Override
            public boolean hasChildren(Object element) {
                return getChildren(element).length > 0;
            }
        };
    }
}
