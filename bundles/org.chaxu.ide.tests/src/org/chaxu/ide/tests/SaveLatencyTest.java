// SPDX-License-Identifier: EPL-2.0
package org.chaxu.ide.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Measures save → updated markers in the workbench (issue 26): a province's baseline file saved
 * and the incremental build run, until the markers of the project's files are rewritten. A smoke
 * run on the Chengdu–Deyang project in every build (figures printed and written to
 * target/save-latency.md; no timing is asserted, the markers are); with
 * {@code -Dchaxu.ide.benchmark=DIR} also on the project in DIR — the one `releng/bench.sh saves`
 * generates, 100 files of about 50,000 elements — written to docs/save-latency.md
 * (releng/benchmark-builder.sh).
 */
class SaveLatencyTest {

    @BeforeAll
    static void noAutoBuild() throws Exception {
        Workbench.disableAutoBuild();
    }

    @Test
    void saveToMarkersLatency() throws Exception {
        List<String> rows = new ArrayList<>();
        Path examples = Workbench.root().resolve("examples/chengdu-deyang");
        rows.add(measure("chengdu-deyang (4 files)", examples, "sichuan-baseline.chaxu", "chengdu.chaxu", "BASE-LOOSER ERROR chengdu-voc"));
        String big = System.getProperty("chaxu.ide.benchmark", "none");
        if (big.isBlank() || big.equals("none") || big.equals("null") || big.startsWith("${")) {
            big = ""; // the smoke run only
        }
        if (!big.isBlank()) {
            rows.add(measure("generated project " + Path.of(big).getFileName(), Path.of(big), "b-province-0.chaxu", "d-city-0.chaxu", null));
        }
        StringBuilder report = new StringBuilder("| project | save | median | max |\n|---|---|---:|---:|\n");
        rows.forEach(report::append);
        System.out.print(report);
        Path target = Workbench.root().resolve(big.isBlank() ? "bundles/org.chaxu.ide.tests/target/save-latency.md" : "docs/save-latency.md");
        Files.createDirectories(target.getParent());
        Files.writeString(target, "# Save → markers in the workbench\n\nMeasured by `SaveLatencyTest`"
                + (big.isBlank() ? "" : " (`releng/benchmark-builder.sh`)") + ": a province's baseline saved, the incremental "
                + "build run until the markers of every file whose findings changed are rewritten.\n\n" + report, StandardCharsets.UTF_8);
    }

    /**
     * Copies {@code dir} into a workspace project, builds it, then saves {@code province} with its
     * first binding value alternately loosened (to 95) and restored, timing each incremental build.
     */
    private static String measure(String label, Path dir, String province, String city, String cityFinding)
            throws Exception {
        IProject project = Workbench.project("save-latency-" + Math.abs(label.hashCode()));
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.toString().endsWith(".chaxu")).sorted().toList();
        }
        for (Path file : files) {
            Workbench.write(project.getFile(file.getFileName().toString()), Files.readString(file, StandardCharsets.UTF_8));
        }
        Workbench.fullBuild(project);
        IFile provinceFile = project.getFile(province);
        IFile cityFile = project.getFile(city);
        String text = Files.readString(dir.resolve(province), StandardCharsets.UTF_8);
        String looser = text.replaceFirst("value=\"[\\d.]+\"(?=[^>]*binding=\"true\")", "value=\"95\"");
        assertTrue(!looser.equals(text), "a binding value in " + province);
        List<String> before = Workbench.findingLines(cityFile);
        if (cityFinding != null) {
            assertTrue(before.contains(cityFinding), before::toString);
        }
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            boolean loosen = i % 2 == 0;
            Workbench.write(provinceFile, loosen ? looser : text);
            long started = System.nanoTime();
            Workbench.build(project);
            times.add((System.nanoTime() - started) / 1e6);
            List<String> now = Workbench.findingLines(cityFile);
            if (loosen && cityFinding != null) {
                assertTrue(!now.contains(cityFinding), "the city's markers follow the province's save: " + now);
            } else if (!loosen) {
                assertEquals(before, now, "restored");
            }
        }
        times.sort(null);
        project.delete(true, true, null);
        return String.format(Locale.ROOT, "| %s | %s | %.0f ms | %.0f ms |%n", label, province, times.get(times.size() / 2),
                times.get(times.size() - 1));
    }
}
