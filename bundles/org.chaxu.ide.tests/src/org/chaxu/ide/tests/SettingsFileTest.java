// SPDX-License-Identifier: EPL-2.0
package org.chaxu.ide.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.chaxu.engine.CheckSession;
import org.chaxu.engine.Expected;
import org.chaxu.engine.Finding;
import org.chaxu.engine.Fingerprint;
import org.chaxu.engine.LoadedModel;
import org.chaxu.engine.ModelLoader;
import org.chaxu.engine.ProjectSettings;
import org.chaxu.engine.RuleCatalog;
import org.chaxu.engine.RuleSource;
import org.chaxu.core.ChaxuCore;
import org.chaxu.core.internal.ChaxuSettings;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One settings file, the same findings everywhere: a project's {@code .chaxu/settings.properties}
 * (a rule switched off, a severity raised, a project rule folder, a suppression with its reason, a
 * baseline) gives the same markers in Eclipse as {@code chaxu check} gives on the project's folder
 * — computed here through the engine calls the command line makes, in the same order.
 */
class SettingsFileTest {

    @BeforeAll
    static void noAutoBuild() throws Exception {
        Workbench.disableAutoBuild();
    }

    @AfterEach
    void resetWorkspacePreferences() throws Exception {
        ChaxuSettings.workspace().clear();
        ChaxuSettings.workspace().flush();
        Workbench.waitForChaxuJobs();
    }

    /** What {@code chaxu check MODEL} computes: the settings found from the model upwards, the catalogue with their folders, the filter. */
    private static List<String> commandLine(Path model, Set<String> known) throws Exception {
        ProjectSettings settings = ProjectSettings.read(ProjectSettings.find(model));
        RuleCatalog catalog = settings.compile(RuleSource.shipped(), RuleCatalog.shippedMessages(), List.of());
        assertEquals(List.of(), catalog.problems());
        LoadedModel loaded = new ModelLoader().withRoot(settings.root()).load(model);
        List<Finding> findings = CheckSession.check(catalog, loaded.resource(), settings.options(Locale.ENGLISH).withLocale(Locale.ENGLISH));
        return Expected.lines(settings.filter(model, findings, known == null ? settings.knownFindings() : known));
    }

    @Test
    void theIdeAndTheCommandLineGiveTheSameFindingsFromTheSameSettingsFile() throws Exception {
        // the workspace says otherwise: a project with a settings file does not read it
        ChaxuSettings.workspace().putBoolean(ChaxuSettings.enabledKey("ESC-NO-EXIT"), false);
        ChaxuSettings.workspace().flush();
        Workbench.waitForChaxuJobs();
        IProject project = Workbench.project("same-settings", "prd-air.chaxu", "jjj-air.chaxu");
        Workbench.write(project.getFile("policy/printing.drl"), Workbench.PRINTING_RULE);
        Workbench.write(project.getFile(ProjectSettings.PATH), String.join("\n",
                "# the project's choices, for Eclipse and CI alike",
                "ruleFolders=policy",
                "rule.BASE-RAISED.enabled=false",
                "rule.ARR-COORDINATOR.severity=ERROR",
                "suppress.BASE-LOOSER.foshan-voc-furniture=Foshan's limit is being revised with the province",
                "baseline=.chaxu/baseline.txt", ""));
        Path root = project.getLocation().toFile().toPath();
        Path jjj = root.resolve("jjj-air.chaxu");
        // today's ESC-SKIP findings are accepted: a baseline as chaxu check --write-baseline writes it
        ProjectSettings settings = ProjectSettings.read(root.resolve(ProjectSettings.PATH));
        List<Finding> all = new ArrayList<>();
        {
            RuleCatalog catalog = settings.compile(RuleSource.shipped(), RuleCatalog.shippedMessages(), List.of());
            LoadedModel loaded = new ModelLoader().withRoot(root).load(jjj);
            all.addAll(CheckSession.check(catalog, loaded.resource(), settings.options(Locale.ENGLISH)));
        }
        List<Finding> skips = all.stream().filter(f -> f.getRuleId().equals("ESC-SKIP")).toList();
        assertFalse(skips.isEmpty());
        StringWriter baseline = new StringWriter();
        Fingerprint.writeBaseline(baseline, Map.of(settings.modelUri(jjj), skips));
        Workbench.write(project.getFile(".chaxu/baseline.txt"), baseline.toString());

        Workbench.fullBuild(project);
        for (String model : List.of("prd-air.chaxu", "jjj-air.chaxu")) {
            IFile file = project.getFile(model);
            List<String> markers = Workbench.findingLines(file);
            assertEquals(String.join("\n", commandLine(root.resolve(model), null)), String.join("\n", markers),
                    () -> model + "\n" + Workbench.dump(project));
        }
        // and the settings did what they say
        List<String> prd = Workbench.findingLines(project.getFile("prd-air.chaxu"));
        assertTrue(prd.stream().noneMatch(l -> l.startsWith("BASE-RAISED ")), prd::toString);
        assertTrue(prd.contains("ARR-COORDINATOR ERROR gf-integration"), prd::toString);
        assertFalse(prd.contains("BASE-LOOSER ERROR foshan-voc-furniture"), prd::toString);
        assertTrue(prd.contains("X-PRINTING WARNING gd-voc-printing"), prd::toString);
        List<String> jjjLines = Workbench.findingLines(project.getFile("jjj-air.chaxu"));
        assertTrue(jjjLines.stream().noneMatch(l -> l.startsWith("ESC-SKIP ")), jjjLines::toString);
        assertTrue(jjjLines.stream().anyMatch(l -> l.startsWith("ESC-NO-EXIT ")), "the workspace preference is not read: " + jjjLines);
        // without the baseline, the accepted findings are back, in both
        List<String> withoutBaseline = commandLine(jjj, Set.of());
        assertEquals(jjjLines.size() + skips.size(), withoutBaseline.size(), withoutBaseline::toString);
        project.getFile(".chaxu/baseline.txt").delete(true, null);
        Workbench.write(project.getFile(ProjectSettings.PATH),
                Files.readString(root.resolve(ProjectSettings.PATH)).replace("baseline=.chaxu/baseline.txt\n", ""));
        Workbench.build(project); // a change of the settings file checks every model again
        assertEquals(withoutBaseline, Workbench.findingLines(project.getFile("jjj-air.chaxu")));
    }

    @Test
    void aSettingsFileThatCannotBeUsedIsAMarkerAtItsLineAndNoModelIsChecked() throws Exception {
        IProject project = Workbench.project("broken-settings", "prd-air.chaxu");
        Workbench.fullBuild(project);
        assertFalse(Workbench.findingLines(project.getFile("prd-air.chaxu")).isEmpty());
        IFile settings = Workbench.write(project.getFile(ProjectSettings.PATH),
                "language=zh\nsuppress.BASE-LOOSER.foshan-voc-furniture=\n");
        Workbench.build(project);
        IMarker[] markers = settings.findMarkers(ChaxuCore.PROBLEM_MARKER, false, IResource.DEPTH_ZERO);
        assertEquals(1, markers.length, () -> Workbench.dump(project));
        assertEquals(2, markers[0].getAttribute(IMarker.LINE_NUMBER, -1));
        assertEquals(IMarker.SEVERITY_ERROR, markers[0].getAttribute(IMarker.SEVERITY, -1));
        // in the language the file chooses, even though the file cannot be used
        assertTrue(markers[0].getAttribute(IMarker.MESSAGE, "").startsWith("Chaxu 设置文件：suppress.BASE-LOOSER.foshan-voc-furniture：抑制一条发现须写明理由"),
                () -> Workbench.dump(project));
        assertEquals(List.of(), Workbench.findingLines(project.getFile("prd-air.chaxu")), "as chaxu check, nothing is checked");
        // fixed: the findings are back, in Chinese as the file says
        Workbench.write(settings, "language=zh\nsuppress.BASE-LOOSER.foshan-voc-furniture=accepted\n");
        Workbench.build(project);
        assertEquals(0, settings.findMarkers(ChaxuCore.PROBLEM_MARKER, false, IResource.DEPTH_ZERO).length);
        List<String> lines = Workbench.findingLines(project.getFile("prd-air.chaxu"));
        assertTrue(lines.contains("BASE-SCHEDULE ERROR zhaoqing-yellow-deadline"), lines::toString);
        assertFalse(lines.contains("BASE-LOOSER ERROR foshan-voc-furniture"), lines::toString);
        assertEquals(Locale.CHINESE, ChaxuSettings.locale(project));
    }
}
