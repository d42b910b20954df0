// SPDX-License-Identifier: EPL-2.0
package org.chaxu.cli;

import java.io.IOException;
import java.io.Writer;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.chaxu.engine.Finding;
import org.chaxu.engine.Labels;
import org.chaxu.engine.Registry;
import org.chaxu.engine.RuleCatalog;
import org.chaxu.engine.Severity;
import org.chaxu.governance.Element;
import org.eclipse.emf.ecore.EObject;

/**
 * Diagnostics as a good compiler writes them, that editors and CI logs link to: one line per
 * finding, {@code examples/prd-air.chaxu:29: error[BASE-LOOSER]: <the message>}, then one
 * indented note per related element (its role, what it is and where), then the findings per
 * rule and the summary. Severity words and the summary are in the report's language; ANSI
 * colours only when asked for (by {@code --color}, or on a terminal).
 */
final class TextReport implements Report {

    private final Locale locale;
    private final boolean color;

    TextReport(Locale locale, boolean color) {
        this.locale = locale;
        this.color = color;
    }

    @Override
    public void write(List<CheckedModel> models, RuleCatalog catalog, Severity failOn, Writer out) throws IOException {
        Map<Severity, Integer> totals = new EnumMap<>(Severity.class);
        Map<String, Map<Severity, Integer>> perRule = new TreeMap<>();
        for (CheckedModel checked : models) {
            for (Finding f : checked.findings()) {
                out.write(headline(checked, f) + "\n");
                for (String note : notes(checked, f)) {
                    out.write(note + "\n");
                }
                totals.merge(f.getSeverity(), 1, Integer::sum);
                perRule.computeIfAbsent(f.getRuleId(), id -> new EnumMap<>(Severity.class)).merge(f.getSeverity(), 1,
                        Integer::sum);
            }
        }
        if (!perRule.isEmpty()) {
            out.write("\n" + bold(Labels.word("summary.rules", locale)) + "\n");
            for (Map.Entry<String, Map<Severity, Integer>> rule : perRule.entrySet()) {
                StringBuilder line = new StringBuilder(String.format("  %-18s", rule.getKey()));
                for (Map.Entry<Severity, Integer> count : rule.getValue().entrySet()) {
                    line.append(String.format(" %3d ", count.getValue()))
                            .append(paint(count.getKey(), Labels.severity(count.getKey(), locale)));
                }
                out.write(line + "\n");
            }
        }
        out.write(summary(models) + "\n");
    }

    private String headline(CheckedModel checked, Finding f) {
        String where = Terminal.visible(checked.displayPath()) + ":" + checked.model().line(f.getElement()) + ":";
        String kind = Labels.severity(f.getSeverity(), locale) + "[" + f.getRuleId() + "]";
        return bold(where) + " " + paint(f.getSeverity(), kind) + ": " + Terminal.visible(f.getMessage());
    }

    /** The lines under a finding's headline: the element's own file when it is not the model's, then each related element. */
    List<String> notes(CheckedModel checked, Finding f) {
        List<String> notes = new java.util.ArrayList<>();
        if (f.getElement().eResource() != checked.model().resource()) {
            // an element of another file (a registry unit) that the model names on that line
            notes.add("    = " + dim(Terminal.visible(Labels.path(f.getElement()))));
        }
        for (int i = 0; i < f.getRelated().size(); i++) {
            notes.add(note(checked, f.getRelated().get(i), f.getRelatedRoles().get(i)));
        }
        return notes;
    }

    /** The summary line: models checked and findings per severity, in the report's language. */
    String summary(List<CheckedModel> models) {
        Map<Severity, Integer> totals = new EnumMap<>(Severity.class);
        models.stream().flatMap(m -> m.findings().stream()).forEach(f -> totals.merge(f.getSeverity(), 1, Integer::sum));
        return Labels.format("summary", locale, models.size(), count(totals, Severity.ERROR),
                count(totals, Severity.WARNING), count(totals, Severity.INFO));
    }

    private String note(CheckedModel checked, EObject related, String role) {
        CheckedModel.Located elsewhere = checked.elsewhere(related);
        String where = related.eResource() == checked.model().resource()
                ? "  (" + checked.displayPath() + ":" + checked.model().line(related) + ")"
                : elsewhere != null ? "  (" + elsewhere.displayPath() + ":" + elsewhere.model().line(related) + ")"
                : Registry.contains(related)
                        ? "  (" + Registry.CHINA + "#" + ((Element) related).getId() + "; " + checked.displayPath() + ":"
                                + checked.model().line(related) + ")"
                        : "";
        return "    = " + dim(Labels.role(role, locale) + ":") + " " + Terminal.visible(Labels.describe(related, locale))
                + dim(Terminal.visible(where));
    }

    private static int count(Map<Severity, Integer> totals, Severity severity) {
        return totals.getOrDefault(severity, 0);
    }

    private String paint(Severity severity, String text) {
        if (!color) {
            return text;
        }
        String code = switch (severity) {
        case ERROR -> "1;31";
        case WARNING -> "1;33";
        case INFO -> "1;36";
        };
        return "\u001b[" + code + "m" + text + "\u001b[0m";
    }

    private String bold(String text) {
        return color ? "\u001b[1m" + text + "\u001b[0m" : text;
    }

    private String dim(String text) {
        return color ? "\u001b[2m" + text + "\u001b[0m" : text;
    }
}
