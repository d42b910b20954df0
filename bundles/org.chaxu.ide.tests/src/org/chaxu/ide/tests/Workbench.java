// SPDX-License-Identifier: EPL-2.0
package org.chaxu.ide.tests;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.chaxu.core.ChaxuCore;
import org.chaxu.core.internal.ChaxuNature;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.IWorkspaceDescription;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;

/** Projects, files, builds and markers in the running workbench, as the UI tests need them. */
final class Workbench {

    /** A project rule: every printing standard is reported (X-PRINTING, a warning). */
    static final String PRINTING_RULE = """
            package org.example.printing;
            import org.chaxu.governance.*;
            global org.chaxu.engine.Reporter reporter;

            rule "Printing standards are reviewed yearly"
                @id("X-PRINTING") @severity("WARNING") @principle("local")
            when
                $s : Standard( sector == "printing" )
            then
                insertLogical( reporter.report(kcontext, $s) );
            end
            """;

    private Workbench() {
    }

    static Path root() {
        return Path.of(System.getProperty("chaxu.root", "../..")).toAbsolutePath().normalize();
    }

    /** Builds happen when a test asks for them, not behind its back. */
    static void disableAutoBuild() throws CoreException {
        IWorkspace workspace = ResourcesPlugin.getWorkspace();
        IWorkspaceDescription description = workspace.getDescription();
        description.setAutoBuilding(false);
        workspace.setDescription(description);
    }

    /** A fresh project with the Chaxu nature holding the given examples. */
    static IProject project(String name, String... examples) throws CoreException, IOException {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
        if (project.exists()) {
            project.delete(true, true, null);
        }
        project.create(null);
        project.open(null);
        for (String example : examples) {
            write(project.getFile(example), Files.readString(caseFile(root().resolve("examples"), example)));
        }
        ChaxuNature.set(project, true, null);
        return project;
    }

    static IFile write(IFile file, String text) throws CoreException {
        ByteArrayInputStream in = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
        if (file.exists()) {
            file.setContents(in, true, false, null);
        } else {
            if (file.getParent() instanceof IFolder folder && !folder.exists()) {
                folder.create(true, true, null);
            }
            file.create(in, true, null);
        }
        return file;
    }

    static void fullBuild(IProject project) throws CoreException {
        project.build(IncrementalProjectBuilder.FULL_BUILD, null);
    }

    static void build(IProject project) throws CoreException {
        project.build(IncrementalProjectBuilder.INCREMENTAL_BUILD, null);
    }

    /** Waits for Chaxu's jobs (re-checks after a settings change), keeping the UI responsive. */
    static void waitForChaxuJobs() throws InterruptedException {
        Display display = Display.getCurrent();
        long deadline = System.currentTimeMillis() + 120_000;
        Thread.sleep(300); // a settings change schedules its job with a short delay
        while (Job.getJobManager().find(ChaxuCore.JOB_FAMILY).length > 0 && System.currentTimeMillis() < deadline) {
            if (display == null || !display.readAndDispatch()) {
                Thread.sleep(20);
            }
        }
    }

    /** Chaxu's finding markers of a resource as `.expected` lines: RULE-ID SEVERITY element-id, sorted. */
    static List<String> findingLines(IResource resource) throws CoreException {
        List<String> lines = new ArrayList<>();
        for (IMarker marker : resource.findMarkers(ChaxuCore.PROBLEM_MARKER, false, IResource.DEPTH_INFINITE)) {
            String rule = marker.getAttribute(ChaxuCore.RULE_ID, "");
            if (rule.equals("CHAXU-MODEL")) {
                continue;
            }
            String uri = marker.getAttribute(ChaxuCore.URI, "");
            lines.add(rule + " " + severity(marker) + " " + uri.substring(uri.indexOf('#') + 1));
        }
        lines.sort(null);
        return lines;
    }

    private static String type(IMarker marker) {
        try {
            return marker.getType();
        } catch (CoreException e) {
            return "?";
        }
    }

    static String severity(IMarker marker) {
        return switch (marker.getAttribute(IMarker.SEVERITY, -1)) {
        case IMarker.SEVERITY_ERROR -> "ERROR";
        case IMarker.SEVERITY_WARNING -> "WARNING";
        case IMarker.SEVERITY_INFO -> "INFO";
        default -> "?";
        };
    }

    static List<String> expected(String example) throws IOException {
        return org.chaxu.engine.Expected.read(org.chaxu.engine.Expected.fileOf(caseFile(root().resolve("examples"), example)));
    }

    /** The 1-based line of the element with this id in a file of the project. */
    static int lineOf(IFile file, String id) throws IOException {
        List<String> lines = Files.readAllLines(file.getLocation().toFile().toPath());
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("id=\"" + id + "\"")) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException(id);
    }

    /** Every marker below the resource, for failure messages. */
    static String dump(IResource resource) {
        StringBuilder text = new StringBuilder();
        IMarker[] markers;
        try {
            markers = resource.findMarkers(null, true, IResource.DEPTH_INFINITE);
        } catch (CoreException e) {
            return "(markers unreadable: " + e.getMessage() + ")";
        }
        for (IMarker marker : markers) {
            text.append(marker.getResource().getFullPath()).append(':').append(marker.getAttribute(IMarker.LINE_NUMBER, 0))
                    .append(' ').append(type(marker)).append(' ').append(marker.getAttribute(IMarker.MESSAGE, ""))
                    .append('\n');
        }
        return text.toString();
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

    /**
     * Saves a picture of the shell as it is on the screen to target/screenshots/{@code name} (copied by
     * hand to docs/ when it shows something new), failing on a blank or black window.
     */
    static java.nio.file.Path screenshot(org.eclipse.swt.widgets.Shell shell, String name) throws IOException {
        java.nio.file.Path dir = root().resolve("bundles/org.chaxu.ide.tests/target/screenshots");
        java.nio.file.Files.createDirectories(dir);
        java.nio.file.Path png = dir.resolve(name);
        org.eclipse.swt.widgets.Display display = shell.getDisplay();
        org.eclipse.swt.graphics.Rectangle bounds = shell.getBounds();
        org.eclipse.swt.graphics.Image image = new org.eclipse.swt.graphics.Image(display, bounds.width, bounds.height);
        org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(display);
        try {
            gc.copyArea(image, bounds.x, bounds.y);
            org.eclipse.swt.graphics.ImageLoader loader = new org.eclipse.swt.graphics.ImageLoader();
            org.eclipse.swt.graphics.ImageData data = image.getImageData();
            loader.data = new org.eclipse.swt.graphics.ImageData[] { data };
            loader.save(png.toString(), org.eclipse.swt.SWT.IMAGE_PNG);
            java.util.Set<Integer> colours = new java.util.HashSet<>();
            for (int y = 0; y < data.height; y += 4) {
                for (int x = 0; x < data.width; x += 4) {
                    colours.add(data.getPixel(x, y));
                }
            }
            org.junit.jupiter.api.Assertions.assertTrue(colours.size() > 64,
                    () -> png + " has " + colours.size() + " colours: a blank or black window, not the workbench");
        } finally {
            gc.dispose();
            image.dispose();
        }
        org.junit.jupiter.api.Assertions.assertTrue(java.nio.file.Files.size(png) > 10_000, "a real picture was saved: " + png);
        return png;
    }
}
