// SPDX-License-Identifier: EPL-2.0
package org.chaxu.core.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.chaxu.core.ChaxuCore;
import org.eclipse.core.resources.ICommand;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IProjectNature;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;

/** The Chaxu nature: adds the Chaxu builder; removing it removes the builder and every Chaxu marker. */
public final class ChaxuNature implements IProjectNature {

    private IProject project;

    @Override
    public void configure() throws CoreException {
        IProjectDescription description = project.getDescription();
        ICommand[] commands = description.getBuildSpec();
        if (Arrays.stream(commands).anyMatch(c -> ChaxuCore.BUILDER_ID.equals(c.getBuilderName()))) {
            return;
        }
        ICommand command = description.newCommand();
        command.setBuilderName(ChaxuCore.BUILDER_ID);
        ICommand[] newCommands = Arrays.copyOf(commands, commands.length + 1);
        newCommands[commands.length] = command;
        description.setBuildSpec(newCommands);
        project.setDescription(description, null);
    }

    @Override
    public void deconfigure() throws CoreException {
        IProjectDescription description = project.getDescription();
        List<ICommand> commands = new ArrayList<>(Arrays.asList(description.getBuildSpec()));
        commands.removeIf(c -> ChaxuCore.BUILDER_ID.equals(c.getBuilderName()));
        description.setBuildSpec(commands.toArray(ICommand[]::new));
        project.setDescription(description, null);
        ProjectChecker.erase(project);
        ProjectCatalogs.forget(project);
    }

    @Override
    public IProject getProject() {
        return project;
    }

    @Override
    public void setProject(IProject project) {
        this.project = project;
    }

    /** Adds or removes the nature (and so the builder) of a project. */
    public static void set(IProject project, boolean on, IProgressMonitor monitor) throws CoreException {
        IProjectDescription description = project.getDescription();
        List<String> natures = new ArrayList<>(Arrays.asList(description.getNatureIds()));
        if (on == natures.contains(ChaxuCore.NATURE_ID)) {
            return;
        }
        if (on) {
            natures.add(ChaxuCore.NATURE_ID);
        } else {
            natures.remove(ChaxuCore.NATURE_ID);
        }
        description.setNatureIds(natures.toArray(String[]::new));
        project.setDescription(description, monitor);
    }
}
