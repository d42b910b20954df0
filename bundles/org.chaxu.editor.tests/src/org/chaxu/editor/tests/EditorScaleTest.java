// SPDX-License-Identifier: EPL-2.0
package org.chaxu.editor.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.chaxu.editor.ChaxuEditor;
import org.chaxu.governance.GovernancePackage;
import org.chaxu.governance.Standard;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.junit.jupiter.api.Test;

/**
 * The editor at national size never freezes: a generated model of 50,000 elements opens, a unit
 * selected shows its details and a value edited shows its findings, each within a generous bound
 * (a guard that fails when work that grows with the model is back on the UI thread). With
 * {@code -Dchaxu.editor.scale=10000,50000,…} (releng/benchmark-editor-scale.sh) the same at each
 * size, the figures written to docs/editor-scale.md.
 */
class EditorScaleTest extends WorkbenchTestCase {

    /** Generous bounds for the guard at 50k elements, in ms: the budget is 2 s to open, 50 ms to select, 100 ms to decorate. */
    static final long OPEN_BOUND_MS = 20_000;
    static final double SELECT_BOUND_MS = 1_000;
    static final double EDIT_BOUND_MS = 3_000;

    @Test
    void aNationalModelOpensSelectsAndDecoratesWithinBudget() throws Exception {
        String sizes = System.getProperty("chaxu.editor.scale", "");
        // the build passes an unset property as "" or "null"
        boolean benchmark = sizes.matches("\\s*\\d+(\\s*,\\s*\\d+)*\\s*");
        List<String> rows = new ArrayList<>();
        for (String size : benchmark ? sizes.split(",") : new String[] {"50000"}) {
            rows.add(measure(Integer.parseInt(size.strip()), !benchmark));
        }
        String report = report(rows);
        System.out.println(report);
        if (benchmark) {
            Files.writeString(Editors.root().resolve("docs/editor-scale.md"), report, StandardCharsets.UTF_8);
        }
    }

    private static String measure(int size, boolean guard) throws Exception {
        IProject project = Editors.project("scale-" + size, false);
        IFile file = project.getFile("national.chaxu");
        file.create(new java.io.ByteArrayInputStream(NationalModel.ofSize(size, 7)), true, null);

        long start = System.nanoTime();
        ChaxuEditor editor = Editors.open(file);
        double uiOpen = (System.nanoTime() - start) / 1e6;
        Editors.waitUntil("the model shown", () -> editor.model() != null);
        double shown = (System.nanoTime() - start) / 1e6;
        Editors.liveFindings(editor);
        double checked = (System.nanoTime() - start) / 1e6;
        int elements = 0;
        for (var it = editor.resource().getAllContents(); it.hasNext(); it.next()) {
            elements++;
        }

        // select units, as a click in the Units page does: the UI thread's time until the details are laid out
        Random random = new Random(11);
        List<Double> selections = new ArrayList<>();
        List<EObject> units = new ArrayList<>(editor.model().getUnits());
        for (int i = 0; i < 12; i++) {
            EObject unit = units.get(random.nextInt(units.size()));
            long t = System.nanoTime();
            editor.reveal(unit);
            Editors.processEvents();
            selections.add((System.nanoTime() - t) / 1e6);
        }
        // a standard's value edited: until the pages show the findings of the changed model
        Standard standard = Editors.element(editor, "p1c1-voc");
        List<Double> edits = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            double value = i % 2 == 0 ? standard.getValue() * 2 : standard.getValue() / 2;
            long[] decorated = {0};
            Runnable listener = () -> decorated[0] = System.nanoTime();
            editor.addFindingsListener(listener);
            long t = System.nanoTime();
            assertTrue(editor.execute(SetCommand.create(editor.getEditingDomain(), standard, GovernancePackage.Literals.STANDARD__VALUE, value)));
            long generation = editor.modelGeneration();
            Editors.waitUntil("the decorations of edit " + i, () -> editor.findings().generation() == generation && decorated[0] != 0);
            editor.removeFindingsListener(listener);
            edits.add((decorated[0] - t) / 1e6);
        }
        Editors.closeAll();
        Editors.waitForJobs();
        project.delete(true, true, null);
        double select = median(selections);
        double edit = median(edits);
        if (guard) {
            assertTrue(shown <= OPEN_BOUND_MS, () -> "opening " + size + " elements took " + shown + " ms");
            assertTrue(select <= SELECT_BOUND_MS, () -> "a selection took " + select + " ms in the median: " + selections);
            assertTrue(edit <= EDIT_BOUND_MS, () -> "edit → decoration took " + edit + " ms in the median: " + edits);
        }
        return String.format(Locale.ROOT, "| %,d | %.0f | %.0f | %.0f | %.1f | %.1f | %.1f | %.1f |", elements, uiOpen, shown, checked,
                select, Collections.max(selections), edit, Collections.max(edits));
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static String report(List<String> rows) {
        StringBuilder text = new StringBuilder("# Editor at national size\n\n");
        text.append("Measured ").append(LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"))).append(" on ")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores, Java ").append(System.getProperty("java.version"))
                .append(", max heap ").append(Runtime.getRuntime().maxMemory() >> 20).append(" MB, in a workbench under Xvfb ")
                .append("(releng/benchmark-editor-scale.sh; EditorScaleTest).\n\n")
                .append("Each row: a generated national model (NationalModel, seed 7) opened in the Chaxu editor; the UI thread's share ")
                .append("of opening it; until the model is shown; until its first findings; twelve units selected as a click in the Units ")
                .append("page selects them (the UI thread's time until the details are laid out); twelve edits of a standard's value ")
                .append("until the pages show the findings of the changed model. Budget: open ≤ 2,000 ms, select ≤ 50 ms, ")
                .append("edit → decoration ≤ 100 ms.\n\n")
                .append("| elements | open, UI thread (ms) | shown (ms) | first findings (ms) | select, median (ms) | max | ")
                .append("edit → decoration, median (ms) | max |\n|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        rows.forEach(row -> text.append(row).append('\n'));
        return text.toString();
    }
}
