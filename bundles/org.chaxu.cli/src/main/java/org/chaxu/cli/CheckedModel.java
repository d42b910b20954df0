package org.chaxu.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.chaxu.engine.Finding;
import org.chaxu.engine.LoadedModel;
import org.chaxu.governance.Standard;

/**
 * One model file as the reports see it: where it is, as loaded, its findings, and the binding
 * baseline of each standard as the rules derived it.
 */
record CheckedModel(Path path, LoadedModel model, List<Finding> findings, Map<Standard, Standard> baselines) {

    /** The path with forward slashes, as the user gave it (relative paths stay relative). */
    String displayPath() {
        return path.toString().replace('\\', '/');
    }
}
