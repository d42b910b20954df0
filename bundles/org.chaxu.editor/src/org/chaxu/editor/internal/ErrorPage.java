// SPDX-License-Identifier: EPL-2.0
package org.chaxu.editor.internal;

import java.util.List;

import org.chaxu.engine.ModelProblem;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.events.HyperlinkAdapter;
import org.eclipse.ui.forms.events.HyperlinkEvent;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Hyperlink;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.part.FileEditorInput;

/**
 * Shown instead of the model pages when the file cannot be read as a Chaxu model: what is
 * wrong, with file and line, and a link to the XML text editor. The editor has no model to
 * save, so the file cannot be overwritten from here.
 */
public final class ErrorPage extends FormPage {

    public static final String ID = "error";
    /** The XML text editor of .chaxu files (org.chaxu.ide). */
    public static final String TEXT_EDITOR = "org.chaxu.ide.textEditor";

    private final IFile file;
    private final List<ModelProblem> problems;
    private final Messages messages;
    private Text details;

    public ErrorPage(FormEditor editor, IFile file, List<ModelProblem> problems, Messages messages) {
        super(editor, ID, messages.get("page.error"));
        this.file = file;
        this.problems = problems;
        this.messages = messages;
    }

    @Override
    protected void createFormContent(IManagedForm managedForm) {
        ScrolledForm form = managedForm.getForm();
        FormToolkit toolkit = managedForm.getToolkit();
        form.setText(messages.get("error.title", file.getName()));
        toolkit.decorateFormHeading(form.getForm());
        form.setMessage(messages.get("error.header"), org.eclipse.jface.dialogs.IMessageProvider.ERROR);
        Composite body = form.getBody();
        GridLayoutFactory.fillDefaults().margins(10, 10).applyTo(body);
        StringBuilder text = new StringBuilder();
        for (ModelProblem problem : problems) {
            text.append(file.getFullPath()).append(':').append(Math.max(problem.line(), 1)).append(": ")
                    .append(problem.severity().name().toLowerCase(java.util.Locale.ROOT)).append(": ")
                    .append(problem.path() == null || problem.path().isEmpty() ? "" : problem.path() + ": ")
                    .append(problem.message()).append('\n');
        }
        if (problems.isEmpty()) {
            text.append(messages.get("error.unknown"));
        }
        details = toolkit.createText(body, text.toString().trim(), SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
        GridDataFactory.fillDefaults().grab(true, false).hint(400, 120).applyTo(details);
        toolkit.createLabel(body, messages.get("error.safe"), SWT.WRAP);
        Hyperlink link = toolkit.createHyperlink(body, messages.get("error.openText"), SWT.NONE);
        link.addHyperlinkListener(new HyperlinkAdapter() {
            @Override
            public void linkActivated(HyperlinkEvent e) {
                openTextEditor();
            }
        });
    }

    /** Opens the file in the XML text editor, where the drafter can repair it. */
    public void openTextEditor() {
        IWorkbenchPage page = getEditorSite().getPage();
        try {
            // a new editor even though this one shows the same file; this one has nothing to offer then
            page.openEditor(new FileEditorInput(file), TEXT_EDITOR, true, IWorkbenchPage.MATCH_ID | IWorkbenchPage.MATCH_INPUT);
            page.closeEditor(getEditor(), false);
        } catch (PartInitException e) {
            org.eclipse.jface.dialogs.ErrorDialog.openError(getEditorSite().getShell(), messages.get("error.title", file.getName()),
                    e.getMessage(), e.getStatus());
        }
    }

    /** The problems as shown (for tests). */
    public String problemText() {
        return details == null ? null : details.getText();
    }
}
