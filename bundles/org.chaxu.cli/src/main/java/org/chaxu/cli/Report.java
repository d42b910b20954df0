// SPDX-License-Identifier: EPL-2.0
package org.chaxu.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.chaxu.engine.RuleCatalog;
import org.chaxu.engine.Severity;

/** One output format of {@code chaxu check}. Reports translate findings; they decide nothing. */
interface Report {

    void write(List<CheckedModel> models, RuleCatalog catalog, Severity failOn, Writer out) throws IOException;

    /** The report for {@code format}; the text report speaks {@code locale} and paints when {@code color}. */
    static Report forFormat(String format, Locale locale, boolean color) {
        return forFormat(format, locale, color, List.of());
    }

    /** As above; SARIF describes each rule with its examples, found for extra rules in {@code ruleFolders}. */
    static Report forFormat(String format, Locale locale, boolean color, List<Path> ruleFolders) {
        return switch (format) {
        case "text" -> new TextReport(locale, color);
        case "json" -> new JsonReport();
        case "junit" -> new JunitReport();
        case "sarif" -> new SarifReport(ruleFolders);
        case "github" -> new GithubReport(locale);
        default -> throw new IllegalArgumentException("unknown format '" + format + "' (expected text, json, junit, sarif or github)");
        };
    }
}
