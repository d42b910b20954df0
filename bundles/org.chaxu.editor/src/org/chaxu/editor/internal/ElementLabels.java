// SPDX-License-Identifier: EPL-2.0
package org.chaxu.editor.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

import org.chaxu.engine.Labels;
import org.chaxu.governance.Agreement;
import org.chaxu.governance.AdministrativeUnit;
import org.chaxu.governance.Arrangement;
import org.chaxu.governance.Commitment;
import org.chaxu.governance.Direction;
import org.chaxu.governance.Element;
import org.chaxu.governance.GovernanceModel;
import org.chaxu.governance.Indicator;
import org.chaxu.governance.Intervention;
import org.chaxu.governance.Negotiation;
import org.chaxu.governance.Standard;
import org.eclipse.emf.common.util.Enumerator;

/**
 * Labels a drafter reads: "VOC limit · furniture · 30 mg/m³", "Central → Guangdong → Foshan",
 * enum values in the user's language. Names come from the model; only the glue is translated.
 */
public final class ElementLabels {

    static final String DOT = " \u00b7 ";
    static final String ARROW = " \u2192 ";

    private final Messages messages;
    private final java.util.function.Supplier<org.eclipse.emf.ecore.resource.Resource> home;

    public ElementLabels(Messages messages) {
        this(messages, () -> null);
    }

    /** Labels for the model in {@code home}: a unit of another file (the registry) is marked as such, with its code. */
    public ElementLabels(Messages messages, java.util.function.Supplier<org.eclipse.emf.ecore.resource.Resource> home) {
        this.messages = messages;
        this.home = home;
    }

    /** True when the element lives in another file than the model these labels are for (the registry, say). */
    public boolean isForeign(Object object) {
        return object instanceof org.eclipse.emf.ecore.EObject element && ForeignUnits.isForeign(element, home.get());
    }

    /** "national registry, read-only" (or the other file's name) for an element of another file; null for the model's own. */
    public String origin(Object object) {
        if (!isForeign(object)) {
            return null;
        }
        org.eclipse.emf.ecore.EObject element = (org.eclipse.emf.ecore.EObject) object;
        return ForeignUnits.isRegistry(element) ? messages.get("label.registry")
                : messages.get("label.otherFile", element.eResource().getURI().lastSegment());
    }

    public Messages messages() {
        return messages;
    }

    /**
     * The short label of an element: its name, else its id; a unit of the national registry by its
     * name in the editor's language ("Huizhou City" in English, 惠州市 in Chinese).
     */
    public String name(Object object) {
        return Labels.label(object, messages.locale());
    }

    /** The label of an element as the outline, the Properties view and the pages' trees show it. */
    public String text(Object object) {
        if (object instanceof AdministrativeUnit unit) {
            String text = name(unit) + parenthesised(messages.literal(unit.isSetLevel() ? unit.getLevel() : null));
            String origin = origin(unit);
            if (origin != null) {
                String code = unit.getCode() != null ? unit.getCode() : unit.getId();
                String own = Labels.label(unit);
                // the registry's own name beside the reader's, so that either finds it
                text += (code == null ? "" : DOT + code) + (own.equals(name(unit)) ? "" : DOT + own) + " [" + origin + "]";
            }
            return text;
        }
        if (object instanceof Standard standard) {
            return standard(standard);
        }
        if (object instanceof Indicator indicator) {
            String unit = indicator.getUnit() == null ? "" : DOT + indicator.getUnit();
            return name(indicator) + DOT + messages.literal(indicator.isSetDirection() ? indicator.getDirection() : null) + unit;
        }
        if (object instanceof Arrangement arrangement) {
            return name(arrangement) + parenthesised(messages.literal(arrangement.isSetKind() ? arrangement.getKind() : null));
        }
        if (object instanceof Negotiation negotiation) {
            String status = messages.literal(negotiation.isSetStatus() ? negotiation.getStatus() : null);
            return name(negotiation) + (status.isEmpty() ? "" : DOT + status);
        }
        if (object instanceof Intervention intervention) {
            return intervention(intervention);
        }
        if (object instanceof Agreement agreement) {
            return name(agreement) + (agreement.getSigned() == null ? "" : DOT + Labels.date(agreement.getSigned()));
        }
        if (object instanceof Commitment commitment) {
            return commitment(commitment);
        }
        if (object instanceof GovernanceModel model) {
            return name(model);
        }
        if (object instanceof Enumerator literal) {
            return messages.literal(literal);
        }
        return object == null ? "" : name(object);
    }

    /** "Central → Guangdong → Foshan": the unit's superior chain, topmost first. */
    public String chain(AdministrativeUnit unit) {
        List<String> names = new ArrayList<>();
        names.add(name(unit));
        for (AdministrativeUnit superior : unit.superiorChain()) {
            names.add(name(superior));
        }
        Collections.reverse(names);
        return String.join(ARROW, names);
    }

    /** "VOC limit · furniture manufacturing · 30 mg/m³". */
    public String standard(Standard standard) {
        StringBuilder text = new StringBuilder(standard.getIndicator() == null ? name(standard) : name(standard.getIndicator()));
        if (standard.getSector() != null && !standard.getSector().isBlank()) {
            text.append(DOT).append(standard.getSector());
        }
        text.append(DOT).append(value(standard));
        return text.toString();
    }

    /** A standard's value as the matrix shows it: "30 mg/m³", "2015-12-31", "adopted". */
    public String value(Standard standard) {
        Indicator indicator = standard.getIndicator();
        if (standard.getValue() == null && standard.getDeadline() == null && indicator != null
                && indicator.getDirection() == Direction.MANDATORY_ACTION) {
            return messages.get("value.adopted");
        }
        if (standard.getValue() == null && standard.getDeadline() == null) {
            return messages.get("value.none");
        }
        return Labels.value(standard);
    }

    private String intervention(Intervention intervention) {
        StringBuilder text = new StringBuilder(intervention.getIntervener() == null ? name(intervention) : name(intervention.getIntervener()));
        text.append(DOT).append(Labels.date(intervention.getStart()));
        if (intervention.getEnd() != null) {
            text.append(" \u2013 ").append(Labels.date(intervention.getEnd()));
        }
        if (!intervention.getMeans().isEmpty()) {
            text.append(DOT).append(intervention.getMeans().stream().map(messages::literal).collect(Collectors.joining(", ")));
        }
        if (intervention.getOutcome() != null) {
            text.append(DOT).append(messages.literal(intervention.getOutcome()));
        }
        return text.toString();
    }

    private String commitment(Commitment commitment) {
        StringBuilder text = new StringBuilder(commitment.getTask() == null ? name(commitment) : commitment.getTask());
        if (commitment.getResponsible() != null) {
            text.append(DOT).append(name(commitment.getResponsible()));
        }
        if (commitment.getDue() != null) {
            text.append(DOT).append(Labels.date(commitment.getDue()));
        }
        return text.toString();
    }

    private static String parenthesised(String text) {
        return text == null || text.isEmpty() ? "" : " (" + text + ")";
    }

    /** The id of an element, for messages that must name it exactly. */
    static String id(Object object) {
        return object instanceof Element element ? element.getId() : "";
    }
}
