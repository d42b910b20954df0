package org.chaxu.engine;

import java.util.ArrayList;
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
 * Every element among the arguments other than the reported one is a related element.
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
        List<EObject> related = new ArrayList<>();
        Object[] labels = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof EObject eObject && eObject != element && !related.contains(eObject)) {
                related.add(eObject);
            }
            labels[i] = args[i] instanceof String || args[i] instanceof Number ? args[i] : Labels.label(args[i]);
        }
        Object[] withElement = new Object[labels.length + 1];
        withElement[0] = Labels.label(element);
        System.arraycopy(labels, 0, withElement, 1, labels.length);
        return new Finding(info, info.severity(), message(rule, withElement), element, related);
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
