// SPDX-License-Identifier: EPL-2.0
package org.chaxu.editor.tests;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.chaxu.editor.ChaxuEditor;
import org.chaxu.editor.internal.LiveCheck;
import org.chaxu.engine.Finding;
import org.chaxu.governance.Element;
import org.chaxu.core.ChaxuCore;
import org.chaxu.core.internal.ChaxuNature;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceDescription;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;

/** Projects, editors and live findings in the running workbench, as the editor tests need them. */
final class Editors {

    private Editors() {
    }

    static Path root() {
        return Path.of(System.getProperty("chaxu.root", "../..")).toAbsolutePath().normalize();
    }

    static Path example(String name) {
        return caseFile(root().resolve("examples"), name);
    }

    static void disableAutoBuild() throws CoreException {
        IWorkspaceDescription description = ResourcesPlugin.getWorkspace().getDescription();
        description.setAutoBuilding(false);
        ResourcesPlugin.getWorkspace().setDescription(description);
    }

    /** A fresh project (with the Chaxu nature when asked) holding copies of the given examples. */
    static IProject project(String name, boolean nature, String... examples) throws CoreException, IOException {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
        if (project.exists()) {
            project.delete(true, true, null);
        }
        project.create(null);
        project.open(null);
        for (String example : examples) {
            IFile file = project.getFile(example);
            if (file.getParent() instanceof org.eclipse.core.resources.IFolder folder && !folder.exists()) {
                folder.create(true, true, null); // examples/registry/… keep their folder
            }
            write(file, Files.readString(example(example)));
        }
        if (nature) {
            ChaxuNature.set(project, true, null);
        }
        return project;
    }

    static IFile write(IFile file, String text) throws CoreException {
        ByteArrayInputStream in = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
        if (file.exists()) {
            file.setContents(in, true, false, null);
        } else {
            file.create(in, true, null);
        }
        return file;
    }

    static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    /** Opens the file with its default editor, which must be the Chaxu editor. */
    static ChaxuEditor open(IFile file) throws PartInitException {
        IEditorPart editor = IDE.openEditor(page(), file, true);
        return assertInstanceOf(ChaxuEditor.class, editor, "the default editor of " + file.getName());
    }

    static void closeAll() {
        page().closeAllEditors(false);
        processEvents();
    }

    static void processEvents() {
        Display display = Display.getCurrent();
        while (display != null && display.readAndDispatch()) {
            // drain
        }
    }

    /** Runs the UI loop until the condition holds (fails after a minute). */
    static void waitUntil(String what, BooleanSupplier condition) {
        long deadline = System.currentTimeMillis() + 60_000;
        Display display = Display.getCurrent();
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                fail("timed out waiting for " + what);
            }
            if (display == null || !display.readAndDispatch()) {
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    fail("interrupted");
                }
            }
        }
    }

    /** Waits until the editor shows the findings of its model as it is now. */
    static List<Finding> liveFindings(ChaxuEditor editor) {
        waitUntil("the live check of " + editor.getTitle(),
                () -> editor.findings().generation() == editor.modelGeneration() && editor.findings().generation() >= 0);
        return editor.findings().all();
    }

    /** Waits until no live check or marker job is left. */
    static void waitForJobs() {
        waitUntil("Chaxu's jobs", () -> Job.getJobManager().find(LiveCheck.FAMILY).length == 0
                && Job.getJobManager().find(ChaxuCore.JOB_FAMILY).length == 0);
    }

    /** Findings as `.expected` lines: RULE-ID SEVERITY element-id, sorted. */
    static List<String> lines(List<Finding> findings) {
        List<String> lines = new ArrayList<>();
        for (Finding finding : findings) {
            lines.add(finding.getRuleId() + " " + finding.getSeverity() + " " + ((Element) finding.getElement()).getId());
        }
        lines.sort(null);
        return lines;
    }

    static List<String> expected(String example) throws IOException {
        return Files.readAllLines(example(example.replace(".chaxu", ".expected"))).stream().map(String::trim)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).sorted().toList();
    }

    /** Chaxu's finding markers of a file as `.expected` lines. */
    static List<String> markerLines(IResource resource) throws CoreException {
        List<String> lines = new ArrayList<>();
        for (IMarker marker : resource.findMarkers(ChaxuCore.PROBLEM_MARKER, false, IResource.DEPTH_INFINITE)) {
            String rule = marker.getAttribute(ChaxuCore.RULE_ID, "");
            if (!rule.equals("CHAXU-MODEL")) {
                String uri = marker.getAttribute(ChaxuCore.URI, "");
                String severity = switch (marker.getAttribute(IMarker.SEVERITY, -1)) {
                case IMarker.SEVERITY_ERROR -> "ERROR";
                case IMarker.SEVERITY_WARNING -> "WARNING";
                default -> "INFO";
                };
                lines.add(rule + " " + severity + " " + uri.substring(uri.indexOf('#') + 1));
            }
        }
        lines.sort(null);
        return lines;
    }

    static IMarker marker(IResource resource, String ruleId, String elementId) throws CoreException {
        for (IMarker marker : resource.findMarkers(ChaxuCore.PROBLEM_MARKER, false, IResource.DEPTH_INFINITE)) {
            if (ruleId.equals(marker.getAttribute(ChaxuCore.RULE_ID, "")) && marker.getAttribute(ChaxuCore.URI, "").endsWith("#" + elementId)) {
                return marker;
            }
        }
        throw new AssertionError("no " + ruleId + " marker on " + elementId);
    }

    static void fullBuild(IProject project) throws CoreException {
        project.build(IncrementalProjectBuilder.FULL_BUILD, null);
    }

    @SuppressWarnings("unchecked")
    static <T extends EObject> T element(ChaxuEditor editor, String id) {
        EObject element = editor.resource().getEObject(id);
        if (element == null) {
            fail("no element " + id + " in " + editor.getTitle());
        }
        return (T) element;
    }

    /**
     * A worked case by its name ({@code jjj-air.chaxu}, {@code registry/prd-air.expected}): the file
     * at examples/NAME, else in the case's own folder, examples/STEM/NAME — each region is a
     * project (a folder) of its own.
     */
    static Path caseFile(Path examples, String name) {
        Path flat = examples.resolve(name);
        if (java.nio.file.Files.exists(flat)) {
            return flat;
        }
        Path given = Path.of(name);
        String file = given.getFileName().toString();
        String stem = file.replaceFirst("\\.[^.]+$", "");
        return examples.resolve(given.getParent() == null ? Path.of(stem) : given.getParent().resolve(stem)).resolve(file);
    }
}
