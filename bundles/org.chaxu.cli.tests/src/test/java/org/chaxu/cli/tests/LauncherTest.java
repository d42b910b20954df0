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
 * The {@code ./chaxu} launcher starts the jar with a class data sharing archive when the build made
 * one. An archive that does not fit (none, one made for another jar, a damaged file) must change
 * nothing the user sees: the same report, the same messages, the same exit code as
 * {@code java -jar chaxu.jar}, and no JVM warning in either stream. Each case runs a copy of the
 * launcher beside a copy of the jar in a scratch folder laid out like the repository.
 */
class LauncherTest {

    private static final String MODEL = "examples/prd-air.chaxu";

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

    private static void assertSameAsJar(Path launcher) throws Exception {
        String model = Chaxu.root().resolve(MODEL).toString();
        for (String format : List.of("text", "json")) {
            Chaxu.Result jar = Chaxu.run("check", "--format", format, "--color", "never", model);
            Chaxu.Result launched = Chaxu.exec(List.of(launcher.toString(), "check", "--format", format, "--color", "never", model));
            assertEquals(1, jar.exit(), jar::toString);
            assertEquals(jar.exit(), launched.exit(), launched::toString);
            assertEquals(jar.out(), launched.out(), format + " report");
            assertEquals(jar.err(), launched.err(), format + " messages");
            assertFalse(launched.out().contains("[warning]") || launched.err().contains("[warning]"), launched::toString);
        }
    }
}
