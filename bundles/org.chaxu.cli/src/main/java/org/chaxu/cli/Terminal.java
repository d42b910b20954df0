// SPDX-License-Identifier: EPL-2.0
package org.chaxu.cli;

import java.io.Console;
import java.lang.reflect.Method;

/** Whether standard output is a terminal, on every Java the checker runs on. */
final class Terminal {

    private Terminal() {
    }

    /**
     * The text with every character that could act on a terminal or a log reader written as a
     * visible escape ({@code \\u001b}): C0 and C1 controls (ESC, BEL, CR, LF …), DEL, and the
     * bidirectional overrides. A name in a model can then neither clear the screen, nor print a
     * line that looks like another finding or a CI workflow command, nor reorder what is shown;
     * the same text is legal in XML 1.0.
     */
    static String visible(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || (c >= 0x202a && c <= 0x202e)
                    || (c >= 0x2066 && c <= 0x2069) || c == 0xfffe || c == 0xffff;
            if (control) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                out.append(String.format("\\u%04x", (int) c));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
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
