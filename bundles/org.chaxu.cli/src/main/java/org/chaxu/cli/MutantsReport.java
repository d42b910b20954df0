// SPDX-License-Identifier: EPL-2.0
package org.chaxu.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.chaxu.engine.Labels;
import org.chaxu.engine.RuleCatalog;
import org.chaxu.engine.RuleMutants;

/**
 * The output of {@code chaxu test --mutants}: the score of each rule under test, every mutant
 * that survived with its file:line:column and change, the equivalent ones with their reasons, and
 * the total score against {@code --min-score}.
 */
final class MutantsReport {

    private final PrintWriter out;
    private final Locale locale;
    private final Double minScore;

    MutantsReport(PrintWriter out, Locale locale, Double minScore) {
        this.out = out;
        this.locale = locale;
        this.minScore = minScore;
    }

    /** Tests the mutants of {@code files} and prints the result; false when the score is below {@code --min-score}. */
    boolean run(RuleCatalog catalog, Set<String> files, Set<String> only, List<Path> tests) throws IOException {
        long start = System.nanoTime();
        RuleMutants.Result result = RuleMutants.run(catalog, files, only, tests, locale, null);
        if (result.mutants().isEmpty()) {
            out.println(Labels.word("mutants.none", locale));
            return minScore == null;
        }
        RuleMutants.Score total = result.total();
        Map<String, RuleMutants.Score> byRule = result.byRule();
        out.println(Labels.format("mutants.summary", locale, result.mutants().size(), byRule.size(), String.valueOf(total.killed()),
                String.valueOf(total.survived()), String.valueOf(total.equivalent()), String.valueOf(total.stillborn())));
        for (Map.Entry<String, RuleMutants.Score> rule : byRule.entrySet()) {
            RuleMutants.Score score = rule.getValue();
            out.printf(Locale.ROOT, "  %5.1f %%  %-16s %s%n", score.percent(),
                    Labels.format("mutants.rule", locale, String.valueOf(score.killed()), String.valueOf(score.killed() + score.survived())),
                    Terminal.visible(rule.getKey()));
        }
        List<RuleMutants.Tested> survived = result.with(RuleMutants.Outcome.SURVIVED);
        if (!survived.isEmpty()) {
            out.println(Labels.word("mutants.survivedHeading", locale));
            survived.forEach(t -> out.println("  " + line(t)));
        }
        List<RuleMutants.Tested> equivalent = result.with(RuleMutants.Outcome.EQUIVALENT);
        if (!equivalent.isEmpty()) {
            out.println(Labels.word("mutants.equivalentHeading", locale));
            equivalent.forEach(t -> out.println("  " + line(t) + " \u2014 " + Terminal.visible(t.by())));
        }
        result.unusedReasons().forEach(where -> out.println(Labels.format("mutants.unusedReason", locale, where)));
        String percent = String.format(Locale.ROOT, "%.1f", total.percent());
        out.println(Labels.format("mutants.score", locale, percent, String.valueOf(total.killed()),
                String.valueOf(total.killed() + total.survived()),
                String.format(Locale.ROOT, "%.1f", (System.nanoTime() - start) / 1e9)));
        if (minScore != null && total.percent() < minScore) {
            out.println(Labels.format("mutants.belowMinimum", locale, percent,
                    minScore % 1 == 0 ? String.valueOf(minScore.intValue()) : String.valueOf(minScore)));
            return false;
        }
        return result.unusedReasons().isEmpty() || minScore == null;
    }

    private String line(RuleMutants.Tested t) {
        RuleMutants.Mutant m = t.mutant();
        return Terminal.visible(m.file() + ":" + m.line() + ":" + m.column() + "  " + m.rule() + "  " + m.kind().word() + "  "
                + m.change(locale));
    }
}
