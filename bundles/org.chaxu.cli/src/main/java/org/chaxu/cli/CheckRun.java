package org.chaxu.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.chaxu.engine.CheckOptions;
import org.chaxu.engine.CheckSession;
import org.chaxu.engine.Labels;
import org.chaxu.engine.LoadedModel;
import org.chaxu.engine.ModelLoader;
import org.chaxu.engine.ModelProblem;
import org.chaxu.engine.RuleCatalog;

/**
 * One check of the models the user named, shared by {@code chaxu check} and {@code chaxu report}:
 * the compiled catalogue and each model with its findings (and, for the report, its baselines).
 */
record CheckRun(RuleCatalog catalog, List<CheckedModel> models) {

    /**
     * Compiles the rules and checks every model, printing each rule and load problem to
     * {@code err} in {@code locale}; null when the rules do not compile or a model cannot be read.
     */
    static CheckRun of(RuleOptions ruleOptions, List<Path> paths, Locale locale, PrintWriter err) throws IOException {
        RuleCatalog catalog = ruleOptions.compile(err);
        if (catalog == null) {
            err.println("chaxu: " + Labels.word("report.rulesBroken", locale));
            return null;
        }
        CheckOptions options = CheckOptions.DEFAULT.withLocale(locale);
        ModelLoader loader = new ModelLoader(locale);
        List<CheckedModel> checked = new ArrayList<>();
        boolean badInput = false;
        for (Path path : paths) {
            LoadedModel model = loader.load(path);
            for (ModelProblem problem : model.problems()) {
                err.println(problem.format(locale));
            }
            if (!model.isUsable() || model.hasErrors()) {
                badInput = true;
                continue;
            }
            try (CheckSession session = new CheckSession(catalog, model.resource(), options, false)) {
                checked.add(new CheckedModel(path, model, session.findings(), session.baselines()));
            }
        }
        if (badInput) {
            err.println("chaxu: " + Labels.word("report.unreadable", locale));
            return null;
        }
        return new CheckRun(catalog, List.copyOf(checked));
    }
}
