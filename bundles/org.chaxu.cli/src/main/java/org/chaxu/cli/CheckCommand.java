package org.chaxu.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.chaxu.engine.Finding;
import org.chaxu.engine.Severity;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code chaxu check}: load each model, run the rules, write a report, exit by the fail level. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Checks .chaxu models against the rule catalogue (plus any --rules).")
final class CheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    RuleOptions ruleOptions;

    @Mixin
    ModelOptions modelOptions;

    /** The report formats; their names are the values of {@code --format} (and its completion candidates). */
    enum Format { text, json, junit, sarif }

    /** The levels of {@code --fail-on}: a severity, or never fail on findings. */
    enum FailLevel {
        error, warning, info, never;

        /** The least severe finding that fails the run; null for {@code never}. */
        Severity threshold() {
            return this == never ? null : Severity.parse(name());
        }
    }

    /** {@code --color}: always, never, or auto — only when the report goes to a terminal. */
    enum ColorMode { auto, always, never }

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format = Format.text;

    @Option(names = { "-o", "--output" }, paramLabel = "FILE", description = "Write the report to FILE instead of standard output.")
    Path output;

    @Option(names = "--fail-on", paramLabel = "LEVEL",
            description = "Exit 1 when a finding is at least this severe: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    FailLevel failOn = FailLevel.error;

    @Option(names = "--color", paramLabel = "WHEN",
            description = "Colour the text report: ${COMPLETION-CANDIDATES}; auto colours only on a terminal "
                    + "and honours NO_COLOR (default: ${DEFAULT-VALUE}).")
    ColorMode color = ColorMode.auto;

    @Parameters(arity = "1..*", paramLabel = "MODEL",
            description = "The .chaxu model files to check; a folder stands for every .chaxu file below it, "
                    + "'-' for a model on standard input.")
    List<Path> models;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Severity threshold = failOn.threshold();
        Locale locale = ruleOptions.locale();
        Report report = Report.forFormat(format.name(), locale, useColor(), ruleOptions.rules);
        try (ModelInputs inputs = modelOptions.inputs(models)) {
            ReportFile reportFile = output == null ? null : CheckRun.output(output, inputs.namedFiles(), err);
            if (output != null && reportFile == null) {
                return Main.BAD_INPUT;
            }
            CheckRun run = CheckRun.of(ruleOptions, modelOptions, inputs, locale, err);
            if (run == null || run.models().isEmpty() && run.exit() != Main.OK) {
                CheckRun.removeStale(reportFile, err);
                return run == null ? Main.BAD_INPUT : run.exit();
            }
            // the models that could be checked are reported; the exit code still says what failed
            List<CheckedModel> checked = run.models();
            if (reportFile != null) {
                try {
                    reportFile.write(out -> report.write(checked, run.catalog(), threshold, out));
                } catch (IOException e) {
                    err.println("chaxu: cannot write the report to " + reportFile.path() + ": " + Main.describe(e));
                    return Main.BAD_INPUT;
                }
            } else {
                PrintWriter out = spec.commandLine().getOut();
                report.write(checked, run.catalog(), threshold, out);
                out.flush();
            }
            boolean failing = threshold != null && checked.stream().flatMap(c -> c.findings().stream())
                    .map(Finding::getSeverity).anyMatch(s -> s.isAtLeast(threshold));
            return Math.max(run.exit(), failing ? Main.FINDINGS : Main.OK);
        }
    }

    private boolean useColor() {
        return switch (color) {
        case always -> true;
        case never -> false;
        case auto -> output == null && Terminal.isTerminal() && System.getenv("NO_COLOR") == null
                && !"dumb".equals(System.getenv("TERM"));
        };
    }
}
