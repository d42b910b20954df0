// SPDX-License-Identifier: EPL-2.0
package org.chaxu.editor.internal;

import org.chaxu.core.ChaxuProjects;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.chaxu.engine.CheckOptions;
import org.chaxu.engine.CheckSession;
import org.chaxu.engine.LoadedModel;
import org.chaxu.engine.ModelLoader;
import org.chaxu.engine.RuleCatalog;
import org.chaxu.report.HtmlReport;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.browser.IWebBrowser;
import org.eclipse.ui.browser.IWorkbenchBrowserSupport;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Show Chaxu Report: checks the selected models (or the model of the active editor) with the
 * project's rules and settings in a background job, writes the visual report — the same page
 * as {@code chaxu report} — into the project's working area, and opens it in the workbench's
 * browser (the internal one where the platform has it).
 */
public final class ShowReport extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        List<IFile> files = models(HandlerUtil.getCurrentSelection(event), HandlerUtil.getActiveEditor(event));
        if (files.isEmpty()) {
            return null;
        }
        Job job = Job.create("Chaxu report of " + files.get(0).getName(), (IProgressMonitor monitor) -> {
            try {
                Path report = write(files, monitor);
                Display.getDefault().asyncExec(() -> open(report, files.get(0).getName()));
                return Status.OK_STATUS;
            } catch (IOException e) {
                return Status.error("Chaxu could not write the report of " + files.get(0).getFullPath() + ": " + e.getMessage(), e);
            } catch (CoreException e) {
                return e.getStatus();
            }
        });
        job.setUser(true);
        job.schedule();
        return null;
    }

    /** The .chaxu files of a selection, else the active Chaxu editor's file. */
    public static List<IFile> models(ISelection selection, IEditorPart editor) {
        List<IFile> files = new ArrayList<>();
        if (selection instanceof IStructuredSelection structured) {
            for (Object element : structured.toList()) {
                IFile file = element instanceof IFile f ? f : org.eclipse.core.runtime.Adapters.adapt(element, IFile.class);
                if (file != null && "chaxu".equals(file.getFileExtension())) {
                    files.add(file);
                }
            }
        }
        if (files.isEmpty() && editor != null && editor.getEditorInput() instanceof IFileEditorInput input) {
            files.add(input.getFile());
        }
        return files;
    }

    /**
     * Checks the models with their project's rules and settings and writes their report; the
     * models as they are on disk (save to include the editor's changes). Models that cannot be
     * read are left out (their markers say why).
     */
    public static Path write(List<IFile> files, IProgressMonitor monitor) throws IOException, CoreException {
        IProject project = files.get(0).getProject();
        SubMonitor progress = SubMonitor.convert(monitor, "Chaxu report", files.size() + 1);
        RuleCatalog catalog = ChaxuProjects.catalog(project);
        CheckOptions options = ChaxuProjects.options(project);
        Locale locale = options.locale();
        ModelLoader loader = new ModelLoader(locale);
        if (project.getLocation() != null) {
            loader.withRoot(project.getLocation().toFile().toPath());
        }
        progress.worked(1);
        List<HtmlReport.Model> models = new ArrayList<>();
        for (IFile file : files) {
            if (file.getLocation() != null) {
                LoadedModel model = loader.load(file.getLocation().toFile().toPath());
                if (model.isUsable() && !model.hasErrors()) {
                    try (CheckSession session = new CheckSession(catalog, model.resource(), options)) {
                        models.add(new HtmlReport.Model(file.getFullPath().toString(), model,
                                session.findings(), session.baselines()));
                    }
                }
            }
            progress.worked(1);
        }
        if (models.isEmpty()) {
            throw new IOException("no model could be read; the Problems view says why");
        }
        String name = files.size() == 1 ? files.get(0).getName().replaceFirst("\\.chaxu$", "") : project.getName();
        Path folder = project.getWorkingLocation("org.chaxu.editor").toFile().toPath().resolve("reports");
        Files.createDirectories(folder);
        Path report = folder.resolve(name + ".html");
        try (Writer out = Files.newBufferedWriter(report, StandardCharsets.UTF_8)) {
            new HtmlReport(locale).write(models, out);
        }
        return report;
    }

    /**
     * Opens the report in the workbench's internal browser where the platform has one, else with
     * the desktop's program for HTML files; true when one took it. Never a dialog: where nothing
     * can show it, the log says where the report is.
     */
    public static boolean open(Path report, String title) {
        try {
            IWorkbenchBrowserSupport support = PlatformUI.getWorkbench().getBrowserSupport();
            if (support.isInternalWebBrowserAvailable()) {
                IWebBrowser browser = support.createBrowser(IWorkbenchBrowserSupport.AS_EDITOR | IWorkbenchBrowserSupport.NAVIGATION_BAR,
                        "org.chaxu.report." + title, "Chaxu report · " + title, report.toString());
                browser.openURL(report.toUri().toURL());
                return true;
            }
            if (org.eclipse.swt.program.Program.launch(report.toString())) {
                return true;
            }
            ILog.of(ShowReport.class).log(new Status(IStatus.INFO, "org.chaxu.editor",
                    "No browser is available to show the Chaxu report; it is at " + report));
            return false;
        } catch (PartInitException | IOException | RuntimeException e) {
            // no browser here: the report stays in the project's working area, and the log says where
            ILog.of(ShowReport.class).log(new Status(IStatus.WARNING, "org.chaxu.editor",
                    "No browser could show the Chaxu report; it is at " + report, e));
            return false;
        }
    }
}
