// SPDX-License-Identifier: EPL-2.0
package org.chaxu.ide.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.chaxu.core.ChaxuCore;
import org.chaxu.core.internal.ChaxuNature;
import org.chaxu.core.internal.ChaxuSettings;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Chaxu in a real, running Eclipse workbench: projects with the Chaxu nature, builds, markers in
 * the Problems view, preferences, project rules.
 */
class ChaxuWorkbenchTest {

    private static final List<String> EXAMPLES = List.of("prd-air.chaxu", "jjj-air.chaxu",
            "xian-xianyang-transport.chaxu", "clean-region.chaxu");

    @BeforeAll
    static void noAutoBuild() throws Exception {
        Workbench.disableAutoBuild();
    }

    @AfterEach
    void resetWorkspacePreferences() throws Exception {
        IEclipsePreferences workspace = ChaxuSettings.workspace();
        workspace.clear();
        workspace.flush();
        Workbench.waitForChaxuJobs();
    }

    @Test
    void buildingTheExamplesGivesExactlyTheExpectedMarkers() throws Exception {
        IProject project = Workbench.project("examples", EXAMPLES.toArray(String[]::new));
        Workbench.fullBuild(project);
        for (String example : EXAMPLES) {
            IFile file = project.getFile(example);
            assertEquals(String.join("\n", Workbench.expected(example)), String.join("\n", Workbench.findingLines(file)),
                    () -> example + "\n" + Workbench.dump(file));
            for (IMarker marker : file.findMarkers(ChaxuCore.PROBLEM_MARKER, false, IResource.DEPTH_ZERO)) {
                assertTrue(marker.isSubtypeOf(IMarker.PROBLEM) && marker.isSubtypeOf("org.eclipse.emf.ecore.diagnostic")
                        && marker.isSubtypeOf(IMarker.TEXT), marker.getType());
                String uri = marker.getAttribute(ChaxuCore.URI, "");
                if (!marker.getAttribute(ChaxuCore.RULE_ID, "").equals("CHAXU-MODEL")) {
                    assertTrue(uri.startsWith("platform:/resource/examples/" + example + "#"), uri);
                    String id = uri.substring(uri.indexOf('#') + 1);
                    assertEquals(Workbench.lineOf(file, id), marker.getAttribute(IMarker.LINE_NUMBER, -1), uri);
                }
            }
        }
        // the unknown unit planted in the PRD case is a model warning at its line
        IFile prd = project.getFile("prd-air.chaxu");
        assertTrue(Arrays.stream(prd.findMarkers(ChaxuCore.PROBLEM_MARKER, false, 0))
                .anyMatch(m -> m.getAttribute(ChaxuCore.RULE_ID, "").equals("CHAXU-MODEL")
                        && m.getAttribute(IMarker.MESSAGE, "").contains("kg/h")
                        && m.getAttribute(IMarker.LINE_NUMBER, 0) == lineOfSafe(prd, "jiangmen-voc-furniture")),
                () -> Workbench.dump(prd));
    }

    private static int lineOfSafe(IFile file, String id) {
        try {
            return Workbench.lineOf(file, id);
        } catch (Exception e) {
            return -1;
        }
    }

    @Test
    void changingAValueAndRebuildingChangesTheMarkers() throws Exception {
        IProject project = Workbench.project("edit", "prd-air.chaxu");
        Workbench.fullBuild(project);
        IFile prd = project.getFile("prd-air.chaxu");
        assertTrue(Workbench.findingLines(prd).contains("BASE-LOOSER ERROR foshan-voc-furniture"));
        String text = new String(prd.getContents().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        String foshan = text.substring(text.indexOf("id=\"foshan-voc-furniture\""));
        String edited = text.replace(foshan, foshan.replaceFirst("value=\"40.0\"", "value=\"25.0\""));
        assertFalse(edited.equals(text), "the edit applies");
        Workbench.write(prd, edited);
        Workbench.build(project);
        List<String> lines = Workbench.findingLines(prd);
        assertFalse(lines.contains("BASE-LOOSER ERROR foshan-voc-furniture"), lines::toString);
        assertTrue(lines.contains("BASE-RAISED INFO foshan-voc-furniture"), lines::toString);
        // deleting the model takes its markers with it
        prd.delete(true, null);
        Workbench.build(project);
        assertEquals(0, project.findMarkers(ChaxuCore.PROBLEM_MARKER, true, IResource.DEPTH_INFINITE).length);
    }

    @Test
    void disablingARuleInPreferencesRemovesItsMarkers() throws Exception {
        IProject project = Workbench.project("preferences", "prd-air.chaxu");
        Workbench.fullBuild(project);
        IFile prd = project.getFile("prd-air.chaxu");
        assertTrue(Workbench.findingLines(prd).stream().anyMatch(l -> l.startsWith("BASE-RAISED ")));

        IEclipsePreferences workspace = ChaxuSettings.workspace();
        workspace.putBoolean(ChaxuSettings.enabledKey("BASE-RAISED"), false);
        workspace.put(ChaxuSettings.severityKey("ARR-SUBSET"), "WARNING");
        workspace.flush(); // the change schedules a re-check of every Chaxu project
        Workbench.waitForChaxuJobs();
        List<String> lines = Workbench.findingLines(prd);
        assertFalse(lines.stream().anyMatch(l -> l.startsWith("BASE-RAISED ")), lines::toString);
        assertTrue(lines.contains("ARR-SUBSET WARNING szdh-circle"), lines::toString);
        assertTrue(lines.contains("BASE-LOOSER ERROR foshan-voc-furniture"), "other rules stay");

        // project-specific settings win over the workspace's
        IEclipsePreferences own = ChaxuSettings.project(project);
        own.putBoolean(ChaxuSettings.PROJECT_SPECIFIC, true);
        own.putBoolean(ChaxuSettings.enabledKey("BASE-RAISED"), true);
        own.putBoolean(ChaxuSettings.enabledKey("BASE-LOOSER"), false);
        own.flush();
        Workbench.build(project); // the .settings change triggers a full check
        lines = Workbench.findingLines(prd);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("BASE-RAISED ")), lines::toString);
        assertFalse(lines.contains("BASE-LOOSER ERROR foshan-voc-furniture"), lines::toString);
    }

    @Test
    void projectRulesAddFindingsAndABrokenDrlIsAMarkerOnItsLine() throws Exception {
        IProject project = Workbench.project("rule-author", "prd-air.chaxu");
        Workbench.fullBuild(project);
        IFile broken = Workbench.write(project.getFile("rules/broken.drl"), """
                package org.example.broken;
                import org.chaxu.governance.*;

                rule "Broken"
                when
                    $s : Standard( value > )
                then
                end
                """);
        Workbench.write(project.getFile("rules/printing.drl"), Workbench.PRINTING_RULE);
        Workbench.build(project);
        IMarker[] drl = broken.findMarkers(ChaxuCore.DRL_MARKER, false, IResource.DEPTH_ZERO);
        assertEquals(1, drl.length, () -> Workbench.dump(project));
        assertEquals(6, drl[0].getAttribute(IMarker.LINE_NUMBER, -1), () -> Workbench.dump(project));
        List<String> lines = Workbench.findingLines(project.getFile("prd-air.chaxu"));
        assertTrue(lines.contains("X-PRINTING WARNING zzj-voc-printing"), lines::toString);
        assertTrue(lines.contains("BASE-LOOSER ERROR foshan-voc-furniture"), "the catalogue keeps working");

        // fixing the DRL file removes its marker
        Workbench.write(broken, "package org.example.broken;\n");
        Workbench.build(project);
        assertEquals(0, broken.findMarkers(ChaxuCore.DRL_MARKER, false, IResource.DEPTH_ZERO).length, () -> Workbench.dump(project));
    }

    @Test
    void aHostileModelOrARunawayRuleIsAMarkerNotADialogOrAHungBuild() throws Exception {
        IProject project = Workbench.project("hostile", "prd-air.chaxu");
        IFile xxe = Workbench.write(project.getFile("xxe.chaxu"), "<?xml version=\"1.0\"?>\n<!DOCTYPE m [<!ENTITY x SYSTEM \"file:///etc/hostname\">]>\n"
                + "<chaxu:GovernanceModel xmlns:chaxu=\"http://chaxu.org/governance/1.0\" name=\"&x;\" asOf=\"2020-12-31\"/>\n");
        Workbench.write(project.getFile("rules/runaway.drl"), """
                package org.example.runaway;
                import org.chaxu.governance.*;

                rule "Touches Foshan again and again"
                when
                    $u : AdministrativeUnit( id == "foshan" )
                then
                    update($u);
                end
                """);
        System.setProperty("chaxu.maxFirings", "20000");
        try {
            Workbench.fullBuild(project);
        } finally {
            System.clearProperty("chaxu.maxFirings");
        }
        IMarker[] onXxe = xxe.findMarkers(ChaxuCore.PROBLEM_MARKER, false, IResource.DEPTH_ZERO);
        assertEquals(1, onXxe.length, () -> Workbench.dump(project));
        assertEquals(2, onXxe[0].getAttribute(IMarker.LINE_NUMBER, -1));
        assertTrue(onXxe[0].getAttribute(IMarker.MESSAGE, "").contains("DOCTYPE"), () -> Workbench.dump(project));
        String prd = Workbench.dump(project.getFile("prd-air.chaxu"));
        project.delete(true, true, null); // its runaway rule must not slow the rebuilds of later tests
        assertTrue(prd.contains("The rules could not check this model") && prd.contains("Touches Foshan again and again"), prd);
    }

    @Test
    void removingTheNatureRemovesEveryChaxuMarker() throws Exception {
        IProject project = Workbench.project("nature", "prd-air.chaxu");
        Workbench.fullBuild(project);
        assertTrue(project.findMarkers(ChaxuCore.PROBLEM_MARKER, true, IResource.DEPTH_INFINITE).length > 0);
        ChaxuNature.set(project, false, null);
        assertEquals(0, project.findMarkers(ChaxuCore.PROBLEM_MARKER, true, IResource.DEPTH_INFINITE).length);
        assertFalse(Arrays.stream(project.getDescription().getBuildSpec()).anyMatch(c -> c.getBuilderName().equals(ChaxuCore.BUILDER_ID)));
    }

    @Test
    void emfsDiagnosticianReportsTheRulesThroughTheRegisteredValidator() throws Exception {
        IProject project = Workbench.project("emf-validate", "prd-air.chaxu");
        org.eclipse.emf.ecore.resource.ResourceSet set = new org.eclipse.emf.ecore.resource.impl.ResourceSetImpl();
        org.eclipse.emf.ecore.resource.Resource resource = set.getResource(
                org.eclipse.emf.common.util.URI.createPlatformResourceURI("/emf-validate/prd-air.chaxu", true), true);
        org.eclipse.emf.common.util.Diagnostic result = org.eclipse.emf.ecore.util.Diagnostician.INSTANCE
                .validate(resource.getContents().get(0));
        assertEquals(org.eclipse.emf.common.util.Diagnostic.ERROR, result.getSeverity());
        assertTrue(result.getChildren().stream().anyMatch(d -> org.chaxu.engine.ChaxuValidator.DIAGNOSTIC_SOURCE.equals(d.getSource())
                && d.getMessage().startsWith("[BASE-LOOSER]")
                && d.getData().get(0) == resource.getEObject("foshan-voc-furniture")), result::toString);
        assertFalse(resource.isModified());
        project.delete(true, true, null);
    }

    @Test
    void openingAMarkerShowsTheFileAtTheElementsLine() throws Exception {
        IProject project = Workbench.project("navigate", "prd-air.chaxu");
        Workbench.fullBuild(project);
        IFile prd = project.getFile("prd-air.chaxu");
        IMarker looser = Arrays.stream(prd.findMarkers(ChaxuCore.PROBLEM_MARKER, false, 0))
                .filter(m -> m.getAttribute(ChaxuCore.RULE_ID, "").equals("BASE-LOOSER")).findFirst().orElseThrow();
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        IEditorPart editor = IDE.openEditor(page, looser);
        assertNotNull(editor);
        ITextEditor text = editor.getAdapter(ITextEditor.class);
        assertNotNull(text, editor.getClass().getName());
        IDocument document = text.getDocumentProvider().getDocument(text.getEditorInput());
        int line = document.getLineOfOffset(((ITextSelection) text.getSelectionProvider().getSelection()).getOffset()) + 1;
        assertEquals(Workbench.lineOf(prd, "foshan-voc-furniture"), line);
        page.closeAllEditors(false);
    }
}
