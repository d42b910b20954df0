package org.chaxu.engine;

/**
 * A problem of a DRL file: where, what, and how serious. Lines and columns are 1-based; 0 when
 * the compiler gave none. An {@link Severity#ERROR} leaves the file out of the rule base; a
 * {@link Severity#WARNING} (Drools' own warnings, metadata Chaxu fills in by default, a condition
 * Drools cannot index) does not.
 */
public record RuleProblem(String file, int line, int column, String message, Severity severity) {

    public RuleProblem(String file, int line, int column, String message) {
        this(file, line, column, message, Severity.ERROR);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code file:line:column: error: message}, as compilers print it. */
    public String format() {
        return file + ":" + line + ":" + column + ": " + severity.name().toLowerCase(java.util.Locale.ROOT) + ": " + message;
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + message;
    }
}
