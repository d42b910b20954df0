// SPDX-License-Identifier: EPL-2.0
package org.chaxu.engine;

/**
 * Something wrong with a model file itself (not a rule finding): it cannot be parsed, a
 * reference dangles, a required value is missing, a unit is unknown. {@code line} is
 * 1-based, 0 when unknown; {@code path} names the element when there is one.
 */
public record ModelProblem(Severity severity, String file, int line, int column, String path, String message) {

    @Override
    public String toString() {
        return format(java.util.Locale.ENGLISH);
    }

    /** "file:line:column: warning: path: message", the severity word in {@code locale}. */
    public String format(java.util.Locale locale) {
        StringBuilder text = new StringBuilder(file);
        if (line > 0) {
            text.append(':').append(line);
            if (column > 0) {
                text.append(':').append(column);
            }
        }
        text.append(": ").append(Labels.severity(severity, locale)).append(": ");
        if (path != null && !path.isEmpty()) {
            text.append(path).append(": ");
        }
        return text.append(message).toString();
    }
}
