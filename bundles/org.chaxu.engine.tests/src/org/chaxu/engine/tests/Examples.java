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
        return dir().resolve(name);
    }

    /** Every worked case below examples/ (also those in subfolders, e.g. registry/prd-air.chaxu), relative to it. */
    static Stream<String> allNames() throws IOException {
        try (Stream<Path> files = Files.walk(dir())) {
            return files.filter(p -> p.getFileName().toString().endsWith(".chaxu"))
                    .map(p -> dir().relativize(p).toString().replace('\\', '/')).sorted().toList().stream();
        }
    }

    static Stream<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir())) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".chaxu")).sorted().toList().stream();
        }
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
}
