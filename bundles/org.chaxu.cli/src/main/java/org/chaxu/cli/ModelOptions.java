package org.chaxu.cli;

import java.nio.file.Path;

import org.chaxu.engine.Budget;

import picocli.CommandLine.Option;

/** Options of the commands that check models: what a model may reach, and how much a check may cost. */
final class ModelOptions {

    @Option(names = "--root", paramLabel = "DIR",
            description = "Models may refer only to .chaxu files below DIR (default: the current folder).")
    Path root = Path.of("");

    @Option(names = "--max-firings", paramLabel = "N",
            description = "Stop a model's check after N rule firings, as a runaway rule (default: ${DEFAULT-VALUE}).")
    long maxFirings = Budget.DEFAULT_FIRINGS;

    @Option(names = "--timeout", paramLabel = "SECONDS",
            description = "Stop a model's check after this many seconds, as a runaway rule (default: ${DEFAULT-VALUE}).")
    long timeout = Budget.DEFAULT_SECONDS;

    /** Makes the budget the engine's for this run. */
    void applyBudget() {
        System.setProperty("chaxu.maxFirings", Long.toString(maxFirings));
        System.setProperty("chaxu.maxSeconds", Long.toString(timeout));
    }
}
