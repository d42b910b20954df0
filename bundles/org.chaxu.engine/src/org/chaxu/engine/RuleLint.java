package org.chaxu.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the DRL compiler accepts but a Chaxu rule author needs to hear about, each at its file,
 * line and column: rule metadata Chaxu cannot use ({@code @severity} other than ERROR, WARNING or
 * INFO; an {@code @id} that is empty or not of the form {@code ABC-NAME}; a reporting rule without
 * {@code @id} or {@code @severity}), a rule id or a rule name (in one package) declared in two files, and an {@code eval} that
 * compares two bindings — a join Drools cannot index.
 */
final class RuleLint {

    private static final Pattern RULE = Pattern.compile("^\\s*rule\\s+(\"([^\"]*)\"|(\\S+))");
    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)");
    private static final Pattern WHEN = Pattern.compile("^\\s*when\\b");
    private static final Pattern END = Pattern.compile("^\\s*end\\b");
    private static final Pattern ID = Pattern.compile("@id\\s*\\(\\s*\"([^\"]*)\"\\s*\\)");
    private static final Pattern SEVERITY = Pattern.compile("@severity\\s*\\(\\s*\"([^\"]*)\"\\s*\\)");
    private static final Pattern ID_FORM = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)+");
    private static final Pattern JAVA_JOIN = Pattern.compile(
            "eval\\s*\\(\\s*(\\$\\w+)((?:\\.\\w+\\(\\))?)\\s*(==|\\.equals\\()\\s*(\\$\\w+)((?:\\.\\w+\\(\\))?)\\s*\\)?\\s*\\)");

    private RuleLint() {
    }

    /** A rule as written: its name, where it starts, its header (metadata) and whether its consequence reports. */
    private record Rule(String name, int line, List<int[]> headerLines, boolean reports) {
    }

    /** Problems of every source (errors and warnings), and across sources (an id declared in two files). */
    static List<RuleProblem> check(List<RuleSource> sources) {
        List<RuleProblem> problems = new ArrayList<>();
        Map<String, RuleProblem> firstDeclaration = new HashMap<>();
        Map<String, RuleProblem> firstRuleName = new HashMap<>();
        for (RuleSource source : sources) {
            String text = stripComments(source.text());
            String[] lines = text.split("\\R", -1);
            Matcher pkg = PACKAGE.matcher(text);
            String packageName = pkg.find() ? pkg.group(1) : "defaultpkg";
            Map<String, RuleProblem> declaredHere = new HashMap<>();
            for (Rule rule : rules(lines)) {
                RuleProblem here = new RuleProblem(source.file(), rule.line() + 1, 1, "");
                RuleProblem first = firstRuleName.putIfAbsent(packageName + "." + rule.name(), here);
                if (first != null && !first.file().equals(source.file())) {
                    // Drools would blame the first file and name a generated class; name both files instead
                    problems.add(new RuleProblem(source.file(), here.line(), 1, "rule \"" + rule.name() + "\" is already declared in "
                            + "package " + packageName + " in " + first.file() + ":" + first.line()
                            + "; rule names are unique in a package (rename it or use another package)"));
                }
                String id = null;
                boolean severity = false;
                for (int[] header : rule.headerLines()) {
                    String headerLine = lines[header[0]];
                    Matcher idMatch = ID.matcher(headerLine);
                    while (idMatch.find()) {
                        id = idMatch.group(1);
                        RuleProblem at = new RuleProblem(source.file(), header[0] + 1, idMatch.start() + 1, "");
                        if (!ID_FORM.matcher(id).matches()) {
                            problems.add(new RuleProblem(source.file(), at.line(), at.column(), "@id(\"" + id
                                    + "\"): a rule id is capital letters and digits in parts joined by '-', e.g. WATER-LOOSER"));
                        }
                        declaredHere.putIfAbsent(id, at);
                    }
                    Matcher severityMatch = SEVERITY.matcher(headerLine);
                    while (severityMatch.find()) {
                        severity = true;
                        try {
                            Severity.parse(severityMatch.group(1));
                        } catch (IllegalArgumentException e) {
                            problems.add(new RuleProblem(source.file(), header[0] + 1, severityMatch.start() + 1,
                                    "@severity(\"" + severityMatch.group(1) + "\"): unknown severity; use ERROR, WARNING or INFO"));
                        }
                    }
                }
                if (rule.reports() && id == null) {
                    problems.add(new RuleProblem(source.file(), rule.line() + 1, 1, "rule \"" + rule.name()
                            + "\" reports findings but has no @id: its findings carry the rule's name; add @id(\"ABC-NAME\")",
                            Severity.WARNING));
                } else if (rule.reports() && !severity) {
                    problems.add(new RuleProblem(source.file(), rule.line() + 1, 1, "rule \"" + rule.name()
                            + "\" has no @severity: WARNING is assumed; use @severity(\"ERROR\"), (\"WARNING\") or (\"INFO\")",
                            Severity.WARNING));
                }
            }
            declaredHere.forEach((id, where) -> {
                RuleProblem first = firstDeclaration.putIfAbsent(id, where);
                if (first != null && !first.file().equals(where.file())) {
                    problems.add(new RuleProblem(where.file(), where.line(), where.column(), "@id(\"" + id
                            + "\") is already declared in " + first.file() + ":" + first.line()
                            + "; rule ids are unique across files (choose another id)"));
                }
            });
            for (int i = 0; i < lines.length; i++) {
                Matcher join = JAVA_JOIN.matcher(lines[i]);
                while (join.find()) {
                    problems.add(new RuleProblem(source.file(), i + 1, join.start() + 1, "eval(" + join.group(1) + join.group(2)
                            + " == " + join.group(4) + join.group(5) + ") compares two bindings in Java after the join: Drools "
                            + "cannot index it and tries every pair; write it as a constraint of the pattern, e.g. "
                            + "Standard( this == " + join.group(4) + " ) or Standard( issuer == " + join.group(4) + " )",
                            Severity.WARNING));
                }
            }
        }
        return problems;
    }

    private static List<Rule> rules(String[] lines) {
        List<Rule> rules = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            Matcher start = RULE.matcher(lines[i]);
            if (!start.find()) {
                continue;
            }
            String name = start.group(2) != null ? start.group(2) : start.group(3);
            int first = i;
            List<int[]> header = new ArrayList<>();
            header.add(new int[] { i });
            while (i + 1 < lines.length && !WHEN.matcher(lines[i]).find()) {
                header.add(new int[] { ++i });
            }
            boolean reports = false;
            while (i + 1 < lines.length && !END.matcher(lines[i]).find()) {
                reports |= lines[++i].contains("reporter.report(");
            }
            rules.add(new Rule(name, first, header, reports));
        }
        return rules;
    }

    /** The text with comments blanked out (lines and columns kept). */
    private static String stripComments(String text) {
        StringBuilder result = new StringBuilder(text);
        boolean block = false;
        boolean line = false;
        boolean string = false;
        for (int i = 0; i < result.length(); i++) {
            char c = result.charAt(i);
            char next = i + 1 < result.length() ? result.charAt(i + 1) : 0;
            if (block) {
                if (c == '*' && next == '/') {
                    result.setCharAt(i, ' ');
                    result.setCharAt(++i, ' ');
                    block = false;
                } else if (c != '\n' && c != '\r') {
                    result.setCharAt(i, ' ');
                }
            } else if (line) {
                if (c == '\n' || c == '\r') {
                    line = false;
                } else {
                    result.setCharAt(i, ' ');
                }
            } else if (string) {
                if (c == '\\') {
                    i++;
                } else if (c == '"' || c == '\n') {
                    string = false;
                }
            } else if (c == '"') {
                string = true;
            } else if (c == '/' && next == '*') {
                block = true;
                result.setCharAt(i, ' ');
            } else if (c == '/' && next == '/') {
                line = true;
                result.setCharAt(i, ' ');
            }
        }
        return result.toString();
    }
}
