// SPDX-License-Identifier: EPL-2.0
package org.chaxu.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.chaxu.engine.RuleCatalog;

/**
 * The benchmark: for each scale, generates the national model, then for each implementation
 * (the Chaxu engine, the hand-written Java validator, Epsilon EVL) and each of {@code runs}
 * runs: batch (load + first check), inject (10 faults per round × 5 rounds, re-check each
 * round), repair (a tenth of the BASE-LOOSER findings per round × 5 rounds) and single edits
 * of each kind (each followed by a re-check, then undone and re-checked). Every check's findings
 * must be the same in every implementation, or the benchmark stops with the difference.
 * Prints a table and writes docs/performance.md with an SVG plot beside it.
 *
 * <pre>
 *   Bench generate --scale N [--seed S] --out FILE.chaxu
 *   Bench run [--scales 1,2,4] [--runs 5] [--seed 1] [--evl-max-scale N] [--java-max-scale N]
 *             [--edits 5] [--peer-edits 1] [--out docs/performance.md] [--work target/bench] [--cli chaxu.jar]
 * </pre>
 * {@code Bench profile [--scale 32] [--runs 5]}: the engine's batch check rule by rule ({@link Profile}).
 * {@code --peer-edits}: the single edits per kind for Java and EVL, which check the whole model
 * after every edit (so an edit costs them a batch check; fewer samples keep the run short).
 * <pre>
 * </pre>
 */
public final class Bench {

    static final int ROUNDS = 5;
    static final int FAULTS = 10;

    /** Settings of one benchmark run. */
    record Settings(List<Integer> scales, int runs, long seed, int evlMaxScale, int javaMaxScale, int edits, int peerEdits,
            Path out, Path work, Path cli) {
    }

    /** Medians of one implementation at one scale, in milliseconds (and bytes for heap). */
    static final class Row {
        final String impl;
        final int scale;
        int elements;
        int findings;
        double load;
        double batch;
        double inject;
        double repair;
        final Map<Workload.Kind, Double> edits = new LinkedHashMap<>();
        long heapRetained;
        long heapPeak;
        /** The first run's load + batch check (the engine: its first session on this model). */
        double coldLoadCheck;
        /** {@code chaxu check} of the same model, alone in a folder, from a cold JVM to exit (median); -1 when not run. */
        double cli = -1;

        Row(String impl, int scale) {
            this.impl = impl;
            this.scale = scale;
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: bench generate --scale N [--seed S] --out FILE | bench run [options] | bench profile [--scale N] | bench edits [--scale N] | bench saves [--files N] (see releng/bench.sh)");
            System.exit(2);
        }
        Map<String, String> options = options(args);
        if (args[0].equals("generate")) {
            int scale = Integer.parseInt(options.getOrDefault("scale", "1"));
            long seed = Long.parseLong(options.getOrDefault("seed", "1"));
            Path out = Path.of(options.getOrDefault("out", "national-" + scale + ".chaxu"));
            long start = System.nanoTime();
            int elements = NationalModel.write(scale, seed, out);
            System.out.printf(Locale.ROOT, "%s: scale %d, seed %d, %,d elements (%s), %.1f s%n", out, scale, seed, elements,
                    NationalModel.Shape.of(scale), (System.nanoTime() - start) / 1e9);
            return;
        }
        if (args[0].equals("edits")) {
            new Edits(Integer.parseInt(options.getOrDefault("scale", "1100")), Long.parseLong(options.getOrDefault("seed", "1")),
                    Integer.parseInt(options.getOrDefault("warmup", "100")), Integer.parseInt(options.getOrDefault("edits", "100")),
                    Path.of(options.getOrDefault("out", "docs/performance-edits.md")), Path.of(options.getOrDefault("work", "target/bench")))
                    .run();
            return;
        }
        if (args[0].equals("saves")) {
            new Saves(Integer.parseInt(options.getOrDefault("files", "100")), Integer.parseInt(options.getOrDefault("elements", "50000")),
                    Integer.parseInt(options.getOrDefault("saves", "20")), Long.parseLong(options.getOrDefault("seed", "1")),
                    Path.of(options.getOrDefault("out", "docs/performance-saves.md")), Path.of(options.getOrDefault("work", "target/bench")))
                    .run();
            return;
        }
        if (args[0].equals("profile")) {
            new Profile(Integer.parseInt(options.getOrDefault("scale", "32")), Long.parseLong(options.getOrDefault("seed", "1")),
                    Integer.parseInt(options.getOrDefault("runs", "5")), Path.of(options.getOrDefault("out", "docs/performance-profile.md")),
                    Path.of(options.getOrDefault("work", "target/bench"))).run();
            return;
        }
        List<Integer> scales = new ArrayList<>();
        for (String s : options.getOrDefault("scales", "1,2,4").split(",")) {
            scales.add(Integer.parseInt(s.trim()));
        }
        Settings settings = new Settings(scales, Integer.parseInt(options.getOrDefault("runs", "5")),
                Long.parseLong(options.getOrDefault("seed", "1")),
                Integer.parseInt(options.getOrDefault("evl-max-scale", "16")),
                Integer.parseInt(options.getOrDefault("java-max-scale", String.valueOf(Integer.MAX_VALUE))),
                Integer.parseInt(options.getOrDefault("edits", "5")),
                Integer.parseInt(options.getOrDefault("peer-edits", "1")),
                Path.of(options.getOrDefault("out", "docs/performance.md")),
                Path.of(options.getOrDefault("work", "target/bench")),
                options.containsKey("cli") ? Path.of(options.get("cli")) : null);
        new Bench(settings).run();
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 1; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --option value, got " + args[i]);
            }
            options.put(args[i].substring(2), args[++i]);
        }
        return options;
    }

    private final Settings settings;
    private final List<Row> rows = new ArrayList<>();
    private double kieBaseCold;
    private double kieBaseWarm;
    private double cliColdStart = -1;
    private RuleCatalog catalog;

    Bench(Settings settings) {
        this.settings = settings;
    }

    void run() throws Exception {
        Files.createDirectories(settings.work());
        long t = System.nanoTime();
        catalog = RuleCatalog.shipped();
        kieBaseCold = ms(t);
        List<Double> warm = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            t = System.nanoTime();
            RuleCatalog.shipped();
            warm.add(ms(t));
        }
        kieBaseWarm = median(warm);
        System.out.printf(Locale.ROOT, "KieBase (the shipped rules compiled): cold %.0f ms, warm %.0f ms%n", kieBaseCold, kieBaseWarm);
        if (settings.cli() != null && Files.isRegularFile(settings.cli())) {
            cliColdStart = cliColdStart();
            System.out.printf(Locale.ROOT, "chaxu check on a worked case, cold JVM: %.0f ms (median of 5)%n", cliColdStart);
        }
        for (int scale : settings.scales()) {
            Path model = settings.work().resolve("national-" + scale + ".chaxu");
            int elements = NationalModel.write(scale, settings.seed(), model);
            System.out.printf(Locale.ROOT, "%n== scale %d: %,d elements (%s)%n", scale, elements, NationalModel.Shape.of(scale));
            List<Supplier<Checker>> impls = new ArrayList<>();
            impls.add(() -> new Checker.Engine(catalog));
            if (scale <= settings.javaMaxScale()) {
                impls.add(Checker.Java::new);
            }
            if (scale <= settings.evlMaxScale()) {
                impls.add(Checker.Evl::new);
            }
            Map<String, Map<String, List<String>>> results = new LinkedHashMap<>();
            for (Supplier<Checker> impl : impls) {
                Row row = measure(impl, model, scale, elements, results);
                rows.add(row);
                print(row);
                if (row.impl.startsWith("Chaxu") && settings.cli() != null && Files.isRegularFile(settings.cli())) {
                    row.cli = cliCheck(model, row.findings);
                    System.out.printf(Locale.ROOT, "  chaxu check, cold JVM to exit: %.0f ms; the engine's first load + check %.0f ms: %.2f×%n",
                            row.cli, row.coldLoadCheck, row.cli / row.coldLoadCheck);
                }
            }
            agree(results, scale);
            write();
        }
        write();
        System.out.println("\nwritten: " + settings.out() + " and " + svgPath());
    }

    /**
     * Every check of the run, in order, must give the same findings in every implementation, the
     * same number of times for each element and rule, and no standard judged twice against a baseline.
     */
    private static void agree(Map<String, Map<String, List<String>>> results, int scale) {
        Map.Entry<String, Map<String, List<String>>> reference = results.entrySet().iterator().next();
        for (Map.Entry<String, Map<String, List<String>>> other : results.entrySet()) {
            for (Map.Entry<String, List<String>> check : other.getValue().entrySet()) {
                List<String> repeated = Checker.duplicates(check.getValue());
                if (!repeated.isEmpty()) {
                    throw new IllegalStateException("scale " + scale + ", " + check.getKey() + ": " + other.getKey()
                            + " judges a standard twice against a baseline: " + repeated.subList(0, Math.min(20, repeated.size())));
                }
                List<String> a = reference.getValue().get(check.getKey());
                if (a != null && !a.equals(check.getValue())) {
                    throw new IllegalStateException("scale " + scale + ", " + check.getKey() + ": " + reference.getKey()
                            + " and " + other.getKey() + " disagree:\n" + difference(a, check.getValue()));
                }
            }
        }
    }

    static String difference(List<String> a, List<String> b) {
        List<String> onlyA = new ArrayList<>(a);
        b.forEach(onlyA::remove);
        List<String> onlyB = new ArrayList<>(b);
        a.forEach(onlyB::remove);
        return "  only in the first (" + onlyA.size() + "): " + onlyA.subList(0, Math.min(20, onlyA.size())) + "\n  only in the second ("
                + onlyB.size() + "): " + onlyB.subList(0, Math.min(20, onlyB.size()));
    }

    private Row measure(Supplier<Checker> factory, Path model, int scale, int elements, Map<String, Map<String, List<String>>> results) {
        List<Double> load = new ArrayList<>();
        List<Double> batch = new ArrayList<>();
        List<Double> inject = new ArrayList<>();
        List<Double> repair = new ArrayList<>();
        Map<Workload.Kind, List<Double>> edits = new LinkedHashMap<>();
        Row row = null;
        for (int run = 0; run < settings.runs(); run++) {
            Map<String, List<String>> checks = new LinkedHashMap<>();
            gc();
            long base = usedHeap();
            resetPeaks();
            try (Checker checker = factory.get()) {
                if (row == null) {
                    row = new Row(checker.name(), scale);
                    row.elements = elements;
                }
                long t = System.nanoTime();
                checker.load(model);
                load.add(ms(t));
                t = System.nanoTime();
                List<?> raw = checker.run();
                batch.add(ms(t));
                if (run == 0) {
                    row.coldLoadCheck = load.get(0) + batch.get(0);
                }
                List<String> findings = checker.keys(raw);
                checks.put("the first check", findings);
                row.findings = findings.size();
                if (run == 0) {
                    // a pool's peak is updated at collections only (the parallel collector): the heap in use
                    // now, garbage included, bounds the peak when no collection ran during load and check
                    row.heapPeak = Math.max(peakHeap(), usedHeap()) - base;
                    gc();
                    row.heapRetained = usedHeap() - base;
                }
                for (int round = 0; round < ROUNDS; round++) {
                    Workload.inject(checker.resource(), settings.seed() * 1000 + round, FAULTS);
                    t = System.nanoTime();
                    raw = checker.run();
                    inject.add(ms(t));
                    findings = checker.keys(raw);
                    checks.put("inject round " + (round + 1), findings);
                }
                for (int round = 0; round < ROUNDS; round++) {
                    Workload.repair(checker.resource(), findings);
                    t = System.nanoTime();
                    raw = checker.run();
                    repair.add(ms(t));
                    findings = checker.keys(raw);
                    checks.put("repair round " + (round + 1), findings);
                }
                for (Workload.Kind kind : List.of(Workload.Kind.VALUE, Workload.Kind.SUPERIOR, Workload.Kind.ADD_INTERVENTION,
                        Workload.Kind.RENAME)) {
                    int count = row.impl.startsWith("Chaxu") ? settings.edits() : settings.peerEdits();
                    for (int i = 0; i < count; i++) {
                        Workload.Edit edit = Workload.edit(checker.resource(), kind, i);
                        edit.apply().run();
                        t = System.nanoTime();
                        raw = checker.run();
                        edits.computeIfAbsent(kind, k -> new ArrayList<>()).add(ms(t));
                        checks.put(kind.label + " #" + (i + 1), checker.keys(raw));
                        edit.undo().run();
                        t = System.nanoTime();
                        raw = checker.run();
                        Workload.Kind undoKind = kind == Workload.Kind.ADD_INTERVENTION ? Workload.Kind.REMOVE_INTERVENTION : kind;
                        edits.computeIfAbsent(undoKind, k -> new ArrayList<>()).add(ms(t));
                        checks.put(kind.label + " #" + (i + 1) + " undone", checker.keys(raw));
                    }
                }
            }
            if (run == 0) {
                results.put(row.impl, checks);
            }
            System.out.printf(Locale.ROOT, "  %s, run %d: load %.0f ms, check %.0f ms%n", row.impl, run + 1,
                    load.get(load.size() - 1), batch.get(batch.size() - 1));
        }
        row.load = median(load);
        row.batch = median(batch);
        row.inject = median(inject);
        row.repair = median(repair);
        for (Map.Entry<Workload.Kind, List<Double>> e : edits.entrySet()) {
            row.edits.put(e.getKey(), median(e.getValue()));
        }
        return row;
    }

    /**
     * Wall time of {@code ./chaxu check examples/prd-air.chaxu}, as a user starts it: the launcher's JVM options
     * (C1 only, the class data sharing archive), JVM start, rules compiled, check, exit.
     */
    private double cliColdStart() throws IOException, InterruptedException {
        Path root = Path.of(System.getProperty("chaxu.root", "."));
        Path example = root.resolve("examples/prd-air.chaxu");
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            long t = System.nanoTime();
            Process p = new ProcessBuilder(root.resolve("chaxu").toString(), "check", "--format", "json", example.toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            int exit = p.waitFor();
            times.add(ms(t));
            if (exit != 1) {
                throw new IllegalStateException("chaxu check " + example + " exited " + exit + ", expected 1 (findings)");
            }
        }
        return median(times);
    }

    /**
     * Wall time of {@code ./chaxu check --format json} on the generated model, alone in a folder of
     * its own (a folder is a project: its other models would be checked with it), from a cold JVM
     * to exit, as a user runs it: the launcher sizes the heap for the model. Median of 3; the
     * report is written to a file and must hold as many findings as the engine gave.
     */
    private double cliCheck(Path model, int findings) throws IOException, InterruptedException {
        Path root = Path.of(System.getProperty("chaxu.root", "."));
        Path alone = settings.work().resolve("cli-" + model.getFileName().toString().replace(".chaxu", ""));
        Files.createDirectories(alone);
        Path copy = alone.resolve(model.getFileName());
        Files.copy(model, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Path report = settings.work().resolve("cli-report.json");
        List<Double> times = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                gc();
                long t = System.nanoTime();
                ProcessBuilder pb = new ProcessBuilder(root.resolve("chaxu").toString(), "check", "--format", "json", "--output",
                        report.toString(), copy.toString()).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
                pb.environment().remove("JAVA_OPTS"); // the launcher's own choices, as for a user
                int exit = pb.start().waitFor();
                times.add(ms(t));
                if (exit != 1 && exit != 0) {
                    throw new IllegalStateException("chaxu check " + copy + " exited " + exit);
                }
            }
            int reported = 0;
            for (String line : Files.readAllLines(report)) {
                if (line.trim().startsWith("\"rule\" :")) {
                    reported++;
                }
            }
            if (reported != findings) {
                throw new IllegalStateException("chaxu check reported " + reported + " findings, the engine " + findings);
            }
        } finally {
            Files.deleteIfExists(report);
            Files.deleteIfExists(copy);
            Files.deleteIfExists(alone);
        }
        return median(times);
    }

    // ------------------------------------------------------------------------------ output

    private static void print(Row r) {
        System.out.printf(Locale.ROOT, "  %-28s %,9d elements %,8d findings | load %8.0f | batch %9.1f | inject %9.2f | repair %9.2f | edits %s | heap %s (peak %s)%n",
                r.impl, r.elements, r.findings, r.load, r.batch, r.inject, r.repair, editsText(r), mb(r.heapRetained), mb(r.heapPeak));
    }

    private static String editsText(Row r) {
        StringBuilder b = new StringBuilder();
        r.edits.forEach((k, v) -> b.append(k.name().toLowerCase(Locale.ROOT)).append(' ').append(fmt(v)).append(' '));
        return b.toString().trim();
    }

    static String fmt(double ms) {
        return ms >= 100 ? String.format(Locale.ROOT, "%,.0f", ms) : ms >= 1 ? String.format(Locale.ROOT, "%.1f", ms)
                : String.format(Locale.ROOT, "%.3f", ms);
    }

    static String mb(long bytes) {
        return String.format(Locale.ROOT, "%,d MB", Math.max(0, bytes) / (1024 * 1024));
    }

    private Path svgPath() {
        String name = settings.out().getFileName().toString().replaceAll("\\.md$", "") + ".svg";
        return settings.out().resolveSibling(name);
    }

    private void write() throws IOException {
        Path out = settings.out();
        if (out.toAbsolutePath().getParent() != null) {
            Files.createDirectories(out.toAbsolutePath().getParent());
        }
        Files.writeString(svgPath(), Plot.svg(rows), StandardCharsets.UTF_8);
        Files.writeString(out, Report.markdown(rows, settings, machine(), kieBaseCold, kieBaseWarm, cliColdStart,
                svgPath().getFileName().toString()), StandardCharsets.UTF_8);
    }

    static String machine() {
        String cpu = "?";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name")).findFirst()
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("?");
        } catch (IOException e) {
            // not Linux
        }
        String collectors = java.lang.management.ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(java.lang.management.GarbageCollectorMXBean::getName).collect(java.util.stream.Collectors.joining(" and "));
        return String.format(Locale.ROOT, "%s, %d cores available to the JVM, Java %s (%s), max heap %s, collectors %s, %s",
                cpu, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                System.getProperty("java.vm.name"), mb(Runtime.getRuntime().maxMemory()), collectors,
                Instant.now().truncatedTo(ChronoUnit.MINUTES));
    }

    // ------------------------------------------------------------------------------ helpers

    static double ms(long start) {
        return (System.nanoTime() - start) / 1e6;
    }

    static double median(List<Double> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static void gc() {
        for (int i = 0; i < 2; i++) {
            System.gc();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static long usedHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
