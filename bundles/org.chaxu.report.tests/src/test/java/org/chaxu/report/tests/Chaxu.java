// SPDX-License-Identifier: EPL-2.0
package org.chaxu.report.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the shaded CLI jar as a user does, from the repository root. */
final class Chaxu {

    private Chaxu() {
    }

    static Path root() {
        return Path.of(System.getProperty("chaxu.root", "../..")).toAbsolutePath().normalize();
    }

    static Path out() {
        return Path.of(System.getProperty("chaxu.out", "target")).toAbsolutePath();
    }

    /** {@code chaxu report ARGS... --output html}; fails unless it exits 0. */
    static Path report(Path html, String... args) throws IOException, InterruptedException {
        Files.createDirectories(html.getParent());
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", System.getProperty("chaxu.jar"), "report"));
        command.addAll(List.of(args));
        command.addAll(List.of("--output", html.toString()));
        Path log = Files.createTempFile("chaxu-report", ".log");
        try {
            Process p = new ProcessBuilder(command).directory(root().toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            if (!p.waitFor(10, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new IllegalStateException("timed out: " + command);
            }
            if (p.exitValue() != 0) {
                throw new IllegalStateException("exit " + p.exitValue() + ": " + command + "\n" + Files.readString(log, StandardCharsets.UTF_8));
            }
        } finally {
            Files.deleteIfExists(log);
        }
        return html;
    }

    /** The golden lines of an example (RULE SEVERITY id). */
    static List<String> expected(String example) throws IOException {
        return Files.readAllLines(caseFile(root().resolve("examples"), example + ".expected")).stream().map(String::trim)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    /**
     * A worked case by its name ({@code jjj-air.chaxu}, {@code registry/prd-air.expected}): the file
     * at examples/NAME, else in the case's own folder, examples/STEM/NAME — each region is a
     * project (a folder) of its own.
     */
    static Path caseFile(Path examples, String name) {
        Path flat = examples.resolve(name);
        if (java.nio.file.Files.exists(flat)) {
            return flat;
        }
        Path given = Path.of(name);
        String file = given.getFileName().toString();
        String stem = file.replaceFirst("\\.[^.]+$", "");
        return examples.resolve(given.getParent() == null ? Path.of(stem) : given.getParent().resolve(stem)).resolve(file);
    }
}
