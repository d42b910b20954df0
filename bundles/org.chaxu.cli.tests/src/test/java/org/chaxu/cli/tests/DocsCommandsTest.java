// SPDX-License-Identifier: EPL-2.0
package org.chaxu.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every command the documentation shows is run, so that the docs cannot drift from the product.
 * Each page (README.md, CONTRIBUTING.md, docs/**.md) runs in a scratch folder holding the
 * repository's examples, rules and registry, with {@code chaxu} (also as {@code ./chaxu} and a
 * release's {@code chaxu-VERSION/bin/chaxu}) being the command line this build made. Its
 * {@code sh} blocks run in order, as bash scripts that stop at the first failing command (a
 * command of the checker may exit 1 for findings); a file a page tells the reader to create is
 * written first where the page marks it ({@code <!-- file: PATH -->} before its block), and a
 * change it asks for in words is made by {@code <!-- run: COMMAND -->}. Where a {@code text}
 * block follows a {@code sh} block, each of its lines must be printed, in its order ("…" skips).
 * The commands of the build itself (./mvnw, .ci/run, the Chaxu IDE) are not run here: each must
 * be one that CI runs, named where it runs.
 */
class DocsCommandsTest {

    /** Commands CI runs elsewhere: the file that runs each, and what that file must contain. */
    private static final Map<String, List<String>> RUN_ELSEWHERE = Map.of(
            "./mvnw verify", List.of(".ci/run", "./mvnw -B verify"),
            "xvfb-run -a ./mvnw verify", List.of(".ci/run", "xvfb-run -a -s \"-screen 0 1600x1200x24\" ./mvnw -B verify"),
            ".ci/run", List.of(".github/workflows/ci.yml", "run: bash .ci/run"),
            "./mvnw -Pgenerate", List.of(".ci/run", "./mvnw -B -q -Pgenerate"),
            "./chaxu-ide", List.of("releng/org.chaxu.product/pom.xml", "<exec executable=\"${chaxu.product.dir}/chaxu-ide\""),
            "cd ~/opt/chaxu-ide", List.of("releng/org.chaxu.product/pom.xml", "<rootFolder>chaxu-ide</rootFolder>"),
            "tar xzf releng/org.chaxu.product/target/products/chaxu-ide-linux.gtk.x86_64.tar.gz -C ~/opt",
            List.of("releng/org.chaxu.product/pom.xml", "<archiveFileName>chaxu-ide</archiveFileName>"));

    private static final Pattern BLOCK = Pattern.compile(
            "(?:<!-- (file|run): ([^\\n]*?) -->\\n+)?```(sh|text|\\w*)\\n(.*?)```(\\n\\s*```text\\n(.*?)```)?", Pattern.DOTALL);

    @TestFactory
    Stream<DynamicTest> everyCommandOfTheDocsRuns() throws IOException {
        Path root = Chaxu.root();
        List<Path> pages = new ArrayList<>(List.of(root.resolve("README.md"), root.resolve("CONTRIBUTING.md")));
        try (Stream<Path> docs = Files.walk(root.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        return pages.stream().map(page -> DynamicTest.dynamicTest(root.relativize(page).toString(), () -> runPage(page)));
    }

    private static void runPage(Path page) throws Exception {
        String text = Files.readString(page);
        Path scratch = Files.createTempDirectory("chaxu-docs");
        try {
            Path bin = setUp(scratch);
            Matcher block = BLOCK.matcher(text);
            int blocks = 0;
            while (block.find()) {
                String marker = block.group(1);
                if ("file".equals(marker)) {
                    Path file = scratch.resolve(block.group(2).strip());
                    Files.createDirectories(file.getParent());
                    Files.writeString(file, block.group(4));
                } else if ("run".equals(marker)) {
                    assertEquals(0, bash(scratch, bin, block.group(2)).exit());
                }
                if (!"sh".equals(block.group(3))) {
                    continue;
                }
                StringBuilder script = new StringBuilder();
                for (String line : block.group(4).lines().toList()) {
                    String command = line.strip();
                    if (command.isEmpty() || command.startsWith("#")) {
                        continue;
                    }
                    List<String> where = RUN_ELSEWHERE.get(command);
                    if (where != null) {
                        String runner = Files.readString(Chaxu.root().resolve(where.get(0)));
                        assertTrue(runner.contains(where.get(1)), page + ": '" + command + "' is said to run in " + where.get(0));
                        continue;
                    }
                    script.append(line).append('\n');
                }
                if (script.isEmpty()) {
                    continue;
                }
                blocks++;
                Chaxu.Result r = bash(scratch, bin, script.toString());
                String context = page.getFileName() + ":\n" + script + "\n" + r;
                assertTrue(r.exit() == 0, context);
                if (block.group(6) != null) {
                    inOrder(block.group(6), r.out() + r.err(), context);
                }
            }
            assertTrue(blocks >= 0);
        } finally {
            deleteAll(scratch);
        }
    }

    /** Each shown line printed, in the order shown. */
    private static void inOrder(String shown, String real, String context) {
        List<String> lines = real.lines().map(DocsCommandsTest::timeless).toList();
        int at = 0;
        for (String line : shown.lines().map(DocsCommandsTest::timeless).toList()) {
            if (line.isBlank() || line.strip().equals("\u2026") || line.strip().equals("...")) {
                continue;
            }
            int found = lines.subList(at, lines.size()).indexOf(line);
            assertTrue(found >= 0, "the docs show a line the command does not print (or not in this order):\n" + line + "\n" + context);
            at += found + 1;
        }
    }

    /** A line with its durations ("took 2.4 s") as "N s": the one thing that differs from run to run. */
    private static String timeless(String line) {
        return line.stripTrailing().replaceAll("\\b\\d+(\\.\\d+)? s\\b", "N s");
    }

    /** The scratch folder: the repository's inputs, {@code ./chaxu}, {@code chaxu} on the PATH, and a release to unpack. */
    private static Path setUp(Path scratch) throws Exception {
        for (String folder : List.of("examples", "rules", "registry")) {
            Files.createSymbolicLink(scratch.resolve(folder), Chaxu.root().resolve(folder)); // read, never written
        }
        String version = System.getProperty("chaxu.version", "1.0.0-SNAPSHOT");
        String launcher = "#!/usr/bin/env bash\nexec \"" + Path.of(System.getProperty("java.home"), "bin", "java") + "\" -jar \""
                + System.getProperty("chaxu.jar") + "\" \"$@\"\n";
        Path bin = Files.createDirectories(scratch.resolve(".bin"));
        for (Path script : List.of(scratch.resolve("chaxu"), bin.resolve("chaxu"))) {
            Files.writeString(script, launcher);
            script.toFile().setExecutable(true);
        }
        // a release as releng/release.sh packs it (bin/chaxu beside lib/chaxu.jar)
        Path release = Files.createDirectories(scratch.resolve(".release/chaxu-" + version));
        Files.createDirectories(release.resolve("lib"));
        Files.copy(Path.of(System.getProperty("chaxu.jar")), release.resolve("lib/chaxu.jar"));
        Files.copy(Chaxu.root().resolve("chaxu"), Files.createDirectories(release.resolve("bin")).resolve("chaxu")).toFile()
                .setExecutable(true);
        Chaxu.Result tar = Chaxu.exec(List.of("tar", "-czf", scratch.resolve("chaxu-" + version + ".tar.gz").toString(), "-C",
                release.getParent().toString(), "chaxu-" + version));
        assertEquals(0, tar.exit(), tar::toString);
        Files.createDirectories(scratch.resolve(".home/.local/bin"));
        return bin;
    }

    private static Chaxu.Result bash(Path scratch, Path bin, String script) throws Exception {
        String version = System.getProperty("chaxu.version", "1.0.0-SNAPSHOT");
        Path file = Files.createTempFile(scratch, ".block", ".sh");
        // a checker's exit 1 (findings) is what the docs show; any other failure stops the block
        Files.writeString(file, "set -o pipefail\ntrap 'c=$?; [ $c -le 1 ] || exit $c' ERR\n" + script.replace("VERSION", version)
                + "\nexit 0\n");
        return Chaxu.exec(List.of("bash", "--noprofile", "--norc", file.toString()), null,
                Map.of("PATH", bin + java.io.File.pathSeparator + System.getenv("PATH"), "HOME", scratch.resolve(".home").toString(),
                        "PWD", scratch.toString(), "CHAXU_DOCS_TEST", "1"),
                scratch);
    }

    private static void deleteAll(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            // the links go, not what they point to
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
