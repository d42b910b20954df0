// SPDX-License-Identifier: EPL-2.0
package org.chaxu.editor.internal.wizards;

import org.chaxu.core.ChaxuProjects;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.List;

import org.chaxu.editor.ChaxuEditor;
import org.chaxu.editor.internal.Messages;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IWorkspaceRunnable;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.WizardNewProjectCreationPage;
import org.eclipse.ui.ide.IDE;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * File → New → Example… → Chaxu worked cases: a project with the shipped worked cases (the
 * models, their expected findings and the notes on them, and in registry/ the cases written
 * against the national registry) and the Chaxu nature, so that the findings show at once. Opens the Pearl River Delta case in the Chaxu editor.
 */
public final class ExamplesWizard extends Wizard implements INewWizard {

    /** The files of the worked cases, packaged in this bundle under chaxu-examples/ at build time. */
    public static final List<String> FILES = List.of("prd-air.chaxu", "prd-air.expected", "jjj-air.chaxu", "jjj-air.expected",
            "xian-xianyang-transport.chaxu", "xian-xianyang-transport.expected", "clean-region.chaxu",
            "clean-region.expected", "README.md", "RULES-SEMANTICS.md",
            // the worked cases written against the national registry, which the checker ships
            "registry/prd-air.chaxu", "registry/prd-air.expected", "registry/jjj-air.chaxu", "registry/jjj-air.expected",
            "registry/xian-xianyang-transport.chaxu", "registry/xian-xianyang-transport.expected");

    private IWorkbench workbench;
    private Messages messages;
    private WizardNewProjectCreationPage projectPage;

    @Override
    public void init(IWorkbench newWorkbench, IStructuredSelection selection) {
        this.workbench = newWorkbench;
        this.messages = new Messages(ChaxuProjects.locale(null));
        setWindowTitle(messages.get("wizard.examples.title"));
    }

    @Override
    public void addPages() {
        projectPage = new WizardNewProjectCreationPage("project");
        projectPage.setTitle(messages.get("wizard.examples.title"));
        projectPage.setDescription(messages.get("wizard.examples.description"));
        projectPage.setInitialProjectName("chaxu-worked-cases");
        addPage(projectPage);
    }

    @Override
    public boolean performFinish() {
        try {
            IProject project = create(projectPage.getProjectName());
            IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), project.getFile("prd-air.chaxu"), ChaxuEditor.ID, true);
            return true;
        } catch (CoreException e) {
            ErrorDialog.openError(getShell(), messages.get("wizard.examples.title"), e.getMessage(), e.getStatus());
            return false;
        }
    }

    /** Creates the project with the worked cases and the Chaxu nature (in one workspace operation). */
    public static IProject create(String name) throws CoreException {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
        if (project.exists()) {
            throw new CoreException(Status.error("A project named " + name + " exists already"));
        }
        IWorkspaceRunnable create = monitor -> {
            SubMonitor progress = SubMonitor.convert(monitor, FILES.size() + 3);
            project.create(progress.split(1));
            project.open(progress.split(1));
            Bundle bundle = FrameworkUtil.getBundle(ExamplesWizard.class);
            for (String file : FILES) {
                URL url = bundle.getEntry("chaxu-examples/" + file);
                if (url == null) {
                    throw new CoreException(Status.error("The worked case " + file + " is missing from " + bundle.getSymbolicName()));
                }
                IFile target = project.getFile(file);
                if (target.getParent() instanceof org.eclipse.core.resources.IFolder folder && !folder.exists()) {
                    folder.create(true, true, progress.split(0));
                }
                try (InputStream in = FileLocator.toFileURL(url).openStream()) {
                    target.create(in, true, progress.split(1));
                } catch (IOException e) {
                    throw new CoreException(Status.error("Cannot copy the worked case " + file, e));
                }
            }
            ChaxuProjects.addNature(project, progress.split(1));
        };
        ResourcesPlugin.getWorkspace().run(create, null);
        return project;
    }
}
