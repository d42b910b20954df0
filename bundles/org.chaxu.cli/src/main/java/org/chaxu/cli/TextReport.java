package org.chaxu.cli;

import java.io.IOException;
import java.io.Writer;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.chaxu.engine.Finding;
import org.chaxu.engine.Labels;
import org.chaxu.engine.RuleCatalog;
import org.chaxu.engine.Severity;

/**
 * Compiler-style lines that editors and CI logs link to:
 * {@code examples/prd-air.chaxu:29: error: [BASE-LOOSER] Foshan › Foshan VOC limit …: message}.
 */
final class TextReport implements Report {

    @Override
    public void write(List<CheckedModel> models, RuleCatalog catalog, Severity failOn, Writer out) throws IOException {
        Map<Severity, Integer> totals = new EnumMap<>(Severity.class);
        for (CheckedModel checked : models) {
            for (Finding f : checked.findings()) {
                out.write(checked.displayPath() + ":" + checked.model().line(f.getElement()) + ": "
                        + f.getSeverity().name().toLowerCase(Locale.ROOT) + ": [" + f.getRuleId() + "] "
                        + Labels.path(f.getElement()) + ": " + f.getMessage() + "\n");
                totals.merge(f.getSeverity(), 1, Integer::sum);
            }
        }
        out.write(String.format("%d model%s checked: %d error%s, %d warning%s, %d info%n", models.size(),
                models.size() == 1 ? "" : "s", count(totals, Severity.ERROR), plural(totals, Severity.ERROR),
                count(totals, Severity.WARNING), plural(totals, Severity.WARNING), count(totals, Severity.INFO)));
    }

    private static int count(Map<Severity, Integer> totals, Severity severity) {
        return totals.getOrDefault(severity, 0);
    }

    private static String plural(Map<Severity, Integer> totals, Severity severity) {
        return count(totals, severity) == 1 ? "" : "s";
    }
}
