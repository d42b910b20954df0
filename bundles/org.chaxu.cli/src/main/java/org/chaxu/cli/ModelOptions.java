package org.chaxu.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.chaxu.engine.Budget;

import picocli.CommandLine.Option;

/** Options of the commands that check models: what a model may reach, and how much a check may cost. */
final class ModelOptions {

    @Option(names = "--root", paramLabel = "DIR",
            description = "Models may refer only to .chaxu files below DIR (default: the current folder, the project's folder "
                    + "(the one holding .chaxu/settings.properties), and the folders named or holding the models named).")
    Path root;

    /**
     * The folders below which the models may refer to other models: {@code --root} alone when
     * given; else the current folder, the project's root (where its settings file is) and the
     * folders the user named or whose models they named — so that {@code chaxu check
     * /path/to/project} reads the project's own references from any folder.
     */
    List<Path> roots(org.chaxu.engine.ProjectSettings settings, ModelInputs inputs) {
        if (root != null) {
            return List.of(root.toAbsolutePath().normalize());
        }
        java.util.Set<Path> roots = new java.util.LinkedHashSet<>();
        roots.add(Path.of("").toAbsolutePath());
        if (settings.file() != null) {
            roots.add(settings.root().toAbsolutePath().normalize());
        }
        roots.addAll(inputs.folders());
        return List.copyOf(roots);
    }

    @Option(names = "--max-firings", paramLabel = "N",
            description = "Stop a model's check after N rule firings, as a runaway rule (default: ${DEFAULT-VALUE}, or 20 per element of a larger model).")
    long maxFirings = Budget.DEFAULT_FIRINGS;

    @Option(names = "--timeout", paramLabel = "SECONDS",
            description = "Stop a model's check after this many seconds, as a runaway rule (default: ${DEFAULT-VALUE}).")
    long timeout = Budget.DEFAULT_SECONDS;

    @Option(names = "--stdin-name", paramLabel = "NAME",
            description = "The name under which a model read from standard input ('-') is reported (default: -).")
    Path stdinName = Path.of(ModelInputs.STDIN);

    /** The models behind the MODEL arguments: folders expanded, '-' read from standard input. */
    ModelInputs inputs(List<Path> models) throws IOException {
        return ModelInputs.expand(models, System.in, stdinName);
    }

    /** Makes the budget the engine's for this run. */
    void applyBudget() {
        System.setProperty("chaxu.maxFirings", Long.toString(maxFirings));
        System.setProperty("chaxu.maxSeconds", Long.toString(timeout));
    }
}
