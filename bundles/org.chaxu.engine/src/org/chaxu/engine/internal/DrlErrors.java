// SPDX-License-Identifier: EPL-2.0
package org.chaxu.engine.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drools' compile errors as a rule author wants them: one line saying what is wrong, at the line
 * and column of the thing that is wrong. Drools reports an unknown field with MVEL's multi-line
 * dump at column 0; a missing parenthesis at the next keyword, on the next line; an error in a
 * consequence at the rule's first line. Here each is placed on the expression, the parenthesis
 * left open, or the identifier in the consequence, found in the file's text. What cannot be placed
 * better keeps Drools' own place; the whole text of Drools' message stays available as the detail.
 */
public final class DrlErrors {

    /** Where an error is (1-based; column 0 when unknown) and what it says, in one line. */
    public record Located(int line, int column, String message) {
    }

    private static final Pattern MVEL = Pattern.compile("(?s)Unable to Analyse Expression (.+?):\\s*\\[Error: (.+?)\\]");
    private static final Pattern STRICT = Pattern.compile("unable to resolve method using strict-mode: (?:[\\w$]+\\.)*([\\w$]+)\\.([\\w$]+)\\(\\)");
    private static final Pattern PARSER = Pattern.compile("^\\[ERR \\d+\\] Line (\\d+):(\\d+) (.*)$");
    private static final Pattern JAVA = Pattern.compile("(?s)^Rule Compilation error\\s*:?\\s*(.*)$");
    private static final Pattern JAVA_NAME = Pattern.compile(
            "The method ([\\w$]+)\\(|The field [\\w$.]*?([\\w$]+) is|The constructor ([\\w$]+)\\(|([\\w$]+) cannot be resolved");

    private DrlErrors() {
    }

    /**
     * Drools' error {@code message} about {@code text}, which Drools placed at {@code line} and
     * {@code column} (1-based, 0 for none), placed and worded again.
     */
    public static Located locate(String text, int line, int column, String message) {
        String first = firstLine(message);
        Matcher mvel = MVEL.matcher(message);
        if (mvel.find()) {
            return analysis(text, line, column, mvel.group(1).trim(), mvel.group(2).trim());
        }
        Matcher parser = PARSER.matcher(first);
        if (parser.find()) {
            return parse(text, Integer.parseInt(parser.group(1)), Integer.parseInt(parser.group(2)), parser.group(3).trim());
        }
        Matcher java = JAVA.matcher(message.trim());
        if (java.find()) {
            return consequence(text, line, column, firstLine(java.group(1)));
        }
        return new Located(line, column, first);
    }

    private static String firstLine(String message) {
        String trimmed = message.trim();
        int end = trimmed.indexOf('\n');
        return (end < 0 ? trimmed : trimmed.substring(0, end)).trim();
    }

    /** An expression MVEL could not analyse: at the expression (at the unknown name in it), saying what is unknown. */
    private static Located analysis(String text, int line, int column, String expression, String error) {
        Matcher strict = STRICT.matcher(error);
        String unknown = strict.find() ? strict.group(2) : null;
        String message = unknown != null
                ? "`" + expression + "`: " + strict.group(1) + " has no field or method '" + unknown + "'"
                : "`" + expression + "`: " + error;
        int[] at = find(text, line, expression);
        if (at == null) {
            return new Located(line, column, message);
        }
        int inside = unknown == null ? -1 : wordIn(expression, unknown);
        return new Located(at[0], at[1] + Math.max(inside, 0), message);
    }

    /**
     * A parser error. When Drools noticed it at the first word of a line and a parenthesis opened
     * on an earlier line is still open there, the error is that parenthesis; otherwise it is at
     * Drools' place, with the column 1-based.
     */
    private static Located parse(String text, int line, int column, String message) {
        int offset = offset(text, line, column);
        int lineStart = offset(text, line, 0);
        if (offset >= 0 && lineStart >= 0 && text.substring(lineStart, offset).isBlank()) {
            int[] open = unclosed(text, offset);
            if (open != null && open[0] < line) {
                String token = message.matches("(?s)mismatched input '([^']*)'.*") ? message.replaceAll("(?s)mismatched input '([^']*)'.*", "$1")
                        : null;
                return new Located(open[0], open[1], "this '(' is not closed" + (token != null ? " before '" + token + "'" : "")
                        + " (" + message + ")");
            }
        }
        return new Located(line, column + 1, message);
    }

    /** An error in a rule's consequence: at the identifier it names, in that rule's consequence. */
    private static Located consequence(String text, int line, int column, String message) {
        Matcher name = JAVA_NAME.matcher(message);
        String identifier = null;
        if (name.find()) {
            for (int g = 1; g <= name.groupCount() && identifier == null; g++) {
                identifier = name.group(g);
            }
        }
        String worded = "in the consequence: " + message;
        if (identifier == null) {
            return new Located(line, column, worded);
        }
        int from = offset(text, Math.max(line, 1), 0);
        String masked = new String(DrlMutator.mask(text));
        Matcher then = Pattern.compile("(?<![\\w$.])then(?![\\w$])").matcher(masked);
        if (from < 0 || !then.find(from)) {
            return new Located(line, column, worded);
        }
        Matcher use = Pattern.compile("(?<![\\w$])" + Pattern.quote(identifier) + "(?![\\w$])").matcher(masked);
        if (!use.find(then.end())) {
            return new Located(line, column, worded);
        }
        int[] at = position(text, use.start());
        return new Located(at[0], at[1], worded);
    }

    // ---- positions in the text ------------------------------------------------------------------

    /** The offset of a 1-based line and a 0-based column; -1 when the text has no such line. */
    private static int offset(String text, int line, int column) {
        int offset = 0;
        for (int l = 1; l < line; l++) {
            offset = text.indexOf('\n', offset) + 1;
            if (offset == 0) {
                return -1;
            }
        }
        return Math.min(text.length(), offset + Math.max(column, 0));
    }

    /** The 1-based line and column of an offset. */
    private static int[] position(String text, int offset) {
        int line = 1;
        int start = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                start = i + 1;
            }
        }
        return new int[] {line, offset - start + 1};
    }

    /** Where {@code piece} is on {@code line} (1-based), else its first place in the text; null when nowhere. */
    private static int[] find(String text, int line, String piece) {
        int start = offset(text, line, 0);
        if (start >= 0) {
            int end = text.indexOf('\n', start);
            int at = text.substring(start, end < 0 ? text.length() : end).indexOf(piece);
            if (at >= 0) {
                return position(text, start + at);
            }
        }
        int anywhere = text.indexOf(piece);
        return anywhere < 0 ? null : position(text, anywhere);
    }

    private static int wordIn(String expression, String word) {
        Matcher m = Pattern.compile("(?<![\\w$])" + Pattern.quote(word) + "(?![\\w$])").matcher(expression);
        return m.find() ? m.start() : -1;
    }

    /** The innermost '(' of the rule before {@code offset} still open there (comments and strings aside), or null. */
    private static int[] unclosed(String text, int offset) {
        String masked = new String(DrlMutator.mask(text));
        Matcher rule = Pattern.compile("(?m)^[ \\t]*rule(?=[\\s\"])").matcher(masked);
        int start = -1;
        while (rule.find() && rule.start() < offset) {
            start = rule.start();
        }
        if (start < 0) {
            return null;
        }
        Deque<Integer> open = new ArrayDeque<>();
        for (int i = start; i < offset && i < masked.length(); i++) {
            char c = masked.charAt(i);
            if (c == '(') {
                open.push(i);
            } else if (c == ')' && !open.isEmpty()) {
                open.pop();
            }
        }
        return open.isEmpty() ? null : position(text, open.peek());
    }
}
