package org.chaxu.engine;

import java.util.List;
import java.util.Objects;

import org.eclipse.emf.ecore.EObject;

/**
 * One result of a rule: which rule, how serious, what it says, the offending element and
 * the elements it was compared with. Made only by {@link Reporter}; every outlet (EMF
 * Diagnostic, Eclipse marker, CLI formats) translates it and derives nothing else.
 */
public final class Finding {

    private final RuleInfo rule;
    private final Severity severity;
    private final String message;
    private final EObject element;
    private final List<EObject> related;

    public Finding(RuleInfo rule, Severity severity, String message, EObject element, List<EObject> related) {
        this.rule = Objects.requireNonNull(rule);
        this.severity = Objects.requireNonNull(severity);
        this.message = Objects.requireNonNull(message);
        this.element = Objects.requireNonNull(element);
        this.related = List.copyOf(related);
    }

    public RuleInfo getRule() {
        return rule;
    }

    public String getRuleId() {
        return rule.id();
    }

    public Severity getSeverity() {
        return severity;
    }

    public String getMessage() {
        return message;
    }

    public EObject getElement() {
        return element;
    }

    public List<EObject> getRelated() {
        return related;
    }

    /** The same finding with another severity (a user's override). */
    public Finding withSeverity(Severity newSeverity) {
        return newSeverity == severity ? this : new Finding(rule, newSeverity, message, element, related);
    }

    @Override
    public String toString() {
        return rule.id() + " " + severity + " " + Labels.path(element) + ": " + message;
    }
}
