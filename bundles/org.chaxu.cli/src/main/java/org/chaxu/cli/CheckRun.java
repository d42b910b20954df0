package org.chaxu.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.chaxu.engine.CheckOptions;
import org.chaxu.engine.CheckSession;
import org.chaxu.engine.Labels;
import org.chaxu.engine.LoadedModel;
import org.chaxu.engine.ModelLoader;
import org.chaxu.engine.ModelProblem;
import org.chaxu.engine.ProjectSettings;
import org.chaxu.engine.RuleCatalog;
import org.chaxu.engine.RuleFailure;

/**
 * One check of the models the user named, shared by {@code chaxu check} and {@code chaxu report}:
 * the compiled catalogue, each model that could be checked with its findings (and, for the
 * report, its baselines), and the worst exit code so far. One model that cannot be read, or
 * whose check fails, does not stop the others.
 */
record CheckRun(RuleCatalog catalog, List<CheckedModel> models, int exit) {

    /**
     * Compiles the rules and checks every model, printing each rule and load problem to
     * {@code err} in {@code locale}; null when the rules do not compile.
     */
    static CheckRun of(RuleOptions ruleOptions, ModelOptions modelOptions, ModelInputs inputs, Locale locale,
            PrintWriter err) throws IOException {
        ProjectSettings settings = ruleOptions.settings(inputs.shownPaths());
        return of(ruleOptions, modelOptions, inputs, locale, settings.knownFindings(), err);
    }

    /**
     * As {@link #of(RuleOptions, ModelOptions, ModelInputs, Locale, PrintWriter)}, with the
     * project's settings (rules off, severities, suppressions) and without the findings whose
     * fingerprints are {@code known} (a baseline).
     */
    static CheckRun of(RuleOptions ruleOptions, ModelOptions modelOptions, ModelInputs inputs, Locale locale,
            Set<String> known, PrintWriter err) throws IOException {
        ProjectSettings settings = ruleOptions.settings(inputs.shownPaths());
        RuleCatalog catalog = ruleOptions.compile(err);
        if (catalog == null) {
            err.println("chaxu: " + Labels.word("report.rulesBroken", locale));
            return null;
        }
        modelOptions.applyBudget();
        CheckOptions options = settings.options(locale).withLocale(locale);
        ModelLoader loader = new ModelLoader(locale).withRoot(modelOptions.root.toAbsolutePath());
        List<CheckedModel> checked = new ArrayList<>();
        int exit = Main.OK;
        for (ModelInputs.Input input : inputs.inputs()) {
            Path path = input.shown();
            try {
                LoadedModel model = loader.load(input.file());
                for (ModelProblem problem : model.problems()) {
                    err.println(shown(problem, input).format(locale));
                }
                if (!model.isUsable() || model.hasErrors()) {
                    exit = Math.max(exit, Main.BAD_INPUT);
                    continue;
                }
                try (CheckSession session = new CheckSession(catalog, model.resource(), options, false)) {
                    checked.add(new CheckedModel(path, model, settings.filter(path, session.findings(), known), session.baselines()));
                }
            } catch (RuleFailure failure) {
                err.println(path + ": error: " + failure.getMessage());
                exit = Math.max(exit, Main.BAD_INPUT);
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError failure) {
                exit = Main.INTERNAL;
                Main.sayInternal(err, path + ": internal error: ", failure);
            }
        }
        if (exit == Main.INTERNAL) {
            err.println("chaxu: internal error; please report it with the model that caused it");
        } else if (exit != Main.OK) {
            err.println("chaxu: " + Labels.word("report.unreadable", locale));
        }
        return new CheckRun(catalog, List.copyOf(checked), exit);
    }

    /** A problem of a model read from standard input names it as the user asked, not by its temporary copy. */
    private static ModelProblem shown(ModelProblem problem, ModelInputs.Input input) {
        return input.fromStdin() && problem.file().equals(input.file().toString())
                ? new ModelProblem(problem.severity(), input.shown().toString(), problem.line(), problem.column(),
                        problem.path(), problem.message())
                : problem;
    }

    /**
     * Where the report goes, checked before the run; null (with the reason printed) when it
     * cannot be written there.
     */
    static ReportFile output(Path output, List<Path> models, PrintWriter err) {
        ReportFile file = new ReportFile(output);
        String problem = file.problem(models);
        if (problem != null) {
            err.println("chaxu: " + problem);
            return null;
        }
        return file;
    }

    /** After a run that checked nothing: no report, and none from an earlier run left looking like this one's. */
    static void removeStale(ReportFile file, PrintWriter err) {
        if (file != null && file.removeStale()) {
            err.println("chaxu: removed the previous report " + file.path() + ": this run wrote none");
        }
    }
}
