package org.chaxu.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
        if (Files.isDirectory(path)) {
            return "--output " + path + " is a folder; name a file";
        }
        Path folder = path.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            return "--output " + path + ": the folder " + folder + " does not exist";
        }
        for (Path model : models) {
            try {
                if (model.toAbsolutePath().normalize().equals(path) || Files.exists(model) && Files.exists(path) && Files.isSameFile(model, path)) {
                    return "--output " + path + " is one of the models being checked; the report would overwrite it";
                }
            } catch (IOException e) {
                // cannot compare: the names differ, which is what matters
            }
        }
        return null;
    }

    /** Writes the report atomically; on failure the previous file is left as it was. */
    void write(Content content) throws IOException {
        Path temporary = Files.createTempFile(path.getParent(), "." + path.getFileName(), ".writing");
        try {
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

    /** After a failed run: a previous report must not look like this run's. True when one was removed. */
    boolean removeStale() {
        try {
            return Files.deleteIfExists(path);
        } catch (IOException e) {
            return false;
        }
    }

    Path path() {
        return path;
    }
}
