// SPDX-License-Identifier: EPL-2.0
package org.chaxu.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The golden findings of a model, the {@code .expected} file beside it ({@code examples/RULES-SEMANTICS.md}):
 * one finding per line, {@code RULE-ID SEVERITY element-id}; {@code #} starts a comment; blank
 * lines are ignored; the list is a multiset (a rule that fires twice on one element is listed
 * twice). {@code chaxu test}, the JUnit helper and the shipped catalogue's own tests compare
 * through here.
 */
public final class Expected {

    /** What differs between the golden lines and the findings: each list sorted, empty when they agree. */
    public record Difference(List<String> missing, List<String> extra) {
        public boolean isEmpty() {
            return missing.isEmpty() && extra.isEmpty();
        }
    }

    private Expected() {
    }

    /** The {@code .expected} file of a model: the same name with {@code .expected} for {@code .chaxu}. */
    public static Path fileOf(Path model) {
        String name = model.getFileName().toString();
        return model.resolveSibling(name.replaceAll("\\.chaxu$", "") + ".expected");
    }

    /** The golden lines of a file, sorted; a line that is not {@code RULE-ID SEVERITY element-id} is an error at its line. */
    public static List<String> read(Path expected) throws IOException {
        return read(expected, java.util.Locale.ENGLISH);
    }

    /** As {@link #read(Path)}, with a bad line's problem in {@code locale}'s language. */
    public static List<String> read(Path expected, java.util.Locale locale) throws IOException {
        List<String> lines = new ArrayList<>();
        List<String> all = Files.readAllLines(expected, StandardCharsets.UTF_8);
        for (int i = 0; i < all.size(); i++) {
            String line = all.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\s+");
            if (parts.length != 3) {
                throw new IllegalArgumentException(expected + ":" + (i + 1) + ": " + Labels.format("expected.badLine", locale, line));
            }
            try {
                Severity.parse(parts[1]);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(expected + ":" + (i + 1) + ": " + e.getMessage());
            }
            lines.add(parts[0] + " " + parts[1].toUpperCase(java.util.Locale.ROOT) + " " + parts[2]);
        }
        lines.sort(null);
        return lines;
    }

    /** Findings as golden lines, sorted. */
    public static List<String> lines(List<Finding> findings) {
        List<String> lines = new ArrayList<>();
        for (Finding f : findings) {
            lines.add(line(f));
        }
        lines.sort(null);
        return lines;
    }

    public static String line(Finding f) {
        return f.getRuleId() + " " + f.getSeverity() + " " + LoadedModel.fragment(f.getElement());
    }

    /** The golden lines the findings miss and the findings the golden lines do not list (as multisets). */
    public static Difference compare(List<String> expected, List<String> actual) {
        List<String> missing = new ArrayList<>(expected);
        List<String> extra = new ArrayList<>();
        for (String line : actual) {
            if (!missing.remove(line)) {
                extra.add(line);
            }
        }
        missing.sort(null);
        extra.sort(null);
        return new Difference(List.copyOf(missing), List.copyOf(extra));
    }
}
