package org.chaxu.ide.internal;

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
import org.chaxu.engine.ProjectSettings;
import org.chaxu.engine.RuleCatalog;
import org.chaxu.engine.RuleProblem;
import org.chaxu.ide.ChaxuIde;
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
        List<IFile> models = models(project);
        SubMonitor progress = SubMonitor.convert(monitor, Messages.of(project).get("job.checkProject", project.getName()),
                models.size() + 3);
        for (IFile gone : files) {
            if (!models.contains(gone) && gone.exists()) {
                Markers.erase(gone, ChaxuIde.PROBLEM_MARKER);
            }
        }
        if (!settingsUsable(project, models)) {
            return;
        }
        RuleCatalog catalog = ProjectCatalogs.get(project);
        if (rulesChanged) {
            Markers.erase(project, ChaxuIde.DRL_MARKER);
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
        try {
            for (IFile file : models) {
                if (progress.isCanceled()) {
                    throw new OperationCanceledException();
                }
                progress.subTask(file.getProjectRelativePath().toString());
                Markers.erase(file, ChaxuIde.PROBLEM_MARKER);
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
            writeFindings(ofTheProject, catalog, options);
            progress.worked(1);
        } finally {
            for (LoadedModel model : usable.values()) {
                model.resource().unload();
            }
        }
    }

    /** One session over the project's models that load, and the markers of each model's own findings. */
    private static void writeFindings(Map<IFile, LoadedModel> usable, RuleCatalog catalog, CheckOptions options) throws CoreException {
        if (usable.isEmpty()) {
            return;
        }
        List<LoadedModel> models = new ArrayList<>(usable.values());
        List<Resource> context = new ArrayList<>();
        models.subList(1, models.size()).forEach(m -> context.add(m.resource()));
        Map<IFile, List<Finding>> findings = new java.util.concurrent.ConcurrentHashMap<>();
        String[] failure = { null };
        CheckSession[] running = { null };
        // the check runs on a thread of its own: a rule that spins inside a condition or consequence
        // ignores Drools' halt, and the build must still end, with a marker saying which rule
        Thread check = new Thread(() -> {
            try (CheckSession session = new CheckSession(catalog, models.get(0).resource(), options, false, context)) {
                running[0] = session;
                for (Map.Entry<IFile, LoadedModel> e : usable.entrySet()) {
                    List<Finding> own = context.isEmpty() ? session.findings() : session.findingsIn(e.getValue().resource());
                    findings.put(e.getKey(), ChaxuSettings.filter(e.getKey(), own));
                }
            } catch (RuntimeException | StackOverflowError e) {
                // a rule that throws or runs away (RuleFailure names it): a marker, not an error dialog
                failure[0] = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            }
        }, "chaxu-build-check");
        check.setDaemon(true);
        check.start();
        long budget = org.chaxu.engine.Budget.current().maxSeconds() + org.chaxu.engine.Budget.GRACE_SECONDS;
        try {
            check.join(java.util.concurrent.TimeUnit.SECONDS.toMillis(budget));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OperationCanceledException();
        }
        if (check.isAlive()) {
            CheckSession session = running[0];
            findings.clear();
            failure[0] = "the check took longer than " + org.chaxu.engine.Budget.current().maxSeconds() + " s and did not stop: "
                    + (session == null ? "the rules never returned" : session.stuckIn()) + "; the check was abandoned";
        }
        for (Map.Entry<IFile, LoadedModel> e : usable.entrySet()) {
            Markers.writeModel(e.getKey(), e.getValue(), findings.getOrDefault(e.getKey(), List.of()));
            if (failure[0] != null) {
                Markers.writeFailure(e.getKey(), failure[0]);
            }
        }
        // one id, one element of a kind, across the project's files that belong together
        Map<String, IFile> byPath = new java.util.HashMap<>();
        Map<LoadedModel, String> paths = new java.util.IdentityHashMap<>();
        for (Map.Entry<IFile, LoadedModel> e : usable.entrySet()) {
            String path = e.getKey().getProjectRelativePath().toString();
            byPath.put(path, e.getKey());
            paths.put(e.getValue(), path);
        }
        for (org.chaxu.engine.ModelProblem problem : org.chaxu.engine.ProjectIds.duplicates(models, paths::get,
                ChaxuSettings.locale(models.isEmpty() ? null : usable.keySet().iterator().next().getProject()))) {
            IFile file = byPath.get(problem.file());
            if (file != null) {
                Markers.writeProblem(file, problem);
            }
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
            Markers.erase(settingsFile, ChaxuIde.PROBLEM_MARKER);
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
                Markers.erase(file, ChaxuIde.PROBLEM_MARKER);
            }
            Markers.writeSettingsProblem(settingsFile.exists() ? settingsFile : project, e.getMessage());
            return false;
        }
    }

    /** Removes every Chaxu marker of the project (its models' findings and its DRL problems). */
    public static void erase(IProject project) throws CoreException {
        Dependencies.forget(project);
        Markers.erase(project, ChaxuIde.PROBLEM_MARKER);
        Markers.erase(project, ChaxuIde.DRL_MARKER);
    }
}
