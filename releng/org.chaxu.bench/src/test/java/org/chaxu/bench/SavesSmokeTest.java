// SPDX-License-Identifier: EPL-2.0
package org.chaxu.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The project benchmark's smoke run on a small project of each shape: every kind of save is
 * applied as edits and, after them, every file's findings equal a fresh check's (the benchmark
 * stops otherwise); the figures are written.
 */
class SavesSmokeTest {

    @Test
    void savesOnASmallProjectOfEachShapeAgreeWithAFreshCheck(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("saves.md");
        new Saves(14, 1_400, 3, 5, out, dir.resolve("work")).run();
        String written = Files.readString(out);
        for (Saves.Shape shape : Saves.Shape.values()) {
            assertTrue(written.contains(shape.label), written);
        }
        for (Saves.Save save : Saves.Save.values()) {
            assertTrue(written.contains(save.label), written);
        }
    }
}
