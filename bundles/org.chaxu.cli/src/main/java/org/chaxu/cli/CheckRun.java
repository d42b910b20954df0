// SPDX-License-Identifier: EPL-2.0
package org.chaxu.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.chaxu.engine.CheckOptions;
import org.chaxu.engine.CheckSession;
import org.chaxu.engine.Finding;
import org.chaxu.engine.Labels;
import org.chaxu.engine.LoadedModel;
import org.chaxu.engine.ModelLoader;
import org.chaxu.engine.ModelProblem;
import org.chaxu.engine.ProjectSettings;
import org.chaxu.engine.RuleCatalog;
import org.chaxu.engine.RuleFailure;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * One check of the models the user named, shared by {@code chaxu check} and {@code chaxu report}:
 * the compiled catalogue, each model that could be checked with its findings (and, for the
 * report, its baselines), and the worst exit code so far. One model that cannot be read, or
 * whose check fails, does not stop the others.
 */
record CheckRun(RuleCatalog catalog, List<CheckedModel> models, int exit, List<Path> read, boolean wholeProject) {

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
        ModelLoader loader = new ModelLoader(locale);
        modelOptions.roots(settings, inputs).forEach(loader::withRoot);
        // the models named, by project: each project is checked as one fact base
        Map<Project, List<ModelInputs.Input>> projects = new LinkedHashMap<>();
        for (ModelInputs.Input input : inputs.inputs()) {
            projects.computeIfAbsent(Project.of(input, settings), k -> new ArrayList<>()).add(input);
        }
        // the models are read while the rules compile (two cores at least: the two take about as long
        // on a national model); what either says is printed after, in the order it always was
        List<Path> toRead = new ArrayList<>();
        for (Map.Entry<Project, List<ModelInputs.Input>> project : projects.entrySet()) {
            for (FileToRead file : filesOf(project.getKey(), project.getValue())) {
                toRead.add(file.read());
            }
        }
        Prefetch prefetch = Prefetch.start(loader, toRead);
        RuleCatalog catalog;
        try {
            catalog = ruleOptions.compile(err);
        } finally {
            prefetch.join();
        }
        if (catalog == null) {
            err.println("chaxu: " + Labels.word("report.rulesBroken", locale));
            return null;
        }
        modelOptions.applyBudget();
        CheckOptions options = settings.options(locale).withLocale(locale);
        List<CheckedModel> checked = new ArrayList<>();
        int exit = Main.OK;
        for (Map.Entry<Project, List<ModelInputs.Input>> project : projects.entrySet()) {
            exit = Math.max(exit, check(project.getKey(), project.getValue(), prefetch, catalog, options, settings, known, locale,
                    err, checked));
        }
        // in the order the user named them
        List<Path> order = inputs.shownPaths();
        checked.sort(java.util.Comparator.comparingInt(m -> order.indexOf(m.path())));
        if (exit == Main.INTERNAL) {
            err.println("chaxu: internal error; please report it with the model that caused it");
        } else if (exit != Main.OK) {
            err.println("chaxu: " + Labels.word("report.unreadable", locale));
        }
        // what the run read, which no report may overwrite: the models and the files they reached, the settings
        List<Path> read = new ArrayList<>(loader.filesRead());
        if (settings.file() != null) {
            read.add(settings.file().toAbsolutePath().normalize());
        }
        // every model of the settings' project was checked: then a suppression that hid nothing is unused
        boolean wholeProject = false;
        if (settings.file() != null) {
            Set<Path> named = new java.util.HashSet<>();
            inputs.inputs().forEach(i -> named.add(i.file().toAbsolutePath().normalize()));
            wholeProject = ModelInputs.modelsBelow(settings.root()).stream()
                    .allMatch(m -> named.contains(m.toAbsolutePath().normalize()));
        }
        return new CheckRun(catalog, List.copyOf(checked), exit, List.copyOf(read), wholeProject);
    }

    /**
     * A project: the folder of the settings file; without one, the folder the user named, or the
     * folder of the model named ({@code below} false: only the models in that folder itself); a
     * model read from standard input is a project of its own.
     */
    record Project(Path root, boolean below, ModelInputs.Input alone) {

        static Project of(ModelInputs.Input input, ProjectSettings settings) {
            if (input.fromStdin()) {
                return new Project(null, false, input);
            }
            if (settings.file() != null) {
                return new Project(settings.root().toAbsolutePath().normalize(), true, null);
            }
            if (input.folder() != null) {
                return new Project(input.folder().toAbsolutePath().normalize(), true, null);
            }
            Path parent = input.file().toAbsolutePath().normalize().getParent();
            return new Project(parent, false, null);
        }

        /** The project's models, in path order (absolute paths). */
        List<Path> models() throws IOException {
            if (root == null || !java.nio.file.Files.isDirectory(root)) {
                return List.of();
            }
            if (below) {
                return ModelInputs.modelsBelow(root).stream().map(p -> p.toAbsolutePath().normalize()).toList();
            }
            try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(root)) {
                return files.filter(p -> ModelInputs.isModelIn(p, root)).map(p -> p.toAbsolutePath().normalize()).sorted().toList();
            }
        }
    }

    /**
     * Checks one project: every model of it is loaded (the problems of any are reported, whichever
     * was named), then one session over all that load gives each named model its own findings.
     */
    /** A file of a project to read: as the project lists it, the input that named it (or null), and the path to read. */
    private record FileToRead(Path file, ModelInputs.Input input, Path read) {
    }

    /**
     * The files of a project to read, in the order they are checked: the project's models in path
     * order, then what was named outside it (standard input's copy, a file that does not exist);
     * copies of the shipped registry are left out (the models reach it as the shipped one).
     */
    private static List<FileToRead> filesOf(Project project, List<ModelInputs.Input> named) throws IOException {
        Map<Path, ModelInputs.Input> byFile = byFile(named);
        java.util.TreeSet<Path> files = new java.util.TreeSet<>(project.alone() != null ? List.of() : project.models());
        List<Path> all = new ArrayList<>(files);
        for (Path file : byFile.keySet()) {
            if (!files.contains(file)) {
                all.add(file); // standard input's copy, or a file that does not exist
            }
        }
        List<FileToRead> toRead = new ArrayList<>();
        for (Path file : all) {
            ModelInputs.Input input = byFile.get(file);
            if (input == null && org.chaxu.engine.Registry.isShippedCopy(file)) {
                continue;
            }
            toRead.add(new FileToRead(file, input, input != null ? input.file() : file));
        }
        return toRead;
    }

    private static Map<Path, ModelInputs.Input> byFile(List<ModelInputs.Input> named) {
        Map<Path, ModelInputs.Input> byFile = new LinkedHashMap<>();
        for (ModelInputs.Input input : named) {
            byFile.putIfAbsent(input.fromStdin() ? input.file() : input.file().toAbsolutePath().normalize(), input);
        }
        return byFile;
    }

    /**
     * The models of a run read on a thread of their own while the rules compile, in the order the
     * run checks them, with the one loader (used by nothing else until {@link #join()}). A model
     * whose reading failed is read again when taken, so the failure surfaces where it always did.
     */
    static final class Prefetch {
        private final ModelLoader loader;
        private final Map<Path, LoadedModel> read = new java.util.concurrent.ConcurrentHashMap<>();
        private final Thread thread;

        private Prefetch(ModelLoader loader, List<Path> files) {
            this.loader = loader;
            this.thread = new Thread(() -> {
                for (Path file : files) {
                    if (read.containsKey(file)) {
                        continue; // in two projects: read again when the second takes it, as before
                    }
                    try {
                        read.put(file, loader.load(file));
                    } catch (RuntimeException | StackOverflowError failure) {
                        return; // read again on the main thread, which reports it
                    }
                }
            }, "chaxu-read-models");
            thread.setDaemon(true);
        }

        static Prefetch start(ModelLoader loader, List<Path> files) {
            Prefetch prefetch = new Prefetch(loader, files);
            prefetch.thread.start();
            return prefetch;
        }

        void join() {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        /** The model read from {@code file}: the one read ahead, else read now. */
        LoadedModel load(Path file) {
            LoadedModel model = read.remove(file);
            return model != null ? model : loader.load(file);
        }

        List<ModelProblem> problemsOfReachedFiles(LoadedModel model) {
            return loader.problemsOfReachedFiles(model);
        }
    }

    private static int check(Project project, List<ModelInputs.Input> named, Prefetch loader, RuleCatalog catalog,
            CheckOptions options, ProjectSettings settings, Set<String> known, Locale locale, PrintWriter err,
            List<CheckedModel> checked) throws IOException {
        int exit = Main.OK;
        Map<Path, ModelInputs.Input> byFile = byFile(named);
        Set<Path> projectFiles = Set.copyOf(project.alone() != null ? List.of() : project.models());
        List<LoadedModel> loaded = new ArrayList<>();
        Map<LoadedModel, ModelInputs.Input> inputOf = new java.util.IdentityHashMap<>();
        for (FileToRead toRead : filesOf(project, named)) {
            Path file = toRead.file();
            ModelInputs.Input input = toRead.input();
            Path path = input != null ? input.shown() : shownPath(file);
            try {
                LoadedModel model = loader.load(toRead.read());
                for (ModelProblem problem : model.problems()) {
                    err.println(Terminal.visible((input != null ? shown(problem, input) : problem).format(locale)));
                }
                if (!model.isUsable() || model.hasErrors()) {
                    exit = Math.max(exit, Main.BAD_INPUT);
                    continue;
                }
                // a file this one depends on that does not load is an error of the run, whoever was named;
                // the model's own findings are still reported
                for (ModelProblem problem : loader.problemsOfReachedFiles(model)) {
                    Path from = Path.of(problem.file()).toAbsolutePath().normalize();
                    if (projectFiles.contains(from) || byFile.containsKey(from)) {
                        continue; // a model of the project: its own load reports it
                    }
                    err.println(Terminal.visible(problem.format(locale)));
                    exit = Math.max(exit, Main.BAD_INPUT);
                }
                if (input == null && org.chaxu.engine.Registry.isCatalogue(model.resource())) {
                    continue; // a registry among the models: reference data, reached as far as the models name it
                }
                loaded.add(model);
                if (input != null) {
                    inputOf.put(model, input);
                }
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError failure) {
                Main.sayInternal(err, path + ": internal error: ", failure);
                return Main.INTERNAL;
            }
        }
        if (inputOf.isEmpty()) {
            return exit;
        }
        Path first = named.get(0).shown();
        List<Resource> context = new ArrayList<>();
        for (LoadedModel model : loaded.subList(1, loaded.size())) {
            context.add(model.resource());
        }
        Map<Resource, CheckedModel.Located> located = new java.util.IdentityHashMap<>();
        for (LoadedModel model : loaded) {
            ModelInputs.Input input = inputOf.get(model);
            Path file = Path.of(model.file()).toAbsolutePath().normalize();
            located.put(model.resource(), new CheckedModel.Located(input != null ? input.shown() : shownPath(file), model));
        }
        // one id, one element of a kind, across the project's files
        for (ModelProblem problem : org.chaxu.engine.ProjectIds.duplicates(loaded,
                model -> located.get(model.resource()).displayPath(), locale)) {
            err.println(Terminal.visible(problem.format(locale)));
            exit = Math.max(exit, Main.BAD_INPUT);
        }
        // the settings' suppressions and baseline are part of the options: each named model is
        // fingerprinted at the path it was named by (the others' findings are not reported)
        Map<Resource, Path> namedAs = new java.util.IdentityHashMap<>();
        inputOf.forEach((model, input) -> namedAs.put(model.resource(), input.shown()));
        CheckOptions shown = options.withFilter(settings.hiding(known, namedAs::get));
        try (CheckSession session = new CheckSession(catalog, loaded.get(0).resource(), shown, false, context)) {
            for (LoadedModel model : loaded) {
                ModelInputs.Input input = inputOf.get(model);
                if (input != null) {
                    List<Finding> findings = context.isEmpty() ? session.findings() : session.findingsIn(model.resource());
                    checked.add(new CheckedModel(input.shown(), model, findings, session.baselines(), located));
                }
            }
        } catch (RuleFailure failure) {
            err.println(Terminal.visible((named.size() == 1 || project.root() == null ? first : shownPath(project.root())) + ": error: "
                    + failure.getMessage()));
            exit = Math.max(exit, Main.BAD_INPUT);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError failure) {
            Main.sayInternal(err, first + ": internal error: ", failure);
            return Main.INTERNAL;
        }
        return exit;
    }

    /** A model the user did not name, as the report shows it: relative to the current folder when below it. */
    private static Path shownPath(Path file) {
        Path here = Path.of("").toAbsolutePath();
        return file.startsWith(here) ? here.relativize(file) : file;
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
