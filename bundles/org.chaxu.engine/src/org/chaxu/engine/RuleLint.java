// SPDX-License-Identifier: EPL-2.0
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
 * {@code @id} or {@code @severity}), a rule id or a rule name (in one package) declared in two files, an {@code eval} that
 * compares two bindings — a join Drools cannot index — and a reporting rule whose message template
 * is in no messages file (its findings would say the rule's name).
 */
final class RuleLint {

    private static final Pattern RULE = Pattern.compile("^\\s*rule\\s+(\"([^\"]*)\"|(\\S+))");
    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)");
    private static final Pattern WHEN = Pattern.compile("^\\s*when\\b");
    private static final Pattern END = Pattern.compile("^\\s*end\\b");
    private static final Pattern ID = Pattern.compile("@id\\s*\\(\\s*\"([^\"]*)\"\\s*\\)");
    private static final Pattern SEVERITY = Pattern.compile("@severity\\s*\\(\\s*\"([^\"]*)\"\\s*\\)");
    private static final Pattern MESSAGE = Pattern.compile("@message\\s*\\(\\s*\"([^\"]*)\"\\s*\\)");
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
        return check(sources, null);
    }

    /** As {@link #check(List)}; with {@code messages}, a reporting rule whose template is in none of them is a warning at its {@code @id}. */
    static List<RuleProblem> check(List<RuleSource> sources, MessageCatalog messages) {
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
                    problems.add(RuleProblem.of(source.file(), here.line(), 1, Severity.ERROR, "lint.duplicateName", rule.name(),
                            packageName, first.file() + ":" + first.line()));
                }
                String id = null;
                String messageKey = null;
                RuleProblem idAt = null;
                boolean severity = false;
                for (int[] header : rule.headerLines()) {
                    String headerLine = lines[header[0]];
                    Matcher idMatch = ID.matcher(headerLine);
                    while (idMatch.find()) {
                        id = idMatch.group(1);
                        RuleProblem at = new RuleProblem(source.file(), header[0] + 1, idMatch.start() + 1, "");
                        idAt = at;
                        if (!ID_FORM.matcher(id).matches()) {
                            problems.add(RuleProblem.of(source.file(), at.line(), at.column(), Severity.ERROR, "lint.idForm", id));
                        }
                        declaredHere.putIfAbsent(id, at);
                    }
                    Matcher messageMatch = MESSAGE.matcher(headerLine);
                    if (messageMatch.find()) {
                        messageKey = messageMatch.group(1);
                    }
                    Matcher severityMatch = SEVERITY.matcher(headerLine);
                    while (severityMatch.find()) {
                        severity = true;
                        try {
                            Severity.parse(severityMatch.group(1));
                        } catch (IllegalArgumentException e) {
                            problems.add(RuleProblem.of(source.file(), header[0] + 1, severityMatch.start() + 1, Severity.ERROR,
                                    "lint.badSeverity", severityMatch.group(1)));
                        }
                    }
                }
                String key = messageKey != null ? messageKey : id;
                if (messages != null && rule.reports() && id != null && idAt != null && ID_FORM.matcher(id).matches()
                        && messages.template(key, java.util.Locale.ENGLISH) == null) {
                    problems.add(RuleProblem.of(source.file(), idAt.line(), idAt.column(), Severity.WARNING, "lint.noMessage", rule.name(),
                            key));
                }
                if (rule.reports() && id == null) {
                    problems.add(RuleProblem.of(source.file(), rule.line() + 1, 1, Severity.WARNING, "lint.noId", rule.name()));
                } else if (rule.reports() && !severity) {
                    problems.add(RuleProblem.of(source.file(), rule.line() + 1, 1, Severity.WARNING, "lint.noSeverity", rule.name()));
                }
            }
            declaredHere.forEach((id, where) -> {
                RuleProblem first = firstDeclaration.putIfAbsent(id, where);
                if (first != null && !first.file().equals(where.file())) {
                    problems.add(RuleProblem.of(where.file(), where.line(), where.column(), Severity.ERROR, "lint.duplicateId", id,
                            first.file() + ":" + first.line()));
                }
            });
            for (int i = 0; i < lines.length; i++) {
                Matcher join = JAVA_JOIN.matcher(lines[i]);
                while (join.find()) {
                    problems.add(RuleProblem.of(source.file(), i + 1, join.start() + 1, Severity.WARNING, "lint.evalJoin",
                            join.group(1) + join.group(2), join.group(4) + join.group(5), join.group(4)));
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
