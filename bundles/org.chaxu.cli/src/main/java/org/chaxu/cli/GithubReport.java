// SPDX-License-Identifier: EPL-2.0
package org.chaxu.cli;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

import org.chaxu.engine.Finding;
import org.chaxu.engine.RuleCatalog;
import org.chaxu.engine.Severity;

/**
 * GitHub Actions workflow commands, for repositories without code scanning: one annotation per
 * finding ({@code ::error file=…,line=…,title=RULE-ID::message}, a warning as {@code warning}, an
 * information as {@code notice}), the related elements as further lines of its message, then the
 * summary as a plain log line. GitHub shows the annotations on the run and on the pull request's
 * changed lines. Texts are in the report's language; values are escaped as the runner expects
 * ({@code %}, CR, LF; in properties also {@code :} and {@code ,}), so no finding can start a
 * workflow command of its own.
 */
final class GithubReport implements Report {

    private final TextReport text;

    GithubReport(Locale locale) {
        this.text = new TextReport(locale, false);
    }

    @Override
    public void write(List<CheckedModel> models, RuleCatalog catalog, Severity failOn, Writer out) throws IOException {
        for (CheckedModel checked : models) {
            for (Finding f : checked.findings()) {
                StringBuilder message = new StringBuilder(Terminal.visible(f.getMessage()));
                for (String note : text.notes(checked, f)) {
                    message.append('\n').append(note.strip());
                }
                out.write("::" + command(f.getSeverity()) + " file=" + property(checked.displayPath()) + ",line="
                        + checked.model().line(f.getElement()) + ",title=" + property(f.getRuleId()) + "::"
                        + data(message.toString()) + "\n");
            }
        }
        out.write(text.summary(models) + "\n");
    }

    private static String command(Severity severity) {
        return switch (severity) {
        case ERROR -> "error";
        case WARNING -> "warning";
        case INFO -> "notice";
        };
    }

    /** A command's message: the runner reads up to the end of the line and decodes %25, %0D and %0A. */
    static String data(String value) {
        return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** A property's value: as a message, and the separators of properties too. */
    static String property(String value) {
        return data(value).replace(":", "%3A").replace(",", "%2C");
    }
}
