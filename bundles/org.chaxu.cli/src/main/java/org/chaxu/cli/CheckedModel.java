package org.chaxu.cli;

import java.nio.file.Path;
import java.util.List;

import org.chaxu.engine.Finding;
import org.chaxu.engine.LoadedModel;

/** One model file as the reports see it: where it is, as loaded, and its findings. */
record CheckedModel(Path path, LoadedModel model, List<Finding> findings) {

    /** The path with forward slashes, as the user gave it (relative paths stay relative). */
    String displayPath() {
        return path.toString().replace('\\', '/');
    }
}
