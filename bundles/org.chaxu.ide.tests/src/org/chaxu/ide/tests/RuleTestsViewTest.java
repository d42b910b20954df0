// SPDX-License-Identifier: EPL-2.0
package org.chaxu.ide.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.chaxu.engine.Severity;
import org.chaxu.ide.internal.drl.NewRuleFiles;
import org.chaxu.ide.internal.ruletests.RuleTestRun;
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
}
