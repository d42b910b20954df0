// SPDX-License-Identifier: EPL-2.0
package org.chaxu.fuzz;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The fuzzer's command line: {@code Fuzz [--cases N] [--seed S] [--limit SECONDS] [--examples DIR]
 * [--results DIR] [--report FILE] [--case I] [--keep]}. Generates N broken models from the worked cases
 * (the same N for the same seed, on any machine), checks each in this JVM as {@code chaxu check}
 * (sometimes {@code chaxu report}) with random formats and languages, and fails on any exit
 * outside 0/1/2, a hang, a stack trace, an internal class name, an exit 2 that does not name the
 * case's file, a model changed on disk, or a connection to the local server the http references
 * point at. Failing cases are kept under the results folder with the reason; the totals go to
 * standard output and, with {@code --report}, into a Markdown file.
 */
public final class Fuzz {

    /** How a run is set up. */
    public record Settings(int cases, long seed, long limitMillis, Path examples, Path results, int only, boolean keepAll) {
        public Settings {
            if (cases < 1) {
                throw new IllegalArgumentException("--cases must be at least 1");
            }
        }
    }

    /** What a run found. */
    public static final class Totals {
        public int cases;
        public final Map<String, Integer> exits = new TreeMap<>();
        public final Map<String, Integer> failures = new TreeMap<>();
        public final Map<String, Integer> mutations = new TreeMap<>();
        /** The commands run: check in each format, report; with --lang zh; beside a good model. */
        public final Map<String, Integer> commands = new TreeMap<>();
        /** Problems an exit 2 gave for the whole file, without a line, by their wording (numbers and names stripped). */
        public final Map<String, Integer> unlocated = new TreeMap<>();
        /** The first case that gave each of those problems. */
        public final Map<String, String> unlocatedExample = new TreeMap<>();
        public final List<String> failed = new ArrayList<>();
        public long millis;
        public long slowestMillis = -1;
        public String slowest = "";
        long seed;

        public int failureCount() {
            return failed.size();
        }

        double perSecond() {
            return millis == 0 ? 0 : cases * 1000.0 / millis;
        }

        /** The totals in plain text, as the command prints them. */
        public String text() {
            StringBuilder text = new StringBuilder();
            text.append(String.format("cases: %d (seed %d) in %.1f s, %.1f cases/s%n", cases, seed, millis / 1000.0, perSecond()));
            text.append("exit codes: ").append(exits).append('\n');
            text.append("failures: ").append(failed.size()).append(failures.isEmpty() ? "" : " " + failures).append('\n');
            text.append("slowest case: ").append(slowest).append('\n');
            if (!unlocated.isEmpty()) {
                text.append("exit-2 problems given for the whole file (no line):\n");
                unlocated.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(15)
                        .forEach(e -> text.append(String.format("  %6d  %s%n          e.g. %s%n", e.getValue(), e.getKey(),
                                unlocatedExample.get(e.getKey()))));
            }
            for (String f : failed.subList(0, Math.min(failed.size(), 20))) {
                text.append("  FAILED ").append(f).append('\n');
            }
            return text.toString();
        }

        /** The totals as the Markdown block of docs/fuzz.md. */
        public String markdown(String command) {
            StringBuilder md = new StringBuilder();
            md.append("`").append(command).append("`, on ").append(Runtime.getRuntime().availableProcessors())
                    .append(" cores, Java ").append(System.getProperty("java.version")).append(":\n\n");
            md.append("| | |\n|---|---|\n");
            md.append("| cases | ").append(cases).append(" (seed ").append(seed).append(") |\n");
            md.append(String.format("| time | %.1f s, %.1f cases/s |%n", millis / 1000.0, perSecond()));
            md.append("| exit codes | ").append(histogram(exits)).append(" |\n");
            md.append("| failures | ").append(failed.size()).append(failures.isEmpty() ? "" : ": " + histogram(failures)).append(" |\n");
            md.append("| commands | ").append(histogram(commands)).append(" |\n");
            md.append("| slowest case | ").append(slowest.replace("|", "\\|")).append(" |\n\n");
            md.append("Mutations applied (a case has one to three):\n\n| mutation | cases |\n|---|---|\n");
            mutations.forEach((k, v) -> md.append("| ").append(k).append(" | ").append(v).append(" |\n"));
            if (!unlocated.isEmpty()) {
                md.append("\nProblems an exit 2 reported for the whole file, without a line (`file: error: …`):\n\n| problem | times |\n|---|---|\n");
                unlocated.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                        .forEach(e -> md.append("| ").append(e.getKey().replace("|", "\\|")).append(" | ").append(e.getValue()).append(" |\n"));
            }
            if (!failed.isEmpty()) {
                md.append("\nFailing cases:\n\n");
                failed.forEach(f -> md.append("- ").append(f).append('\n'));
            }
            return md.toString();
        }

        private static String histogram(Map<String, Integer> counts) {
            StringBuilder text = new StringBuilder();
            counts.forEach((k, v) -> text.append(text.length() == 0 ? "" : ", ").append(k).append(": ").append(v));
            return text.toString();
        }
    }

    private Fuzz() {
    }

    public static void main(String[] args) throws Exception {
        int cases = 10_000;
        long seed = 1;
        long limit = 30;
        int only = -1;
        boolean keepAll = false;
        Path root = Path.of(System.getProperty("chaxu.root", "."));
        Path examples = root.resolve("examples");
        Path results = root.resolve("target/fuzz");
        Path report = null;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
            case "--cases" -> cases = Integer.parseInt(require(args[i], value));
            case "--seed" -> seed = Long.parseLong(require(args[i], value));
            case "--limit" -> limit = Long.parseLong(require(args[i], value));
            case "--examples" -> examples = Path.of(require(args[i], value));
            case "--results" -> results = Path.of(require(args[i], value));
            case "--report" -> report = Path.of(require(args[i], value));
            case "--case" -> only = Integer.parseInt(require(args[i], value));
            case "--keep" -> {
                keepAll = true;
                i--;
            }
            case "-h", "--help" -> {
                System.out.println("usage: fuzz [--cases N] [--seed S] [--limit SECONDS] [--case I] [--keep] [--examples DIR] [--results DIR] [--report FILE]");
                return;
            }
            default -> {
                System.err.println("fuzz: unknown option " + args[i]);
                System.exit(2);
            }
            }
            i++;
        }
        Settings settings = new Settings(cases, seed, limit * 1000, examples, results, only, keepAll);
        Totals totals = run(settings, System.out);
        System.out.print(totals.text());
        if (report != null && only < 0) {
            writeReport(report, totals.markdown("releng/fuzz.sh --cases " + cases + " --seed " + seed));
            System.out.println("totals written to " + report);
        }
        System.out.println(totals.failureCount() == 0 ? "no failures" : "failing cases kept in " + results.resolve("failures"));
        System.exit(totals.failureCount() == 0 ? 0 : 1);
    }

    private static String require(String option, String value) {
        if (value == null) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return value;
    }

    /** Runs the cases; progress goes to {@code progress} (null: none). */
    public static Totals run(Settings settings, PrintStream progress) throws Exception {
        List<Path> bases;
        try (Stream<Path> files = Files.list(settings.examples())) {
            bases = files.filter(p -> p.getFileName().toString().endsWith(".chaxu")).sorted().toList();
        }
        if (bases.isEmpty()) {
            throw new IllegalArgumentException("no .chaxu models in " + settings.examples());
        }
        Map<String, byte[]> originals = new LinkedHashMap<>();
        for (Path base : bases) {
            originals.put(base.getFileName().toString(), Files.readAllBytes(base));
        }
        Path results = Files.createDirectories(settings.results().toAbsolutePath().normalize());
        Path failures = results.resolve("failures");
        if (settings.only() < 0 && Files.isDirectory(failures)) {
            // the failures of an earlier run are not this run's
            try (Stream<Path> old = Files.list(failures)) {
                for (Path f : old.toList()) {
                    Files.deleteIfExists(f);
                }
            }
        }
        Path work = Files.createDirectories(results.resolve("work"));
        // a good model inside the root (for references into another file), and one outside it
        Files.write(work.resolve("sibling.chaxu"), originals.getOrDefault("clean-region.chaxu", originals.values().iterator().next()));
        Files.write(work.resolve("good.chaxu"), originals.getOrDefault("prd-air.chaxu", originals.values().iterator().next()));
        Files.write(results.resolve("outside.chaxu"), originals.values().iterator().next());

        Totals totals = new Totals();
        totals.seed = settings.seed();
        AtomicInteger connections = new AtomicInteger();
        long started = System.nanoTime();
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
                CaseRunner runner = new CaseRunner(settings.limitMillis())) {
            Thread acceptor = new Thread(() -> {
                while (!server.isClosed()) {
                    try (Socket socket = server.accept()) {
                        connections.incrementAndGet();
                    } catch (IOException e) {
                        return;
                    }
                }
            }, "chaxu-fuzz-server");
            acceptor.setDaemon(true);
            acceptor.start();
            PrintStream console = progress == null ? null : progress == System.out ? runner.console() : progress;
            // the first run compiles the rules: not counted, so that the slowest case is a case
            Path sibling = work.resolve("sibling.chaxu");
            CaseRunner.Outcome warmUp = runner.run(new String[] { "check", "--root", work.toString(), sibling.toString() }, sibling.toString());
            if (warmUp.exit() != 0 && warmUp.exit() != 1) {
                throw new IllegalStateException("the checker does not run on a worked case: exit " + warmUp.exit() + "\n" + warmUp.err());
            }
            started = System.nanoTime();
            int hangs = 0;
            int first = settings.only() >= 0 ? settings.only() : 0;
            int last = settings.only() >= 0 ? settings.only() + 1 : settings.cases();
            for (int index = first; index < last; index++) {
                Random random = new Random(caseSeed(settings.seed(), index));
                String baseName = bases.get(random.nextInt(bases.size())).getFileName().toString();
                Mutator mutator = new Mutator(random, server.getLocalPort());
                Mutator.Case generated = null;
                for (int attempt = 0; generated == null; attempt++) {
                    try {
                        generated = mutator.mutate(baseName, originals.get(baseName));
                    } catch (Exception | StackOverflowError e) {
                        if (attempt > 10) {
                            throw new IllegalStateException("case " + index + ": cannot generate a model", e);
                        }
                    }
                }
                String name = String.format("case-%06d.chaxu", index);
                Path file = work.resolve(name);
                Files.write(file, generated.bytes());
                String[] args = arguments(random, work, file);
                int before = connections.get();
                CaseRunner.Outcome outcome = runner.run(args, file.toString());
                List<String> problems = new ArrayList<>(outcome.failures());
                if (!Arrays.equals(generated.bytes(), Files.readAllBytes(file))) {
                    problems.add("model changed");
                }
                if (connections.get() != before) {
                    problems.add("network");
                }
                String broken = reportProblem(args, outcome, file);
                if (broken != null) {
                    problems.add(broken);
                }
                totals.cases++;
                totals.exits.merge(exitName(outcome.exit()), 1, Integer::sum);
                List<String> argList = List.of(args);
                int format = argList.indexOf("--format");
                totals.commands.merge(args[0] + (format >= 0 ? " --format " + args[format + 1] : ""), 1, Integer::sum);
                if (argList.contains("zh")) {
                    totals.commands.merge("--lang zh", 1, Integer::sum);
                }
                if (argList.contains(work.resolve("good.chaxu").toString()) || argList.contains(work.resolve("sibling.chaxu").toString())) {
                    totals.commands.merge("beside a good model", 1, Integer::sum);
                }
                for (String m : generated.mutations()) {
                    totals.mutations.merge(kind(m), 1, Integer::sum);
                }
                for (String u : outcome.unlocated()) {
                    String pattern = pattern(u, file);
                    totals.unlocated.merge(pattern, 1, Integer::sum);
                    totals.unlocatedExample.putIfAbsent(pattern, name + " (" + generated.base() + ": " + String.join("; ", generated.mutations()) + ")");
                }
                String summary = name + " (" + generated.base() + ": " + String.join("; ", generated.mutations()) + ")";
                if (outcome.millis() > totals.slowestMillis) {
                    totals.slowestMillis = outcome.millis();
                    totals.slowest = outcome.millis() + " ms, " + summary;
                }
                if (settings.keepAll()) {
                    keep(results.resolve("kept"), name, generated, args, outcome, problems);
                }
                if (!problems.isEmpty()) {
                    problems.forEach(p -> totals.failures.merge(p, 1, Integer::sum));
                    totals.failed.add(name + ": " + String.join(", ", problems) + " — " + generated.base() + ": "
                            + String.join("; ", generated.mutations()));
                    keep(failures, name, generated, args, outcome, problems);
                    if (problems.contains("hang") && ++hangs >= 5) {
                        if (console != null) {
                            console.println("fuzz: five cases hung; stopping (their threads still run)");
                        }
                        break;
                    }
                }
                Files.deleteIfExists(file);
                Files.deleteIfExists(html(file));
                if (console != null && (totals.cases % 500 == 0 || !problems.isEmpty())) {
                    console.printf("fuzz: %d cases, %d failures%s%n", totals.cases, totals.failed.size(),
                            problems.isEmpty() ? "" : " — " + name + ": " + problems);
                }
            }
        }
        totals.millis = (System.nanoTime() - started) / 1_000_000;
        return totals;
    }

    /** Every case has its own seed: {@code --case I} regenerates case I of a run alone. */
    static long caseSeed(long seed, int index) {
        long z = seed * 0x9E3779B97F4A7C15L + index;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** The command line of a case: mostly {@code check} in any format and language, sometimes {@code report}, sometimes with a good model. */
    private static String[] arguments(Random random, Path work, Path file) {
        List<String> args = new ArrayList<>();
        boolean report = random.nextInt(10) == 0;
        args.add(report ? "report" : "check");
        args.add("--root");
        args.add(work.toString());
        if (random.nextInt(4) == 0) {
            args.add("--lang");
            args.add("zh");
        } else if (random.nextBoolean()) {
            args.add("--lang");
            args.add("en");
        }
        if (report) {
            args.add("--output");
            args.add(html(file).toString());
        } else {
            int f = random.nextInt(20);
            String format = f < 11 ? "text" : f < 14 ? "json" : f < 16 ? "junit" : "sarif";
            args.add("--format");
            args.add(format);
            if (random.nextInt(5) == 0) {
                args.add("--fail-on");
                args.add(List.of("error", "warning", "info", "never").get(random.nextInt(4)));
            }
        }
        int company = random.nextInt(10);
        if (company == 0) {
            args.add(work.resolve("good.chaxu").toString());
        }
        args.add(file.toString());
        if (company == 1) {
            args.add(work.resolve("sibling.chaxu").toString());
        }
        return args.toArray(String[]::new);
    }

    /**
     * What is wrong with the report a CI tool would read, or null: JSON and SARIF must parse, JUnit
     * XML must be well-formed, and {@code chaxu report} must leave its page when it exits 0 or 1.
     */
    static String reportProblem(String[] args, CaseRunner.Outcome outcome, Path file) {
        List<String> list = List.of(args);
        int at = list.indexOf("--format");
        String format = at >= 0 ? list.get(at + 1) : "text";
        if (list.get(0).equals("report")) {
            Path page = html(file);
            boolean written = Files.isRegularFile(page) && page.toFile().length() > 1000;
            return (outcome.exit() == 0 || outcome.exit() == 1) && !written ? "no report page" : null;
        }
        if (outcome.out().isBlank() || format.equals("text")) {
            return null;
        }
        try {
            if (format.equals("junit")) {
                Mutator.parse(outcome.out().getBytes(StandardCharsets.UTF_8));
            } else {
                new com.fasterxml.jackson.databind.ObjectMapper().readTree(outcome.out());
            }
            return null;
        } catch (Exception e) {
            return "invalid " + format;
        }
    }

    /** Where {@code chaxu report} writes the report of a case. */
    private static Path html(Path model) {
        String name = model.getFileName().toString();
        return model.resolveSibling(name.substring(0, name.length() - ".chaxu".length()) + ".html");
    }

    private static void keep(Path failures, String name, Mutator.Case generated, String[] args, CaseRunner.Outcome outcome,
            List<String> problems) throws IOException {
        Files.createDirectories(failures);
        Files.write(failures.resolve(name), generated.bytes());
        String text = "reason: " + String.join(", ", problems) + "\nbase: " + generated.base() + "\nmutations:\n  "
                + String.join("\n  ", generated.mutations()) + "\ncommand: chaxu " + String.join(" ", args) + "\nexit: "
                + exitName(outcome.exit()) + " after " + outcome.millis() + " ms\n--- stdout\n" + cut(outcome.out()) + "\n--- stderr\n"
                + cut(outcome.err()) + "\n";
        // getBytes, not writeString: a lone surrogate of a mutated name becomes "?" rather than an exception
        Files.write(failures.resolve(name.replace(".chaxu", ".txt")), text.getBytes(StandardCharsets.UTF_8));
    }

    private static String cut(String text) {
        return text.length() > 20_000 ? text.substring(0, 20_000) + "\n… (" + text.length() + " chars)" : text;
    }

    private static String exitName(int exit) {
        return exit == CaseRunner.HANG ? "hang" : exit == CaseRunner.CRASH ? "crash" : String.valueOf(exit);
    }

    /** The kind of a mutation: the words before its first colon. */
    private static String kind(String mutation) {
        int colon = mutation.indexOf(": ");
        return colon < 0 ? mutation : mutation.substring(0, colon);
    }

    /** A problem's wording without the file, numbers and quoted values: problems of one kind count together. */
    private static String pattern(String problem, Path file) {
        return problem.replace(file.toString(), "FILE").replace(file.getParent().toString(), "DIR").replaceAll("'[^']*'", "'…'")
                .replaceAll("\"[^\"]*\"", "\"…\"").replaceAll("\\d+", "N");
    }

    /** Writes the totals into the report file between its markers, keeping the rest (what is open, how to read it). */
    static void writeReport(Path report, String block) throws IOException {
        String begin = "<!-- fuzz totals: written by releng/fuzz.sh -->";
        String end = "<!-- end of fuzz totals -->";
        String text = Files.exists(report) ? Files.readString(report, StandardCharsets.UTF_8) : "# Fuzzing chaxu check\n\n" + begin + "\n" + end + "\n";
        int from = text.indexOf(begin);
        int to = text.indexOf(end);
        if (from < 0 || to < from) {
            text = text + "\n" + begin + "\n" + end + "\n";
            from = text.indexOf(begin);
            to = text.indexOf(end);
        }
        Files.writeString(report, text.substring(0, from + begin.length()) + "\n" + block + text.substring(to), StandardCharsets.UTF_8);
    }
}
