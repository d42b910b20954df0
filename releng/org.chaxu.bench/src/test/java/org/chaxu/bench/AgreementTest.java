// SPDX-License-Identifier: EPL-2.0
package org.chaxu.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.chaxu.engine.RuleCatalog;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark's smoke run at the smallest scale: the generated model breaks every rule of the
 * catalogue, and the Chaxu engine, the hand-written Java validator and the EVL script report the
 * same findings (rule id and element) — before and after the benchmark's edits.
 */
class AgreementTest {

    static RuleCatalog catalog;

    @BeforeAll
    static void compile() {
        catalog = RuleCatalog.shipped();
    }

    @Test
    void theSameSeedAndScaleGiveTheSameModelAndAnotherSeedAnother(@TempDir Path dir) throws Exception {
        NationalModel.write(1, 7, dir.resolve("a.chaxu"));
        NationalModel.write(1, 7, dir.resolve("b.chaxu"));
        NationalModel.write(1, 8, dir.resolve("c.chaxu"));
        assertArrayEquals(Files.readAllBytes(dir.resolve("a.chaxu")), Files.readAllBytes(dir.resolve("b.chaxu")));
        assertNotEquals(Files.readString(dir.resolve("a.chaxu")), Files.readString(dir.resolve("c.chaxu")));
    }

    @Test
    void aDoubledScaleDoublesTheModel(@TempDir Path dir) throws Exception {
        int one = NationalModel.write(1, 1, dir.resolve("1.chaxu"));
        int two = NationalModel.write(2, 1, dir.resolve("2.chaxu"));
        int four = NationalModel.write(4, 1, dir.resolve("4.chaxu"));
        assertTrue(one > 700 && one < 1400, "scale 1: " + one);
        assertTrue(two > 1.6 * one && two < 2.4 * one, one + " → " + two);
        assertTrue(four > 1.6 * two && four < 2.4 * two, two + " → " + four);
    }

    /** Ties the baseline rules must break: at every binding level, a standard for a sector exactly as strict as its issuer's for all sectors. */
    @Test
    void theModelHasEquallyStrictSectorAndAllSectorBaselinesAtEveryLevel(@TempDir Path dir) throws Exception {
        Path model = dir.resolve("national.chaxu");
        NationalModel.write(1, 1, model);
        Set<String> levels = new TreeSet<>();
        new org.chaxu.engine.ModelLoader().load(model).resource().getAllContents().forEachRemaining(o -> {
            if (o instanceof org.chaxu.governance.AdministrativeUnit unit) {
                for (org.chaxu.governance.Standard general : unit.getStandards()) {
                    for (org.chaxu.governance.Standard specific : unit.getStandards()) {
                        if (general.isBinding() && specific.isBinding() && general.getSector() == null && specific.getSector() != null
                                && general.getIndicator() == specific.getIndicator()
                                && general.getIndicator().getDirection() != org.chaxu.governance.Direction.MANDATORY_ACTION
                                && org.chaxu.governance.logic.Comparisons.compare(general, specific) == org.chaxu.governance.Strictness.EQUAL) {
                            levels.add(unit.getLevel().getName() + " " + general.getIndicator().getDirection().getName());
                        }
                    }
                }
            }
        });
        // cities bind half their grid, not their deadlines: no binding deadline tie there by design
        for (String tie : List.of("CENTRAL UPPER_LIMIT", "CENTRAL DEADLINE", "PROVINCIAL UPPER_LIMIT", "PROVINCIAL DEADLINE",
                "PREFECTURAL UPPER_LIMIT")) {
            assertTrue(levels.contains(tie), tie + " ties in " + levels);
        }
    }

    @Test
    void everyRuleIsBrokenAndTheThreeImplementationsAgreeBeforeAndAfterEdits(@TempDir Path dir) throws Exception {
        Path model = dir.resolve("national.chaxu");
        NationalModel.write(1, 1, model);
        try (Checker engine = new Checker.Engine(catalog); Checker java = new Checker.Java(); Checker evl = new Checker.Evl()) {
            List<Checker> checkers = List.of(engine, java, evl);
            for (Checker c : checkers) {
                c.load(model);
            }
            List<String> findings = agree(checkers, "the generated model");
            Set<String> rules = new TreeSet<>();
            findings.forEach(f -> rules.add(f.substring(0, f.indexOf(' '))));
            Set<String> catalogue = new TreeSet<>();
            catalog.rules().forEach(r -> catalogue.add(r.id()));
            catalogue.removeIf(id -> !id.contains("-")); // the baseline derivation reports nothing
            assertEquals(catalogue, rules, "every rule of the catalogue is broken somewhere in the model");

            for (Checker c : checkers) {
                Workload.inject(c.resource(), 42, Bench.FAULTS);
            }
            List<String> injected = agree(checkers, "after 10 injected faults");
            assertNotEquals(findings, injected, "the injected faults change the findings");
            for (Checker c : checkers) {
                Workload.repair(c.resource(), injected);
            }
            agree(checkers, "after a repair round");
            for (Workload.Kind kind : Workload.Kind.values()) {
                if (kind == Workload.Kind.REMOVE_INTERVENTION) {
                    continue;
                }
                List<Workload.Edit> edits = checkers.stream().map(c -> Workload.edit(c.resource(), kind, 3)).toList();
                edits.forEach(e -> e.apply().run());
                agree(checkers, "after " + kind.label);
                edits.forEach(e -> e.undo().run());
                agree(checkers, "after undoing " + kind.label);
            }
        }
    }

    /**
     * The boundary cases the shipped rules are tested on (rules/examples) and the single-file worked
     * cases: the engine and both peers, which compare standards, convert units and walk the
     * hierarchy with their own code, give the same findings on each — so a wrong conversion factor
     * or comparison in the product shows here as a disagreement, not as an agreement of copies.
     */
    @Test
    void theThreeImplementationsAgreeOnEveryBoundaryCaseAndWorkedCase() throws Exception {
        Path root = Path.of(System.getProperty("chaxu.root", "../..")).toAbsolutePath().normalize();
        List<Path> models = new java.util.ArrayList<>();
        try (var files = Files.list(root.resolve("rules/examples"))) {
            files.filter(p -> p.toString().endsWith(".chaxu")).sorted().forEach(models::add);
        }
        for (String example : List.of("prd-air.chaxu", "jjj-air/jjj-air.chaxu", "clean-region/clean-region.chaxu",
                "xian-xianyang-transport/xian-xianyang-transport.chaxu")) {
            models.add(root.resolve("examples").resolve(example));
        }
        assertTrue(models.size() > 90, () -> "the cases: " + models.size());
        for (Path model : models) {
            try (Checker engine = new Checker.Engine(catalog); Checker java = new Checker.Java(); Checker evl = new Checker.Evl()) {
                List<Checker> checkers = List.of(engine, java, evl);
                for (Checker c : checkers) {
                    c.load(model);
                }
                List<String> reference = engine.check();
                for (Checker other : List.of(java, evl)) {
                    List<String> findings = other.check();
                    assertEquals(reference, findings, () -> model.getFileName() + ": the engine and " + other.name() + " disagree:\n"
                            + Bench.difference(reference, findings));
                }
            }
        }
    }

    /** The single-edit command at the smallest scale: it runs, checks that the undone edits leave the findings as they were, writes its table. */
    @Test
    void theEditsCommandWritesItsTable(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("edits.md");
        new Edits(1, 1, 2, 3, out, dir).run();
        String md = Files.readString(out);
        for (Workload.Kind kind : List.of(Workload.Kind.VALUE, Workload.Kind.SUPERIOR, Workload.Kind.RENAME)) {
            assertTrue(md.contains("| " + kind.label + " | "), kind.label + " in\n" + md);
        }
        assertTrue(md.contains("| an intervention added (its undo: removed) | "), md);
    }

    private static List<String> agree(List<Checker> checkers, String when) {
        List<String> reference = checkers.get(0).check();
        assertTrue(!reference.isEmpty());
        assertEquals(List.of(), Checker.duplicates(reference), () -> when + ": " + checkers.get(0).name() + " judges a standard twice");
        for (Checker other : checkers.subList(1, checkers.size())) {
            List<String> findings = other.check();
            assertEquals(List.of(), Checker.duplicates(findings), () -> when + ": " + other.name() + " judges a standard twice");
            assertEquals(reference, findings, () -> when + ": " + checkers.get(0).name() + " and " + other.name() + " disagree:\n"
                    + Bench.difference(reference, findings));
        }
        return reference;
    }
}
