// SPDX-License-Identifier: EPL-2.0
package org.chaxu.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.chaxu.editor.internal.ShowReport;
import org.chaxu.core.internal.ChaxuSettings;
import org.eclipse.core.commands.Command;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.junit.jupiter.api.Test;

/** Show Chaxu Report: the same visual report as chaxu report, from a model's context menu, with the project's rules and language. */
class ShowReportTest extends WorkbenchTestCase {

    @Test
    void theReportOfASelectedModelIsWrittenWithItsFindingsAndOpened() throws Exception {
        IProject project = Editors.project("report", true, "prd-air.chaxu");
        IFile file = project.getFile("prd-air.chaxu");
        Command command = PlatformUI.getWorkbench().getService(ICommandService.class).getCommand("org.chaxu.editor.showReport");
        assertTrue(command.isDefined() && command.isHandled(), "Show Chaxu Report is a command with a handler");
        assertEquals(List.of(file), ShowReport.models(new StructuredSelection(file), null));

        Path report = ShowReport.write(List.of(file), null);
        String page = Files.readString(report, StandardCharsets.UTF_8);
        assertTrue(page.contains("PRD air pollution"), "the model's name");
        assertTrue(page.contains("BASE-LOOSER") && page.contains("foshan-voc-furniture"), "its findings");
        assertTrue(page.contains("packSiblings"), "d3-hierarchy inlined: works offline");
        assertTrue(report.startsWith(project.getWorkingLocation("org.chaxu.editor").toFile().toPath()), "kept out of the project's files");
        // the workbench's browser (an editor titled after the model), else the system's, else a logged note naming the file
        List<IStatus> logged = new java.util.ArrayList<>();
        ILogListener listener = (status, plugin) -> logged.add(status);
        Platform.addLogListener(listener);
        boolean opened;
        try {
            opened = ShowReport.open(report, "prd-air");
        } finally {
            Platform.removeLogListener(listener);
        }
        IWorkbenchPage workbenchPage = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        if (PlatformUI.getWorkbench().getBrowserSupport().isInternalWebBrowserAvailable()) {
            assertTrue(opened, "the internal browser shows the report");
            assertTrue(java.util.Arrays.stream(workbenchPage.getEditorReferences()).anyMatch(e -> e.getTitle().contains("Chaxu report · prd-air")),
                    "an editor titled after the model");
        } else if (!opened) {
            assertTrue(logged.stream().anyMatch(status -> status.getMessage().contains(report.toString())),
                    () -> "without a browser the log says where the report is: " + logged);
        }

        IEclipsePreferences preferences = ChaxuSettings.project(project);
        preferences.putBoolean(ChaxuSettings.PROJECT_SPECIFIC, true);
        preferences.put(ChaxuSettings.LANGUAGE, "zh");
        preferences.flush();
        String chinese = Files.readString(ShowReport.write(List.of(file), null), StandardCharsets.UTF_8);
        assertTrue(chinese.contains("lang=\"zh\""), "the project's Chaxu language");
    }
}
