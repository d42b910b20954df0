// SPDX-License-Identifier: EPL-2.0
package org.chaxu.ide.internal.ruletests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.chaxu.core.internal.ChaxuSettings;
import org.chaxu.core.internal.ProjectCatalogs;
import org.chaxu.engine.RuleCatalog;
import org.chaxu.engine.RuleInfo;
import org.chaxu.engine.RuleTests;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;

/**
 * What {@code chaxu test} runs, in the workbench: the cases below a folder (or the project) checked
 * with the project's rules — the shipped ones and those of its rule folders, with their messages —
 * against their {@code .expected} files, and the coverage of the project's own rules (or, in a
 * project without rule folders, of every rule). A rule no case fires gets an information marker at
 * its {@code @id} in its DRL file; the markers of the previous run go.
 */
public final class RuleTestRun {

    /** The marker of a rule that no test fires (information, at the rule's id in its DRL file). */
    public static final String UNTESTED = "org.chaxu.ide.untested";

    private RuleTestRun() {
    }

    /** Runs the cases below {@code where}; the result, with the project's rules under test. */
    public static RuleTests.Result run(IContainer where) throws CoreException, IOException {
        IProject project = where.getProject();
        RuleCatalog catalog = ProjectCatalogs.get(project);
        Set<String> underTest = new TreeSet<>();
        Map<String, IFile> fileOf = new HashMap<>();
        for (String folder : ChaxuSettings.ruleFolders(project)) {
            IResource rules = project.findMember(IPath.fromPortableString(folder));
            if (rules == null || rules.getLocation() == null) {
                continue;
            }
            Path root = rules.getLocation().toFile().toPath();
            for (RuleInfo rule : catalog.rules()) {
                Path file = rule.file() == null ? null : root.resolve(Path.of(rule.file()).getFileName().toString());
                if (file != null && Files.isRegularFile(file) && declares(file, rule.id())) {
                    underTest.add(rule.id());
                    IFile drl = project.getFile(rules.getProjectRelativePath().append(file.getFileName().toString()));
                    fileOf.put(rule.id(), drl);
                }
            }
        }
        if (underTest.isEmpty()) {
            catalog.rules().forEach(rule -> underTest.add(rule.id()));
        }
        RuleTests.Result result = RuleTests.run(catalog, List.of(where.getLocation().toFile().toPath()), underTest,
                ChaxuSettings.locale(project));
        project.deleteMarkers(UNTESTED, false, IResource.DEPTH_INFINITE);
        for (String id : result.neverFired()) {
            IFile drl = fileOf.get(id);
            if (drl != null && drl.exists()) {
                IMarker marker = drl.createMarker(UNTESTED);
                marker.setAttribute(IMarker.SEVERITY, IMarker.SEVERITY_INFO);
                marker.setAttribute(IMarker.LINE_NUMBER, lineOf(drl, id));
                marker.setAttribute(IMarker.MESSAGE, org.chaxu.ide.internal.Messages.of(project).get("tests.untested", id));
            }
        }
        return result;
    }

    private static boolean declares(Path file, String id) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).contains("@id(\"" + id + "\")");
        } catch (IOException e) {
            return false;
        }
    }

    /** The line of the rule's {@code @id} in its file (1 when not found). */
    static int lineOf(IFile drl, String id) {
        try {
            List<String> lines = Files.readAllLines(drl.getLocation().toFile().toPath(), StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains("@id(\"" + id + "\")")) {
                    return i + 1;
                }
            }
        } catch (IOException e) {
            // the file cannot be read: the marker goes on its first line
        }
        return 1;
    }
}
