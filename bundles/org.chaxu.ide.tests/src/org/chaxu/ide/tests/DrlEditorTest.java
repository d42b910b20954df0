// SPDX-License-Identifier: EPL-2.0
package org.chaxu.ide.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.chaxu.ide.internal.drl.DrlContentAssist;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.AbstractTextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A rule author's DRL file in the workbench: it opens in the Generic Editor with DRL's colours
 * (keywords, strings, comments, annotations, rule names), content assist from the model (the
 * metamodel's classes and the derived facts as types, a Standard's fields, the severities, the
 * reporter), and a mistake typed is an error at its line and column before the file is saved.
 */
class DrlEditorTest {

    static final String RULE = """
            package org.example.rules;

            // a binding standard must say when its source was issued
            import org.chaxu.governance.*;

            global org.chaxu.engine.Reporter reporter;

            rule "A binding standard without a date"
                @id("LOCAL-DATE") @severity("WARNING")
            when
                $s : Standard( binding == true, sourceDate == null )
            then
                insertLogical( reporter.report(kcontext, $s) );
            end
            """;

    IProject project;
    AbstractTextEditor editor;
    ISourceViewer viewer;

    @BeforeEach
    void open() throws Exception {
        Workbench.disableAutoBuild();
        project = Workbench.project("drl-editor");
        project.getFolder("rules").create(true, true, null);
        IFile file = Workbench.write(project.getFile("rules/local.drl"), RULE);
        IEditorPart part = IDE.openEditor(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(), file);
        assertEquals("org.eclipse.ui.genericeditor.GenericEditor", part.getSite().getId(), "a DRL file opens in the Generic Editor");
        editor = (AbstractTextEditor) part;
        java.lang.reflect.Method sourceViewer = AbstractTextEditor.class.getDeclaredMethod("getSourceViewer");
        sourceViewer.setAccessible(true);
        viewer = (ISourceViewer) sourceViewer.invoke(editor);
    }

    @AfterEach
    void close() {
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
    }

    @Test
    void eachKindOfTokenHasItsColour() {
        waitUntil("coloured", () -> viewer.getTextWidget().getStyleRanges().length > 0);
        String text = viewer.getTextWidget().getText();
        assertColour(text.indexOf("\nwhen") + 1, new RGB(127, 0, 85), "a keyword");
        assertColour(text.indexOf("package"), new RGB(127, 0, 85), "a keyword at the start");
        assertColour(text.indexOf("\"LOCAL-DATE\"") + 2, new RGB(42, 0, 255), "a string");
        assertColour(text.indexOf("// a binding") + 5, new RGB(63, 127, 95), "a comment");
        assertColour(text.indexOf("@severity") + 2, new RGB(100, 100, 100), "an annotation");
        assertColour(text.indexOf("A binding standard without"), new RGB(0, 64, 128), "the rule's name");
        StyleRange plain = viewer.getTextWidget().getStyleRangeAtOffset(text.indexOf("Standard("));
        assertTrue(plain == null || plain.foreground == null || !plain.foreground.getRGB().equals(new RGB(127, 0, 85)),
                "a type is no keyword");
    }

    private void assertColour(int offset, RGB expected, String what) {
        assertTrue(offset >= 0, what);
        StyleRange range = viewer.getTextWidget().getStyleRangeAtOffset(offset);
        assertNotNull(range, what + " at " + offset);
        assertEquals(expected, range.foreground.getRGB(), what);
    }

    @Test
    void contentAssistOffersTheModelsTypesFieldsSeveritiesAndTheReporter() throws Exception {
        IDocument document = viewer.getDocument();
        // a new pattern: the metamodel's classes, the derived facts, and the rule template
        List<String> types = proposals(document, RULE.replace("    $s : Standard(", "    $b : |\n    $s : Standard("));
        assertTrue(types.containsAll(List.of("Standard", "AdministrativeUnit", "Negotiation", "Baseline", "Authority")), types::toString);
        // inside Standard( … ): its fields
        List<String> fields = proposals(document, RULE.replace("binding == true,", "binding == true, |"));
        assertTrue(fields.containsAll(List.of("value", "unit", "deadline", "sector", "indicator", "issuedBy", "sourceDate", "binding")), fields::toString);
        assertTrue(!fields.contains("Standard"), "fields, not types, inside a pattern");
        // after a variable bound to a Standard
        List<String> after = proposals(document, RULE.replace("report(kcontext, $s)", "report(kcontext, $s.|)"));
        assertTrue(after.containsAll(List.of("value", "binding")), after::toString);
        // the severities
        List<String> severities = proposals(document, RULE.replace("@severity(\"WARNING\")", "@severity(\"|\")"));
        assertEquals(List.of("ERROR", "WARNING", "INFO"), severities);
        // a prefix narrows them
        assertEquals(List.of("WARNING"), proposals(document, RULE.replace("@severity(\"WARNING\")", "@severity(\"WA|\")")));
        // the reporter's API in the consequence
        List<String> reporter = proposals(document, RULE.replace("reporter.report(", "reporter.|report("));
        assertTrue(reporter.contains("report(kcontext, )"), reporter::toString);
    }

    /** Hovers: a fact type's fields with the model's documentation; a shipped rule id's entry of the rule reference. */
    @Test
    void hoversShowATypesFieldsAndAShippedRulesReference() throws Exception {
        org.chaxu.ide.internal.drl.DrlHover hover = new org.chaxu.ide.internal.drl.DrlHover();
        IDocument document = viewer.getDocument();
        document.set(RULE.replace("@id(\"LOCAL-DATE\")", "@id(\"BASE-LOOSER\")"));
        int onType = document.get().indexOf("Standard(") + 3;
        org.eclipse.jface.text.IRegion region = hover.getHoverRegion(viewer, onType);
        assertEquals("Standard", document.get(region.getOffset(), region.getLength()));
        String type = hover.getHoverInfo(viewer, region);
        assertTrue(type.startsWith("Standard \u2014 model class") && type.contains("\n  value: EDoubleObject")
                || type.contains("\n  value: "), type);
        assertTrue(type.contains("\n  binding: "), type);
        int onId = document.get().indexOf("BASE-LOOSER") + 6;
        region = hover.getHoverRegion(viewer, onId);
        String rule = hover.getHoverInfo(viewer, region);
        assertTrue(rule.startsWith("BASE-LOOSER (ERROR, no-looser): "), rule);
        assertTrue(rule.contains("\nen: ") && rule.contains("\nzh: ") && rule.contains("rules/baseline.drl"), rule);
        assertEquals(null, hover.getHoverInfo(viewer, hover.getHoverRegion(viewer, document.get().indexOf("kcontext") + 2)));
    }

    /** From a rule's {@code @id} to its message templates in both languages (Ctrl+click), and from a template back to the rule. */
    @Test
    void aRulesIdLinksToItsMessagesAndAMessageLinksBackToItsRule() throws Exception {
        IFile drl = project.getFile("rules/local.drl");
        Workbench.write(project.getFile("rules/messages.properties"), "# the rules' messages\nLOCAL-DATE={0} has no date.\n");
        Workbench.write(project.getFile("rules/messages_zh.properties"), "LOCAL-DATE={0} 未注明日期。\n");
        IDocument document = viewer.getDocument();
        int onId = document.get().indexOf("LOCAL-DATE") + 3;
        org.eclipse.jface.text.hyperlink.IHyperlink[] links = org.chaxu.ide.internal.drl.RuleLinks.links(document, onId, drl);
        assertEquals(List.of("messages.properties", "messages_zh.properties"),
                Arrays.stream(links).map(org.eclipse.jface.text.hyperlink.IHyperlink::getHyperlinkText).toList());
        assertEquals("LOCAL-DATE", document.get(links[0].getHyperlinkRegion().getOffset(), links[0].getHyperlinkRegion().getLength()));
        assertEquals(null, org.chaxu.ide.internal.drl.RuleLinks.links(document, document.get().indexOf("kcontext"), drl));
        links[1].open();
        IEditorPart opened = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().getActiveEditor();
        assertEquals("messages_zh.properties", opened.getEditorInput().getName());
        links[0].open();
        org.eclipse.ui.texteditor.ITextEditor messages = (org.eclipse.ui.texteditor.ITextEditor) PlatformUI.getWorkbench()
                .getActiveWorkbenchWindow().getActivePage().getActiveEditor();
        org.eclipse.jface.text.ITextSelection selected = (org.eclipse.jface.text.ITextSelection) messages.getSelectionProvider().getSelection();
        assertEquals(1, selected.getStartLine(), "the template's line is selected");
        // and back: from the key to the rule
        IDocument text = messages.getDocumentProvider().getDocument(messages.getEditorInput());
        org.eclipse.jface.text.hyperlink.IHyperlink[] back = org.chaxu.ide.internal.drl.RuleLinks.links(text,
                text.get().indexOf("LOCAL-DATE="), project.getFile("rules/messages.properties"));
        assertEquals(List.of("local.drl"), Arrays.stream(back).map(org.eclipse.jface.text.hyperlink.IHyperlink::getHyperlinkText).toList());
        back[0].open();
        assertEquals("local.drl", PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().getActiveEditor().getEditorInput().getName());
    }

    /** The texts of the proposals at '|' in {@code text}. */
    private List<String> proposals(IDocument document, String text) {
        int at = text.indexOf('|');
        document.set(text.substring(0, at) + text.substring(at + 1));
        ICompletionProposal[] proposals = new DrlContentAssist().computeCompletionProposals(viewer, at);
        List<String> shown = new ArrayList<>();
        Arrays.stream(proposals).forEach(p -> shown.add(p.getDisplayString()));
        return shown;
    }

    @Test
    void aMistakeTypedIsAnErrorAtItsLineAndColumnBeforeTheFileIsSaved() throws Exception {
        IDocument document = viewer.getDocument();
        waitUntil("the file as written compiles without an error", () -> errors().isEmpty());
        String broken = RULE.replace("sourceDate == null", "sourceDat == null");
        long typed = System.nanoTime();
        document.set(broken);
        int at = broken.indexOf("sourceDat ==");
        waitUntil("an error where the unknown field is", () -> errors().stream().anyMatch(p -> p.getOffset() == at));
        System.out.printf("DRL editor: from the keystroke to its diagnostic %d ms (300 ms of it the reconciler's delay)%n",
                (System.nanoTime() - typed) / 1_000_000);
        assertTrue(editor.isDirty(), "not saved");
        // saved, the builder puts it in the Problems view at the same line
        editor.doSave(null);
        Workbench.build(project);
        org.eclipse.core.resources.IMarker[] problems = project.getFile("rules/local.drl")
                .findMarkers(org.chaxu.core.ChaxuCore.DRL_MARKER, false, 0);
        assertTrue(Arrays.stream(problems).anyMatch(m -> m.getAttribute(org.eclipse.core.resources.IMarker.LINE_NUMBER, -1)
                == broken.substring(0, at).split("\n", -1).length), () -> Workbench.dump(project));
        document.set(RULE);
        waitUntil("the error goes when it is mended", () -> errors().isEmpty());
    }

    /** The Outline: the file's rules with their ids and severities, following the text; a selection goes to the rule. */
    @Test
    void theOutlineListsTheRulesAndFollowsTheText() throws Exception {
        org.eclipse.ui.views.contentoutline.IContentOutlinePage page = editor.getAdapter(org.eclipse.ui.views.contentoutline.IContentOutlinePage.class);
        assertTrue(page instanceof org.chaxu.ide.internal.drl.DrlOutline.Page, String.valueOf(page));
        org.eclipse.ui.IWorkbenchPage workbenchPage = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        workbenchPage.showView(org.eclipse.ui.IPageLayout.ID_OUTLINE);
        workbenchPage.activate(editor);
        org.eclipse.ui.views.contentoutline.ContentOutline outline = (org.eclipse.ui.views.contentoutline.ContentOutline) workbenchPage
                .findView(org.eclipse.ui.IPageLayout.ID_OUTLINE);
        waitUntil("the Outline shows the DRL page", () -> outline.getCurrentPage() instanceof org.chaxu.ide.internal.drl.DrlOutline.Page);
        org.chaxu.ide.internal.drl.DrlOutline.Page shown = (org.chaxu.ide.internal.drl.DrlOutline.Page) outline.getCurrentPage();
        assertEquals(List.of("A binding standard without a date  [LOCAL-DATE, WARNING]"),
                shown.shown().stream().map(org.chaxu.ide.internal.drl.DrlOutline.Entry::label).toList());
        // a second rule typed (and one in a comment, which is none) appears without a save
        IDocument document = viewer.getDocument();
        document.set(RULE + "\n/* rule \"Commented out\" */\nrule \"Second\" @id(\"LOCAL-TWO\")\nwhen\n    Standard()\nthen\nend\n"
                + "query \"binding standards\"\n    Standard( binding == true )\nend\n");
        waitUntil("the Outline follows the text", () -> shown.shown().size() == 3);
        assertEquals(List.of("A binding standard without a date  [LOCAL-DATE, WARNING]", "Second  [LOCAL-TWO]", "query binding standards"),
                shown.shown().stream().map(org.chaxu.ide.internal.drl.DrlOutline.Entry::label).toList());
        // a selection in the Outline selects the rule's name in the editor
        org.chaxu.ide.internal.drl.DrlOutline.Entry second = shown.shown().get(1);
        shown.setSelection(new org.eclipse.jface.viewers.StructuredSelection(second));
        org.eclipse.jface.text.ITextSelection selected = (org.eclipse.jface.text.ITextSelection) editor.getSelectionProvider().getSelection();
        assertEquals("\"Second\"", selected.getText());
        // a file that is no DRL has no such outline
        IFile other = Workbench.write(project.getFile("rules/notes.txt"), "rule \"not a rule\"\n");
        IEditorPart text = IDE.openEditor(workbenchPage, other);
        assertEquals(null, text.getAdapter(org.eclipse.ui.views.contentoutline.IContentOutlinePage.class) instanceof org.chaxu.ide.internal.drl.DrlOutline.Page
                ? "a DRL outline" : null);
    }

    private List<Position> errors() {
        IAnnotationModel model = viewer.getAnnotationModel();
        List<Position> found = new ArrayList<>();
        for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
            Annotation annotation = it.next();
            if ("org.eclipse.ui.workbench.texteditor.error".equals(annotation.getType())) {
                found.add(model.getPosition(annotation));
            }
        }
        return found;
    }

    /**
     * The New Rule wizard: a bad id is refused on its page; a good one writes a rule, its messages in
     * both languages and two examples that pass {@code chaxu test} — the rule fires on the failing
     * example and only there — and opens the rule in the DRL editor.
     */
    @Test
    void theNewRuleWizardWritesARuleWhoseExamplesPassItsTests() throws Exception {
        org.eclipse.core.resources.IFolder folder = project.getFolder("my-rules");
        folder.create(true, true, null);
        org.chaxu.ide.internal.drl.NewRuleWizard wizard = new org.chaxu.ide.internal.drl.NewRuleWizard();
        wizard.init(PlatformUI.getWorkbench(), new org.eclipse.jface.viewers.StructuredSelection(folder));
        org.eclipse.jface.wizard.WizardDialog dialog = new org.eclipse.jface.wizard.WizardDialog(
                PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            org.eclipse.jface.wizard.IWizardPage page = wizard.getPages()[0];
            List<org.eclipse.swt.widgets.Text> texts = new ArrayList<>();
            collect((org.eclipse.swt.widgets.Composite) page.getControl(), texts);
            assertEquals("drl-editor/my-rules", texts.get(0).getText(), "the selected folder");
            texts.get(1).setText("lower-case");
            assertTrue(page.getErrorMessage() != null && page.getErrorMessage().contains("LOCAL-SOURCE"), page.getErrorMessage());
            assertTrue(!page.isPageComplete());
            texts.get(1).setText("LOCAL-SOURCE");
            assertEquals(null, page.getErrorMessage());
            assertTrue(wizard.performFinish());
        } finally {
            dialog.close();
        }
        java.nio.file.Path rules = folder.getLocation().toFile().toPath();
        for (String file : List.of("local-source.drl", "messages.properties", "messages_zh.properties", "examples/LOCAL-SOURCE.fails.chaxu",
                "examples/LOCAL-SOURCE.fails.expected", "examples/LOCAL-SOURCE.passes.chaxu", "examples/LOCAL-SOURCE.passes.expected")) {
            assertTrue(java.nio.file.Files.isRegularFile(rules.resolve(file)), file);
        }
        org.chaxu.engine.RuleCatalog catalog = org.chaxu.engine.RuleCatalog.withShipped(org.chaxu.engine.RuleSource.load(rules),
                org.chaxu.engine.RuleCatalog.shippedMessages().addFolder(rules));
        assertEquals(List.of(), catalog.problems(), "the rule compiles, with its message");
        org.chaxu.engine.RuleTests.Result result = org.chaxu.engine.RuleTests.run(catalog, List.of(rules.resolve("examples")),
                java.util.Set.of("LOCAL-SOURCE"));
        assertTrue(result.passed(), result::toString);
        assertEquals(List.of("LOCAL-SOURCE"), result.fired());
        assertEquals(2, result.cases().size());
        // the message in both languages
        assertTrue(java.nio.file.Files.readString(rules.resolve("messages_zh.properties")).contains("LOCAL-SOURCE={0} 具有约束力"));
        // and the rule is open in the DRL editor
        IEditorPart active = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().getActiveEditor();
        assertEquals("local-source.drl", active.getEditorInput().getName());
    }

    private static void collect(org.eclipse.swt.widgets.Composite parent, List<org.eclipse.swt.widgets.Text> texts) {
        for (org.eclipse.swt.widgets.Control child : parent.getChildren()) {
            if (child instanceof org.eclipse.swt.widgets.Text text) {
                texts.add(text);
            } else if (child instanceof org.eclipse.swt.widgets.Composite composite) {
                collect(composite, texts);
            }
        }
    }

    private static void waitUntil(String what, BooleanSupplier condition) {
        long deadline = System.currentTimeMillis() + 30_000;
        Display display = Display.getCurrent();
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("timed out waiting: " + what);
            }
            if (!display.readAndDispatch()) {
                display.timerExec(50, () -> {
                });
                display.sleep();
            }
        }
    }
}
