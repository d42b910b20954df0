// SPDX-License-Identifier: EPL-2.0
package org.chaxu.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.chaxu.engine.CheckOptions;
import org.chaxu.engine.CheckSession;
import org.chaxu.engine.Finding;
import org.chaxu.engine.ModelLoader;
import org.chaxu.engine.RuleCatalog;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * The single edits at one scale, as an editor makes them: one session open on the model, every
 * kind of edit made {@code --warmup} times first (the JIT compiles the paths an edit takes, as it
 * does after the first minutes in an editor), then {@code --edits} times measured, each edit
 * followed by its undo. Each figure is the time of {@code findings()} after the change: applying
 * it to the session, firing the rules, putting the findings in order. The findings after all the
 * edits and undos must be those of the first check, or the run fails.
 *
 * <pre>
 *   Bench edits [--scale 1100] [--seed 1] [--warmup 100] [--edits 100] [--out docs/performance-edits.md] [--work target/bench]
 * </pre>
 */
final class Edits {

    /** Different elements edited in turn, each edit made again after this many. */
    private static final int DISTINCT = 50;

    private final int scale;
    private final long seed;
    private final int warmup;
    private final int edits;
    private final Path out;
    private final Path work;

    Edits(int scale, long seed, int warmup, int edits, Path out, Path work) {
        this.scale = scale;
        this.seed = seed;
        this.warmup = warmup;
        this.edits = edits;
        this.out = out;
        this.work = work;
    }

    record Figures(double median, double p90) {
    }

    void run() throws Exception {
        Files.createDirectories(work);
        Path model = work.resolve("national-" + scale + ".chaxu");
        int elements = NationalModel.write(scale, seed, model);
        RuleCatalog catalog = RuleCatalog.shipped();
        long t = System.nanoTime();
        Resource resource = new ModelLoader().load(model).resource();
        double load = ms(t);
        Map<Workload.Kind, Figures[]> figures = new LinkedHashMap<>();
        Map<Workload.Kind, Integer> changed = new LinkedHashMap<>();
        double batch;
        int findings;
        try (CheckSession session = new CheckSession(catalog, resource, CheckOptions.DEFAULT)) {
            t = System.nanoTime();
            List<Finding> first = session.findings();
            batch = ms(t);
            findings = first.size();
            List<String> before = lines(first);
            System.out.printf(Locale.ROOT, "scale %d: %,d elements, %,d findings; load %.0f ms, first check %.0f ms%n", scale, elements,
                    findings, load, batch);
            // an intervention removed is the undo of one added
            for (Workload.Kind kind : List.of(Workload.Kind.VALUE, Workload.Kind.SUPERIOR, Workload.Kind.ADD_INTERVENTION,
                    Workload.Kind.RENAME)) {
                List<Workload.Edit> made = new ArrayList<>();
                for (int i = 0; i < DISTINCT; i++) {
                    made.add(Workload.edit(resource, kind, i));
                }
                List<Double> apply = new ArrayList<>();
                List<Double> undo = new ArrayList<>();
                int changedFindings = 0;
                for (int i = 0; i < warmup + edits; i++) {
                    Workload.Edit edit = made.get(i % DISTINCT);
                    // as text before the edit: a finding's message follows a rename of what it names
                    List<String> previous = i == warmup ? lines(session.findings()) : null;
                    edit.apply().run();
                    t = System.nanoTime();
                    List<Finding> now = session.findings();
                    double a = ms(t);
                    if (previous != null) {
                        changedFindings = changed(previous, lines(now));
                    }
                    edit.undo().run();
                    t = System.nanoTime();
                    session.findings();
                    double u = ms(t);
                    if (i >= warmup) {
                        apply.add(a);
                        undo.add(u);
                    }
                }
                Figures[] f = { figures(apply), figures(undo) };
                figures.put(kind, f);
                changed.put(kind, changedFindings);
                System.out.printf(Locale.ROOT, "  %-24s edit %8.3f ms (p90 %8.3f) | undo %8.3f ms (p90 %8.3f) | findings changed %,d%n",
                        kind.label, f[0].median, f[0].p90, f[1].median, f[1].p90, changedFindings);
            }
            List<String> after = lines(session.findings());
            if (!after.equals(before)) {
                throw new IllegalStateException("after every edit and its undo the findings differ from the first check's: "
                        + before.size() + " then " + after.size());
            }
        }
        write(elements, findings, load, batch, figures, changed);
        System.out.println("written: " + out);
    }

    /** How many findings one list has that the other has not (a finding whose message changed counts twice). */
    private static int changed(List<String> before, List<String> after) {
        Map<String, Integer> count = new java.util.HashMap<>();
        for (String f : before) {
            count.merge(f, 1, Integer::sum);
        }
        for (String f : after) {
            count.merge(f, -1, Integer::sum);
        }
        return count.values().stream().mapToInt(Math::abs).sum();
    }

    private static List<String> lines(List<Finding> findings) {
        List<String> lines = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            lines.add(f.toString());
        }
        return lines;
    }

    private static Figures figures(List<Double> times) {
        List<Double> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        int n = sorted.size();
        double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
        return new Figures(median, sorted.get(Math.min(n - 1, (int) Math.ceil(n * 0.9) - 1)));
    }

    private static double ms(long start) {
        return (System.nanoTime() - start) / 1e6;
    }

    private void write(int elements, int findings, double load, double batch, Map<Workload.Kind, Figures[]> figures,
            Map<Workload.Kind, Integer> changed)
            throws java.io.IOException {
        StringBuilder md = new StringBuilder();
        md.append("# Single edits in a warm session\n\n");
        md.append("Written by `releng/bench.sh edits --scale ").append(scale).append(" --seed ").append(seed).append(" --warmup ")
                .append(warmup).append(" --edits ").append(edits).append("` on ").append(Bench.machine()).append(".\n\n");
        md.append(String.format(Locale.ROOT,
                "The generated national model of scale %d: %,d elements, %,d findings; loaded in %.0f ms, first check %.0f ms. "
                        + "One session stays open, as in the editor. Each kind of edit is made %d times unmeasured (the JIT compiles "
                        + "the paths an edit takes), then %d times measured, on %d different elements in turn, each edit followed by "
                        + "its undo. A figure is the time `findings()` takes after the change: the change applied to the session, "
                        + "the rules fired, the findings put in order. After all of them the findings equal the first check's "
                        + "(checked).%n%n",
                scale, elements, findings, load, batch, warmup, edits, DISTINCT));
        md.append("| edit | median, ms | p90, ms | undo: median, ms | undo: p90, ms | first check ÷ median | findings changed by the first measured edit |\n"
                + "|---|---:|---:|---:|---:|---:|---:|\n");
        figures.forEach((kind, f) -> md.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %.3f | %,.0f× | %,d |%n",
                kind == Workload.Kind.ADD_INTERVENTION ? "an intervention added (its undo: removed)" : kind.label,
                f[0].median, f[0].p90, f[1].median, f[1].p90, batch / f[0].median, changed.get(kind))));
        md.append("\nA finding whose message changed counts twice in the last column (gone with the old message, come with the new).\n");
        Files.writeString(out, md.toString(), StandardCharsets.UTF_8);
    }
}
