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

    public Reporter(RuleCatalog catalog, Locale locale) {
        this.catalog = catalog;
        this.locale = locale;
    }

    public Finding report(RuleContext context, EObject element, Object... args) {
        Rule rule = context.getRule();
        RuleInfo info = catalog.info(rule);
        List<String> declaredRoles = roles(rule);
        List<EObject> related = new ArrayList<>();
        List<String> relatedRoles = new ArrayList<>();
        Object[] labels = new Object[args.length];
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
            labels[i] = args[i] instanceof String || args[i] instanceof Number ? args[i] : Labels.label(args[i], locale);
        }
        Object[] withElement = new Object[labels.length + 1];
        withElement[0] = Labels.label(element);
        System.arraycopy(labels, 0, withElement, 1, labels.length);
        return new Finding(info, info.severity(), message(rule, withElement), element, related, relatedRoles);
    }

    private static List<String> roles(Rule rule) {
        Object declared = rule.getMetaData().get("related");
        return declared == null ? List.of() : Arrays.asList(declared.toString().trim().split("[\\s,]+"));
    }

    private String message(Rule rule, Object[] args) {
        Map<String, Object> meta = rule.getMetaData();
        Object key = meta.get("message");
        String id = String.valueOf(meta.getOrDefault("id", rule.getName()));
        String template = catalog.messages().template(key != null ? key.toString() : id, locale);
        if (template == null) {
            template = key != null ? key.toString() : rule.getName();
        }
        return new java.text.MessageFormat(template, locale).format(args);
    }
}
