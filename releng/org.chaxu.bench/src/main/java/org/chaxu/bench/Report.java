// SPDX-License-Identifier: EPL-2.0
package org.chaxu.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * docs/performance.md: the generated part (the table, the targets as measured, the machine)
 * above a marker line; whatever is written below the marker (the analysis, the profiles) is
 * kept when the benchmark rewrites the file.
 */
final class Report {

    static final String MARKER = "<!-- The benchmark rewrites everything above this line; what follows is kept. -->";

    private Report() {
    }

    static String markdown(List<Bench.Row> rows, Bench.Settings settings, String machine, double cold, double warm,
            double cliColdStart, String svg) throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("# Performance: the Chaxu engine against hand-written Java and Epsilon EVL\n\n");
        md.append("Measured by `releng/bench.sh ").append(arguments(settings)).append("` on ").append(machine).append(".\n\n");
        md.append("Each implementation checks the same generated national models (`releng/bench.sh generate`), loaded by Chaxu's loader; ")
                .append("every check of every run gives the same findings (rule id and element) in all three, or the benchmark stops. ")
                .append("Times are medians of ").append(settings.runs()).append(" runs in one JVM (the first run included), in milliseconds: ")
                .append("*load* reads the file; *batch* is the first check after loading (for the engine: a new session, insert, fire, findings); ")
                .append("*inject* a re-check after 10 standards are made looser (5 rounds); *repair* a re-check after a tenth of the BASE-LOOSER ")
                .append("findings are tightened (5 rounds); the edit columns a re-check after one edit of that kind (").append(settings.edits())
                .append(" edits and their undos per run for the engine, ").append(settings.peerEdits())
                .append(" for the others). The engine re-checks incrementally; Java and EVL check the whole model again. ")
                .append("*heap* is what the loaded model and the checker keep after the first check (after a GC), *peak* the highest heap use during load and first check, both above what was in use before.\n\n");
        md.append("![time against model size](").append(svg).append(")\n\n");
        md.append("| scale | elements | implementation | findings | load | batch | inject | repair | value | superior | + intervention | − intervention | rename | heap | peak |\n");
        md.append("|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Bench.Row r : rows) {
            md.append(String.format(Locale.ROOT, "| %d | %,d | %s | %,d | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n", r.scale, r.elements,
                    r.impl, r.findings, Bench.fmt(r.load), Bench.fmt(r.batch), Bench.fmt(r.inject), Bench.fmt(r.repair),
                    edit(r, Workload.Kind.VALUE), edit(r, Workload.Kind.SUPERIOR), edit(r, Workload.Kind.ADD_INTERVENTION),
                    edit(r, Workload.Kind.REMOVE_INTERVENTION), edit(r, Workload.Kind.RENAME), Bench.mb(r.heapRetained), Bench.mb(r.heapPeak)));
        }
        md.append(String.format(Locale.ROOT, "%nThe shipped rules compiled into a KieBase: cold (first in the JVM) %.0f ms, warm %.0f ms.", cold, warm));
        if (cliColdStart >= 0) {
            md.append(String.format(Locale.ROOT, " `chaxu check examples/prd-air.chaxu` from a cold JVM to exit: %.0f ms (median of 5).", cliColdStart));
        }
        md.append("\n\n");
        md.append(commandLine(rows));
        md.append("## The targets, as measured in this run\n\n");
        md.append(targets(rows, cliColdStart));
        md.append("\n").append(MARKER).append("\n");
        Path out = settings.out();
        if (Files.isRegularFile(out)) {
            String old = Files.readString(out);
            int at = old.indexOf(MARKER);
            if (at >= 0) {
                md.append(old.substring(at + MARKER.length()).replaceFirst("^\n", ""));
            }
        }
        return md.toString();
    }

    /** The command line against the engine it runs, at each scale where it was run. */
    private static String commandLine(List<Bench.Row> rows) {
        List<Bench.Row> measured = of(rows, "Chaxu").stream().filter(r -> r.cli >= 0).toList();
        if (measured.isEmpty()) {
            return "";
        }
        StringBuilder t = new StringBuilder("`chaxu check --format json --output FILE` on each model (alone in a folder: a folder is one project), ")
                .append("from a cold JVM to exit as a user runs it (the launcher's own heap and compiler settings), median of 3, ")
                .append("against the engine's first load + check of the same model in the benchmark's JVM:\n\n")
                .append("| elements | `chaxu check` | engine: first load + check | ratio |\n|---:|---:|---:|---:|\n");
        for (Bench.Row r : measured) {
            t.append(String.format(Locale.ROOT, "| %,d | %s | %s | %.2f× |\n", r.elements, Bench.fmt(r.cli), Bench.fmt(r.coldLoadCheck),
                    r.cli / r.coldLoadCheck));
        }
        return t.append("\n").toString();
    }

    private static String arguments(Bench.Settings s) {
        return "run --scales " + s.scales().stream().map(String::valueOf).collect(Collectors.joining(",")) + " --runs " + s.runs()
                + " --seed " + s.seed() + " --evl-max-scale " + s.evlMaxScale() + " --edits " + s.edits() + " --peer-edits " + s.peerEdits()
                + (s.javaMaxScale() == Integer.MAX_VALUE ? "" : " --java-max-scale " + s.javaMaxScale());
    }

    private static String edit(Bench.Row r, Workload.Kind kind) {
        Double v = r.edits.get(kind);
        return v == null ? "" : Bench.fmt(v);
    }

    private static List<Bench.Row> of(List<Bench.Row> rows, String prefix) {
        return rows.stream().filter(r -> r.impl.startsWith(prefix)).sorted(Comparator.comparingInt(r -> r.elements)).toList();
    }

    private static Bench.Row at(List<Bench.Row> rows, String prefix, int scale) {
        return rows.stream().filter(r -> r.impl.startsWith(prefix) && r.scale == scale).findFirst().orElse(null);
    }

    /**
     * The log-log slope of batch time against elements, least squares over the scales from 25k
     * elements (over the larger half of the scales, at least 3, when fewer than two reach 25k).
     */
    static double slope(List<Bench.Row> series) {
        if (series.size() < 2) {
            return Double.NaN;
        }
        List<Bench.Row> large = series.stream().filter(r -> r.elements >= 25_000).toList();
        List<Bench.Row> tail = large.size() >= 2 ? large
                : series.subList(Math.max(0, Math.min(series.size() - 3, series.size() / 2)), series.size());
        double n = tail.size(), sx = 0, sy = 0, sxx = 0, sxy = 0;
        for (Bench.Row r : tail) {
            double x = Math.log(r.elements), y = Math.log(r.batch);
            sx += x;
            sy += y;
            sxx += x * x;
            sxy += x * y;
        }
        return (n * sxy - sx * sy) / (n * sxx - sx * sx);
    }

    private static String targets(List<Bench.Row> rows, double cliColdStart) {
        StringBuilder t = new StringBuilder("| target | measured | verdict |\n|---|---|---|\n");
        List<Bench.Row> engine = of(rows, "Chaxu");
        List<String> vsJava = new ArrayList<>();
        List<String> vsEvl = new ArrayList<>();
        boolean javaMet = true, evlMet = true, javaMeasured = false;
        for (Bench.Row e : engine) {
            Bench.Row j = at(rows, "hand", e.scale);
            Bench.Row v = at(rows, "Epsilon", e.scale);
            if (j != null) {
                double ratio = e.batch / j.batch;
                if (e.elements >= 10_000) {
                    javaMet &= ratio <= 3;
                    javaMeasured = true;
                }
                vsJava.add(String.format(Locale.ROOT, "%,d: %.1f×", e.elements, ratio));
            }
            if (v != null) {
                double ratio = v.batch / e.batch;
                evlMet &= ratio >= 5;
                vsEvl.add(String.format(Locale.ROOT, "%,d: %.1f×", e.elements, ratio));
            }
        }
        t.append("| batch check ≤ 3× the hand-written validator, every scale from 10k (1.5× the aim) | engine ÷ Java at ")
                .append(String.join(", ", vsJava)).append(" | ").append(!javaMeasured ? "not measured" : javaMet ? "met" : "**missed**")
                .append(" |\n");
        t.append("| batch check ≥ 5× faster than EVL, every scale | EVL ÷ engine at ").append(String.join(", ", vsEvl)).append(" | ")
                .append(vsEvl.isEmpty() ? "not measured" : evlMet ? "met" : "**missed**").append(" |\n");
        double slope = slope(engine);
        double javaSlope = slope(of(rows, "hand"));
        t.append(String.format(Locale.ROOT, "| check time growing no faster than n^1.1 (log-log slope from 25k elements) | engine %.2f (Java %.2f) | %s |\n",
                slope, javaSlope, Double.isNaN(slope) ? "not measured" : slope <= 1.1 ? "met" : "**missed**"));
        if (!engine.isEmpty()) {
            Bench.Row largest = engine.get(engine.size() - 1);
            double worst = largest.edits.values().stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
            String perKind = largest.edits.entrySet().stream().map(e -> e.getKey().label + " " + Bench.fmt(e.getValue()) + " ms")
                    .collect(Collectors.joining(", "));
            boolean million = largest.elements >= 1_000_000;
            t.append(String.format(Locale.ROOT, "| re-check after a single edit ≤ 1 ms median at 1M elements | at %,d elements: %s | %s |\n",
                    largest.elements, perKind, !million ? (worst <= 1 ? "met at this size; 1M not run" : "**missed** (and 1M not run)")
                            : worst <= 1 ? "met" : "**missed**"));
            double ratio = largest.batch / worst;
            t.append(String.format(Locale.ROOT, "| single edit ≥ 100× faster than a full check | batch ÷ slowest edit at %,d: %.0f× | %s |\n",
                    largest.elements, ratio, ratio >= 100 ? "met" : "**missed**"));
            boolean heapMet = largest.heapRetained <= 2L << 30 && largest.heapPeak <= 3L << 30;
            t.append(String.format(Locale.ROOT, "| heap kept ≤ 2 GB, peak ≤ 3 GB at 1M elements | at %,d elements: %s kept, %s peak | %s |\n",
                    largest.elements, Bench.mb(largest.heapRetained), Bench.mb(largest.heapPeak),
                    million ? (heapMet ? "met" : "**missed**") : "1M not run"));
        }
        List<Bench.Row> cli = engine.stream().filter(r -> r.cli >= 0).toList();
        if (!cli.isEmpty()) {
            boolean cliMet = cli.stream().allMatch(r -> r.cli <= 1.3 * r.coldLoadCheck);
            boolean both = cli.stream().anyMatch(r -> r.elements >= 40_000 && r.elements < 100_000) && cli.stream().anyMatch(r -> r.elements >= 1_000_000);
            t.append("| `chaxu check` end to end ≤ 1.3× the engine's first load + check, at 50k and 1M | ")
                    .append(cli.stream().map(r -> String.format(Locale.ROOT, "%,d: %.2f×", r.elements, r.cli / r.coldLoadCheck))
                            .collect(Collectors.joining(", ")))
                    .append(" | ").append(cliMet ? (both ? "met" : "met where run") : "**missed**").append(" |\n");
        }
        t.append(String.format(Locale.ROOT, "| cold start (JVM + KieBase) ≤ 2 s on a small model | %s | %s |\n",
                cliColdStart < 0 ? "not measured" : String.format(Locale.ROOT, "%.0f ms", cliColdStart),
                cliColdStart < 0 ? "not measured" : cliColdStart <= 2000 ? "met" : "**missed**"));
        return t.toString();
    }
}
