// SPDX-License-Identifier: EPL-2.0
package org.chaxu.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The models named on the command line, as files to read: a {@code .chaxu} file as it is; a
 * folder as every {@code .chaxu} file below it (in path order, hidden folders and build output
 * skipped); {@code -} as standard input, copied to a temporary file that is deleted afterwards.
 * Each input keeps the name the reports show: the path as given, or {@code --stdin-name}.
 */
final class ModelInputs implements AutoCloseable {

    /** The argument that stands for standard input. */
    static final String STDIN = "-";

    /** One model: the file the loader reads, and the path the reports show. */
    /** A model to check: its file, the path reports show, and the folder the user named that holds it (or null). */
    record Input(Path file, Path shown, Path folder) {
        boolean fromStdin() {
            return !file.equals(shown);
        }
    }

    private final List<Input> inputs;
    private final Path stdinFolder;
    private final List<Path> namedFolders;

    private ModelInputs(List<Input> inputs, Path stdinFolder, List<Path> namedFolders) {
        this.inputs = List.copyOf(inputs);
        this.stdinFolder = stdinFolder;
        this.namedFolders = List.copyOf(namedFolders);
    }

    /**
     * Expands the arguments; a folder with no model below it is bad usage.
     *
     * @param stdin     standard input, read once when {@code -} is among the arguments
     * @param stdinName the name under which standard input is reported
     */
    static ModelInputs expand(List<Path> arguments, InputStream stdin, Path stdinName) throws IOException {
        List<Input> inputs = new ArrayList<>();
        List<Path> folders = new ArrayList<>();
        Path stdinFolder = null;
        for (Path argument : arguments) {
            if (argument.toString().equals(STDIN)) {
                if (stdinFolder != null) {
                    throw new IllegalArgumentException("standard input ('-') can be named only once");
                }
                stdinFolder = Files.createTempDirectory("chaxu-stdin");
                Path file = stdinFolder.resolve("stdin.chaxu");
                Files.copy(stdin, file);
                inputs.add(new Input(file, stdinName, null));
            } else if (Files.isDirectory(argument)) {
                List<Path> below = modelsBelow(argument);
                if (below.isEmpty()) {
                    throw new IllegalArgumentException(argument + ": no .chaxu models in this folder or below it");
                }
                below.forEach(model -> inputs.add(new Input(model, model, argument)));
                folders.add(argument);
            } else {
                inputs.add(new Input(argument, argument, null)); // a missing file is the loader's to report, with the others
            }
        }
        return new ModelInputs(inputs, stdinFolder, folders);
    }

    /** Every {@code .chaxu} file below {@code folder}, sorted; folders starting with '.' and {@code target} skipped. */
    static List<Path> modelsBelow(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(path -> isModelIn(path, folder))
                    .filter(path -> !skipped(folder.relativize(path))).sorted().toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * True when {@code path} is a model of {@code folder}: a regular {@code .chaxu} file, or a link
     * to one that is inside the folder too — a link out of the folder (to another project's file, to
     * a device, to standard input) is not followed by a folder scan.
     */
    static boolean isModelIn(Path path, Path folder) {
        if (!path.getFileName().toString().endsWith(".chaxu")) {
            return false;
        }
        if (Files.isRegularFile(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return true;
        }
        try {
            return Files.isSymbolicLink(path) && Files.isRegularFile(path) && path.toRealPath().startsWith(folder.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean skipped(Path relative) {
        for (int i = 0; i < relative.getNameCount() - 1; i++) {
            String name = relative.getName(i).toString();
            if (name.startsWith(".") || name.equals("target")) {
                return true;
            }
        }
        return false;
    }

    List<Input> inputs() {
        return inputs;
    }

    /** The folders the user named, and those of the files they named (not standard input's copy). */
    List<Path> folders() {
        java.util.Set<Path> folders = new java.util.LinkedHashSet<>();
        for (Path folder : namedFolders) {
            folders.add(folder.toAbsolutePath().normalize());
        }
        for (Input input : inputs) {
            Path parent = input.file().toAbsolutePath().normalize().getParent();
            if (!input.fromStdin() && parent != null) {
                folders.add(parent);
            }
        }
        return List.copyOf(folders);
    }

    /** The paths the reports show, in order (standard input under its name, relative to the current folder). */
    List<Path> shownPaths() {
        return inputs.stream().map(Input::shown).toList();
    }

    /** The files the user named (not standard input's copy): an output file may not be one of them. */
    List<Path> namedFiles() {
        return inputs.stream().filter(input -> !input.fromStdin()).map(Input::file).toList();
    }

    @Override
    public void close() throws IOException {
        if (stdinFolder != null) {
            Files.deleteIfExists(stdinFolder.resolve("stdin.chaxu"));
            Files.deleteIfExists(stdinFolder);
        }
    }
}
