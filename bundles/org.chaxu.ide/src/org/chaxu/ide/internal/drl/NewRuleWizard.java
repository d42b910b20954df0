// SPDX-License-Identifier: EPL-2.0
package org.chaxu.ide.internal.drl;

import java.lang.reflect.InvocationTargetException;

import org.chaxu.engine.Severity;
import org.chaxu.ide.internal.Messages;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.WorkspaceModifyOperation;
import org.eclipse.ui.ide.IDE;

/**
 * File › New › Chaxu rule: a rule folder, an id, a name and a severity make a DRL file with its
 * metadata, its message in English and Chinese, and a failing and a passing example with their
 * expected findings ({@link NewRuleFiles}), ready for {@code chaxu test}; the DRL file opens.
 */
public final class NewRuleWizard extends Wizard implements INewWizard {

    private Messages messages;
    private Page page;
    private IContainer selected;

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        Object first = selection == null ? null : selection.getFirstElement();
        IResource resource = first == null ? null : Adapters.adapt(first, IResource.class);
        selected = resource instanceof IContainer container ? container : resource == null ? null : resource.getParent();
        messages = Messages.of(selected == null ? null : selected.getProject());
        setWindowTitle(messages.get("newRule.title"));
        setNeedsProgressMonitor(true);
    }

    @Override
    public void addPages() {
        page = new Page();
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        IContainer folder = page.folder();
        String id = page.id.getText().strip();
        String title = page.name.getText().strip();
        Severity severity = Severity.values()[Math.max(0, page.severity.getSelectionIndex())];
        IFile[] made = new IFile[1];
        try {
            getContainer().run(false, false, new WorkspaceModifyOperation() {
                @Override
                protected void execute(org.eclipse.core.runtime.IProgressMonitor monitor) throws org.eclipse.core.runtime.CoreException {
                    made[0] = NewRuleFiles.create(folder, id, title, severity, monitor);
                }
            });
        } catch (InvocationTargetException e) {
            page.setErrorMessage(messages.get("newRule.failed", String.valueOf(e.getCause() == null ? e : e.getCause().getMessage())));
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        try {
            IDE.openEditor(org.eclipse.ui.PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(), made[0]);
        } catch (PartInitException e) {
            // the files are written; the editor is a convenience
        }
        return true;
    }

    /** The one page: where, which id, which name, how severe. */
    final class Page extends WizardPage {
        Text folderText;
        Text id;
        Text name;
        Combo severity;

        Page() {
            super("rule");
            setTitle(messages.get("newRule.title"));
            setDescription(messages.get("newRule.description"));
        }

        @Override
        public void createControl(Composite parent) {
            Composite body = new Composite(parent, SWT.NONE);
            body.setLayout(new GridLayout(2, false));
            folderText = field(body, "newRule.folder", selected == null ? "" : selected.getFullPath().makeRelative().toString());
            id = field(body, "newRule.id", "LOCAL-SOURCE");
            name = field(body, "newRule.name", messages.get("newRule.defaultName"));
            new Label(body, SWT.NONE).setText(messages.get("newRule.severity"));
            severity = new Combo(body, SWT.READ_ONLY);
            for (Severity s : Severity.values()) {
                severity.add(s.name());
            }
            severity.select(Severity.WARNING.ordinal());
            setControl(body);
            validate();
        }

        private Text field(Composite body, String label, String value) {
            new Label(body, SWT.NONE).setText(messages.get(label));
            Text text = new Text(body, SWT.BORDER);
            text.setText(value);
            text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            text.addModifyListener(e -> validate());
            return text;
        }

        IContainer folder() {
            String path = folderText.getText().strip();
            if (path.isEmpty()) {
                return null;
            }
            IResource resource = ResourcesPlugin.getWorkspace().getRoot().findMember(IPath.fromPortableString(path));
            return resource instanceof IContainer container && resource.getType() != IResource.ROOT ? container : null;
        }

        void validate() {
            if (id == null || name == null) {
                return;
            }
            String problem = NewRuleFiles.problem(folder(), id.getText().strip(), name.getText().strip());
            String message = problem == null ? null
                    : problem.startsWith("exists:") ? messages.get("newRule.exists", problem.substring("exists:".length()))
                    : messages.get("newRule.bad." + problem);
            setErrorMessage(message);
            setPageComplete(problem == null);
        }
    }
}
