// SPDX-License-Identifier: EPL-2.0
package org.chaxu.cli.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs the shaded CLI jar as CI does ({@code java -jar chaxu.jar ...}) from the repository root. */
final class Chaxu {

    record Result(int exit, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exit + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
        }
    }

    private Chaxu() {
    }

    static Path root() {
        return Path.of(System.getProperty("chaxu.root", "../..")).toAbsolutePath().normalize();
    }

    static Result run(String... args) throws IOException, InterruptedException {
        return exec(command(args));
    }

    /** Runs the jar with {@code stdin} as its standard input. */
    static Result runWithInput(Path stdin, String... args) throws IOException, InterruptedException {
        return exec(command(args), stdin);
    }

    private static List<String> command(String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-jar");
        command.add(System.getProperty("chaxu.jar"));
        command.addAll(List.of(args));
        return command;
    }

    static Result exec(List<String> command) throws IOException, InterruptedException {
        return exec(command, null);
    }

    private static Result exec(List<String> command, Path stdin) throws IOException, InterruptedException {
        return exec(command, stdin, java.util.Map.of());
    }

    /** Runs {@code command} with these variables added to (or replacing those of) the environment. */
    static Result exec(List<String> command, Path stdin, java.util.Map<String, String> environment)
            throws IOException, InterruptedException {
        return exec(command, stdin, environment, root());
    }

    /** As above, in the folder {@code directory}. */
    static Result exec(List<String> command, Path stdin, java.util.Map<String, String> environment, Path directory)
            throws IOException, InterruptedException {
        Path out = Files.createTempFile("chaxu-out", ".txt");
        Path err = Files.createTempFile("chaxu-err", ".txt");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectOutput(out.toFile())
                    .redirectError(err.toFile());
            if (stdin != null) {
                builder.redirectInput(stdin.toFile());
            }
            builder.environment().putAll(environment);
            Process process = builder.start();
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("timed out: " + command);
            }
            return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /** The 1-based line of the element with this id in a model file (read from the file, not hard-coded). */
    static int lineOf(String model, String id) throws IOException {
        List<String> lines = Files.readAllLines(root().resolve(model), StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("id=\"" + id + "\"")) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException(id + " not in " + model);
    }

    /** The golden lines of an example: RULE SEVERITY id, sorted. */
    static List<String> expected(String model) throws IOException {
        return Files.readAllLines(root().resolve(model.replace(".chaxu", ".expected"))).stream().map(String::trim)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).sorted().toList();
    }

    static int count(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
