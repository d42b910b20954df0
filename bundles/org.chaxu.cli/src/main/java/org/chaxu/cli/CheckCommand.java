package org.chaxu.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.chaxu.engine.Budget;
import org.chaxu.engine.CheckOptions;
import org.chaxu.engine.CheckSession;
import org.chaxu.engine.Finding;
import org.chaxu.engine.LoadedModel;
import org.chaxu.engine.ModelLoader;
import org.chaxu.engine.ModelProblem;
import org.chaxu.engine.RuleCatalog;
import org.chaxu.engine.RuleFailure;
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

    @Option(names = "--format", paramLabel = "text|json|junit|sarif", description = "Report format (default: ${DEFAULT-VALUE}).")
    String format = "text";

    @Option(names = { "-o", "--output" }, paramLabel = "FILE", description = "Write the report to FILE instead of standard output.")
    Path output;

    @Option(names = "--fail-on", paramLabel = "error|warning|info|never",
            description = "Exit 1 when a finding is at least this severe (default: ${DEFAULT-VALUE}).")
    String failOn = "error";

    @Option(names = "--root", paramLabel = "DIR",
            description = "Models may refer only to .chaxu files below DIR (default: the current folder).")
    Path root = Path.of("");

    @Option(names = "--max-firings", paramLabel = "N",
            description = "Stop a model's check after N rule firings, as a runaway rule (default: ${DEFAULT-VALUE}).")
    long maxFirings = Budget.DEFAULT_FIRINGS;

    @Option(names = "--timeout", paramLabel = "SECONDS",
            description = "Stop a model's check after this many seconds, as a runaway rule (default: ${DEFAULT-VALUE}).")
    long timeout = Budget.DEFAULT_SECONDS;

    @Parameters(arity = "1..*", paramLabel = "MODEL", description = "The .chaxu model files to check.")
    List<Path> models;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Severity threshold = parseFailOn();
        Report report = Report.forFormat(format);
        CheckOptions options = CheckOptions.DEFAULT.withLocale(ruleOptions.locale());

        RuleCatalog catalog = ruleOptions.compile(err);
        if (catalog == null) {
            err.println("chaxu: rules do not compile; nothing was checked");
            return Main.BAD_INPUT;
        }
        ReportFile reportFile = output == null ? null : new ReportFile(output);
        String outputProblem = reportFile == null ? null : reportFile.problem(models);
        if (outputProblem != null) {
            err.println("chaxu: " + outputProblem);
            return Main.BAD_INPUT;
        }
        System.setProperty("chaxu.maxFirings", Long.toString(maxFirings));
        System.setProperty("chaxu.maxSeconds", Long.toString(timeout));
        ModelLoader loader = new ModelLoader().withRoot(root.toAbsolutePath());
        List<CheckedModel> checked = new ArrayList<>();
        int exit = Main.OK;
        for (Path path : models) {
            // one bad model does not stop the others: each is loaded and checked on its own
            try {
                LoadedModel model = loader.load(path);
                for (ModelProblem problem : model.problems()) {
                    err.println(problem);
                }
                if (!model.isUsable() || model.hasErrors()) {
                    exit = Math.max(exit, Main.BAD_INPUT);
                    continue;
                }
                checked.add(new CheckedModel(path, model, CheckSession.check(catalog, model.resource(), options)));
            } catch (RuleFailure failure) {
                err.println(path + ": error: " + failure.getMessage());
                exit = Math.max(exit, Main.BAD_INPUT);
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError failure) {
                err.println(path + ": internal error: " + Main.describe(failure));
                exit = Main.INTERNAL;
            }
        }
        if (exit != Main.OK) {
            err.println(exit == Main.INTERNAL ? "chaxu: internal error; please report it with the model that caused it"
                    : "chaxu: a model or a rule could not be checked; fix it and check again");
        }
        if (checked.isEmpty() && exit != Main.OK) {
            // nothing was checked: no report, and none from an earlier run left looking like this one's
            if (reportFile != null && reportFile.removeStale()) {
                err.println("chaxu: removed the previous report " + reportFile.path() + ": this run wrote none");
            }
            return exit;
        }
        // the models that could be checked are reported; the exit code still says what failed
        if (reportFile != null) {
            try {
                reportFile.write(out -> report.write(checked, catalog, threshold, out));
            } catch (IOException e) {
                err.println("chaxu: cannot write the report to " + reportFile.path() + ": " + Main.describe(e));
                return Main.BAD_INPUT;
            }
        } else {
            PrintWriter out = spec.commandLine().getOut();
            report.write(checked, catalog, threshold, out);
            out.flush();
        }
        boolean failing = threshold != null && checked.stream().flatMap(c -> c.findings().stream())
                .map(Finding::getSeverity).anyMatch(s -> s.isAtLeast(threshold));
        return Math.max(exit, failing ? Main.FINDINGS : Main.OK);
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
