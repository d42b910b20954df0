// SPDX-License-Identifier: EPL-2.0
package org.chaxu.engine;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.chaxu.engine.internal.DrlMutator;

/**
 * Mutation testing of rules: each rule under test is changed as a careful reviewer would fear a
 * mistake (a comparison off by one, a condition dropped, a {@code not} that should be an
 * {@code exists}, a rule lost; see {@link DrlMutator}), the catalogue is compiled with the mutant,
 * and the golden cases are run until one fails. A mutant no case notices has survived: a mistake
 * of that shape would go unseen. Coverage says a rule fired; the mutation score says the cases
 * pin down what it decides.
 * <p>
 * A mutant that does not compile is stillborn and not counted. A mutant the author has shown to
 * be equivalent — no model can tell it from the rule — is listed with the reason and not counted;
 * the reason is a comment on its line or in the comment lines just above it:
 * <pre>
 * // equivalent mutant (drop "eIsProxy() == false"): the loader refuses a member that does not resolve
 * </pre>
 * naming the kind ({@code boundary}, {@code negation}, {@code drop}, {@code inversion},
 * {@code constant}, {@code deletion}) and optionally, in quotes, a piece of the constraint; one
 * comment may give several reasons, each beginning {@code equivalent mutant (}. A reason that
 * matches no mutant is reported, so that the reasons stay true.
 */
public final class RuleMutants {

    /** What became of a mutant. */
    public enum Outcome {
        KILLED, SURVIVED, EQUIVALENT, STILLBORN
    }

    /**
     * One mutant: where it is (the DRL file as the catalogue names it, 1-based line and column),
     * the rule (its id, or its name when it declares none), the kind of change and the constraint
     * before and after it.
     */
    public record Mutant(String file, int line, int column, String rule, String ruleName, DrlMutator.Kind kind, String before,
            String after) {

        /** The change in a few words: {@code `a < b` → `a <= b`}, {@code dropped `a`}, {@code deleted}. */
        public String change(Locale locale) {
            return switch (kind) {
                case DELETION -> Labels.format("mutants.deleted", locale, ruleName);
                case DROP -> after.isEmpty() ? Labels.format("mutants.dropped", locale, before)
                        : Labels.format("mutants.changed", locale, before, after);
                default -> Labels.format("mutants.changed", locale, before, after);
            };
        }
    }

    /**
     * A mutant and what became of it; {@code by} is the case that killed it, the reason it is
     * equivalent, or the compiler's first error for a stillborn one.
     */
    public record Tested(Mutant mutant, Outcome outcome, String by) {
    }

    /** The score of one rule: killed, survived, equivalent and stillborn mutants. */
    public record Score(int killed, int survived, int equivalent, int stillborn) {
        Score plus(Outcome outcome) {
            return new Score(killed + (outcome == Outcome.KILLED ? 1 : 0), survived + (outcome == Outcome.SURVIVED ? 1 : 0),
                    equivalent + (outcome == Outcome.EQUIVALENT ? 1 : 0), stillborn + (outcome == Outcome.STILLBORN ? 1 : 0));
        }

        /** Killed among those counted, in percent (100 when none is counted). */
        public double percent() {
            return killed + survived == 0 ? 100.0 : 100.0 * killed / (killed + survived);
        }
    }

    /** Every mutant tested, and the equivalence comments that matched none (as file:line). */
    public record Result(List<Tested> mutants, List<String> unusedReasons) {

        public List<Tested> with(Outcome outcome) {
            return mutants.stream().filter(t -> t.outcome() == outcome).toList();
        }

        /** The score over every counted mutant. */
        public Score total() {
            Score score = new Score(0, 0, 0, 0);
            for (Tested t : mutants) {
                score = score.plus(t.outcome());
            }
            return score;
        }

        /** The score of each rule, in rule order (file, then place in the file). */
        public Map<String, Score> byRule() {
            Map<String, Score> scores = new LinkedHashMap<>();
            for (Tested t : mutants) {
                scores.merge(t.mutant().rule(), new Score(0, 0, 0, 0).plus(t.outcome()),
                        (a, b) -> new Score(a.killed + b.killed, a.survived + b.survived, a.equivalent + b.equivalent,
                                a.stillborn + b.stillborn));
            }
            return scores;
        }
    }

    private RuleMutants() {
    }

    /** The mutants of one DRL file of the catalogue, with the equivalence reasons its comments give. */
    public static List<Mutant> mutants(RuleCatalog catalog, RuleSource source) {
        List<Mutant> mutants = new ArrayList<>();
        for (DrlMutator.Mutation m : DrlMutator.mutate(source.text())) {
            mutants.add(mutant(catalog, source, m));
        }
        return mutants;
    }

    private static Mutant mutant(RuleCatalog catalog, RuleSource source, DrlMutator.Mutation m) {
        String text = source.text();
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < m.offset(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        RuleInfo info = catalog.info(source.file(), m.rule());
        String rule = info != null ? info.id() : m.rule();
        return new Mutant(source.file(), line, m.offset() - lineStart + 1, rule, m.rule(), m.kind(), m.before(), m.after());
    }

    /**
     * Tests every mutant of the files named (as the catalogue names them) against the golden
     * cases below {@code tests}, which must pass with the catalogue as it is. {@code progress} is
     * told of each mutant as it is decided.
     */
    public static Result run(RuleCatalog catalog, Collection<String> files, List<Path> tests, Locale locale, Consumer<Tested> progress)
            throws IOException {
        return run(catalog, files, null, tests, locale, progress);
    }

    /** As {@link #run(RuleCatalog, Collection, List, Locale, Consumer)}, mutating only the rules {@code only} names (ids, or names of rules without one); null: all. */
    public static Result run(RuleCatalog catalog, Collection<String> files, Set<String> only, List<Path> tests, Locale locale,
            Consumer<Tested> progress) throws IOException {
        List<RuleTests.Group> groups = RuleTests.groups(tests);
        List<Tested> tested = new ArrayList<>();
        List<String> unused = new ArrayList<>();
        // the groups that killed a rule's mutants are tried first on its next ones, as PIT orders tests
        Map<String, LinkedHashSet<RuleTests.Group>> killers = new HashMap<>();
        for (RuleSource source : catalog.sources()) {
            if (!files.contains(source.file())) {
                continue;
            }
            List<Reason> reasons = reasons(source.text());
            Set<Reason> used = new java.util.HashSet<>();
            List<DrlMutator.Mutation> mutations = DrlMutator.mutate(source.text());
            for (DrlMutator.Mutation mutation : mutations) {
                Mutant mutant = mutant(catalog, source, mutation);
                if (only != null && !only.contains(mutant.rule())) {
                    reasons.stream().filter(r -> r.matches(mutant)).forEach(used::add);
                    continue;
                }
                Reason reason = reasons.stream().filter(r -> r.matches(mutant)).findFirst().orElse(null);
                Tested result;
                if (mutation.nullJoin() != null) {
                    result = new Tested(mutant, Outcome.EQUIVALENT, Labels.format("mutants.nullJoin", locale, mutation.nullJoin()));
                } else if (reason != null) {
                    used.add(reason);
                    result = new Tested(mutant, Outcome.EQUIVALENT, reason.text);
                } else {
                    result = test(catalog, source, mutation, mutant, groups, killers.computeIfAbsent(mutant.rule(), k -> new LinkedHashSet<>()),
                            locale);
                }
                tested.add(result);
                if (progress != null) {
                    progress.accept(result);
                }
            }
            for (Reason reason : reasons) {
                if (!used.contains(reason)) {
                    unused.add(source.file() + ":" + reason.line);
                }
            }
        }
        return new Result(List.copyOf(tested), List.copyOf(unused));
    }

    private static Tested test(RuleCatalog catalog, RuleSource source, DrlMutator.Mutation mutation, Mutant mutant,
            List<RuleTests.Group> groups, LinkedHashSet<RuleTests.Group> killers, Locale locale) {
        RuleCatalog changed;
        try {
            changed = catalog.with(source.file(), mutation.text());
        } catch (RuntimeException e) {
            return new Tested(mutant, Outcome.STILLBORN, String.valueOf(e.getMessage()));
        }
        if (!changed.problems().isEmpty()) {
            return new Tested(mutant, Outcome.STILLBORN, changed.problems().get(0).message());
        }
        List<RuleTests.Group> order = new ArrayList<>(killers);
        String prefix = mutant.rule() + ".";
        groups.stream().filter(g -> !killers.contains(g) && g.cases().stream().anyMatch(c -> c.getFileName().toString().startsWith(prefix)))
                .forEach(order::add);
        groups.stream().filter(g -> !order.contains(g)).forEach(order::add);
        for (RuleTests.Group group : order) {
            for (RuleTests.Case c : RuleTests.run(changed, group, locale)) {
                if (!c.passed()) {
                    killers.remove(group);
                    LinkedHashSet<RuleTests.Group> again = new LinkedHashSet<>();
                    again.add(group);
                    again.addAll(killers);
                    killers.clear();
                    killers.addAll(again);
                    return new Tested(mutant, Outcome.KILLED, c.model().toString().replace('\\', '/'));
                }
            }
        }
        return new Tested(mutant, Outcome.SURVIVED, null);
    }

    // ---- equivalence reasons ------------------------------------------------------------------

    /** One reason; a comment may give several, each beginning "equivalent mutant (". */
    private static final Pattern REASON = Pattern.compile(
            "equivalent mutant\\s*\\(\\s*(\\w+)(?:\\s+\"([^\"]*)\")?\\s*\\)\\s*:?\\s*(.*?)\\s*;?\\s*(?=equivalent mutant\\s*\\(|$)");

    /** An equivalence comment: the lines it covers (its own, or the code line below its comment lines), the kind and piece it names. */
    private record Reason(int line, int covers, String kind, String piece, String text) {
        boolean matches(Mutant m) {
            return (m.line() == line || m.line() == covers) && m.kind().word().equals(kind)
                    && (piece == null || m.before().contains(piece) || m.after().contains(piece));
        }
    }

    private static List<Reason> reasons(String text) {
        String[] lines = text.split("\n", -1);
        List<Reason> reasons = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            int comment = lines[i].indexOf("//");
            if (comment < 0) {
                continue;
            }
            Matcher m = REASON.matcher(lines[i].substring(comment + 2));
            int covers = i + 1;
            if (lines[i].trim().startsWith("//")) {
                // a comment of its own: it covers the first code line below the comment lines
                int j = i + 1;
                while (j < lines.length && lines[j].trim().startsWith("//")) {
                    j++;
                }
                covers = j + 1;
            }
            while (m.find()) {
                reasons.add(new Reason(i + 1, covers, m.group(1).toLowerCase(Locale.ROOT), m.group(2), m.group(3).trim()));
            }
        }
        return reasons;
    }
}
