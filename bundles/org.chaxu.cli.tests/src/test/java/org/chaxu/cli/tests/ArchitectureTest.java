// SPDX-License-Identifier: EPL-2.0
package org.chaxu.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * What docs/architecture.md says of the bundles stays true: its dependency picture is the one the
 * bundles' manifests declare (Require-Bundle and Import-Package between Chaxu bundles), the bundles
 * form no circle, and every hand-written Java source carries its licence (SPDX) header.
 */
class ArchitectureTest {

    @Test
    void theArchitecturePictureIsTheManifestsDependencies() throws Exception {
        Map<String, Set<String>> declared = manifestDependencies();
        assertTrue(declared.size() >= 8, "bundles read: " + declared.keySet());
        Map<String, Set<String>> drawn = mermaidEdges(Files.readString(Chaxu.root().resolve("docs/architecture.md")));
        Map<String, Set<String>> declaredEdges = new TreeMap<>();
        declared.forEach((bundle, uses) -> {
            if (!uses.isEmpty()) {
                declaredEdges.put(bundle, uses);
            }
        });
        assertEquals(declaredEdges, drawn, "docs/architecture.md draws the dependencies the MANIFEST.MF files declare");
    }

    @Test
    void theBundlesFormNoCircle() throws Exception {
        Map<String, Set<String>> uses = manifestDependencies();
        for (String bundle : uses.keySet()) {
            List<String> path = new ArrayList<>();
            assertTrue(!reaches(uses, bundle, bundle, path, new TreeSet<>()), () -> "a circle: " + bundle + " -> " + path);
        }
    }

    @Test
    void everyHandWrittenJavaSourceCarriesItsLicence() throws Exception {
        List<String> missing = new ArrayList<>();
        int read = 0;
        for (String top : List.of("bundles", "releng", "features")) {
            try (Stream<Path> files = Files.walk(Chaxu.root().resolve(top))) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    String path = Chaxu.root().relativize(file).toString().replace('\\', '/');
                    if (!path.endsWith(".java") || path.contains("/target/") || path.contains("/src-gen/")) {
                        continue;
                    }
                    read++;
                    String first = Files.readAllLines(file, StandardCharsets.UTF_8).stream().findFirst().orElse("");
                    if (!first.equals("// SPDX-License-Identifier: EPL-2.0")) {
                        missing.add(path);
                    }
                }
            }
        }
        assertTrue(read > 150, "sources read: " + read);
        assertTrue(missing.isEmpty(), () -> "without '// SPDX-License-Identifier: EPL-2.0' as the first line:\n" + String.join("\n", missing));
    }

    private static boolean reaches(Map<String, Set<String>> uses, String from, String target, List<String> path, Set<String> seen) {
        for (String next : uses.getOrDefault(from, Set.of())) {
            path.add(next);
            if (next.equals(target) || seen.add(next) && reaches(uses, next, target, path, seen)) {
                return true;
            }
            path.remove(path.size() - 1);
        }
        return false;
    }

    /** Each Chaxu bundle (by its symbolic name) and the Chaxu bundles it requires or imports packages from. */
    static Map<String, Set<String>> manifestDependencies() throws IOException {
        Map<String, Manifest> manifests = new TreeMap<>();
        for (String top : List.of("bundles", "releng")) {
            try (Stream<Path> files = Files.walk(Chaxu.root().resolve(top), 3)) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    if (file.endsWith(Path.of("META-INF", "MANIFEST.MF")) && !file.toString().contains("target")) {
                        try (java.io.InputStream in = Files.newInputStream(file)) {
                            Manifest manifest = new Manifest(in);
                            manifests.put(name(manifest.getMainAttributes().getValue("Bundle-SymbolicName")), manifest);
                        }
                    }
                }
            }
        }
        Map<String, String> exporter = new HashMap<>();
        manifests.forEach((bundle, manifest) -> entries(manifest.getMainAttributes().getValue("Export-Package"))
                .forEach(pkg -> exporter.put(pkg, bundle)));
        Map<String, Set<String>> uses = new TreeMap<>();
        manifests.forEach((bundle, manifest) -> {
            Set<String> set = new TreeSet<>();
            entries(manifest.getMainAttributes().getValue("Require-Bundle")).stream().filter(manifests::containsKey).forEach(set::add);
            entries(manifest.getMainAttributes().getValue("Import-Package")).stream().map(exporter::get)
                    .filter(b -> b != null && !b.equals(bundle)).forEach(set::add);
            set.remove(bundle);
            if (!bundle.endsWith(".tests")) {
                uses.put(bundle, set);
            }
        });
        return uses;
    }

    /** The names of a manifest header's clauses (without their attributes and directives). */
    private static List<String> entries(String header) {
        List<String> names = new ArrayList<>();
        if (header == null) {
            return names;
        }
        // commas inside quoted attribute values (version ranges) are no separators
        Matcher clause = Pattern.compile("([^,\"]|\"[^\"]*\")+").matcher(header);
        while (clause.find()) {
            names.add(name(clause.group()));
        }
        return names;
    }

    private static String name(String clause) {
        return clause.split(";")[0].strip();
    }

    /** The edges of the first mermaid graph, between the bundle names in its nodes' labels. */
    static Map<String, Set<String>> mermaidEdges(String markdown) {
        Matcher block = Pattern.compile("(?s)```mermaid\\n(.*?)```").matcher(markdown);
        assertTrue(block.find(), "a mermaid picture");
        Map<String, String> labels = new HashMap<>();
        Pattern node = Pattern.compile("(\\w+)\\[([^\\]]+)\\]");
        List<String[]> edges = new ArrayList<>();
        for (String line : block.group(1).lines().toList()) {
            Matcher n = node.matcher(line);
            while (n.find()) {
                labels.put(n.group(1), n.group(2));
            }
            String[] sides = line.split("-->");
            if (sides.length == 2) {
                edges.add(new String[] { sides[0].replaceAll("\\[.*", "").strip(), sides[1].replaceAll("\\[.*", "").strip() });
            }
        }
        Map<String, Set<String>> drawn = new TreeMap<>();
        for (String[] edge : edges) {
            drawn.computeIfAbsent(labels.getOrDefault(edge[0], edge[0]), k -> new TreeSet<>()).add(labels.getOrDefault(edge[1], edge[1]));
        }
        return drawn;
    }
}
