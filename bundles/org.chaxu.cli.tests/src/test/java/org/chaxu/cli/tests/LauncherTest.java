// SPDX-License-Identifier: EPL-2.0
package org.chaxu.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./chaxu} launcher starts the jar with a class data sharing archive: the build's, or one
 * the first check writes into the user's cache. An archive that does not fit (none, one made for
 * another jar, a damaged file, a cache that cannot be written) must change nothing the user sees: the same report, the same messages, the same exit code as
 * {@code java -jar chaxu.jar}, and no JVM warning in either stream. Each case runs a copy of the
 * launcher beside a copy of the jar in a scratch folder laid out like the repository.
 */
class LauncherTest {

    private static final String MODEL = "examples/prd-air.chaxu";

    private static final java.util.Map<String, Chaxu.Result> JAR = new java.util.concurrent.ConcurrentHashMap<>();

    @TempDir
    Path scratch;

    @Test
    void withoutAnArchiveTheLauncherReportsWhatTheJarReports() throws Exception {
        assertSameAsJar(launcher(null));
    }

    @Test
    void anArchiveMadeForAnotherJarIsIgnoredSilently() throws Exception {
        Path built = Path.of(System.getProperty("chaxu.jar")).resolveSibling("chaxu.jsa");
        assumeTrue(Files.isRegularFile(built), "the build made no archive (-Dchaxu.cds.skip=true)");
        // the build's archive names the build's jar; the copy in the scratch folder is another file
        assertSameAsJar(launcher(Files.readAllBytes(built)));
    }

    @Test
    void aDamagedArchiveIsIgnoredSilently() throws Exception {
        byte[] damaged = new byte[4096];
        new java.util.Random(13).nextBytes(damaged);
        assertSameAsJar(launcher(damaged));
    }

    /** A launcher on the PATH as a symbolic link (two links, the second relative) finds its repository, not the link's folder. */
    @Test
    void aLauncherReachedThroughSymbolicLinksFindsItsRepository() throws Exception {
        Path launcher = launcher(null);
        Path bin = Files.createDirectories(scratch.resolve("home/bin"));
        Path first = Files.createSymbolicLink(scratch.resolve("home/chaxu-link"), launcher);
        Path onPath = Files.createSymbolicLink(bin.resolve("chaxu"), Path.of("../chaxu-link"));
        assertSameAsJar(onPath);
        assertTrue(Files.isSymbolicLink(first));
    }

    /**
     * Without the build's archive, the first check writes one into the user's cache, later runs map it,
     * and a new jar's first check replaces it: one archive per jar, the same reports throughout.
     */
    @Test
    void theFirstCheckLeavesAnArchiveInTheUsersCacheForLaterRuns() throws Exception {
        Path launcher = launcher(null);
        Path cache = scratch.resolve("cache/chaxu");
        assertSameAsJar(launcher); // text writes the archive, json maps it
        List<Path> archives = archives(cache);
        assertEquals(1, archives.size(), archives::toString);
        assertTrue(Files.size(archives.get(0)) > 1_000_000, "an archive of the checker's classes");
        assertSameAsJar(launcher);
        assertEquals(archives, archives(cache), "mapped, not written again");
        // a rebuilt jar (another time stamp): its first check replaces the archive of the old one
        Path jar = scratch.resolve("bundles/org.chaxu.cli/target/chaxu.jar");
        Files.setLastModifiedTime(jar, java.nio.file.attribute.FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() - 60_000));
        assertSameAsJar(launcher);
        List<Path> after = archives(cache);
        assertEquals(1, after.size(), after::toString);
        assertFalse(after.equals(archives), "a new archive for the new jar");
    }

    /** A cache that cannot be written (a file where the folder would be) changes nothing but the start time. */
    @Test
    void aCacheThatCannotBeWrittenChangesNothing() throws Exception {
        Path launcher = launcher(null);
        Files.writeString(scratch.resolve("cache"), "not a folder");
        assertSameAsJar(launcher);
    }

    /** A release's bin/chaxu runs its lib/chaxu.jar as it is (nothing to build) and caches its archive like the repository's. */
    @Test
    void aReleaseRunsItsOwnJar() throws Exception {
        Path home = Files.createDirectories(scratch.resolve("opt/chaxu-9.9.9"));
        Files.createDirectories(home.resolve("lib"));
        Files.copy(Path.of(System.getProperty("chaxu.jar")), home.resolve("lib/chaxu.jar"));
        Path launcher = Files.copy(Chaxu.root().resolve("chaxu"), Files.createDirectories(home.resolve("bin")).resolve("chaxu"));
        launcher.toFile().setExecutable(true);
        Path onPath = Files.createSymbolicLink(Files.createDirectories(scratch.resolve("home/bin")).resolve("chaxu"), launcher);
        assertSameAsJar(onPath);
        assertEquals(1, archives(scratch.resolve("cache/chaxu")).size());
    }

    /**
     * The heap is sized for the models named: nothing asked for a small model; 80 times the models'
     * size (a file or a folder's models) when that is more than the JVM's own quarter of the
     * memory, up to three quarters of it; an -Xmx of CHAXU_JAVA_OPTS winning. A large model is
     * compiled by the optimising compiler, a small one by the quick one only.
     */
    @Test
    void theHeapAndTheCompilerAreChosenForTheModels() throws Exception {
        Path launcher = launcher(null);
        // a java that prints what it is given
        Path javaHome = Files.createDirectories(scratch.resolve("jdk/bin"));
        Path standIn = Files.writeString(javaHome.resolve("java"), "#!/bin/sh\necho \"$@\"\n");
        standIn.toFile().setExecutable(true);
        Path models = Files.createDirectories(scratch.resolve("national"));
        long memory = java.lang.management.ManagementFactory.getPlatformMXBean(com.sun.management.OperatingSystemMXBean.class)
                .getTotalMemorySize() >> 20;
        // a file (sparse) large enough to need more than the JVM's quarter of this machine's memory
        long size = Math.max(100, memory / 4 / 80 + 50) << 20;
        try (java.io.RandomAccessFile big = new java.io.RandomAccessFile(models.resolve("national.chaxu").toFile(), "rw")) {
            big.setLength(size);
        }
        Files.writeString(models.resolve("small.chaxu"), "<x/>");
        java.util.Map<String, String> env = new java.util.HashMap<>(java.util.Map.of("JAVA_HOME", scratch.resolve("jdk").toString(),
                "XDG_CACHE_HOME", scratch.resolve("cache").toString(), "CHAXU_CDS", "off"));
        String small = Chaxu.exec(List.of(launcher.toString(), "check", models.resolve("small.chaxu").toString()), null, env).out();
        assertFalse(small.contains("-Xmx"), small);
        assertTrue(small.contains("-XX:TieredStopAtLevel=1"), "a small model: the quick compiler only: " + small);
        String file = Chaxu.exec(List.of(launcher.toString(), "check", models.resolve("national.chaxu").toString()), null, env).out();
        String wanted = "-Xmx" + Math.min((size >> 20) * 80, memory * 3 / 4) + "m";
        assertTrue(file.contains(wanted), wanted + ": " + file);
        assertFalse(file.contains("-XX:TieredStopAtLevel=1"), "a large model: the optimising compiler too: " + file);
        String folder = Chaxu.exec(List.of(launcher.toString(), "check", models.toString()), null, env).out();
        assertTrue(folder.contains(wanted), "a folder counts its models: " + folder);
        env.put("CHAXU_JAVA_OPTS", "-Xmx3g");
        String chosen = Chaxu.exec(List.of(launcher.toString(), "check", models.toString()), null, env).out();
        assertTrue(chosen.contains("-Xmx3g") && !chosen.contains(wanted), chosen);
    }

    private static List<Path> archives(Path cache) throws IOException {
        if (!Files.isDirectory(cache)) {
            return List.of();
        }
        try (java.util.stream.Stream<Path> files = Files.list(cache)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jsa")).sorted().toList();
        }
    }

    /** A scratch repository with the launcher and the jar, and the archive when given; returns the launcher. */
    private Path launcher(byte[] archive) throws IOException {
        Path target = Files.createDirectories(scratch.resolve("bundles/org.chaxu.cli/target"));
        Files.copy(Path.of(System.getProperty("chaxu.jar")), target.resolve("chaxu.jar"), StandardCopyOption.COPY_ATTRIBUTES);
        if (archive != null) {
            Files.write(target.resolve("chaxu.jsa"), archive);
        }
        Path launcher = Files.copy(Chaxu.root().resolve("chaxu"), scratch.resolve("chaxu"));
        assertFalse(Files.exists(scratch.resolve("rules")), "nothing for the launcher to rebuild from");
        launcher.toFile().setExecutable(true);
        return launcher;
    }

    private void assertSameAsJar(Path launcher) throws Exception {
        String model = Chaxu.root().resolve(MODEL).toString();
        for (String format : List.of("text", "json")) {
            Chaxu.Result known = JAR.get(format);
            if (known == null) {
                known = Chaxu.run("check", "--format", format, "--color", "never", model);
                JAR.put(format, known); // what the jar reports, once for every case
            }
            Chaxu.Result jar = known;
            // the user's cache in the scratch folder: the launcher may write its archive there
            Chaxu.Result launched = Chaxu.exec(List.of(launcher.toString(), "check", "--format", format, "--color", "never", model),
                    null, java.util.Map.of("XDG_CACHE_HOME", scratch.resolve("cache").toString()));
            assertEquals(1, jar.exit(), jar::toString);
            assertEquals(jar.exit(), launched.exit(), launched::toString);
            assertEquals(jar.out(), launched.out(), format + " report");
            assertEquals(jar.err(), launched.err(), format + " messages");
            assertFalse(launched.out().contains("[warning]") || launched.err().contains("[warning]"), launched::toString);
        }
    }
}
