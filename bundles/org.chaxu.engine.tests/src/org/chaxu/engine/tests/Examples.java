// SPDX-License-Identifier: EPL-2.0
package org.chaxu.engine.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.chaxu.engine.Expected;
import org.chaxu.engine.Finding;

/** Where the worked cases live, and findings in the `.expected` line format. */
final class Examples {

    private Examples() {
    }

    static Path root() {
        String root = System.getProperty("chaxu.root");
        Path path = root != null ? Path.of(root) : Path.of("../..");
        return path.toAbsolutePath().normalize();
    }

    static Path dir() {
        return root().resolve("examples");
    }

    static Path file(String name) {
        return caseFile(dir(), name);
    }

    /** Every worked case below examples/ (also those in subfolders, e.g. registry/prd-air.chaxu), relative to it. */
    static Stream<String> allNames() throws IOException {
        try (Stream<Path> files = Files.walk(dir())) {
            return files.filter(p -> p.getFileName().toString().endsWith(".chaxu"))
                    .map(p -> dir().relativize(p).toString().replace('\\', '/')).sorted().toList().stream();
        }
    }

    static Stream<String> names() throws IOException {
        return singleFileCases(dir()).stream();
    }

    /** The golden lines of an example: comments and blanks dropped, sorted (read as chaxu test reads them). */
    static List<String> expected(String modelName) throws IOException {
        return expected(file(modelName));
    }

    /** The golden lines of the model at {@code model} (its {@code .expected} file beside it). */
    static List<String> expected(Path model) throws IOException {
        return Expected.read(Expected.fileOf(model));
    }

    /** Findings as `.expected` lines: RULE-ID SEVERITY element-id, sorted. */
    static List<String> lines(List<Finding> findings) {
        return Expected.lines(findings);
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

    /** The single-file worked cases' names: examples/*.chaxu and each examples/NAME/NAME.chaxu alone in its folder. */
    static java.util.List<String> singleFileCases(Path examples) {
        java.util.List<String> names = new java.util.ArrayList<>();
        try (java.util.stream.Stream<Path> entries = java.nio.file.Files.list(examples)) {
            for (Path entry : entries.sorted().toList()) {
                String name = entry.getFileName().toString();
                if (java.nio.file.Files.isRegularFile(entry) && name.endsWith(".chaxu")) {
                    names.add(name);
                } else if (java.nio.file.Files.isRegularFile(entry.resolve(name + ".chaxu"))) {
                    try (java.util.stream.Stream<Path> inside = java.nio.file.Files.list(entry)) {
                        if (inside.filter(p -> p.getFileName().toString().endsWith(".chaxu")).count() == 1) {
                            names.add(name + ".chaxu");
                        }
                    }
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot list " + examples, e);
        }
        java.util.Collections.sort(names);
        return names;
    }
}
