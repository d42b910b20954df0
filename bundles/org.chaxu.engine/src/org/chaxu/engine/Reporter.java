// SPDX-License-Identifier: EPL-2.0
package org.chaxu.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.RuleContext;

/**
 * The one place where findings are made. DRL consequences only report:
 * <pre>
 * then
 *     insertLogical(reporter.report(kcontext, $standard, $baseline, Labels.value($standard)));
 * </pre>
 * The rule's metadata gives id and severity; the message template is looked up by the
 * rule's {@code @message} key (else its id) in the rules' message catalogue, in the
 * session's language, and formatted with the arguments (elements become their labels).
 * Every element among the arguments other than the reported one is a related element (a
 * collection of elements as an argument reads as a list, "Tianjin and Hebei", and each of them is
 * related); the rule's {@code @related("issuer baseline authority")} metadata names their roles in
 * the order the element arguments come. Enum values read in the session's language.
 * Logical insertion lets Drools retract the finding when the rule no longer holds.
 */
public final class Reporter {

    private final RuleCatalog catalog;
    private final Locale locale;
    private final Map<Rule, String> templates = new java.util.concurrent.ConcurrentHashMap<>();

    public Reporter(RuleCatalog catalog, Locale locale) {
        this.catalog = catalog;
        this.locale = locale;
    }

    public Finding report(RuleContext context, EObject element, Object... args) {
        Rule rule = context.getRule();
        RuleInfo info = catalog.info(rule);
        template(rule);
        List<String> declaredRoles = roles(rule);
        List<EObject> related = new ArrayList<>();
        List<String> relatedRoles = new ArrayList<>();
        int elementArgument = 0;
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof EObject || args[i] instanceof Collection<?>) {
                String role = elementArgument < declaredRoles.size() ? declaredRoles.get(elementArgument) : "";
                elementArgument++;
                for (Object o : args[i] instanceof Collection<?> many ? many : List.of(args[i])) {
                    if (o instanceof EObject eObject && eObject != element && !related.contains(eObject)) {
                        related.add(eObject);
                        relatedRoles.add(role);
                    }
                }
            }
        }
        // the message is made when first read, from the elements as they are named then
        Object[] arguments = args.clone();
        return new Finding(info, info.severity(), () -> message(rule, element, arguments), element, related, relatedRoles);
    }

    private String message(Rule rule, EObject element, Object[] args) {
        Object[] labels = new Object[args.length + 1];
        labels[0] = Labels.label(element, locale);
        for (int i = 0; i < args.length; i++) {
            labels[i + 1] = args[i] instanceof String || args[i] instanceof Number ? args[i] : Labels.label(args[i], locale);
        }
        return message(rule, labels);
    }

    private static List<String> roles(Rule rule) {
        Object declared = rule.getMetaData().get("related");
        return declared == null ? List.of() : Arrays.asList(declared.toString().trim().split("[\\s,]+"));
    }

    private String message(Rule rule, Object[] args) {
        return new java.text.MessageFormat(template(rule), locale).format(args);
    }

    /**
     * The rule's message template, looked up once per rule and checked when the rule first
     * reports: a template that does not parse fails the rule then (naming it), not later where
     * the message is read.
     */
    private String template(Rule rule) {
        return templates.computeIfAbsent(rule, r -> {
            Map<String, Object> meta = r.getMetaData();
            Object key = meta.get("message");
            String id = String.valueOf(meta.getOrDefault("id", r.getName()));
            String template = catalog.messages().template(key != null ? key.toString() : id, locale);
            if (template == null) {
                template = key != null ? key.toString() : r.getName();
            }
            new java.text.MessageFormat(template, locale);
            return template;
        });
    }
}
