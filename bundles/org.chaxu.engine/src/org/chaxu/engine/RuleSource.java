// SPDX-License-Identifier: EPL-2.0
package org.chaxu.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The text of one DRL file and the name it is reported under (a path a user recognises).
 */
public record RuleSource(String file, String text) {

    private static final String SHIPPED = "chaxu-rules/";

    /** The shipped catalogue: the top-level rules/ folder, packaged into the engine by the build. */
    public static List<RuleSource> shipped() {
        ClassLoader loader = RuleSource.class.getClassLoader();
        List<RuleSource> sources = new ArrayList<>();
        for (String name : read(loader, SHIPPED + "index.list").split("\\R")) {
            if (!name.isBlank()) {
                sources.add(new RuleSource("rules/" + name.trim(), read(loader, SHIPPED + name.trim())));
            }
        }
        if (sources.isEmpty()) {
            throw new IllegalStateException("the engine carries no shipped rules (" + SHIPPED + "index.list is empty)");
        }
        return sources;
    }

    /**
     * The DRL files at {@code path}: the file itself, or every {@code *.drl} below a folder,
     * in name order.
     */
    public static List<RuleSource> load(Path path) throws IOException {
        List<RuleSource> sources = new ArrayList<>();
        if (Files.isDirectory(path)) {
            try (Stream<Path> files = Files.walk(path)) {
                for (Path file : files.filter(p -> p.toString().endsWith(".drl")).sorted().toList()) {
                    sources.add(new RuleSource(file.toString(), text(file)));
                }
            }
        } else {
            sources.add(new RuleSource(path.toString(), text(path)));
        }
        return sources;
    }

    /** A DRL file's text; a file that is not UTF-8 text is refused naming the file. */
    private static String text(Path file) throws IOException {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new IllegalArgumentException(file + ": not a DRL file: it is not text in UTF-8");
        }
    }

    private static String read(ClassLoader loader, String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing engine resource " + resource
                        + " (in a workspace checkout run ./mvnw initialize once)");
            }
            StringBuilder text = new StringBuilder();
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                reader.lines().forEach(line -> text.append(line).append('\n'));
            }
            return text.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
