// SPDX-License-Identifier: EPL-2.0
package org.chaxu.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.chaxu.engine.Budget;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

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

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    long maxFirings = Budget.DEFAULT_FIRINGS;

    long timeout = Budget.DEFAULT_SECONDS;

    @Option(names = "--max-firings", paramLabel = "N", defaultValue = "" + Budget.DEFAULT_FIRINGS,
            description = "Stop a model's check after N rule firings, as a runaway rule (default: ${DEFAULT-VALUE}, or 20 per element of a larger model).")
    void maxFirings(long n) {
        maxFirings = atLeastOne("--max-firings", n);
    }

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "" + Budget.DEFAULT_SECONDS,
            description = "Stop a model's check after this many seconds, as a runaway rule (default: ${DEFAULT-VALUE}).")
    void timeout(long seconds) {
        timeout = atLeastOne("--timeout", seconds);
    }

    /** A budget of zero or less would stop every check as a runaway of whichever rule fired first: bad usage. */
    private long atLeastOne(String option, long value) {
        if (value < 1) {
            throw new ParameterException(command.commandLine(), option + " must be at least 1, not " + value);
        }
        return value;
    }

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
