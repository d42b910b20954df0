// SPDX-License-Identifier: EPL-2.0
package org.chaxu.ide.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.chaxu.engine.Severity;
import org.chaxu.ide.internal.drl.NewRuleFiles;
import org.chaxu.ide.internal.ruletests.RuleTestRun;
import org.chaxu.ide.internal.ruletests.RuleTestsLaunch;
import org.chaxu.ide.internal.ruletests.RuleTestsView;
import org.chaxu.ide.internal.ruletests.RunRuleTestsHandler;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Rule tests one click away: Run Chaxu Rule Tests on a rule folder runs what {@code chaxu test} runs
 * and shows each case passed or failed — a broken case with its missing finding — the coverage of
 * the project's rules, and a marker on a rule no test fires; a double-click opens the model.
 */
class RuleTestsViewTest {

    @AfterEach
    void close() {
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
    }

    @Test
    void theRuleFoldersTestsRunInTheViewWithTheirFailuresAndCoverage() throws Exception {
        Workbench.disableAutoBuild();
        IProject project = Workbench.project("rule-tests");
        IFolder rules = project.getFolder("rules");
        rules.create(true, true, null);
        NewRuleFiles.create(rules, "LOCAL-SOURCE", "A binding standard without a source", Severity.WARNING, null);

        RuleTestsView view = RunRuleTestsHandler.runNow(rules);
        List<RuleTestsView.Node> roots = view.roots();
        assertEquals("2 cases: 2 passed, 0 failed", roots.get(0).text());
        assertTrue(roots.stream().anyMatch(n -> n.text().startsWith("PASS rule-tests/rules/examples/LOCAL-SOURCE.fails.chaxu (1 finding)")),
                roots::toString);
        RuleTestsView.Node coverage = roots.get(roots.size() - 1);
        assertEquals("Coverage: 1 of 1 rules under test fired (100.0 %)", coverage.text());
        assertEquals(List.of("LOCAL-SOURCE fired in 1 case"), coverage.children().stream().map(RuleTestsView.Node::text).toList());

        // a broken case: the passing example now expects the finding, and a rule without any example
        Workbench.write(rules.getFile("examples/LOCAL-SOURCE.passes.expected"), "LOCAL-SOURCE WARNING province-voc\n");
        IFile untested = Workbench.write(rules.getFile("untested.drl"), "package org.example.rules;\n\nimport org.chaxu.governance.*;\n\n"
                + "global org.chaxu.engine.Reporter reporter;\n\nrule \"Never fires\"\n    @id(\"LOCAL-NEVER\") @severity(\"INFO\")\nwhen\n"
                + "    $u : AdministrativeUnit( id == \"nowhere\" )\nthen\n    insertLogical( reporter.report(kcontext, $u) );\nend\n");
        Workbench.write(rules.getFile("messages.properties"), "LOCAL-SOURCE={0} has no source.\nLOCAL-NEVER={0} is nowhere.\n");
        view = RunRuleTestsHandler.runNow(rules);
        roots = view.roots();
        assertEquals("2 cases: 1 passed, 1 failed", roots.get(0).text());
        RuleTestsView.Node failed = roots.stream().filter(n -> n.text().startsWith("FAIL ")).findFirst().orElseThrow();
        assertEquals("FAIL rule-tests/rules/examples/LOCAL-SOURCE.passes.chaxu", failed.text());
        assertEquals(List.of("missing: LOCAL-SOURCE WARNING province-voc"), failed.children().stream().map(RuleTestsView.Node::text).toList());
        assertTrue(failed.failed());
        assertEquals(List.of("LOCAL-NEVER never fired", "LOCAL-SOURCE fired in 1 case"),
                roots.get(roots.size() - 1).children().stream().map(RuleTestsView.Node::text).toList());
        // the rule no test fires is marked at its id in its DRL file
        IMarker[] markers = untested.findMarkers(RuleTestRun.UNTESTED, false, IResource.DEPTH_ZERO);
        assertEquals(1, markers.length);
        assertEquals(8, markers[0].getAttribute(IMarker.LINE_NUMBER, -1));
        assertTrue(markers[0].getAttribute(IMarker.MESSAGE, "").contains("LOCAL-NEVER"));
        assertFalse(rules.getFile("local-source.drl").findMarkers(RuleTestRun.UNTESTED, false, IResource.DEPTH_ZERO).length > 0);

        // the picture of a rule author's workbench: the rule without a test open, the view below
        org.eclipse.ui.IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        org.eclipse.ui.ide.IDE.openEditor(page, untested);
        page.showView(RuleTestsView.ID);
        org.eclipse.swt.widgets.Shell shell = page.getWorkbenchWindow().getShell();
        long until = System.currentTimeMillis() + 1500;
        while (System.currentTimeMillis() < until) {
            if (!shell.getDisplay().readAndDispatch()) {
                Thread.sleep(20);
            }
        }
        Workbench.screenshot(shell, "rule-tests.png");

        // a double-click on the failed finding opens its model
        view.open(failed.children().get(0));
        assertEquals("LOCAL-SOURCE.passes.chaxu",
                PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().getActiveEditor().getEditorInput().getName());
    }

    /**
     * Run As &gt; Chaxu Rule Tests: the launch configuration of a folder runs the shipped rules' tests
     * (every case passes) and shows them; the shortcut on a folder with a broken case shows its failure
     * with the missing finding; a configuration naming no folder says so.
     */
    @Test
    void theLaunchConfigurationRunsTheShippedRuleTestsAndABrokenCase() throws Exception {
        Workbench.disableAutoBuild();
        IProject project = Workbench.project("launch-tests");
        IFolder shipped = project.getFolder("shipped");
        shipped.createLink(org.eclipse.core.runtime.IPath.fromOSString(Workbench.root().resolve("rules").toString()), IResource.NONE, null);
        org.eclipse.debug.core.ILaunchConfiguration configuration = RuleTestsLaunch.configurationFor(shipped);
        assertEquals("/launch-tests/shipped", configuration.getAttribute(RuleTestsLaunch.FOLDER, ""));
        assertEquals(configuration, RuleTestsLaunch.configurationFor(shipped), "the folder's configuration is found again, not made twice");
        configuration.launch(org.eclipse.debug.core.ILaunchManager.RUN_MODE, null);
        long cases;
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(Workbench.root().resolve("rules/examples"))) {
            cases = files.filter(f -> f.getFileName().toString().endsWith(".chaxu")).count();
        }
        org.chaxu.engine.RuleTests.Result shippedResult = RuleTestsLaunch.last();
        assertEquals(cases, shippedResult.cases().size(), "every example of the shipped rules");
        assertEquals(0, shippedResult.failures(), shippedResult::toString);
        RuleTestsView view = waitForView(cases + " cases: " + cases + " passed, 0 failed");
        assertTrue(view.roots().get(view.roots().size() - 1).text().startsWith("Coverage: "), view.roots()::toString);

        // a broken case, run from the folder's context menu (Run As)
        IFolder broken = project.getFolder("broken");
        broken.create(true, true, null);
        java.nio.file.Path examples = Workbench.root().resolve("rules/examples");
        String passes;
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(examples)) {
            passes = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".passes.chaxu")).sorted().findFirst().orElseThrow();
        }
        String rule = passes.substring(0, passes.indexOf('.'));
        String expectedLine = java.nio.file.Files.readAllLines(examples.resolve(passes.replace(".passes.chaxu", ".fails.expected"))).stream()
                .filter(l -> l.startsWith(rule + " ")).findFirst().orElseThrow();
        Workbench.write(broken.getFile(passes), java.nio.file.Files.readString(examples.resolve(passes)));
        String passesExpected = passes.replace(".chaxu", ".expected");
        Workbench.write(broken.getFile(passesExpected), (java.nio.file.Files.readString(examples.resolve(passesExpected)) + "\n").replaceAll("\n+$", "\n") + expectedLine + "\n");
        new org.chaxu.ide.internal.ruletests.RuleTestsShortcut().launch(new org.eclipse.jface.viewers.StructuredSelection(broken),
                org.eclipse.debug.core.ILaunchManager.RUN_MODE);
        view = waitForView("1 case: 0 passed, 1 failed");
        RuleTestsView.Node failed = view.roots().get(1);
        assertEquals("FAIL launch-tests/broken/" + passes, failed.text());
        assertEquals(List.of("missing: " + expectedLine.strip()), failed.children().stream().map(RuleTestsView.Node::text).toList());
        org.eclipse.debug.core.ILaunchManager launches = org.eclipse.debug.core.DebugPlugin.getDefault().getLaunchManager();
        assertEquals(2, launches.getLaunchConfigurations(launches.getLaunchConfigurationType(RuleTestsLaunch.TYPE)).length,
                "one configuration per folder, kept for Run's history");

        // a configuration whose folder is gone says which
        org.eclipse.debug.core.ILaunchConfigurationWorkingCopy gone = configuration.getWorkingCopy();
        gone.setAttribute(RuleTestsLaunch.FOLDER, "/launch-tests/nowhere");
        org.eclipse.core.runtime.CoreException refused = org.junit.jupiter.api.Assertions.assertThrows(
                org.eclipse.core.runtime.CoreException.class, () -> RuleTestsLaunch.folder(gone));
        assertTrue(refused.getStatus().getMessage().contains("/launch-tests/nowhere"), refused.getStatus().getMessage());
        for (org.eclipse.debug.core.ILaunchConfiguration c : launches.getLaunchConfigurations(launches.getLaunchConfigurationType(RuleTestsLaunch.TYPE))) {
            c.delete();
        }
    }

    /** The Rule Tests view once its first line reads {@code summary}, the UI kept responsive meanwhile. */
    private static RuleTestsView waitForView(String summary) throws InterruptedException {
        org.eclipse.swt.widgets.Display display = org.eclipse.swt.widgets.Display.getCurrent();
        long deadline = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < deadline) {
            while (display.readAndDispatch()) {
                // the launch's job and the view's update
            }
            RuleTestsView view = (RuleTestsView) PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().findView(RuleTestsView.ID);
            if (view != null && !view.roots().isEmpty() && view.roots().get(0).text().equals(summary)) {
                return view;
            }
            Thread.sleep(50);
        }
        RuleTestsView view = (RuleTestsView) PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().findView(RuleTestsView.ID);
        throw new AssertionError("the view never read " + summary + ": " + (view == null ? "no view" : view.roots()));
    }
}
