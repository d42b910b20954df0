// SPDX-License-Identifier: EPL-2.0
package org.chaxu.fuzz;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The fuzzer of what a pull request controls besides models (issue 19): the project's settings
 * file (keys, values, paths out of the project, links, byte order marks, bytes that are no UTF-8,
 * long lines), what lies in the project (rule folders, links to a secret, to a device, to standard
 * input) and the command line (every option with values in and out of range, outputs that are
 * models, secrets, links or folders, a model named several times). Each case runs {@code chaxu
 * check} in this JVM and fails on an exit outside 0/1/2, a hang, a stack trace or internal name,
 * any byte of a secret kept outside the project in what is printed or written, and any file
 * changed, created or removed other than the report named by {@code --output}.
 */
public final class SettingsFuzz {

    /** A marker in the secret beside the project: it must never be printed or copied anywhere. */
    static final String SECRET = "SECRET-7c1e4b-do-not-print";

    /** What a run found, by kind of input mutated. */
    public static final class Totals {
        public int cases;
        public final Map<String, Integer> exits = new TreeMap<>();
        public final Map<String, Integer> kinds = new TreeMap<>();
        public final List<String> failed = new ArrayList<>();

        public String text() {
            return "settings/tree/argument cases: " + cases + ", by kind " + kinds + ", exit codes " + exits + ", failures "
                    + failed.size() + (failed.isEmpty() ? "" : "\n  " + String.join("\n  ", failed.subList(0, Math.min(20, failed.size()))))
                    + "\n";
        }
    }

    private SettingsFuzz() {
    }

    /** Runs {@code cases} cases from {@code seed} in {@code work} (emptied first), with {@code model} as the project's model. */
    public static Totals run(int cases, long seed, Path work, byte[] model, long limitMillis) throws IOException {
        Totals totals = new Totals();
        try (CaseRunner runner = new CaseRunner(limitMillis)) {
            for (int i = 0; i < cases; i++) {
                Random random = new Random(Fuzz.caseSeed(seed, i));
                Path dir = work.resolve("case-" + i);
                delete(dir);
                Files.createDirectories(dir);
                Case c = build(random, dir, model);
                Map<Path, String> before = snapshot(dir);
                CaseRunner.Outcome outcome = runner.run(c.args().toArray(String[]::new), c.model().toString());
                totals.cases++;
                totals.exits.merge(String.valueOf(outcome.exit()), 1, Integer::sum);
                c.kinds().forEach(k -> totals.kinds.merge(k, 1, Integer::sum));
                List<String> failures = new ArrayList<>();
                for (String f : outcome.failures()) {
                    if (!f.equals("exit 2 without file:line")) { // a usage error names an option, not a file
                        failures.add(f);
                    }
                }
                if ((outcome.out() + outcome.err()).contains(SECRET)) {
                    failures.add("secret printed");
                }
                Map<Path, String> after = snapshot(dir);
                for (Map.Entry<Path, String> e : before.entrySet()) {
                    if (!c.outputs().contains(e.getKey()) && !e.getValue().equals(after.get(e.getKey()))) {
                        failures.add((after.containsKey(e.getKey()) ? "changed " : "removed ") + dir.relativize(e.getKey()));
                    }
                }
                for (Map.Entry<Path, String> e : after.entrySet()) {
                    if (!before.containsKey(e.getKey()) && !c.outputs().contains(e.getKey())) {
                        failures.add("created " + dir.relativize(e.getKey()));
                    }
                    if (!e.getKey().startsWith(dir.resolve("outside")) && !before.getOrDefault(e.getKey(), "").contains(SECRET)
                            && e.getValue().contains(SECRET)) {
                        failures.add("secret copied into " + dir.relativize(e.getKey()));
                    }
                }
                if (!failures.isEmpty()) {
                    totals.failed.add("case " + i + " " + failures + ": chaxu " + String.join(" ", c.args()) + "\n    settings: "
                            + c.settings().replace("\n", "\\n") + "\n    err: " + outcome.err().replace("\n", "\n         "));
                } else {
                    delete(dir);
                }
            }
        }
        return totals;
    }

    /** {@code outputs}: the files the command line names as outputs, which a run may write (the CI owner chose them). */
    record Case(List<String> args, Path model, java.util.Set<Path> outputs, String settings, List<String> kinds) {
    }

    /** A project with random settings and files, beside a secret, and a random command line for it. */
    static Case build(Random random, Path dir, byte[] model) throws IOException {
        List<String> kinds = new ArrayList<>();
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Path secret = Files.writeString(outside.resolve("secret.txt"), SECRET + "\n");
        Files.writeString(outside.resolve("outside.chaxu"), "<!-- " + SECRET + " -->\n" + new String(model, StandardCharsets.UTF_8));
        Path project = Files.createDirectories(dir.resolve("project"));
        Path file = project.resolve("model.chaxu");
        Files.write(file, model);
        Files.createDirectories(project.resolve(".chaxu"));

        // the tree: links out and in, devices, rule folders
        String[] tree = { "link-secret", "link-device", "link-stdin", "link-model-out", "rules-ok", "rules-broken", "baseline" };
        for (String item : tree) {
            if (random.nextInt(item.startsWith("rules") ? 6 : 3) != 0) {
                continue; // rule folders are compiled, which takes a second: fewer of them
            }
            kinds.add("tree:" + item);
            switch (item) {
            case "link-secret" -> link(project.resolve("known.txt"), secret);
            case "link-device" -> link(project.resolve("zero.chaxu"), Path.of("/dev/zero"));
            case "link-stdin" -> link(project.resolve("stdin.chaxu"), Path.of("/dev/stdin"));
            case "link-model-out" -> link(project.resolve("out.chaxu"), outside.resolve("outside.chaxu"));
            case "rules-ok" -> {
                Path rules = Files.createDirectories(project.resolve("rules"));
                Files.writeString(rules.resolve("ok.drl"), "package local;\nimport org.chaxu.governance.*;\n"
                        + "global org.chaxu.engine.Reporter reporter;\nrule \"any unit\" @id(\"LOCAL-ANY\") @severity(\"INFO\")\n"
                        + "when\n    $u : AdministrativeUnit()\nthen\n    insertLogical( reporter.report(kcontext, $u) );\nend\n");
                Files.writeString(rules.resolve("messages.properties"), "LOCAL-ANY={0} is a unit\n");
            }
            case "rules-broken" -> {
                Path rules = Files.createDirectories(project.resolve("more-rules"));
                Files.writeString(rules.resolve("broken.drl"), "package local;\nrule \"broken\" when then garbage ( end\n");
            }
            case "baseline" -> Files.writeString(project.resolve(".chaxu/known.txt"),
                    random.nextBoolean() ? "0".repeat(64) + " X y\n" : SECRET + "\n");
            default -> throw new IllegalStateException(item);
            }
        }

        // the settings
        StringBuilder settings = new StringBuilder();
        if (random.nextInt(6) == 0) {
            settings.append('\uFEFF');
            kinds.add("settings:bom");
        }
        String[] paths = { "/etc/passwd", "/proc/self/environ", "../outside/secret.txt", "../outside", "known.txt", ".chaxu/known.txt",
                "rules", "more-rules", "nowhere", "/dev/zero", "zero.chaxu", "stdin.chaxu", "/", "..", "a\u0000b", "rules/../../outside",
                "~/secret", "C:\\\\secret", "" };
        String[] ids = { "BASE-LOOSER", "ESC-SKIP", "RESP-OVERDUE", "NO-SUCH-RULE", "base-looser", "", "ARR-HIERARCHY" };
        int lines = random.nextInt(4);
        for (int i = 0; i < lines; i++) {
            int kind = random.nextInt(9);
            kinds.add("settings:" + new String[] { "language", "ruleFolders", "baseline", "enabled", "severity", "suppress", "unknown",
                    "long", "bytes" }[kind]);
            switch (kind) {
            case 0 -> settings.append("language=").append(hostile(random) ? pick(random, "fr", "", "EN") : pick(random, "en", "zh"))
                    .append('\n');
            case 1 -> settings.append("ruleFolders=").append(hostile(random) ? pick(random, paths) : "rules")
                    .append(random.nextInt(4) == 0 ? ", " + pick(random, paths) : "").append('\n');
            case 2 -> settings.append("baseline=").append(hostile(random) ? pick(random, paths) : ".chaxu/known.txt").append('\n');
            case 3 -> settings.append("rule.").append(pick(random, ids)).append(".enabled=")
                    .append(hostile(random) ? pick(random, "no", "") : pick(random, "true", "false")).append('\n');
            case 4 -> settings.append("rule.").append(pick(random, ids)).append(".severity=")
                    .append(hostile(random) ? pick(random, "FATAL", "") : pick(random, "ERROR", "WARNING", "INFO")).append('\n');
            case 5 -> settings.append("suppress.").append(pick(random, ids)).append('.').append(pick(random, "central", "nowhere", "", "a.b"))
                    .append('=').append(pick(random, "agreed in 2024", "")).append('\n');
            case 6 -> settings.append(pick(random, "colour=red", "=x", "rules", "ruleFolders", "  # a comment", "# another")).append('\n');
            case 7 -> settings.append(hostile(random) ? "language=" + "x".repeat(100_000) : "# " + "x".repeat(100_000)).append('\n');
            case 8 -> settings.append(hostile(random) ? "language=en\u00ff\u00fe\n" : "# 中文注释\n");
            default -> throw new IllegalStateException();
            }
        }
        byte[] bytes = settings.toString().getBytes(StandardCharsets.UTF_8);
        if (settings.toString().contains("\u00ff\u00fe")) {
            // bytes that are no UTF-8 at all
            bytes = settings.toString().replace("\u00ff\u00fe", "").concat("x=\u0001").getBytes(StandardCharsets.ISO_8859_1);
            bytes = java.util.Arrays.copyOf(bytes, bytes.length + 2);
            bytes[bytes.length - 2] = (byte) 0xC3;
            bytes[bytes.length - 1] = (byte) 0x28;
        }
        if (random.nextInt(12) == 0) {
            kinds.add("settings:link");
            link(project.resolve(".chaxu/settings.properties"), secret);
        } else {
            Files.write(project.resolve(".chaxu/settings.properties"), bytes);
        }

        // the command line
        List<String> args = new ArrayList<>(List.of("check"));
        java.util.Set<Path> outputs = new java.util.HashSet<>();
        int options = random.nextInt(4);
        for (int i = 0; i < options; i++) {
            int option = random.nextInt(8);
            kinds.add("argument:" + new String[] { "format", "max-firings", "timeout", "lang", "rules-from", "output", "root",
                    "write-baseline" }[option]);
            switch (option) {
            case 0 -> args.addAll(List.of("--format", hostile(random) ? pick(random, "xml", "") : pick(random, "text", "json", "junit", "sarif")));
            case 1 -> args.addAll(List.of("--max-firings", hostile(random) ? pick(random, "-1", "0", "x", "99999999999999999999")
                    : pick(random, "1", "100000")));
            case 2 -> args.addAll(List.of("--timeout", hostile(random) ? pick(random, "-5", "0", "x") : "30"));
            case 3 -> args.addAll(List.of("--lang", hostile(random) ? "xx" : pick(random, "en", "zh")));
            case 4 -> args.addAll(List.of("--rules-from", hostile(random) ? "elsewhere" : pick(random, "project", "shipped")));
            case 5 -> {
                Path target = Path.of(pick(random, project.resolve("report.out").toString(), file.toString(), secret.toString(),
                        project.resolve("known.txt").toString(), project.toString(), project.resolve(".chaxu/settings.properties").toString(),
                        outside.resolve("outside.chaxu").toString(), "/dev/null"));
                args.addAll(List.of("--output", target.toString()));
                outputs.add(target);
            }
            case 6 -> args.addAll(List.of("--root", pick(random, project.toString(), outside.toString(), "/", dir.toString())));
            case 7 -> {
                Path target = Path.of(pick(random, file.toString(), secret.toString(), project.resolve(".chaxu/known.txt").toString()));
                args.addAll(List.of("--write-baseline", target.toString()));
                outputs.add(target);
            }
            default -> throw new IllegalStateException();
            }
        }
        int models = 1 + random.nextInt(3);
        for (int i = 0; i < models; i++) {
            args.add(pick(random, file.toString(), file.toString(), file.toString(), project.toString(), project.resolve("zero.chaxu").toString()));
        }
        return new Case(args, file, outputs, settings.length() > 300 ? settings.substring(0, 300) + "…" : settings.toString(), kinds);
    }

    /** Two times in five a value is chosen to break something; else it is one a careful user would write. */
    private static boolean hostile(Random random) {
        return random.nextInt(5) < 2;
    }

    @SafeVarargs
    private static <T> T pick(Random random, T... choices) {
        return choices[random.nextInt(choices.length)];
    }

    private static void link(Path link, Path target) throws IOException {
        Files.deleteIfExists(link);
        Files.createSymbolicLink(link, target);
    }

    /** Every file below {@code dir} (links as links) with a digest of its content. */
    static Map<Path, String> snapshot(Path dir) throws IOException {
        Map<Path, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.toList()) {
                if (Files.isSymbolicLink(p)) {
                    files.put(p, "link:" + Files.readSymbolicLink(p));
                } else if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    byte[] bytes = Files.readAllBytes(p);
                    String text = new String(bytes, StandardCharsets.ISO_8859_1);
                    files.put(p, text.length() + ":" + text.hashCode() + (text.contains(SECRET) ? ":" + SECRET : ""));
                }
            }
        }
        return files;
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
