// SPDX-License-Identifier: EPL-2.0
package org.chaxu.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code chaxu format [--check]}: a model written by hand in another layout is named by --check
 * (exit 1, nothing written) and rewritten by format (its findings unchanged, then --check passes);
 * a model that cannot be read entirely, or has comments, is left as it is with its file and line (exit 2).
 */
class FormatCommandTest {

    @TempDir
    Path folder;

    @Test
    void checkNamesWhatFormatWritesAndLeavesWhatItCannotRead() throws Exception {
        String canonical = Files.readString(Chaxu.root().resolve("examples/prd-air.chaxu"));
        // the same model as a hand might write it: all on few lines, attributes reordered, '#' before ids, a closing tag
        String messy = canonical.replace("\n    name=", " name=").replace("\n    description=", " description=")
                .replace("superior=\"guangdong\"", "superior=\"#guangdong\"")
                .replace("level=\"PREFECTURAL\" rank=\"PREFECTURAL\"", "rank=\"PREFECTURAL\" level=\"PREFECTURAL\"");
        assertTrue(!messy.equals(canonical));
        Path models = Files.createDirectories(folder.resolve("models"));
        Path file = Files.writeString(models.resolve("prd-air.chaxu"), messy);
        Path tidy = Files.writeString(models.resolve("tidy.chaxu"), canonical);

        Chaxu.Result check = Chaxu.run("format", "--check", models.toString());
        assertEquals(1, check.exit(), check.toString());
        assertEquals(file + ": not in the canonical format (chaxu format " + file + " writes it)", check.out().strip());
        assertEquals(messy, Files.readString(file), "--check writes nothing");

        Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r-----"));
        Chaxu.Result before = Chaxu.run("check", "--format", "json", file.toString());
        Chaxu.Result format = Chaxu.run("format", models.toString());
        assertEquals(0, format.exit(), format.toString());
        assertEquals("formatted " + file, format.out().strip(), "only the file that changes is written");
        assertEquals(canonical, Files.readString(file), "the canonical text: as the shipped example is written");
        assertEquals("rw-r-----", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)),
                "the file keeps its permissions");
        try (java.util.stream.Stream<Path> left = Files.list(models)) {
            assertEquals(2, left.count(), "no temporary file left beside the models");
        }
        assertEquals(canonical, Files.readString(tidy));
        Chaxu.Result after = Chaxu.run("check", "--format", "json", file.toString());
        assertEquals(before.exit(), after.exit());
        assertEquals(findings(before.out()), findings(after.out()), "the same findings");

        // what cannot be read entirely is left as it is, named with its line
        Path commented = Files.writeString(models.resolve("commented.chaxu"), canonical.replace("  <units id=\"central\"",
                "  <!-- the centre -->\n  <units id=\"central\""));
        Path broken = Files.writeString(models.resolve("broken.chaxu"), canonical.replace("superior=\"guangdong\"", "superior=\"nowhere\""));
        byte[] commentedBytes = Files.readAllBytes(commented);
        byte[] brokenBytes = Files.readAllBytes(broken);
        Chaxu.Result refused = Chaxu.run("format", models.toString());
        assertEquals(2, refused.exit(), refused.toString());
        assertTrue(refused.err().contains(commented + ":5: error: left as it is: the canonical format has no place for XML comments"),
                refused.err());
        assertTrue(refused.err().contains(broken + ":") && refused.err().contains("nowhere"), refused.err());
        assertTrue(refused.err().contains(broken + ": error: left as it is: it cannot be read entirely"), refused.err());
        assertTrue(!refused.err().contains("Exception") && !refused.err().contains("\tat "), "no stack trace");
        assertArrayEquals(commentedBytes, Files.readAllBytes(commented));
        assertArrayEquals(brokenBytes, Files.readAllBytes(broken));
        assertEquals(canonical, Files.readString(file));
    }

    /** The findings of a JSON report without their lines and columns (the hand-written layout had other line breaks). */
    private static String findings(String json) {
        int at = json.indexOf("\"findings\"");
        assertTrue(at >= 0, json);
        return json.substring(at).lines().filter(l -> !l.matches("\\s*\"(line|column|endLine|endColumn)\"\\s*:.*")).toList().toString();
    }
}
