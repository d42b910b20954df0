package org.chaxu.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.chaxu.report.HtmlReport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code chaxu report MODEL... --output report.html}: checks the models and writes one
 * self-contained HTML page — the circles of the region, the standards matrix, the escalation
 * timelines and the findings — that works offline in any browser. Exit codes as {@code check}
 * with {@code --fail-on never}: 0 when the report was written, 2 on bad input.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Writes a visual HTML report of the models' findings (one self-contained file).")
final class ReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    RuleOptions ruleOptions;

    @Mixin
    ModelOptions modelOptions;

    @Option(names = { "-o", "--output" }, paramLabel = "FILE", required = true, description = "The HTML file to write.")
    Path output;

    @Parameters(arity = "1..*", paramLabel = "MODEL",
            description = "The .chaxu model files to report on; a folder stands for every .chaxu file below it, "
                    + "'-' for a model on standard input.")
    List<Path> models;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        try (ModelInputs inputs = modelOptions.inputs(models)) {
            ruleOptions.settings(inputs.shownPaths());
            Locale locale = ruleOptions.locale();
            ReportFile reportFile = CheckRun.output(output, inputs.namedFiles(), err);
            if (reportFile == null) {
                return Main.BAD_INPUT;
            }
            CheckRun run = CheckRun.of(ruleOptions, modelOptions, inputs, locale, err);
            if (run == null || run.models().isEmpty() && run.exit() != Main.OK) {
                CheckRun.removeStale(reportFile, err);
                return run == null ? Main.BAD_INPUT : run.exit();
            }
            String overwrites = reportFile.problemAfterRun(run.read(), "--output");
            if (overwrites != null) {
                err.println("chaxu: " + overwrites);
                return Main.BAD_INPUT;
            }
            List<HtmlReport.Model> reported = run.models().stream()
                    .map(c -> new HtmlReport.Model(c.displayPath(), c.model(), c.findings(), c.baselines())).toList();
            try {
                reportFile.write(out -> new HtmlReport(locale).write(reported, out));
            } catch (IOException e) {
                err.println("chaxu: cannot write the report to " + reportFile.path() + ": " + Main.describe(e));
                return Main.BAD_INPUT;
            }
            return run.exit();
        }
    }
}
