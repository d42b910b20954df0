// SPDX-License-Identifier: EPL-2.0
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

    /** The report formats. */
    enum Format { text, json, junit, sarif, github }

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

    /** The report formats; their names are the values of {@code --format} (and its completion candidates). */
    static final class FormatNames extends java.util.ArrayList<String> {
        private static final long serialVersionUID = 1L;

        FormatNames() {
            for (Format f : Format.values()) {
                add(f.name());
            }
        }
    }

    /** One report of the run: a format and its file (null: {@code --output}, or standard output). */
    record Output(Format format, Path file) {
    }

    /** {@code FORMAT} or {@code FORMAT:FILE}; the format's name in any case. */
    static final class OutputConverter implements picocli.CommandLine.ITypeConverter<Output> {
        @Override
        public Output convert(String value) {
            int colon = value.indexOf(':');
            String name = (colon < 0 ? value : value.substring(0, colon)).strip().toLowerCase(Locale.ROOT);
            Format format;
            try {
                format = Format.valueOf(name);
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException("unknown format '" + name + "' (expected "
                        + String.join(", ", new FormatNames()) + ")");
            }
            if (colon >= 0 && value.substring(colon + 1).isBlank()) {
                throw new picocli.CommandLine.TypeConversionException("'" + value + "': no file after the colon");
            }
            try {
                return new Output(format, colon < 0 ? null : Path.of(value.substring(colon + 1)));
            } catch (java.nio.file.InvalidPathException e) {
                throw new picocli.CommandLine.TypeConversionException("'" + value.substring(colon + 1) + "' is no file name: "
                        + e.getReason());
            }
        }
    }

    @Option(names = "--format", paramLabel = "FORMAT[:FILE]", split = ",", converter = OutputConverter.class,
            completionCandidates = FormatNames.class,
            description = "Report format: ${COMPLETION-CANDIDATES} (default: text). Several reports from one run: "
                    + "--format text,sarif:chaxu.sarif (each but one with its FILE; that one goes to --output or standard output).")
    List<Output> formats;

    @Option(names = { "-o", "--output" }, paramLabel = "FILE",
            description = "Write the report (the one --format gives no FILE) to FILE instead of standard output.")
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

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "Report only findings that are not in this baseline (default: the settings' baseline, if any).")
    Path baseline;

    @Option(names = "--write-baseline", paramLabel = "FILE",
            description = "Record today's findings (their stable fingerprints) in FILE; later runs with it report only new ones.")
    Path writeBaseline;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Severity threshold = failOn.threshold();
        try (ModelInputs inputs = modelOptions.inputs(models)) {
            ProjectSettings settings = ruleOptions.settings(inputs.shownPaths());
            Locale locale = ruleOptions.locale();
            List<Target> targets = targets(locale, inputs.namedFiles(), err);
            if (targets == null) {
                return Main.BAD_INPUT;
            }
            if (writeBaseline != null && writeBaseline.toAbsolutePath().getParent() != null
                    && !Files.exists(writeBaseline.toAbsolutePath().getParent(), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                Files.createDirectories(writeBaseline.toAbsolutePath().getParent()); // .chaxu/ of a project that has none yet
            }
            ReportFile baselineFile = writeBaseline == null ? null : new ReportFile(writeBaseline);
            String baselineProblem = baselineFile == null ? null : baselineFile.problem(inputs.namedFiles(), "--write-baseline");
            if (baselineProblem != null) {
                err.println("chaxu: " + baselineProblem);
                return Main.BAD_INPUT;
            }
            if (baseline != null && !Files.isRegularFile(baseline)) {
                throw new IllegalArgumentException("--baseline " + baseline + ": no such file");
            }
            // a new baseline records every finding; otherwise the baseline hides the known ones
            Set<String> known = writeBaseline != null ? Set.of()
                    : baseline != null ? Fingerprint.readBaseline(baseline) : settings.knownFindings();
            CheckRun run = CheckRun.of(ruleOptions, modelOptions, inputs, locale, known, err);
            if (run == null || run.models().isEmpty() && run.exit() != Main.OK) {
                targets.forEach(target -> CheckRun.removeStale(target.file(), err));
                return run == null ? Main.BAD_INPUT : run.exit();
            }
            // what the settings say in vain: unknown rule ids; unused suppressions and stale baseline entries
            java.util.Set<String> ruleIds = new java.util.HashSet<>();
            run.catalog().rules().forEach(rule -> ruleIds.add(rule.id()));
            for (String warning : settings.warnings(ruleIds, run.wholeProject() && writeBaseline == null, known, baseline)) {
                err.println(Terminal.visible(warning));
            }
            List<Path> read = new java.util.ArrayList<>(run.read());
            if (baseline != null) {
                read.add(baseline);
            }
            read.addAll(ruleFiles(settings));
            List<ReportFile> written = new java.util.ArrayList<>();
            targets.forEach(target -> written.add(target.file()));
            written.add(baselineFile);
            for (ReportFile target : written) {
                String problem = target == null ? null
                        : target.problemAfterRun(read, target == baselineFile ? "--write-baseline" : "--output");
                if (problem != null) {
                    err.println("chaxu: " + problem);
                    return Main.BAD_INPUT;
                }
            }
            if (writeBaseline != null) {
                return writeBaseline(run, settings, baselineFile, err);
            }
            // the models that could be checked are reported; the exit code still says what failed
            List<CheckedModel> checked = run.models();
            int exit = Main.OK;
            for (Target target : targets) {
                if (target.file() != null) {
                    try {
                        target.file().write(out -> target.report().write(checked, run.catalog(), threshold, out));
                    } catch (IOException e) {
                        err.println("chaxu: cannot write the report to " + target.file().path() + ": " + Main.describe(e));
                        exit = Main.BAD_INPUT;
                    }
                } else {
                    PrintWriter out = spec.commandLine().getOut();
                    target.report().write(checked, run.catalog(), threshold, out);
                    out.flush();
                }
            }
            if (exit != Main.OK) {
                return exit;
            }
            boolean failing = threshold != null && checked.stream().flatMap(c -> c.findings().stream())
                    .map(Finding::getSeverity).anyMatch(s -> s.isAtLeast(threshold));
            return Math.max(run.exit(), failing ? Main.FINDINGS : Main.OK);
        }
    }

    /** Writes the fingerprints of every finding of the run to the baseline file; exits as the run did without findings. */
    /** The rule files this run compiled besides the shipped ones: of --rules and of the settings' rule folders. */
    private List<Path> ruleFiles(ProjectSettings settings) {
        List<Path> files = new java.util.ArrayList<>();
        List<Path> roots = new java.util.ArrayList<>(ruleOptions.rules);
        try {
            if (ruleOptions.rulesFrom == RuleOptions.RulesFrom.project) {
                roots.addAll(settings.ruleFolders());
            }
        } catch (RuntimeException e) {
            // the settings' folders were refused before the run: nothing of them was read
        }
        for (Path root : roots) {
            if (Files.isRegularFile(root)) {
                files.add(root);
            } else if (Files.isDirectory(root)) {
                try (java.util.stream.Stream<Path> walk = Files.walk(root)) {
                    walk.filter(Files::isRegularFile).forEach(files::add);
                } catch (IOException | java.io.UncheckedIOException e) {
                    // unreadable: not read by the run either
                }
            }
        }
        return files;
    }

    private int writeBaseline(CheckRun run, ProjectSettings settings, ReportFile file, PrintWriter err) throws IOException {
        Map<String, List<Finding>> findings = new LinkedHashMap<>();
        int count = 0;
        for (CheckedModel checked : run.models()) {
            findings.put(settings.modelUri(checked.path()), checked.findings());
            count += checked.findings().size();
        }
        file.write(out -> Fingerprint.writeBaseline(out, findings));
        err.println("chaxu: " + org.chaxu.engine.Labels.format("baseline.written", ruleOptions.locale(), count,
                String.valueOf(count), writeBaseline.toString()));
        return run.exit();
    }

    /** A report of the run and where it goes (null: standard output). */
    private record Target(Report report, ReportFile file) {
    }

    /**
     * The reports asked for, each with its file checked before the run; null after a message when one
     * cannot be written there, when two share a file, or when more than one has no file of its own.
     */
    private List<Target> targets(Locale locale, List<Path> models, PrintWriter err) {
        List<Output> asked = formats == null || formats.isEmpty() ? List.of(new Output(Format.text, null)) : formats;
        List<Output> unnamed = asked.stream().filter(o -> o.file() == null).toList();
        if (unnamed.size() > 1) {
            err.println("chaxu: --format " + unnamed.stream().map(o -> o.format().name()).collect(java.util.stream.Collectors.joining(","))
                    + ": only one report can go to " + (output == null ? "standard output" : output)
                    + "; give the others a file each, as in --format text,sarif:chaxu.sarif");
            return null;
        }
        if (output != null && unnamed.isEmpty()) {
            err.println("chaxu: --output " + output + ": every --format names its own file; drop --output or a FILE");
            return null;
        }
        List<Target> targets = new java.util.ArrayList<>();
        Set<Path> destinations = new java.util.HashSet<>();
        for (Output o : asked) {
            Path file = o.file() != null ? o.file() : output;
            if (file != null && !destinations.add(file.toAbsolutePath().normalize())) {
                err.println("chaxu: " + file + ": two reports cannot share a file");
                return null;
            }
            ReportFile reportFile = file == null ? null : CheckRun.output(file, models, err);
            if (file != null && reportFile == null) {
                return null;
            }
            boolean colour = o.format() == Format.text && (color == ColorMode.always || file == null && useColor());
            targets.add(new Target(Report.forFormat(o.format().name(), locale, colour, ruleOptions.rules), reportFile));
        }
        return targets;
    }

    private boolean useColor() {
        return switch (color) {
        case always -> true;
        case never -> false;
        case auto -> Terminal.isTerminal() && System.getenv("NO_COLOR") == null && !"dumb".equals(System.getenv("TERM"));
        };
    }
}
