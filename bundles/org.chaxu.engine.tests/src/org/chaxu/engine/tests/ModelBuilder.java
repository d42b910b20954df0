// SPDX-License-Identifier: EPL-2.0
package org.chaxu.engine.tests;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.chaxu.governance.AdministrativeUnit;
import org.chaxu.governance.Agreement;
import org.chaxu.governance.Arrangement;
import org.chaxu.governance.ArrangementKind;
import org.chaxu.governance.Commitment;
import org.chaxu.governance.CommitmentStatus;
import org.chaxu.governance.Direction;
import org.chaxu.governance.Element;
import org.chaxu.governance.GovernanceFactory;
import org.chaxu.governance.GovernanceModel;
import org.chaxu.governance.Indicator;
import org.chaxu.governance.Initiation;
import org.chaxu.governance.Intervention;
import org.chaxu.governance.InterventionMeans;
import org.chaxu.governance.InterventionOutcome;
import org.chaxu.governance.Issuer;
import org.chaxu.governance.Level;
import org.chaxu.governance.Negotiation;
import org.chaxu.governance.NegotiationStatus;
import org.chaxu.governance.Rank;
import org.chaxu.governance.Standard;
import org.chaxu.governance.util.GovernanceResourceFactoryImpl;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * A small fluent helper that builds a {@link GovernanceModel} in an in-memory XMI resource,
 * addressing every element by its id:
 *
 * <pre>
 * ModelBuilder m = ModelBuilder.model("PRD").asOf("2020-06-30")
 *         .unit("central", Level.CENTRAL, Rank.NATIONAL, null)
 *         .unit("guangdong", "Guangdong", Level.PROVINCIAL, Rank.MINISTERIAL, "central")
 *         .indicator("voc", "mg/m³", Direction.UPPER_LIMIT);
 * m.standard("gd-voc", "guangdong", "voc").sector("furniture").value(30, "mg/m³").binding();
 * </pre>
 *
 * Element builders return themselves for their own attributes and give the model builder
 * back with {@link Part#model()}; {@link #get(String)} fetches any element by id. Dates are
 * "yyyy-MM-dd" strings, read as midnight UTC.
 */
final class ModelBuilder {

    private static final GovernanceFactory F = GovernanceFactory.eINSTANCE;

    private final Resource resource;
    private final GovernanceModel root;
    private final Map<String, Element> byId = new HashMap<>();

    private ModelBuilder(String name) {
        resource = new GovernanceResourceFactoryImpl().createResource(URI.createURI("memory:/test.chaxu"));
        root = F.createGovernanceModel();
        root.setName(name);
        resource.getContents().add(root);
    }

    /** A new, empty model named {@code name}. */
    static ModelBuilder model(String name) {
        return new ModelBuilder(name);
    }

    /** "yyyy-MM-dd" as midnight UTC; null stays null. */
    static Date date(String yyyyMMdd) {
        return yyyyMMdd == null ? null : Date.from(LocalDate.parse(yyyyMMdd).atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    Resource resource() {
        return resource;
    }

    GovernanceModel root() {
        return root;
    }

    /** The element with this id, of any kind. */
    @SuppressWarnings("unchecked")
    <T extends Element> T get(String id) {
        Element element = byId.get(id);
        if (element == null) {
            throw new IllegalArgumentException("no element with id '" + id + "' in the test model");
        }
        return (T) element;
    }

    ModelBuilder asOf(String yyyyMMdd) {
        root.setAsOf(date(yyyyMMdd));
        return this;
    }

    // ------------------------------------------------------------------ units, indicators

    /** A unit whose name is its id. */
    ModelBuilder unit(String id, Level level, Rank rank, String superiorId) {
        return unit(id, id, level, rank, superiorId);
    }

    ModelBuilder unit(String id, String name, Level level, Rank rank, String superiorId) {
        AdministrativeUnit unit = register(F.createAdministrativeUnit(), id, name);
        // level, rank, direction, kind and status are unsettable: null leaves them unset (setX(null) would set the default)
        if (level != null) {
            unit.setLevel(level);
        }
        if (rank != null) {
            unit.setRank(rank);
        }
        root.getUnits().add(unit);
        if (superiorId != null) {
            unit.setSuperior(get(superiorId));
        }
        return this;
    }

    ModelBuilder indicator(String id, String unit, Direction direction) {
        Indicator indicator = register(F.createIndicator(), id, id);
        indicator.setUnit(unit);
        if (direction != null) {
            indicator.setDirection(direction);
        }
        root.getIndicators().add(indicator);
        return this;
    }

    // ------------------------------------------------------------------ standards

    /** A standard issued by a unit or an arrangement (it is contained by its issuer). */
    StandardPart standard(String id, String issuerId, String indicatorId) {
        Standard standard = register(F.createStandard(), id, id);
        standard.setIndicator(get(indicatorId));
        ((Issuer) get(issuerId)).getStandards().add(standard);
        return new StandardPart(standard);
    }

    /** A standard kept at the model's top level, issued by the unit {@code issuerId} names ({@code issuedBy}). */
    StandardPart topLevelStandard(String id, String issuerId, String indicatorId) {
        Standard standard = register(F.createStandard(), id, id);
        standard.setIndicator(get(indicatorId));
        standard.setIssuedBy(get(issuerId));
        root.getStandards().add(standard);
        return new StandardPart(standard);
    }

    final class StandardPart extends Part<Standard> {
        StandardPart(Standard standard) {
            super(standard);
        }

        StandardPart name(String name) {
            element.setName(name);
            return this;
        }

        StandardPart sector(String sector) {
            element.setSector(sector);
            return this;
        }

        StandardPart value(double value, String unit) {
            element.setValue(value);
            element.setUnit(unit);
            return this;
        }

        /** A value in the indicator's unit. */
        StandardPart value(double value) {
            element.setValue(value);
            return this;
        }

        StandardPart deadline(String yyyyMMdd) {
            element.setDeadline(date(yyyyMMdd));
            return this;
        }

        StandardPart binding() {
            element.setBinding(true);
            return this;
        }

        StandardPart source(String source) {
            element.setSource(source);
            return this;
        }

        /** Effective period; either bound may be null (open). */
        StandardPart effective(String from, String until) {
            element.setEffectiveFrom(date(from));
            element.setEffectiveUntil(date(until));
            return this;
        }
    }

    // ------------------------------------------------------------------ arrangements

    /** A top-level arrangement. */
    ArrangementPart arrangement(String id, ArrangementKind kind, String... memberIds) {
        Arrangement arrangement = newArrangement(id, kind, memberIds);
        root.getArrangements().add(arrangement);
        return new ArrangementPart(arrangement);
    }

    /** An arrangement nested in {@code parentId} (a circle inside a regional conference). */
    ArrangementPart subArrangement(String parentId, String id, ArrangementKind kind, String... memberIds) {
        Arrangement arrangement = newArrangement(id, kind, memberIds);
        ((Arrangement) get(parentId)).getSubArrangements().add(arrangement);
        return new ArrangementPart(arrangement);
    }

    private Arrangement newArrangement(String id, ArrangementKind kind, String... memberIds) {
        Arrangement arrangement = register(F.createArrangement(), id, id);
        if (kind != null) {
            arrangement.setKind(kind);
        }
        for (String member : memberIds) {
            arrangement.getMembers().add(get(member));
        }
        return arrangement;
    }

    final class ArrangementPart extends Part<Arrangement> {
        ArrangementPart(Arrangement arrangement) {
            super(arrangement);
        }

        ArrangementPart members(String... ids) {
            for (String id : ids) {
                element.getMembers().add(get(id));
            }
            return this;
        }

        ArrangementPart convener(String id) {
            element.setConvener(get(id));
            return this;
        }

        ArrangementPart hostedBy(String id) {
            element.setHostedBy(get(id));
            return this;
        }

        ArrangementPart initiation(Initiation initiation) {
            element.setInitiation(initiation);
            return this;
        }

        ArrangementPart reportsTo(String id) {
            element.setReportsTo(get(id));
            return this;
        }

        ArrangementPart established(String yyyyMMdd) {
            element.setEstablished(date(yyyyMMdd));
            return this;
        }
    }

    // ------------------------------------------------------------------ negotiations

    NegotiationPart negotiation(String id, NegotiationStatus status, String statusSince, String... partyIds) {
        Negotiation negotiation = register(F.createNegotiation(), id, id);
        if (status != null) {
            negotiation.setStatus(status);
        }
        negotiation.setStatusSince(date(statusSince));
        for (String party : partyIds) {
            negotiation.getParties().add(get(party));
        }
        root.getNegotiations().add(negotiation);
        return new NegotiationPart(negotiation);
    }

    final class NegotiationPart extends Part<Negotiation> {
        NegotiationPart(Negotiation negotiation) {
            super(negotiation);
        }

        NegotiationPart topic(String topic) {
            element.setTopic(topic);
            return this;
        }

        NegotiationPart venue(String arrangementId) {
            element.setVenue(get(arrangementId));
            return this;
        }

        NegotiationPart started(String yyyyMMdd) {
            element.setStarted(date(yyyyMMdd));
            return this;
        }
    }

    AgreementPart agreement(String negotiationId, String id, String... signatoryIds) {
        Agreement agreement = register(F.createAgreement(), id, id);
        for (String signatory : signatoryIds) {
            agreement.getSignatories().add(get(signatory));
        }
        ((Negotiation) get(negotiationId)).getAgreements().add(agreement);
        return new AgreementPart(agreement);
    }

    final class AgreementPart extends Part<Agreement> {
        AgreementPart(Agreement agreement) {
            super(agreement);
        }

        AgreementPart signed(String yyyyMMdd) {
            element.setSigned(date(yyyyMMdd));
            return this;
        }
    }

    /** A commitment of an agreement; responsible and due may be null. */
    CommitmentPart commitment(String agreementId, String id, String responsibleId, String due, CommitmentStatus status) {
        Commitment commitment = register(F.createCommitment(), id, id);
        commitment.setResponsible(responsibleId == null ? null : get(responsibleId));
        commitment.setDue(date(due));
        commitment.setStatus(status);
        ((Agreement) get(agreementId)).getCommitments().add(commitment);
        return new CommitmentPart(commitment);
    }

    final class CommitmentPart extends Part<Commitment> {
        CommitmentPart(Commitment commitment) {
            super(commitment);
        }

        CommitmentPart task(String task) {
            element.setTask(task);
            return this;
        }
    }

    /** An intervention in a negotiation, by {@code intervenerId}, starting on {@code start}. */
    InterventionPart intervention(String negotiationId, String id, String intervenerId, String start) {
        Intervention intervention = register(F.createIntervention(), id, id);
        intervention.setIntervener(get(intervenerId));
        intervention.setStart(date(start));
        ((Negotiation) get(negotiationId)).getInterventions().add(intervention);
        return new InterventionPart(intervention);
    }

    final class InterventionPart extends Part<Intervention> {
        InterventionPart(Intervention intervention) {
            super(intervention);
        }

        InterventionPart end(String yyyyMMdd) {
            element.setEnd(date(yyyyMMdd));
            return this;
        }

        InterventionPart exitCondition(String condition) {
            element.setExitCondition(condition);
            return this;
        }

        InterventionPart outcome(InterventionOutcome outcome) {
            element.setOutcome(outcome);
            return this;
        }

        InterventionPart escalatedFrom(String interventionId) {
            element.setEscalatedFrom(get(interventionId));
            return this;
        }

        InterventionPart means(InterventionMeans... means) {
            element.getMeans().addAll(java.util.List.of(means));
            return this;
        }
    }

    // ------------------------------------------------------------------ plumbing

    /** An element builder: its element, and the model builder to go on with. */
    abstract class Part<T extends Element> {
        final T element;

        Part(T element) {
            this.element = element;
        }

        /** The element built (named so as not to hide {@link ModelBuilder#get(String)}). */
        T element() {
            return element;
        }

        ModelBuilder model() {
            return ModelBuilder.this;
        }
    }

    private <T extends Element> T register(T element, String id, String name) {
        if (byId.containsKey(id)) {
            throw new IllegalArgumentException("duplicate id '" + id + "' in the test model");
        }
        element.setId(id);
        element.setName(name);
        byId.put(id, element);
        return element;
    }
}
