package org.chaxu.cli;

import java.io.Console;
import java.lang.reflect.Method;

/** Whether standard output is a terminal, on every Java the checker runs on. */
final class Terminal {

    private Terminal() {
    }

    /**
     * True when both standard input and output are a terminal. Up to Java 21 that is a console
     * being present; from Java 22 on a console may be present when output is redirected, and
     * {@code Console.isTerminal()} says whether it is a terminal.
     */
    static boolean isTerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (NoSuchMethodException e) {
            return true; // Java 17 to 21: a console exists only on a terminal
        } catch (ReflectiveOperationException e) {
            return false;
        }
    }
}
