// SPDX-License-Identifier: EPL-2.0
package org.chaxu.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * The file {@code --output} names. It is checked before anything runs (its folder exists, it is
 * not a folder, it is not one of the models), written to a temporary file beside it and renamed
 * over it (a failure leaves the previous file whole, never a truncated report), and removed when
 * the run fails, so that no report from an earlier run is left looking current.
 */
final class ReportFile {

    /** Writes a report to a Writer. */
    interface Content {
        void write(Writer out) throws IOException;
    }

    private final Path path;

    ReportFile(Path path) {
        this.path = path.toAbsolutePath().normalize();
    }

    /** Why the report cannot be written there, or null. */
    String problem(List<Path> models) {
        return problem(models, "--output");
    }

    /** As {@link #problem(List)}, naming the option ({@code --output}, {@code --write-baseline}) in the reason. */
    String problem(List<Path> models, String option) {
        if (Files.isDirectory(path)) {
            return option + " " + path + " is a folder; name a file";
        }
        if (Files.exists(path, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
            return option + " " + path + " is not a regular file (a link, a device or a pipe); name a regular file";
        }

        Path folder = path.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            return option + " " + path + ": the folder " + folder + " does not exist";
        }
        for (Path model : models) {
            try {
                if (model.toAbsolutePath().normalize().equals(path) || Files.exists(model) && Files.exists(path) && Files.isSameFile(model, path)) {
                    return option + " " + path + " is one of the models being checked; the report would overwrite it";
                }
            } catch (IOException e) {
                // cannot compare: the names differ, which is what matters
            }
        }
        String name = path.getFileName().toString();
        if (name.endsWith(".chaxu") || name.endsWith(".drl") || name.equals("settings.properties")) {
            return option + " " + path + " would be read as a model, a rule file or settings; the report is none of them";
        }
        return null;
    }

    /**
     * Why the report cannot be written there now that the run has read its files, or null: it is
     * one of them (a model a model refers to, the settings, the baseline).
     */
    String problemAfterRun(java.util.Collection<Path> read, String option) {
        for (Path file : read) {
            try {
                if (file.toAbsolutePath().normalize().equals(path) || Files.exists(path) && Files.exists(file) && Files.isSameFile(file, path)) {
                    return option + " " + path + " is a file this run reads; the report would overwrite it";
                }
            } catch (IOException e) {
                // cannot compare: the names differ
            }
        }
        return null;
    }

    /**
     * Writes the report atomically; on failure the previous file is left as it was. The temporary
     * file is made as any new file (its permissions follow the umask), and leftovers of an earlier
     * run that was killed while writing are removed.
     */
    void write(Content content) throws IOException {
        write(content, false);
    }

    /** As {@link #write(Content)}; {@code keepPermissions}: the new file has the old one's (a model rewritten by chaxu format). */
    void write(Content content, boolean keepPermissions) throws IOException {
        removeLeftovers();
        Path temporary = null;
        for (int attempt = 0; temporary == null; attempt++) {
            Path candidate = path.resolveSibling("." + path.getFileName() + "." + Long.toHexString(System.nanoTime()) + TEMPORARY);
            try {
                Files.newOutputStream(candidate, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                temporary = candidate;
            } catch (java.nio.file.FileAlreadyExistsException e) {
                if (attempt > 100) {
                    throw e;
                }
            }
        }
        try {
            if (keepPermissions && Files.exists(path)) {
                try {
                    Files.setPosixFilePermissions(temporary, Files.getPosixFilePermissions(path));
                } catch (UnsupportedOperationException e) {
                    // no POSIX permissions on this file system
                }
            }
            try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                content.write(out);
            }
            try {
                Files.move(temporary, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, path, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static final String TEMPORARY = ".writing";

    /** The temporary files of this report that a killed run left behind. */
    private void removeLeftovers() {
        String prefix = "." + path.getFileName() + ".";
        try (java.util.stream.Stream<Path> siblings = Files.list(path.getParent())) {
            for (Path sibling : siblings.toList()) {
                String name = sibling.getFileName().toString();
                if (name.startsWith(prefix) && name.endsWith(TEMPORARY) && Files.isRegularFile(sibling, LinkOption.NOFOLLOW_LINKS)) {
                    Files.deleteIfExists(sibling);
                }
            }
        } catch (IOException | RuntimeException e) {
            // nothing left behind can be listed or removed: the report is still written
        }
    }

    /**
     * After a failed run: a previous report must not look like this run's. Only a file that is
     * recognisably a Chaxu report (in any format) is removed, never a file the user meant to keep
     * that was named by mistake. True when one was removed.
     */
    boolean removeStale() {
        try {
            if (!Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS) || !isReport(path)) {
                return false;
            }
            return Files.deleteIfExists(path);
        } catch (IOException e) {
            return false;
        }
    }

    /** Marks each format of report carries near its start or end. */
    private static final java.util.regex.Pattern REPORT = java.util.regex.Pattern.compile(
            "\"tool\" : \"chaxu\"|\"name\" : \"Chaxu\"|<testsuites name=\"chaxu\">|id=\"chaxu-data\""
                    + "|(?m)^\\d+ models? checked: |(?m)^已检查 \\d+ 个模型：|(?m)^\\S+:\\d+: (error|warning|info)\\[[A-Z]+(-[A-Z]+)+\\]: "
                    + "|(?m)^\\S+:\\d+: (错误|警告|提示)\\[[A-Z]+(-[A-Z]+)+\\]");

    /** True when the file reads as a report Chaxu wrote (its first and last 64 KB are looked at). */
    static boolean isReport(Path file) throws IOException {
        long size = Files.size(file);
        byte[] head;
        byte[] tail = new byte[0];
        try (java.io.InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(65536);
        }
        if (size > 65536) {
            try (java.nio.channels.SeekableByteChannel channel = Files.newByteChannel(file)) {
                channel.position(Math.max(65536, size - 65536));
                java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate((int) (size - channel.position()));
                while (buffer.hasRemaining() && channel.read(buffer) > 0) {
                    // read to the end
                }
                tail = buffer.array();
            }
        }
        return REPORT.matcher(new String(head, StandardCharsets.UTF_8)).find()
                || REPORT.matcher(new String(tail, StandardCharsets.UTF_8)).find();
    }

    Path path() {
        return path;
    }
}
