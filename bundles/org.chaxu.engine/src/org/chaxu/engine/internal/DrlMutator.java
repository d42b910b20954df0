// SPDX-License-Identifier: EPL-2.0
package org.chaxu.engine.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The mutants a careful reviewer of a DRL file would worry about, made from its text: in the
 * conditions of each rule, every comparison loosened or tightened by one ({@code <}/{@code <=},
 * {@code >}/{@code >=}, {@code after}/{@code !before}), every equality, membership and negation
 * flipped, every constraint of a pattern and every {@code eval} dropped (a binding keeps its
 * field), every {@code not}/{@code exists} inverted, every number moved by one; and each rule
 * deleted. A mutant changes one place and keeps every other character, so line and column of
 * the rest stay true. Comments, strings and annotations are never changed.
 */
public final class DrlMutator {

    /** What a mutant changes. */
    public enum Kind {
        BOUNDARY, NEGATION, DROP, INVERSION, CONSTANT, DELETION;

        /** The word used in the output and in an equivalence comment. */
        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * One mutant: the rule it is in, where (offset into the file's text), the smallest constraint
     * around the change before and after it (for a reader: "{@code start <= $start}" →
     * "{@code start < $start}"), and the whole mutated text. {@code nullJoin} is set when the
     * mutant is equivalent by construction: it drops the {@code != null} of a binding that another
     * pattern of the rule joins with {@code this == $b}, which no null matches anyway.
     */
    public record Mutation(Kind kind, String rule, int offset, String before, String after, String text, String nullJoin) {
    }

    /** A rule of the file: its name and where its block, its conditions and its end are. */
    private record Block(String name, int start, int whenEnd, int thenStart, int end) {
    }

    private static final Pattern OPERATOR = Pattern.compile("<=|>=|==|!=|<|>");
    private static final Pattern MEMBERSHIP = Pattern.compile(
            "(?<![\\w$.])(not\\s+)?(memberOf|contains|excludes|matches|soundslike|in(?=\\s*\\())(?![\\w$])");
    private static final Pattern UNARY_NOT = Pattern.compile("(?<![\\w$)\\]!=<>])!(?=\\s*[\\w$(])");
    private static final Pattern TEMPORAL = Pattern.compile("(!\\s*)?([\\w$][\\w$.]*?)\\.(after|before)(?=\\s*\\()");
    private static final Pattern NUMBER = Pattern.compile("(?<![\\w$.])\\d+(\\.\\d+)?(?![\\w.])");
    private static final Pattern CONDITIONAL = Pattern.compile(
            "(?<![\\w$.])(not|exists)(?![\\w$])(?!\\s+(?:memberOf|contains|excludes|matches|soundslike|in)\\b)");
    private static final Pattern PATTERN = Pattern.compile("(?<![\\w$.])(?:[A-Z]\\w*|eval)\\s*\\(");
    private static final Pattern BINDING = Pattern.compile("^(\\$[\\w]+\\s*:\\s*[\\w.!]+?)(?=\\s*(?:<|>|=|!=|memberOf|not\\b|in\\b|contains|matches))");

    private final String text;
    private final char[] masked;
    private final List<int[]> constraints = new ArrayList<>();

    private DrlMutator(String text) {
        this.text = text;
        this.masked = mask(text);
    }

    /** Every mutant of the rules in this DRL text, in file order, without two alike. */
    public static List<Mutation> mutate(String drl) {
        return new DrlMutator(drl).all();
    }

    private List<Mutation> all() {
        List<Mutation> result = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Block block : blocks()) {
            List<Mutation> own = new ArrayList<>();
            maskAnnotations(block.whenEnd, block.thenStart);
            constraints.clear();
            patterns(block, own);
            String lhs = new String(masked, block.whenEnd, block.thenStart - block.whenEnd);
            operators(block, lhs, own);
            memberships(block, lhs, own);
            unaryNots(block, lhs, own);
            temporals(block, lhs, own);
            numbers(block, lhs, own);
            conditionals(block, lhs, own);
            own.sort(java.util.Comparator.comparingInt(Mutation::offset));
            StringBuilder deleted = new StringBuilder(text.substring(0, block.start));
            text.substring(block.start, block.end).chars().filter(c -> c == '\n').forEach(c -> deleted.append('\n'));
            deleted.append(text.substring(block.end));
            own.add(new Mutation(Kind.DELETION, block.name, block.start, "rule \"" + block.name + "\"", "", deleted.toString(), null));
            for (Mutation m : own) {
                if (seen.add(m.text)) {
                    result.add(m);
                }
            }
        }
        return result;
    }

    // ---- the rules of the file ----------------------------------------------------------------

    private static final Pattern RULE = Pattern.compile("(?m)^[ \\t]*rule(?=[\\s\"])");

    private List<Block> blocks() {
        List<Block> blocks = new ArrayList<>();
        String m = new String(masked);
        Matcher rule = RULE.matcher(m);
        int from = 0;
        while (from < m.length() && rule.find(from)) {
            int start = rule.start();
            int when = keyword(m, "when", rule.end());
            int then = when < 0 ? -1 : keyword(m, "then", when + 4);
            int end = then < 0 ? -1 : endOf(m, then + 4);
            if (end < 0) {
                break;
            }
            blocks.add(new Block(nameAt(rule.end()), start, when + 4, then, end));
            from = end;
        }
        return blocks;
    }

    private String nameAt(int from) {
        Matcher name = Pattern.compile("\\s*(?:\"((?:[^\"\\\\]|\\\\.)*)\"|'((?:[^'\\\\]|\\\\.)*)'|(\\S+))").matcher(text);
        if (!name.find(from)) {
            return "?";
        }
        return name.group(1) != null ? name.group(1) : name.group(2) != null ? name.group(2) : name.group(3);
    }

    private static int keyword(String masked, String word, int from) {
        Matcher m = Pattern.compile("(?<![\\w$.])" + word + "(?![\\w$])").matcher(masked);
        return m.find(from) ? m.start() : -1;
    }

    /** The offset just after the rule's {@code end}: the first one alone at the start of its line, else the first one. */
    private static int endOf(String masked, int from) {
        Matcher own = Pattern.compile("(?m)^[ \\t]*end(?![\\w$])").matcher(masked);
        if (own.find(from)) {
            return own.end();
        }
        int any = keyword(masked, "end", from);
        return any < 0 ? -1 : any + 3;
    }

    // ---- the mutations ------------------------------------------------------------------------

    private void operators(Block block, String lhs, List<Mutation> out) {
        Matcher m = OPERATOR.matcher(lhs);
        while (m.find()) {
            int at = block.whenEnd + m.start();
            char before = at > 0 ? masked[at - 1] : ' ';
            char after = m.end() < lhs.length() ? lhs.charAt(m.end()) : ' ';
            if (before == '-' || before == '<' || before == '>' || after == '<' || after == '>' || after == '=') {
                continue; // ->, <<, >>, or part of a longer operator
            }
            String op = m.group();
            String to = switch (op) {
                case "<" -> "<=";
                case "<=" -> "<";
                case ">" -> ">=";
                case ">=" -> ">";
                case "==" -> "!=";
                default -> "==";
            };
            add(block, op.startsWith("=") || op.startsWith("!") ? Kind.NEGATION : Kind.BOUNDARY, at, op.length(), to, out);
        }
    }

    private void memberships(Block block, String lhs, List<Mutation> out) {
        Matcher m = MEMBERSHIP.matcher(lhs);
        while (m.find()) {
            int at = block.whenEnd + m.start();
            add(block, Kind.NEGATION, at, m.end() - m.start(), m.group(1) != null ? m.group(2) : "not " + m.group(2), out);
        }
    }

    private void unaryNots(Block block, String lhs, List<Mutation> out) {
        Matcher m = UNARY_NOT.matcher(lhs);
        while (m.find()) {
            add(block, Kind.NEGATION, block.whenEnd + m.start(), 1, "", out);
        }
    }

    private void temporals(Block block, String lhs, List<Mutation> out) {
        Matcher m = TEMPORAL.matcher(lhs);
        while (m.find()) {
            int at = block.whenEnd + m.start();
            String receiver = text.substring(block.whenEnd + m.start(2), block.whenEnd + m.end(2));
            String other = m.group(3).equals("after") ? "before" : "after";
            String to = (m.group(1) == null ? "!" : "") + receiver + "." + other;
            add(block, Kind.BOUNDARY, at, m.end() - m.start(), to, out);
        }
    }

    private void numbers(Block block, String lhs, List<Mutation> out) {
        Matcher m = NUMBER.matcher(lhs);
        while (m.find()) {
            BigDecimal value = new BigDecimal(m.group());
            int at = block.whenEnd + m.start();
            add(block, Kind.CONSTANT, at, m.group().length(), value.subtract(BigDecimal.ONE).toPlainString(), out);
            add(block, Kind.CONSTANT, at, m.group().length(), value.add(BigDecimal.ONE).toPlainString(), out);
        }
    }

    private void conditionals(Block block, String lhs, List<Mutation> out) {
        Matcher m = CONDITIONAL.matcher(lhs);
        while (m.find()) {
            add(block, Kind.INVERSION, block.whenEnd + m.start(), m.group(1).length(), m.group(1).equals("not") ? "exists" : "not", out);
        }
    }

    /**
     * Every pattern's constraints, each dropped: a constraint alone, a binding's condition (the
     * binding keeps its field), each operand of a constraint made of {@code &&} or {@code ||}, and
     * each {@code eval} as a whole.
     */
    private void patterns(Block block, List<Mutation> out) {
        Matcher m = PATTERN.matcher(new String(masked, 0, block.thenStart));
        int from = block.whenEnd;
        while (m.find(from)) {
            int open = m.end() - 1;
            int close = matching(open, block.thenStart);
            if (close < 0) {
                break;
            }
            from = m.end();
            boolean eval = m.group().startsWith("eval");
            if (eval) {
                int[] whole = {m.start(), close + 1};
                constraints.add(whole);
                out.add(edit(block, Kind.DROP, m.start(), close + 1 - m.start(), "", text.substring(m.start(), close + 1), "", m.start()));
                operands(block, open + 1, close, out);
                continue;
            }
            List<int[]> parts = split(open + 1, close);
            for (int i = 0; i < parts.size(); i++) {
                int[] part = parts.get(i);
                constraints.add(part);
                String constraint = text.substring(part[0], part[1]);
                Matcher binding = BINDING.matcher(constraint);
                if (constraint.matches("(?s)^\\$\\w+\\s*:(?!:).*")) {
                    if (binding.find()) {
                        int keep = part[0] + binding.end();
                        Mutation drop = edit(block, Kind.DROP, keep, part[1] - keep, "", constraint, binding.group(1), part[0]);
                        String variable = constraint.substring(0, constraint.indexOf(':')).trim();
                        if (constraint.substring(binding.end()).strip().equals("!= null")
                                && Pattern.compile("\\bthis\\s*==\\s*" + Pattern.quote(variable) + "(?![\\w$])")
                                        .matcher(new String(masked, block.whenEnd, block.thenStart - block.whenEnd)).find()) {
                            drop = new Mutation(drop.kind(), drop.rule(), drop.offset(), drop.before(), drop.after(), drop.text(), variable);
                        }
                        out.add(drop);
                        int colon = constraint.indexOf(':');
                        int field = part[0] + colon + 1;
                        while (field < part[1] && Character.isWhitespace(text.charAt(field))) {
                            field++;
                        }
                        operands(block, field, part[1], out);
                    }
                    continue;
                }
                int cutStart;
                int cutEnd;
                if (i > 0) {
                    cutStart = parts.get(i - 1)[1];
                    cutEnd = part[1];
                } else if (parts.size() > 1) {
                    cutStart = part[0];
                    cutEnd = parts.get(1)[0];
                } else {
                    cutStart = part[0];
                    cutEnd = part[1];
                }
                out.add(edit(block, Kind.DROP, cutStart, cutEnd - cutStart, "", constraint, "", part[0]));
                operands(block, part[0], part[1], out);
            }
        }
    }

    /** Each operand of a top-level {@code &&} / {@code ||} between {@code from} and {@code to} dropped (one pair of parentheses looked into). */
    private void operands(Block block, int from, int to, List<Mutation> out) {
        while (from < to && Character.isWhitespace(masked[from])) {
            from++;
        }
        while (to > from && Character.isWhitespace(masked[to - 1])) {
            to--;
        }
        if (from < to && masked[from] == '(' && matching(from, to) == to - 1) {
            from++;
            to--;
        }
        List<int[]> operands = new ArrayList<>();
        int depth = 0;
        int start = from;
        for (int i = from; i < to - 1; i++) {
            char c = masked[i];
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            } else if (depth == 0 && (c == '&' && masked[i + 1] == '&' || c == '|' && masked[i + 1] == '|')) {
                operands.add(new int[] {start, i});
                start = i + 2;
                i++;
            }
        }
        if (operands.isEmpty()) {
            return;
        }
        operands.add(new int[] {start, to});
        for (int i = 0; i < operands.size(); i++) {
            // the operand with the operator before it (after it, for the first)
            int cutStart = i > 0 ? operands.get(i - 1)[1] : operands.get(0)[0];
            int cutEnd = i > 0 ? operands.get(i)[1] : operands.get(1)[0];
            while (i == 0 && cutEnd < to && Character.isWhitespace(masked[cutEnd])) {
                cutEnd++;
            }
            String operand = text.substring(operands.get(i)[0], operands.get(i)[1]).trim();
            out.add(edit(block, Kind.DROP, cutStart, cutEnd - cutStart, "", operand, "", operands.get(i)[0]));
        }
    }

    /** The top-level comma-separated parts between two offsets, trimmed. */
    private List<int[]> split(int from, int to) {
        List<int[]> parts = new ArrayList<>();
        int depth = 0;
        int start = from;
        for (int i = from; i <= to; i++) {
            char c = i < to ? masked[i] : ',';
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            } else if (c == ',' && depth == 0) {
                int s = start;
                int e = i;
                while (s < e && Character.isWhitespace(masked[s])) {
                    s++;
                }
                while (e > s && Character.isWhitespace(masked[e - 1])) {
                    e--;
                }
                if (s < e) {
                    parts.add(new int[] {s, e});
                }
                start = i + 1;
            }
        }
        return parts;
    }

    private int matching(int open, int limit) {
        int depth = 0;
        for (int i = open; i < limit; i++) {
            if (masked[i] == '(') {
                depth++;
            } else if (masked[i] == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** A mutant replacing {@code length} characters at {@code at} with {@code to}, shown in its smallest constraint. */
    private void add(Block block, Kind kind, int at, int length, String to, List<Mutation> out) {
        int[] around = null;
        for (int[] c : constraints) {
            if (c[0] <= at && at + length <= c[1] && (around == null || c[1] - c[0] < around[1] - around[0])) {
                around = c;
            }
        }
        if (around == null) {
            int lineStart = text.lastIndexOf('\n', at - 1) + 1;
            int lineEnd = text.indexOf('\n', at);
            around = new int[] {lineStart, lineEnd < 0 ? text.length() : lineEnd};
        }
        String before = text.substring(around[0], around[1]).strip();
        String after = (text.substring(around[0], at) + to + text.substring(at + length, around[1])).strip();
        out.add(edit(block, kind, at, length, to, before, after, at));
    }

    private Mutation edit(Block block, Kind kind, int at, int length, String to, String before, String after, int where) {
        String mutated = text.substring(0, at) + to + text.substring(at + length);
        return new Mutation(kind, block.name, where, before.replaceAll("\\s+", " "), after.replaceAll("\\s+", " "), mutated, null);
    }

    // ---- what is not code ---------------------------------------------------------------------

    /** The text with comments and string literals blanked (line breaks kept), so offsets stay those of the text. */
    static char[] mask(String text) {
        char[] out = text.toCharArray();
        int i = 0;
        int n = out.length;
        while (i < n) {
            char c = out[i];
            if (c == '/' && i + 1 < n && out[i + 1] == '/') {
                while (i < n && out[i] != '\n') {
                    out[i++] = ' ';
                }
            } else if (c == '/' && i + 1 < n && out[i + 1] == '*') {
                int end = text.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                blank(out, i, end);
                i = end;
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < n && out[j] != c && out[j] != '\n') {
                    j += out[j] == '\\' ? 2 : 1;
                }
                j = Math.min(n, j + 1);
                blank(out, i + 1, j - 1);
                i = j;
            } else {
                i++;
            }
        }
        return out;
    }

    private static void blank(char[] out, int from, int to) {
        for (int k = from; k < to && k < out.length; k++) {
            if (out[k] != '\n') {
                out[k] = ' ';
            }
        }
    }

    /** Annotations in the conditions ({@code @watch(*)}) are not conditions: blanked too. */
    private void maskAnnotations(int from, int to) {
        Matcher m = Pattern.compile("@\\w+\\s*(\\()?").matcher(new String(masked, 0, to));
        int at = from;
        while (m.find(at)) {
            int end = m.group(1) != null ? matching(m.end() - 1, to) + 1 : m.end();
            if (end <= 0) {
                end = m.end();
            }
            blank(masked, m.start(), end);
            at = end;
        }
    }
}
