package org.chaxu.cli;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

import org.chaxu.engine.RuleCatalog;
import org.chaxu.engine.Severity;

/** One output format of {@code chaxu check}. Reports translate findings; they decide nothing. */
interface Report {

    void write(List<CheckedModel> models, RuleCatalog catalog, Severity failOn, Writer out) throws IOException;

    /** The report for {@code format}; the text report speaks {@code locale} and paints when {@code color}. */
    static Report forFormat(String format, Locale locale, boolean color) {
        return switch (format) {
        case "text" -> new TextReport(locale, color);
        case "json" -> new JsonReport();
        case "junit" -> new JunitReport();
        case "sarif" -> new SarifReport();
        default -> throw new IllegalArgumentException("unknown format '" + format + "' (expected text, json, junit or sarif)");
        };
    }
}
