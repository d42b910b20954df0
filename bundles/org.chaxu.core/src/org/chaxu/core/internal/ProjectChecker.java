// SPDX-License-Identifier: EPL-2.0
package org.chaxu.core.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.chaxu.engine.CheckOptions;
import org.chaxu.engine.CheckSession;
import org.chaxu.engine.Finding;
import org.chaxu.engine.LoadedModel;
import org.chaxu.engine.ModelLoader;
import org.chaxu.engine.ModelProblem;
import org.chaxu.engine.ProjectSettings;
import org.chaxu.engine.RuleCatalog;
import org.chaxu.engine.RuleProblem;
import org.chaxu.core.ChaxuCore;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * Checks a project's models and turns the results into markers: the project's catalogue is
 * compiled (its DRL problems become markers on the DRL files), then each model's old markers
 * are erased and its findings written. Used by the builder and by "Check with Chaxu".
 */
public final class ProjectChecker {

    private ProjectChecker() {
    }

    /** Every .chaxu file of the project (not derived, not in team-private folders). */
    public static List<IFile> models(IProject project) throws CoreException {
        List<IFile> models = new ArrayList<>();
        project.accept(resource -> {
            if (resource.isDerived() || resource.isTeamPrivateMember()) {
                return false;
            }
            if (resource instanceof IFile file && isModel(file)) {
                models.add(file);
            }
            return true;
        });
        return models;
    }

    public static boolean isModel(IResource resource) {
        return resource instanceof IFile && "chaxu".equals(resource.getFileExtension());
    }

    /** Compiles the project's rules (writing DRL markers) and checks all its models. */
    public static void checkProject(IProject project, IProgressMonitor monitor) throws CoreException {
        Dependencies.reset(project);
        checkFiles(project, models(project), true, monitor);
    }

    /**
     * Checks the models of one project after {@code files} changed; {@code rulesChanged} refreshes
     * the DRL markers too. A project is one fact base — a province's baseline in one file binds the
     * cities of another — so every model of the project is checked again, together, and each gets
     * the markers of its own findings.
     */
    public static void checkFiles(IProject project, Collection<IFile> files, boolean rulesChanged,
            IProgressMonitor monitor) throws CoreException {
        forget(project);
        List<IFile> models = models(project);
        SubMonitor progress = SubMonitor.convert(monitor, Messages.of(project).get("job.checkProject", project.getName()),
                models.size() + 3);
        for (IFile gone : files) {
            if (!models.contains(gone) && gone.exists()) {
                Markers.erase(gone, ChaxuCore.PROBLEM_MARKER);
            }
        }
        if (!settingsUsable(project, models)) {
            return;
        }
        RuleCatalog catalog = ProjectCatalogs.get(project);
        if (rulesChanged) {
            Markers.erase(project, ChaxuCore.DRL_MARKER);
            for (RuleProblem problem : catalog.problems()) {
                Markers.writeRuleProblem(project, problem);
            }
            for (RuleProblem warning : catalog.warnings()) {
                Markers.writeRuleProblem(project, warning);
            }
        }
        progress.worked(2);
        CheckOptions options = ChaxuSettings.options(project);
        ModelLoader loader = new ModelLoader();
        if (project.getLocation() != null) {
            loader.withRoot(project.getLocation().toFile().toPath()); // models refer only to models of the project
        }
        Map<IFile, LoadedModel> usable = new LinkedHashMap<>();
        boolean kept = false;
        try {
            for (IFile file : models) {
                if (progress.isCanceled()) {
                    throw new OperationCanceledException();
                }
                progress.subTask(file.getProjectRelativePath().toString());
                Markers.erase(file, ChaxuCore.PROBLEM_MARKER);
                if (!file.isAccessible() || file.getLocation() == null) {
                    continue;
                }
                if (org.chaxu.engine.Registry.isShippedCopy(file.getLocation().toFile().toPath())) {
                    progress.worked(1);
                    continue; // a copy of the shipped registry: the models reach it as the shipped one
                }
                LoadedModel model = loader.load(file.getLocation().toFile().toPath());
                Dependencies.record(file, model.uses());
                if (model.isUsable() && !model.hasErrors()) {
                    usable.put(file, model);
                } else {
                    Markers.writeModel(file, model, List.of());
                }
                progress.worked(1);
            }
            // a registry among the project's files is reference data: checked on its own, not a model of the project
            Map<IFile, LoadedModel> ofTheProject = new LinkedHashMap<>();
            for (Map.Entry<IFile, LoadedModel> e : usable.entrySet()) {
                if (org.chaxu.engine.Registry.isCatalogue(e.getValue().resource())) {
                    writeFindings(Map.of(e.getKey(), e.getValue()), catalog, options);
                } else {
                    ofTheProject.put(e.getKey(), e.getValue());
                }
            }
            // a registry among the files is checked on its own, with what it names: a save re-checks all anew
            kept = writeProjectFindings(project, loader, ofTheProject, catalog, options, ofTheProject.size() == usable.size());
            progress.worked(1);
        } finally {
            for (LoadedModel model : usable.values()) {
                if (!kept) {
                    model.resource().unload();
                }
            }
        }
    }

    /** A registry kept among the project's files, checked on its own (reference data, not a model of the project). */
    private static void writeFindings(Map<IFile, LoadedModel> usable, RuleCatalog catalog, CheckOptions options) throws CoreException {
        List<LoadedModel> models = new ArrayList<>(usable.values());
        Map<IFile, List<Finding>> findings = new java.util.concurrent.ConcurrentHashMap<>();
        CheckSession[] running = { null };
        String failure = bounded(() -> {
            try (CheckSession session = new CheckSession(catalog, models.get(0).resource(), options, false)) {
                running[0] = session;
                for (Map.Entry<IFile, LoadedModel> e : usable.entrySet()) {
                    findings.put(e.getKey(), session.findings());
                }
            }
        }, () -> running[0]);
        for (Map.Entry<IFile, LoadedModel> e : usable.entrySet()) {
            Markers.writeModel(e.getKey(), e.getValue(), failure != null ? List.of() : findings.getOrDefault(e.getKey(), List.of()));
            if (failure != null) {
                Markers.writeFailure(e.getKey(), failure);
            }
        }
    }

    /**
     * One session over the project's models that load, and the markers of each model's own
     * findings and of ids defined twice. The session is kept (true) for the saves that follow: each
     * is then applied as edits ({@link #checkSaved}); when the check failed it is not (false).
     */
    private static boolean writeProjectFindings(IProject project, ModelLoader loader, Map<IFile, LoadedModel> usable,
            RuleCatalog catalog, CheckOptions options, boolean keep) throws CoreException {
        if (usable.isEmpty()) {
            return false;
        }
        Map<java.nio.file.Path, LoadedModel> byPath = new LinkedHashMap<>();
        Map<IFile, java.nio.file.Path> files = new LinkedHashMap<>();
        for (Map.Entry<IFile, LoadedModel> e : usable.entrySet()) {
            java.nio.file.Path path = e.getKey().getLocation().toFile().toPath();
            byPath.put(path, e.getValue());
            files.put(e.getKey(), path);
        }
        Map<IFile, List<Finding>> findings = new java.util.concurrent.ConcurrentHashMap<>();
        org.chaxu.engine.ProjectSession[] made = { null };
        String failure = bounded(() -> {
            made[0] = new org.chaxu.engine.ProjectSession(catalog, options, loader, byPath);
            for (Map.Entry<IFile, java.nio.file.Path> e : files.entrySet()) {
                findings.put(e.getKey(), made[0].findingsIn(e.getValue()));
            }
        }, () -> made[0] == null ? null : made[0].session());
        ProjectState state = failure == null ? new ProjectState(made[0], catalog, options, files) : null;
        Map<IFile, List<ModelProblem>> twice = duplicates(usable);
        for (Map.Entry<IFile, LoadedModel> e : usable.entrySet()) {
            List<Finding> own = failure != null ? List.of() : findings.getOrDefault(e.getKey(), List.of());
            Markers.writeModel(e.getKey(), e.getValue(), own);
            for (ModelProblem problem : twice.getOrDefault(e.getKey(), List.of())) {
                Markers.writeProblem(e.getKey(), problem);
            }
            if (failure != null) {
                Markers.writeFailure(e.getKey(), failure);
            } else {
                state.remember(e.getKey(), e.getValue(), own, twice.get(e.getKey()));
            }
        }
        if (state == null || !keep) {
            if (made[0] != null && (failure == null || !failure.contains("did not stop"))) {
                made[0].session().close();
            }
            return false;
        }
        state.twice = twice;
        STATES.put(project, state);
        forgetOnClose();
        return true;
    }

    private static final java.util.concurrent.atomic.AtomicBoolean LISTENING = new java.util.concurrent.atomic.AtomicBoolean();

    /** A project closed or deleted drops its kept session (its models and Drools session are freed). */
    private static void forgetOnClose() {
        if (LISTENING.compareAndSet(false, true)) {
            org.eclipse.core.resources.ResourcesPlugin.getWorkspace().addResourceChangeListener(event -> {
                if (event.getResource() instanceof IProject closing) {
                    forget(closing);
                }
            }, org.eclipse.core.resources.IResourceChangeEvent.PRE_CLOSE | org.eclipse.core.resources.IResourceChangeEvent.PRE_DELETE);
        }
    }

    /**
     * Applies saved files to the project's kept session as edits and rewrites the markers of the
     * models whose findings changed: a save updates the project in the time its change needs, not
     * in the time of a check of every model. False when that cannot be done (no session kept,
     * other rules or settings, a file added, a file that no longer loads): then the project is
     * checked anew.
     */
    public static boolean checkSaved(IProject project, Collection<IFile> saved, IProgressMonitor monitor) throws CoreException {
        ProjectState state = STATES.get(project);
        if (state == null || saved.isEmpty()) {
            return false;
        }
        if (ProjectCatalogs.get(project) != state.catalog || !ChaxuSettings.options(project).equals(state.options)
                || !state.files.keySet().containsAll(saved)) {
            forget(project);
            return false;
        }
        SubMonitor progress = SubMonitor.convert(monitor, Messages.of(project).get("job.checkProject", project.getName()), 2);
        boolean[] unusable = { false };
        Map<IFile, List<Finding>> findings = new java.util.concurrent.ConcurrentHashMap<>();
        String failure = bounded(() -> {
            for (IFile file : saved) {
                java.nio.file.Path path = state.files.get(file);
                LoadedModel now = state.session.update(path);
                if (now != state.session.models().get(path)) {
                    unusable[0] = true;
                    return;
                }
            }
            for (Map.Entry<IFile, java.nio.file.Path> e : state.files.entrySet()) {
                findings.put(e.getKey(), state.session.findingsIn(e.getValue()));
            }
        }, () -> state.session.session());
        progress.worked(1);
        if (unusable[0] || failure != null) {
            forget(project);
            return false;
        }
        Map<IFile, LoadedModel> models = new LinkedHashMap<>();
        state.files.forEach((file, path) -> models.put(file, state.session.models().get(path)));
        // ids defined twice: looked for again only when a saved file defines other ids or reaches other files
        boolean idsChanged = false;
        Map<IFile, java.util.Set<org.eclipse.emf.common.util.URI>> uses = new java.util.HashMap<>();
        for (IFile file : saved) {
            uses.put(file, models.get(file).uses());
            idsChanged |= !ProjectState.ids(models.get(file)).equals(state.ids.get(file)) || !uses.get(file).equals(state.uses.get(file));
        }
        if (idsChanged) {
            state.twice = duplicates(models);
        }
        Map<IFile, List<ModelProblem>> twice = state.twice;
        for (Map.Entry<IFile, LoadedModel> e : models.entrySet()) {
            IFile file = e.getKey();
            List<Finding> own = findings.getOrDefault(file, List.of());
            if (saved.contains(file) || !state.shows(file, own, twice.get(file))) {
                Markers.erase(file, ChaxuCore.PROBLEM_MARKER);
                Markers.writeModel(file, e.getValue(), own);
                for (ModelProblem problem : twice.getOrDefault(file, List.of())) {
                    Markers.writeProblem(file, problem);
                }
                state.remember(file, e.getValue(), own, twice.get(file));
            }
            if (saved.contains(file)) {
                Dependencies.record(file, uses.get(file));
            }
        }
        progress.worked(1);
        return true;
    }

    /** The ids each model defines that another model of the project defined first. */
    private static Map<IFile, List<ModelProblem>> duplicates(Map<IFile, LoadedModel> models) {
        Map<String, IFile> byPath = new java.util.HashMap<>();
        Map<LoadedModel, String> paths = new java.util.IdentityHashMap<>();
        IProject project = null;
        for (Map.Entry<IFile, LoadedModel> e : models.entrySet()) {
            String path = e.getKey().getProjectRelativePath().toString();
            byPath.put(path, e.getKey());
            paths.put(e.getValue(), path);
            project = e.getKey().getProject();
        }
        Map<IFile, List<ModelProblem>> twice = new java.util.HashMap<>();
        if (project == null) {
            return twice;
        }
        for (ModelProblem problem : org.chaxu.engine.ProjectIds.duplicates(new ArrayList<>(models.values()), paths::get,
                ChaxuSettings.locale(project))) {
            IFile file = byPath.get(problem.file());
            if (file != null) {
                twice.computeIfAbsent(file, k -> new ArrayList<>()).add(problem);
            }
        }
        return twice;
    }

    /**
     * Runs the check on a thread of its own and waits at most the time budget (and its grace): a
     * rule that spins inside a condition or consequence ignores Drools' halt, and the build must
     * still end, with a marker saying which rule. Null when it ended well, else what went wrong.
     */
    private static String bounded(Runnable check, java.util.function.Supplier<CheckSession> running) {
        String[] failure = { null };
        Thread thread = new Thread(() -> {
            try {
                check.run();
            } catch (RuntimeException | StackOverflowError e) {
                // a rule that throws or runs away (RuleFailure names it): a marker, not an error dialog
                failure[0] = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            }
        }, "chaxu-build-check");
        thread.setDaemon(true);
        thread.start();
        long budget = org.chaxu.engine.Budget.current().maxSeconds() + org.chaxu.engine.Budget.GRACE_SECONDS;
        try {
            thread.join(java.util.concurrent.TimeUnit.SECONDS.toMillis(budget));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OperationCanceledException();
        }
        if (thread.isAlive()) {
            CheckSession session = running.get();
            return "the check took longer than " + org.chaxu.engine.Budget.current().maxSeconds() + " s and did not stop: "
                    + (session == null ? "the rules never returned" : session.stuckIn()) + "; the check was abandoned";
        }
        return failure[0];
    }

    /** The projects' kept sessions, for the saves that follow a check. */
    private static final Map<IProject, ProjectState> STATES = new java.util.concurrent.ConcurrentHashMap<>();

    private static final class ProjectState {
        final org.chaxu.engine.ProjectSession session;
        final RuleCatalog catalog;
        final CheckOptions options;
        /** The session's models, by workspace file. */
        final Map<IFile, java.nio.file.Path> files;
        /** What each model's markers show: its findings (the same objects while Drools keeps them), their messages, its ids defined twice. */
        final Map<IFile, List<Finding>> findings = new java.util.HashMap<>();
        final Map<IFile, List<String>> messages = new java.util.HashMap<>();
        final Map<IFile, List<ModelProblem>> problems = new java.util.HashMap<>();
        /** Each model's ids (kind and id) and the files it reaches, when its markers were written. */
        final Map<IFile, java.util.Set<String>> ids = new java.util.HashMap<>();
        final Map<IFile, java.util.Set<org.eclipse.emf.common.util.URI>> uses = new java.util.HashMap<>();
        Map<IFile, List<ModelProblem>> twice = Map.of();

        ProjectState(org.chaxu.engine.ProjectSession session, RuleCatalog catalog, CheckOptions options, Map<IFile, java.nio.file.Path> files) {
            this.session = session;
            this.catalog = catalog;
            this.options = options;
            this.files = files;
        }

        void remember(IFile file, LoadedModel model, List<Finding> shown, List<ModelProblem> twice) {
            findings.put(file, List.copyOf(shown));
            messages.put(file, shown.stream().map(Finding::getMessage).toList());
            problems.put(file, twice == null ? List.of() : List.copyOf(twice));
            ids.put(file, ids(model));
            uses.put(file, model.uses());
        }

        /**
         * True when the markers of an unsaved file show these findings already: the same findings
         * (Drools keeps a finding's object while it holds), with the same messages, and the same
         * ids defined twice. Its lines cannot have moved: its file did not change.
         */
        boolean shows(IFile file, List<Finding> now, List<ModelProblem> twice) {
            List<Finding> before = findings.get(file);
            List<String> said = messages.get(file);
            if (before == null || before.size() != now.size()
                    || !problems.getOrDefault(file, List.of()).equals(twice == null ? List.of() : twice)) {
                return false;
            }
            for (int i = 0; i < now.size(); i++) {
                if (before.get(i) != now.get(i) || !said.get(i).equals(now.get(i).getMessage())) {
                    return false;
                }
            }
            return true;
        }

        static java.util.Set<String> ids(LoadedModel model) {
            java.util.Set<String> ids = new java.util.HashSet<>();
            for (java.util.Iterator<org.eclipse.emf.ecore.EObject> all = model.resource().getAllContents(); all.hasNext();) {
                org.eclipse.emf.ecore.EObject element = all.next();
                ids.add(element.eClass().getName() + ' ' + LoadedModel.fragment(element));
            }
            return ids;
        }
    }

    /** Drops the project's kept session (a full check follows, or the project is cleaned). */
    public static void forget(IProject project) {
        ProjectState state = STATES.remove(project);
        if (state != null) {
            state.session.close();
        }
    }

    /**
     * False when the project's settings file cannot be used: then, as {@code chaxu check} refuses to
     * run, no model is checked — their findings are erased and the settings file gets a marker at
     * the line that is wrong.
     */
    private static boolean settingsUsable(IProject project, Collection<IFile> files) throws CoreException {
        IFile settingsFile = ChaxuSettings.settingsFile(project);
        if (settingsFile.exists()) {
            Markers.erase(settingsFile, ChaxuCore.PROBLEM_MARKER);
        }
        try {
            ProjectSettings settings = ChaxuSettings.fileSettings(project);
            if (settings != null) {
                settings.ruleFolders(); // a folder it names exists
                settings.knownFindings(); // its baseline can be read
            }
            return true;
        } catch (IllegalArgumentException e) {
            for (IFile file : files) {
                Markers.erase(file, ChaxuCore.PROBLEM_MARKER);
            }
            Markers.writeSettingsProblem(settingsFile.exists() ? settingsFile : project, e.getMessage());
            return false;
        }
    }

    /** Removes every Chaxu marker of the project (its models' findings and its DRL problems). */
    public static void erase(IProject project) throws CoreException {
        forget(project);
        Dependencies.forget(project);
        Markers.erase(project, ChaxuCore.PROBLEM_MARKER);
        Markers.erase(project, ChaxuCore.DRL_MARKER);
    }
}
