// SPDX-License-Identifier: EPL-2.0
package org.chaxu.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * A fixed-seed fuzz run in the build: 1,000 broken models from the worked cases, each checked
 * in this JVM as {@code chaxu check} (or {@code chaxu report}) must exit 0, 1 or 2 within the
 * time limit, print no stack trace and no internal class name, name the model with a line on
 * exit 2, leave the model as it was and contact nothing. {@code releng/fuzz.sh} runs more.
 */
class FuzzTest {

    static final int CASES = 1000;
    static final long SEED = 20260101;

    static Path root() {
        return Path.of(System.getProperty("chaxu.root", "../..")).toAbsolutePath().normalize();
    }

    @Test
    void aFixedSeedRunHasNoFailure() throws Exception {
        Path results = Path.of("target/fuzz-test").toAbsolutePath();
        Fuzz.Totals totals = Fuzz.run(new Fuzz.Settings(CASES, SEED, 30_000, root().resolve("examples"), results, -1, false), null);
        System.out.print(totals.text());
        assertEquals(CASES, totals.cases);
        assertEquals(0, totals.failureCount(), () -> totals.text() + "failing cases and their output: " + results.resolve("failures"));
        for (String exit : totals.exits.keySet()) {
            assertTrue(exit.equals("0") || exit.equals("1") || exit.equals("2"), exit);
        }
        // the run reaches all three outcomes: mutations that leave the model readable, and ones that do not
        assertTrue(totals.exits.getOrDefault("2", 0) > CASES / 4, totals::text);
        assertTrue(totals.exits.getOrDefault("0", 0) + totals.exits.getOrDefault("1", 0) > CASES / 10, totals::text);
    }

    /**
     * A fixed-seed run over what a pull request controls besides models: settings files, the files
     * of the project (links out, devices, rule folders) and command lines. No secret beside the
     * project is printed or copied, no file but the named outputs is written, every exit is 0, 1 or 2.
     */
    @Test
    void aFixedSeedRunOfSettingsTreesAndArgumentsHasNoFailure() throws Exception {
        byte[] model = Files.readAllBytes(root().resolve("examples/prd-air.chaxu"));
        SettingsFuzz.Totals totals = SettingsFuzz.run(SETTINGS_CASES, SEED, Path.of("target/settings-fuzz").toAbsolutePath(), model, 60_000);
        System.out.print(totals.text());
        assertEquals(SETTINGS_CASES, totals.cases);
        assertEquals(java.util.List.of(), totals.failed, totals::text);
        for (String kind : java.util.List.of("settings:baseline", "settings:ruleFolders", "settings:bom", "settings:bytes", "settings:link",
                "tree:link-secret", "tree:link-stdin", "tree:link-device", "tree:rules-ok", "argument:output", "argument:max-firings",
                "argument:write-baseline", "argument:rules-from")) {
            assertTrue(totals.kinds.getOrDefault(kind, 0) > 0, kind + " in " + totals.kinds);
        }
        for (String exit : java.util.List.of("0", "1", "2")) {
            assertTrue(totals.exits.getOrDefault(exit, 0) > 0, "exit " + exit + " in " + totals.exits);
        }
    }

    static final int SETTINGS_CASES = 300;

    @Test
    void theSameSeedGivesTheSameCases() throws Exception {
        Path examples = root().resolve("examples");
        byte[] original = Files.readAllBytes(examples.resolve("prd-air.chaxu"));
        for (int index : new int[] { 0, 7, 123 }) {
            Mutator.Case a = new Mutator(new java.util.Random(Fuzz.caseSeed(SEED, index)), 9).mutate("prd-air.chaxu", original);
            Mutator.Case b = new Mutator(new java.util.Random(Fuzz.caseSeed(SEED, index)), 9).mutate("prd-air.chaxu", original);
            assertEquals(a.mutations(), b.mutations());
            assertTrue(java.util.Arrays.equals(a.bytes(), b.bytes()));
        }
    }

    @Test
    void theJudgeSeesWhatAUserMustNotSee() {
        String file = "/w/case.chaxu";
        assertEquals(java.util.List.of(), CaseRunner.judge(2, "", file + ":3: error: x\n", 1, file).failures());
        assertEquals(java.util.List.of(), CaseRunner.judge(1, "finding", "", 1, file).failures());
        assertEquals(java.util.List.of("exit 3"), CaseRunner.judge(3, "", file + ": internal error: x", 1, file).failures());
        assertEquals(java.util.List.of("exit 2 without file:line"), CaseRunner.judge(2, "", "chaxu: error: x", 1, file).failures());
        assertEquals(java.util.List.of("stack trace"),
                CaseRunner.judge(0, "", "boom\n\tat x.y(Z.java:1)\n", 1, file).failures());
        assertEquals(java.util.List.of("internal name"),
                CaseRunner.judge(2, "", file + ":1: error: org.chaxu.governance.impl.StandardImpl@1f", 1, file).failures());
        assertEquals(java.util.List.of("hang"), CaseRunner.judge(CaseRunner.HANG, "", "", 1, file).failures());
        String inOurFolder = "/w/org.chaxu.fuzz/case.chaxu";
        assertEquals(java.util.List.of(), CaseRunner.judge(2, "", inOurFolder + ":3: error: x\n", 1, inOurFolder).failures(),
                "the folder's name is not a message");
    }
}
