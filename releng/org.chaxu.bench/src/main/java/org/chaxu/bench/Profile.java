// SPDX-License-Identifier: EPL-2.0
package org.chaxu.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.chaxu.engine.CheckOptions;
import org.chaxu.engine.CheckSession;
import org.chaxu.engine.Finding;
import org.chaxu.engine.RuleCatalog;
import org.chaxu.engine.RuleSource;

/**
 * Where the engine's batch check spends its time, rule by rule: the shipped catalogue is checked
 * whole, with no rules at all (what Drools costs before any rule: a session, the facts inserted,
 * the findings collected) and once without each rule in turn. A rule's share is what the check
 * saves without it (a rule that derives facts takes the rules that use them along). The whole
 * catalogue is measured again between the variants, so that a drift of the machine shows.
 * Also prints what a session keeps in memory, by class, after the check (from {@code jcmd}).
 *
 * <pre>
 *   Bench profile [--scale 32] [--seed 1] [--runs 5] [--out docs/performance-profile.md] [--work target/bench]
 * </pre>
 */
final class Profile {

    private static final Pattern RULE = Pattern.compile("(?ms)^rule \"([^\"]+)\".*?^end[ \\t]*$");

    private final int scale;
    private final long seed;
    private final int runs;
    private final Path out;
    private final Path work;

    Profile(int scale, long seed, int runs, Path out, Path work) {
        this.scale = scale;
        this.seed = seed;
        this.runs = runs;
        this.out = out;
        this.work = work;
    }

    void run() throws Exception {
        Files.createDirectories(work);
        Path model = work.resolve("national-" + scale + ".chaxu");
        int elements = NationalModel.write(scale, seed, model);
        Checker.Java handWritten = new Checker.Java();
        handWritten.load(model);
        double javaBatch = median(() -> handWritten.run().size());
        System.out.printf(Locale.ROOT, "scale %d: %,d elements; hand-written Java %.1f ms%n", scale, elements, javaBatch);

        List<RuleSource> shipped = RuleSource.shipped();
        List<String> names = new ArrayList<>();
        Map<String, String> ids = new LinkedHashMap<>();
        for (RuleSource source : shipped) {
            Matcher m = RULE.matcher(source.text());
            while (m.find()) {
                names.add(m.group(1));
                Matcher id = Pattern.compile("@id\\(\"([^\"]+)\"\\)").matcher(m.group());
                ids.put(m.group(1), id.find() ? id.group(1) : "(derives facts)");
            }
        }
        RuleCatalog all = RuleCatalog.compile(shipped, RuleCatalog.shippedMessages());
        Checker.Engine engine = new Checker.Engine(all);
        engine.load(model);
        var resource = engine.resource();
        Map<String, Double> without = new LinkedHashMap<>();
        Map<String, Integer> findingsWithout = new LinkedHashMap<>();
        List<Double> whole = new ArrayList<>();
        int[] count = new int[1];
        whole.add(median(() -> count[0] = CheckSession.check(all, resource, CheckOptions.DEFAULT).size()));
        double gcShare = timedGc / (double) runs;
        int allFindings = count[0];
        RuleCatalog none = RuleCatalog.compile(without(shipped, null), RuleCatalog.shippedMessages());
        double floor = median(() -> CheckSession.check(none, resource, CheckOptions.DEFAULT).size());
        System.out.printf(Locale.ROOT, "whole catalogue %.0f ms (%,d findings, collections %.0f ms a check); no rules %.0f ms%n", whole.get(0),
                allFindings, gcShare, floor);
        for (String name : names) {
            RuleCatalog catalog = RuleCatalog.compile(without(shipped, name), RuleCatalog.shippedMessages());
            double t = median(() -> count[0] = CheckSession.check(catalog, resource, CheckOptions.DEFAULT).size());
            without.put(name, t);
            findingsWithout.put(name, count[0]);
            whole.add(median(() -> CheckSession.check(all, resource, CheckOptions.DEFAULT).size()));
            System.out.printf(Locale.ROOT, "  without %-90s %7.0f ms (%,d findings); whole again %.0f ms%n", '"' + name + '"', t, count[0],
                    whole.get(whole.size() - 1));
        }
        double reference = median(whole);
        String histogram = histogram(all, resource);
        write(elements, javaBatch, reference, gcShare, Collections.min(whole), Collections.max(whole), allFindings, floor, without,
                findingsWithout, ids, histogram);
        System.out.println("written: " + out);
    }

    /** The shipped sources without the rule {@code name} (every rule when null). */
    private static List<RuleSource> without(List<RuleSource> shipped, String name) {
        List<RuleSource> sources = new ArrayList<>();
        for (RuleSource source : shipped) {
            Matcher m = RULE.matcher(source.text());
            StringBuilder text = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(text, name == null || m.group(1).equals(name) ? "" : Matcher.quoteReplacement(m.group()));
            }
            m.appendTail(text);
            sources.add(new RuleSource(source.file(), text.toString()));
        }
        return sources;
    }

    /** The median of {@code runs} timed calls, after a collection each. */
    private double median(java.util.function.IntSupplier check) {
        List<Double> times = new ArrayList<>();
        timedGc = 0;
        for (int i = 0; i < runs; i++) {
            System.gc();
            long gc = gcMillis();
            long t = System.nanoTime();
            check.getAsInt();
            times.add((System.nanoTime() - t) / 1e6);
            timedGc += gcMillis() - gc;
        }
        return median(times);
    }

    /** Milliseconds spent in garbage collection during the last {@link #median} call's timed checks. */
    private long timedGc;

    private static long gcMillis() {
        long total = 0;
        for (java.lang.management.GarbageCollectorMXBean gc : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
            total += Math.max(0, gc.getCollectionTime());
        }
        return total;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** The classes a live session holds most of, in bytes, from {@code jcmd GC.class_histogram} (empty when there is no jcmd). */
    private static String histogram(RuleCatalog catalog, org.eclipse.emf.ecore.resource.Resource resource) {
        try (CheckSession session = new CheckSession(catalog, resource, CheckOptions.DEFAULT)) {
            List<Finding> findings = session.findings();
            Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
            if (!Files.isExecutable(jcmd)) {
                return "";
            }
            Process p = new ProcessBuilder(jcmd.toString(), Long.toString(ProcessHandle.current().pid()), "GC.class_histogram")
                    .redirectErrorStream(true).start();
            String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor();
            StringBuilder table = new StringBuilder("| class | instances | MB |\n|---|---:|---:|\n");
            Matcher m = Pattern.compile("(?m)^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)").matcher(text);
            int rows = 0;
            long total = 0;
            List<String> lines = new ArrayList<>();
            while (m.find()) {
                long bytes = Long.parseLong(m.group(2));
                total += bytes;
                if (rows++ < 16) {
                    lines.add(String.format(Locale.ROOT, "| `%s` | %,d | %.1f |%n", m.group(3), Long.parseLong(m.group(1)), bytes / 1e6));
                }
            }
            lines.forEach(table::append);
            table.append(String.format(Locale.ROOT, "| every live object of the JVM (two loaded copies of the model, the compiled rules, the session and its %,d findings) | | %.1f |%n", findings.size(),
                    total / 1e6));
            return table.toString();
        } catch (IOException | InterruptedException e) {
            return "";
        }
    }

    private void write(int elements, double javaBatch, double reference, double gcShare, double lowest, double highest, int findings, double floor,
            Map<String, Double> without, Map<String, Integer> findingsWithout, Map<String, String> ids, String histogram)
            throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("# Where the engine's batch check spends its time\n\n");
        md.append("Written by `releng/bench.sh profile --scale ").append(scale).append(" --seed ").append(seed).append(" --runs ")
                .append(runs).append("` on ").append(Bench.machine()).append(".\n\n");
        md.append(String.format(Locale.ROOT,
                "The generated national model of scale %d (%,d elements), loaded once; each figure is the median of %d batch checks "
                        + "(a new session, the facts inserted, the rules fired, the findings sorted) in one JVM.%n%n",
                scale, elements, runs));
        md.append("| what is checked | ms | findings | ÷ hand-written Java |\n|---|---:|---:|---:|\n");
        md.append(String.format(Locale.ROOT, "| hand-written Java validator (EMF API), every rule | %.1f | %,d | 1.0 |%n", javaBatch, findings));
        md.append(String.format(Locale.ROOT, "| the engine, the whole catalogue (median of the %d measurements between the variants: %.0f–%.0f) | %.0f | %,d | %.1f |%n",
                without.size() + 1, lowest, highest, reference, findings, reference / javaBatch));
        md.append(String.format(Locale.ROOT, "| … of which garbage collection (mean of the first %d checks) | %.0f | | |%n", runs, gcShare));
        md.append(String.format(Locale.ROOT, "| the engine with no rules: a session, every fact inserted, nothing fired | %.0f | 0 | %.1f |%n%n",
                floor, floor / javaBatch));
        md.append("Each rule's share is what the check saves without it (the whole catalogue's median minus the check without "
                + "the rule), largest first. Differences within the spread of the whole catalogue's measurements are noise; a "
                + "rule that derives facts (no id) takes the rules that use them along.\n\n");
        md.append("| rule | id | without it, ms | share, ms | findings without it |\n|---|---|---:|---:|---:|\n");
        without.entrySet().stream().sorted(Map.Entry.comparingByValue()).forEach(e -> md.append(String.format(Locale.ROOT,
                "| %s | %s | %.0f | %.0f | %,d |%n", e.getKey(), ids.get(e.getKey()),
                e.getValue(), reference - e.getValue(), findingsWithout.get(e.getKey()))));
        if (!histogram.isEmpty()) {
            md.append("\n## What a session keeps\n\nThe heap after the check, with the session open, by class (`jcmd GC.class_histogram`, "
                    + "the 16 largest):\n\n").append(histogram);
        }
        Files.writeString(out, md.toString(), StandardCharsets.UTF_8);
    }
}
