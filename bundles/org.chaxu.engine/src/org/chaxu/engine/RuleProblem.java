package org.chaxu.engine;

/**
 * A DRL file that does not compile: where, and what the compiler said. Lines and columns
 * are 1-based; 0 when the compiler gave none.
 */
public record RuleProblem(String file, int line, int column, String message) {

    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + message;
    }
}
