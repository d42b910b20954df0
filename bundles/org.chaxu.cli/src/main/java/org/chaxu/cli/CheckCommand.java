package org.chaxu.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import org.chaxu.engine.Finding;
import org.chaxu.engine.Fingerprint;
import org.chaxu.engine.ProjectSettings;
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

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "Report only findings that are not in this baseline (default: the settings' baseline, if any).")
    Path baseline;

    @Option(names = "--write-baseline", paramLabel = "FILE",
            description = "Record today's findings (their stable fingerprints) in FILE; later runs with it report only new ones.")
    Path writeBaseline;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Severity threshold = parseFailOn();
        ProjectSettings settings = ruleOptions.settings(models);
        Locale locale = ruleOptions.locale();
        Report report = Report.forFormat(format, locale, useColor());
        ReportFile reportFile = output == null ? null : CheckRun.output(output, models, err);
        if (output != null && reportFile == null) {
            return Main.BAD_INPUT;
        }
        if (baseline != null && !Files.isRegularFile(baseline)) {
            throw new IllegalArgumentException("--baseline " + baseline + ": no such file");
        }
        // a new baseline records every finding; otherwise the baseline hides the known ones
        Set<String> known = writeBaseline != null ? Set.of()
                : baseline != null ? Fingerprint.readBaseline(baseline) : settings.knownFindings();
        CheckRun run = CheckRun.of(ruleOptions, modelOptions, models, locale, known, err);
        if (run == null || run.models().isEmpty() && run.exit() != Main.OK) {
            CheckRun.removeStale(reportFile, err);
            return run == null ? Main.BAD_INPUT : run.exit();
        }
        if (writeBaseline != null) {
            return writeBaseline(run, settings, err);
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

    /** Writes the fingerprints of every finding of the run to the baseline file; exits as the run did without findings. */
    private int writeBaseline(CheckRun run, ProjectSettings settings, PrintWriter err) throws IOException {
        Map<String, List<Finding>> findings = new LinkedHashMap<>();
        int count = 0;
        for (CheckedModel checked : run.models()) {
            findings.put(settings.modelUri(checked.path()), checked.findings());
            count += checked.findings().size();
        }
        Path parent = writeBaseline.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (java.io.Writer out = Files.newBufferedWriter(writeBaseline, java.nio.charset.StandardCharsets.UTF_8)) {
            Fingerprint.writeBaseline(out, findings);
        }
        err.println("chaxu: recorded " + count + " finding" + (count == 1 ? "" : "s") + " in " + writeBaseline
                + "; with --baseline " + writeBaseline + " (or baseline= in the settings) only new findings are reported");
        return run.exit();
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
