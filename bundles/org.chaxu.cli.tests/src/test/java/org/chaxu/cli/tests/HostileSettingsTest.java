// SPDX-License-Identifier: EPL-2.0
package org.chaxu.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A settings file from a pull request (issue 19): the project bounds every path it names, nothing
 * outside the project is read or shown, and with {@code --rules-from shipped} no DRL file of the
 * project runs.
 */
class HostileSettingsTest {

    static final String SECRET = "TOKEN-5f0c2a-never-shown";

    /** A project below {@code dir} with one clean model and the given settings; a secret beside it, outside. */
    static Path project(Path dir, String settings) throws Exception {
        Files.writeString(dir.resolve("secret.txt"), SECRET + "\n");
        Path project = Files.createDirectories(dir.resolve("project"));
        Files.createDirectories(project.resolve(".chaxu"));
        Files.writeString(project.resolve(".chaxu/settings.properties"), settings, StandardCharsets.UTF_8);
        HostileInputTest.write(project, "model.chaxu", "  <units id=\"central\" name=\"Central\" level=\"CENTRAL\" rank=\"NATIONAL\"/>\n");
        return project;
    }

    static void assertRefusedWithoutContent(Chaxu.Result r, String key) {
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().contains("settings.properties:"), "the settings file and line: " + r);
        assertTrue(r.err().contains(key), r::toString);
        assertFalse(r.err().contains(SECRET) || r.out().contains(SECRET), "nothing of the file is shown: " + r);
        assertFalse(r.err().contains("PATH=") || r.err().contains("HOME="), "no environment: " + r);
        HostileInputTest.assertClean(r);
    }

    @Test
    void aBaselineOrRuleFolderOutsideTheProjectIsRefusedAndNeverQuoted(@TempDir Path dir) throws Exception {
        for (String value : new String[] { "/proc/self/environ", "../secret.txt", "sub/../../secret.txt", "/etc/passwd" }) {
            Path project = project(dir, "baseline=" + value + "\n");
            Chaxu.Result r = Chaxu.run("check", project.resolve("model.chaxu").toString());
            assertRefusedWithoutContent(r, "baseline=" + value + " is outside the project");
        }
        for (String value : new String[] { "/etc", "../..", "/proc" }) {
            Path project = project(dir, "ruleFolders=" + value + "\n");
            Chaxu.Result r = Chaxu.run("check", project.resolve("model.chaxu").toString());
            assertRefusedWithoutContent(r, "ruleFolders=" + value + " is outside the project");
        }
    }

    @Test
    void aLinkOutOfTheProjectIsRefusedWhereverItIs(@TempDir Path dir) throws Exception {
        Path project = project(dir, "baseline=known.txt\n");
        Files.createSymbolicLink(project.resolve("known.txt"), dir.resolve("secret.txt"));
        assertRefusedWithoutContent(Chaxu.run("check", project.resolve("model.chaxu").toString()), "baseline=known.txt");

        // the settings file itself a link to a token: not read at all
        Path linked = project(Files.createDirectories(dir.resolve("b")), "");
        Files.delete(linked.resolve(".chaxu/settings.properties"));
        Files.createSymbolicLink(linked.resolve(".chaxu/settings.properties"), dir.resolve("b/secret.txt"));
        Chaxu.Result r = Chaxu.run("check", linked.resolve("model.chaxu").toString());
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().contains("outside the project"), r::toString);
        assertFalse(r.err().contains(SECRET), r::toString);
    }

    @Test
    void aBaselineLineThatIsNoFingerprintIsNamedNotQuoted(@TempDir Path dir) throws Exception {
        Path project = project(dir, "baseline=known.txt\n");
        Files.writeString(project.resolve("known.txt"), "# a baseline\n" + SECRET + "\n");
        Chaxu.Result r = Chaxu.run("check", project.resolve("model.chaxu").toString());
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().contains("known.txt:2: not a baseline line"), r::toString);
        assertFalse(r.err().contains(SECRET), r::toString);
    }

    @Test
    void aByteOrderMarkIsNotPartOfTheFirstKey(@TempDir Path dir) throws Exception {
        Path project = project(dir, "\uFEFFlanguage=zh\n");
        Chaxu.Result r = Chaxu.run("check", project.resolve("model.chaxu").toString());
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().contains("已检查 1 个模型"), "the first key read: " + r);
    }

    /** Links below the root that lead out of it are not followed: not by a reference, not by a folder scan. */
    @Test
    void linksOutOfTheRootAreFollowedNeitherByAReferenceNorByAFolderScan(@TempDir Path dir) throws Exception {
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Path secret = HostileInputTest.write(outside, "secret.chaxu", "  <units id=\"x\" name=\"" + SECRET
                + "\" level=\"CENTRAL\" rank=\"NATIONAL\"/>\n");
        Path project = Files.createDirectories(dir.resolve("project"));
        Files.createSymbolicLink(project.resolve("link.chaxu"), secret);
        Files.createSymbolicLink(project.resolve("stdin.chaxu"), Path.of("/dev/stdin"));
        Path a = HostileInputTest.write(project, "a.chaxu", "  <units id=\"p\" name=\"P\" level=\"PROVINCIAL\" "
                + "rank=\"MINISTERIAL\" superior=\"link.chaxu#x\"/>\n  <units id=\"q\" name=\"Q\" level=\"PROVINCIAL\" "
                + "rank=\"MINISTERIAL\" superior=\"stdin.chaxu#x\"/>\n");
        Chaxu.Result r = Chaxu.run("check", "--root", project.toString(), a.toString());
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().contains("only to files below") || r.err().contains("only to regular .chaxu files"), r::toString);
        assertFalse(r.out().contains(SECRET) || r.err().contains(SECRET), r::toString);

        Chaxu.Result scan = Chaxu.run("check", "--format", "json", "--root", project.toString(), project.toString());
        assertFalse(scan.out().contains("link.chaxu") || scan.out().contains("stdin.chaxu"), "links out are no models: " + scan);
        assertFalse(scan.out().contains(SECRET) || scan.err().contains(SECRET), scan::toString);
    }

    /** What settings say in vain is told, with its line: an unknown rule id, a suppression that hides nothing, stale baseline entries. */
    @Test
    void unknownRuleIdsUnusedSuppressionsAndStaleBaselineEntriesAreWarnings(@TempDir Path dir) throws Exception {
        Path project = project(dir, "rule.BASE-LOOSR.enabled=false\n"
                + "suppress.BASE-LOOSER.c-voc=agreed with the province in 2024\n"
                + "suppress.BASE-LOOSER.gone=an element that was deleted since\n");
        HostileInputTest.write(project, "model.chaxu", "  <indicators id=\"voc\" name=\"VOC\" unit=\"mg/m³\" direction=\"UPPER_LIMIT\"/>\n"
                + "  <units id=\"p\" name=\"P\" level=\"PROVINCIAL\" rank=\"MINISTERIAL\">\n"
                + "    <standards id=\"p-voc\" name=\"P VOC\" indicator=\"voc\" value=\"30\" binding=\"true\"/>\n  </units>\n"
                + "  <units id=\"c\" name=\"C\" level=\"PREFECTURAL\" rank=\"PREFECTURAL\" superior=\"p\">\n"
                + "    <standards id=\"c-voc\" name=\"C VOC\" indicator=\"voc\" value=\"40\"/>\n  </units>\n");
        HostileInputTest.write(project, "other.chaxu", "  <units id=\"o\" name=\"O\" level=\"CENTRAL\" rank=\"NATIONAL\"/>\n");
        Chaxu.Result r = Chaxu.run("check", project.toString());
        assertEquals(0, r.exit(), "the one finding is suppressed: " + r);
        String settings = project.resolve(".chaxu/settings.properties").toString();
        assertTrue(r.err().contains(settings + ":1: warning: rule.BASE-LOOSR.enabled: no rule has the id BASE-LOOSR"), r::toString);
        assertTrue(r.err().contains(settings + ":3: warning: suppress.BASE-LOOSER.gone hides no finding"), r::toString);
        assertFalse(r.err().contains(settings + ":2:"), "the used suppression: " + r);

        // one file of the project checked: the others' suppressions may be in use there, so none is called unused
        Chaxu.Result one = Chaxu.run("check", project.resolve("model.chaxu").toString());
        assertFalse(one.err().contains("hides no finding"), one::toString);
        assertTrue(one.err().contains("no rule has the id BASE-LOOSR"), one::toString);

        // a baseline with an entry no finding matches any more
        Files.writeString(project.resolve(".chaxu/settings.properties"), "baseline=.chaxu/known.txt\n");
        Files.writeString(project.resolve(".chaxu/known.txt"), "0".repeat(64) + " BASE-LOOSER gone\n");
        Chaxu.Result stale = Chaxu.run("check", project.toString());
        assertEquals(1, stale.exit(), stale::toString);
        assertTrue(stale.err().contains("known.txt: warning: 1 entry of the baseline matches no finding any more"), stale::toString);
        assertTrue(stale.err().contains("known.txt:1: warning: this entry matches no finding any more"), stale::toString);
    }

    /** A rule that never returns, in its consequence or in a condition, or that recurses without end: exit 2 naming it. */
    @Test
    void aRuleThatSpinsOrRecursesEndsTheRunNamingIt(@TempDir Path dir) throws Exception {
        Path model = HostileInputTest.write(dir, "model.chaxu", "  <units id=\"central\" name=\"Central\" level=\"CENTRAL\" rank=\"NATIONAL\"/>\n");
        String[][] cases = {
                { "spin-then", "then\n    while (true) { Thread.onSpinWait(); }\n", "was running and never returned" },
                { "spin-when", "    eval( spin() )\nthen\n", "a rule's condition never returned" },
                { "recurse", "then\n    deeper(0);\n", "recursed until the stack ran out" } };
        for (String[] c : cases) {
            Path rules = Files.createDirectories(dir.resolve(c[0]));
            Files.writeString(rules.resolve(c[0] + ".drl"), "package evil;\nimport org.chaxu.governance.*;\n"
                    + "function boolean spin() { while (true) { Thread.onSpinWait(); } }\n"
                    + "function int deeper(int n) { return deeper(n + 1) + 1; }\n"
                    + "rule \"spinning consequence\" @id(\"EVIL-SPIN\") @severity(\"ERROR\")\nwhen\n    AdministrativeUnit()\n"
                    + c[1] + "end\n");
            Files.writeString(rules.resolve("messages.properties"), "EVIL-SPIN=never reported\n");
            long started = System.nanoTime();
            Chaxu.Result r = Chaxu.run("check", "--rules", rules.toString(), "--timeout", "2", model.toString());
            long seconds = (System.nanoTime() - started) / 1_000_000_000L;
            assertEquals(2, r.exit(), r::toString);
            assertTrue(r.err().contains(c[2]), c[0] + ": " + r);
            if (!c[0].equals("spin-when")) {
                assertTrue(r.err().contains("rule \"spinning consequence\"") && r.err().contains(c[0] + ".drl"), "named: " + r);
            }
            assertTrue(seconds < 60, c[0] + " ended by the watchdog, not by an outer timeout: " + seconds + " s");
            HostileInputTest.assertClean(r);
        }
    }

    /** A rule author's consequence that fills the memory: exit 2 naming the rule, not an internal error. */
    @Test
    void aRuleThatRunsOutOfMemoryIsNamed(@TempDir Path dir) throws Exception {
        Path model = HostileInputTest.write(dir, "model.chaxu", "  <units id=\"central\" name=\"Central\" level=\"CENTRAL\" rank=\"NATIONAL\"/>\n");
        Path rules = Files.createDirectories(dir.resolve("hungry"));
        Files.writeString(rules.resolve("hungry.drl"), "package hungry;\nimport org.chaxu.governance.*;\n"
                + "rule \"hungry consequence\" @id(\"HUNGRY-RULE\") @severity(\"ERROR\")\nwhen\n    AdministrativeUnit()\nthen\n"
                + "    java.util.ArrayList all = new java.util.ArrayList();\n    while (true) { all.add(new long[1000000]); }\nend\n");
        Files.writeString(rules.resolve("messages.properties"), "HUNGRY-RULE=never reported\n");
        Chaxu.Result r = Chaxu.exec(java.util.List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-jar", System.getProperty("chaxu.jar"), "check", "--rules", rules.toString(), model.toString()));
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().contains("rule \"hungry consequence\"") && r.err().contains("ran out of memory"), r::toString);
        HostileInputTest.assertClean(r);
    }

    /** A pull request that adds rules/x.drl: with --rules-from shipped nothing of it runs, with project it does. */
    @Test
    void withRulesFromShippedNoDrlFileOfTheProjectRuns(@TempDir Path dir) throws Exception {
        Path project = project(dir, "# defaults: ruleFolders=rules\n");
        Path rules = Files.createDirectories(project.resolve("rules"));
        Files.writeString(rules.resolve("x.drl"), "package evil;\nrule \"x\" @id(\"EVIL-X\") @severity(\"ERROR\")\nwhen\nthen\n"
                + "    throw new IllegalStateException(\"ran: " + SECRET + "\");\nend\n");
        Chaxu.Result project1 = Chaxu.run("check", project.resolve("model.chaxu").toString());
        assertTrue(project1.exit() >= 2 && (project1.err().contains("x.drl") || project1.err().contains("\"x\"")),
                "the project's rule runs by default: " + project1);
        Chaxu.Result shipped = Chaxu.run("check", "--rules-from", "shipped", project.resolve("model.chaxu").toString());
        assertEquals(0, shipped.exit(), shipped::toString);
        assertFalse(shipped.err().contains("x.drl") || shipped.err().contains("ran:"), shipped::toString);
    }
}
