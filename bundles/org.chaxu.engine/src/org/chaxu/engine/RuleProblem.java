// SPDX-License-Identifier: EPL-2.0
package org.chaxu.engine;

import java.util.List;
import java.util.Locale;

/**
 * A problem of a DRL file: where, what, and how serious. Lines and columns are 1-based; 0 when
 * the compiler gave none. An {@link Severity#ERROR} leaves the file out of the rule base; a
 * {@link Severity#WARNING} (Drools' own warnings, metadata Chaxu fills in by default, a condition
 * Drools cannot index) does not. A problem Chaxu itself finds carries the key of its text in the
 * engine's messages and the values it names, so that it can be read in either language
 * ({@link #message(Locale)}); {@code message} is its English text. Drools' own messages have no key;
 * they are said in one line at the place Chaxu finds for them, and {@code detail} keeps Drools'
 * whole text (MVEL's dump, the generated Java's errors) for {@code --verbose}, else null.
 */
public record RuleProblem(String file, int line, int column, String message, Severity severity, String key, List<String> args,
        String detail) {

    public RuleProblem(String file, int line, int column, String message, Severity severity, String key, List<String> args) {
        this(file, line, column, message, severity, key, args, null);
    }

    public RuleProblem(String file, int line, int column, String message) {
        this(file, line, column, message, Severity.ERROR);
    }

    public RuleProblem(String file, int line, int column, String message, Severity severity) {
        this(file, line, column, message, severity, null, List.of());
    }

    /** A problem whose text is {@code key} of the engine's messages with {@code args}. */
    static RuleProblem of(String file, int line, int column, Severity severity, String key, String... args) {
        return new RuleProblem(file, line, column, Labels.format(key, Locale.ENGLISH, (Object[]) args), severity, key, List.of(args));
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The message in {@code locale}'s language (Drools' own messages stay as Drools wrote them). */
    public String message(Locale locale) {
        return key == null ? message : Labels.format(key, locale, args.toArray());
    }

    /** {@code file:line:column: error: message}, as compilers print it. */
    public String format() {
        return format(Locale.ENGLISH);
    }

    /** As {@link #format()}, with the message in {@code locale}'s language. */
    public String format(Locale locale) {
        return file + ":" + line + ":" + column + ": " + severity.name().toLowerCase(Locale.ROOT) + ": " + message(locale);
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + message;
    }
}
