// SPDX-License-Identifier: EPL-2.0
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
            List<HtmlReport.Project> projects = projects(run, reported);
            try {
                reportFile.write(out -> new HtmlReport(locale).write(reported, projects, out));
            } catch (IOException e) {
                err.println("chaxu: cannot write the report to " + reportFile.path() + ": " + Main.describe(e));
                return Main.BAD_INPUT;
            }
            return run.exit();
        }
    }

    /**
     * The projects of which the run reports several models (a project's folder named, say), each
     * drawn whole before its models one by one: the models checked as one fact base share their
     * project's map of files.
     */
    static List<HtmlReport.Project> projects(CheckRun run, List<HtmlReport.Model> reported) {
        java.util.Map<Object, List<HtmlReport.Model>> byProject = new java.util.LinkedHashMap<>();
        java.util.Map<Object, List<Path>> paths = new java.util.IdentityHashMap<>();
        for (int i = 0; i < run.models().size(); i++) {
            CheckedModel checked = run.models().get(i);
            Object key = checked.project() == null ? checked : checked.project();
            byProject.computeIfAbsent(key, k -> new java.util.ArrayList<>()).add(reported.get(i));
            paths.computeIfAbsent(key, k -> new java.util.ArrayList<>()).add(checked.path());
        }
        List<HtmlReport.Project> projects = new java.util.ArrayList<>();
        for (java.util.Map.Entry<Object, List<HtmlReport.Model>> project : byProject.entrySet()) {
            if (project.getValue().size() > 1) {
                projects.add(new HtmlReport.Project(commonFolder(paths.get(project.getKey())), project.getValue()));
            }
        }
        return projects;
    }

    /** The folder that holds all the paths, as the user named them ("." for the current folder). */
    private static String commonFolder(List<Path> paths) {
        Path common = paths.get(0).getParent();
        for (Path path : paths) {
            while (common != null && !path.startsWith(common)) {
                common = common.getParent();
            }
        }
        return common == null ? "." : common.toString().replace('\\', '/') + "/";
    }
}
