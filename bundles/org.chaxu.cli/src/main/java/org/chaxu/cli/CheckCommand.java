package org.chaxu.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.chaxu.engine.Finding;
import org.chaxu.engine.RuleCatalog;
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

    @Option(names = "--format", paramLabel = "text|json|junit|sarif", description = "Report format (default: ${DEFAULT-VALUE}).")
    String format = "text";

    @Option(names = { "-o", "--output" }, paramLabel = "FILE", description = "Write the report to FILE instead of standard output.")
    Path output;

    @Option(names = "--fail-on", paramLabel = "error|warning|info|never",
            description = "Exit 1 when a finding is at least this severe (default: ${DEFAULT-VALUE}).")
    String failOn = "error";

    @Option(names = "--color", paramLabel = "auto|always|never",
            description = "Colour the text report: always, never, or auto — only on a terminal (default: ${DEFAULT-VALUE}).")
    String color = "auto";

    @Parameters(arity = "1..*", paramLabel = "MODEL", description = "The .chaxu model files to check.")
    List<Path> models;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Severity threshold = parseFailOn();
        Locale locale = ruleOptions.locale();
        Report report = Report.forFormat(format, locale, useColor());
        ReportFile reportFile = output == null ? null : CheckRun.output(output, models, err);
        if (output != null && reportFile == null) {
            return Main.BAD_INPUT;
        }
        CheckRun run = CheckRun.of(ruleOptions, modelOptions, models, locale, err);
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

    private boolean useColor() {
        return switch (color) {
        case "always" -> true;
        case "never" -> false;
        case "auto" -> output == null && System.console() != null && System.getenv("NO_COLOR") == null
                && !"dumb".equals(System.getenv("TERM"));
        default -> throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                "--color: unknown value '" + color + "' (expected auto, always or never)");
        };
    }

    private Severity parseFailOn() {
        if ("never".equalsIgnoreCase(failOn)) {
            return null;
        }
        try {
            return Severity.parse(failOn);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--fail-on: unknown level '" + failOn + "' (expected error, warning, info or never)");
        }
    }
}
