package org.chaxu.ide.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

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

    /** Checks the given models of one project; {@code rulesChanged} refreshes the DRL markers too. */
    public static void checkFiles(IProject project, Collection<IFile> files, boolean rulesChanged,
            IProgressMonitor monitor) throws CoreException {
        SubMonitor progress = SubMonitor.convert(monitor, Messages.of(project).get("job.checkProject", project.getName()),
                files.size() + 2);
        if (!settingsUsable(project, files)) {
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
        for (IFile file : files) {
            if (progress.isCanceled()) {
                throw new OperationCanceledException();
            }
            progress.subTask(file.getProjectRelativePath().toString());
            check(file, catalog, options, loader);
            progress.worked(1);
        }
    }

    private static void check(IFile file, RuleCatalog catalog, CheckOptions options, ModelLoader loader)
            throws CoreException {
        Markers.erase(file, ChaxuIde.PROBLEM_MARKER);
        if (!file.isAccessible() || file.getLocation() == null) {
            return;
        }
        LoadedModel model = loader.load(file.getLocation().toFile().toPath());
        List<Finding> findings = List.of();
        String failure = null;
        if (model.isUsable() && !model.hasErrors()) {
            try {
                findings = ChaxuSettings.filter(file, CheckSession.check(catalog, model.resource(), options));
            } catch (RuntimeException | StackOverflowError e) {
                // a rule that throws or runs away (RuleFailure names it): a marker, not an error dialog
                failure = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            }
        }
        Dependencies.record(file, model.uses());
        Markers.writeModel(file, model, findings);
        if (failure != null) {
            Markers.writeFailure(file, failure);
        }
        if (model.resource() != null) {
            model.resource().unload();
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
