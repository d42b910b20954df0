// SPDX-License-Identifier: EPL-2.0
package org.chaxu.engine;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EObject;

/**
 * One result of a rule: which rule, how serious, what it says, the offending element and
 * the elements it was compared with. Made only by {@link Reporter}; every outlet (EMF
 * Diagnostic, Eclipse marker, CLI formats) translates it and derives nothing else.
 *
 * <p>The message is made when it is first read, not when the rule fires: a batch check of a
 * large model makes tens of thousands of findings, most never shown one by one, and a renamed
 * element only needs the messages that name it made again ({@link #relabel()}), not its
 * findings re-derived.
 */
public final class Finding {

    private final RuleInfo rule;
    private final Severity severity;
    private final Supplier<String> text;
    private volatile String message;
    private final EObject element;
    private final List<EObject> related;
    private final List<String> relatedRoles;

    public Finding(RuleInfo rule, Severity severity, String message, EObject element, List<EObject> related) {
        this(rule, severity, message, element, related, List.of());
    }

    /**
     * @param relatedRoles the role of each related element as the rule names it ("baseline",
     *                     "issuer"; empty when the rule names none), in the order of {@code related}
     */
    public Finding(RuleInfo rule, Severity severity, String message, EObject element, List<EObject> related,
            List<String> relatedRoles) {
        this(rule, severity, constant(Objects.requireNonNull(message)), element, related, relatedRoles);
    }

    /**
     * A finding whose message {@code text} makes when first read (and again after
     * {@link #relabel()}).
     */
    public Finding(RuleInfo rule, Severity severity, Supplier<String> text, EObject element, List<EObject> related,
            List<String> relatedRoles) {
        this.rule = Objects.requireNonNull(rule);
        this.severity = Objects.requireNonNull(severity);
        this.text = Objects.requireNonNull(text);
        this.element = Objects.requireNonNull(element);
        this.related = List.copyOf(related);
        List<String> roles = new java.util.ArrayList<>(relatedRoles);
        while (roles.size() < this.related.size()) {
            roles.add("");
        }
        this.relatedRoles = List.copyOf(roles.subList(0, this.related.size()));
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

    /**
     * The finding as one line of text wherever a finding is shown without a report of its own — a
     * marker, an EMF diagnostic, a tooltip, a menu: "[RULE-ID] message".
     */
    public String text() {
        return tagged(getMessage());
    }

    /** Any text about this finding (a fix's label, say), marked with its rule as {@link #text()} is. */
    public String tagged(String text) {
        return "[" + getRuleId() + "] " + text;
    }

    public String getMessage() {
        String m = message;
        if (m == null) {
            m = Objects.requireNonNull(text.get());
            message = m;
        }
        return m;
    }

    /** Forgets the message made so far: the next read makes it again (an element it names was renamed). */
    void relabel() {
        message = null;
    }

    private static Supplier<String> constant(String message) {
        return () -> message;
    }

    public EObject getElement() {
        return element;
    }

    public List<EObject> getRelated() {
        return related;
    }

    /** The role key of each related element ("baseline", "issuer", …; "" when unnamed), parallel to {@link #getRelated()}. */
    public List<String> getRelatedRoles() {
        return relatedRoles;
    }

    /** The same finding with another severity (a user's override). */
    public Finding withSeverity(Severity newSeverity) {
        return newSeverity == severity ? this : new Finding(rule, newSeverity, text, element, related, relatedRoles);
    }

    @Override
    public String toString() {
        return rule.id() + " " + severity + " " + Labels.path(element) + ": " + message;
    }
}
