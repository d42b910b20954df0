// SPDX-License-Identifier: EPL-2.0
package org.chaxu.editor.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;

/**
 * A page of the editor in the master–details shape of Eclipse's form editors: a tree of the
 * elements the page is about, with buttons to add and remove them, beside the details of the
 * selected element. The tree's labels carry the live findings.
 */
public abstract class ModelPage extends FormPage implements EditorPage {

    /** A button above the tree: its label and the command it makes for the current selection (null: disabled). */
    public record Action(String label, java.util.function.Function<EObject, Command> command) {
    }

    protected final EditorContext context;
    protected TreeViewer viewer;
    protected DetailsPart details;
    private final List<Button> buttons = new ArrayList<>();
    private final List<Action> actions = new ArrayList<>();

    protected ModelPage(FormEditor editor, String id, String title, EditorContext context) {
        super(editor, id, title);
        this.context = context;
    }

    protected abstract ITreeContentProvider content();

    protected abstract Object input();

    /** The features the details show for an element of this page. */
    protected abstract List<EStructuralFeature> features(EObject element);

    /** True when this page shows the element (the editor reveals elements on their page). */
    @Override
    public abstract boolean shows(EObject element);

    /** The buttons over the tree. */
    protected abstract List<Action> actions();

    protected String description() {
        return null;
    }

    @Override
    protected void createFormContent(IManagedForm managedForm) {
        ScrolledForm form = managedForm.getForm();
        FormToolkit toolkit = managedForm.getToolkit();
        form.setText(getTitle());
        toolkit.decorateFormHeading(form.getForm());
        Composite body = form.getBody();
        GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(body);
        SashForm sash = new SashForm(body, SWT.HORIZONTAL);
        toolkit.adapt(sash, false, false);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        createMaster(toolkit, sash);
        details = new DetailsPart(context, toolkit, sash);
        sash.setWeights(55, 45);
    }

    protected void createMaster(FormToolkit toolkit, Composite parent) {
        Section section = toolkit.createSection(parent, Section.TITLE_BAR | Section.DESCRIPTION);
        this.section = section;
        section.setText(getTitle());
        section.setDescription(description() == null ? "" : description());
        Composite client = toolkit.createComposite(section);
        GridLayoutFactory.fillDefaults().numColumns(2).margins(2, 2).applyTo(client);
        viewer = new TreeViewer(toolkit.createTree(client, SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL));
        GridDataFactory.fillDefaults().grab(true, true).hint(300, 300).applyTo(viewer.getControl());
        viewer.setContentProvider(content());
        viewer.setLabelProvider(new ElementLabelProvider(context.adapterFactory(), context.labels(), context::findings,
                viewer.getControl()));
        ColumnViewerToolTipSupport.enableFor(viewer);
        viewer.setUseHashlookup(true);
        viewer.setInput(input());
        expandWhileSmall();
        describe();
        Composite buttonBar = toolkit.createComposite(client);
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.TOP).applyTo(buttonBar);
        GridLayoutFactory.fillDefaults().applyTo(buttonBar);
        actions.clear();
        actions.addAll(actions());
        actions.add(new Action(context.messages().get("action.remove"),
                selected -> selected == null || context.domain().isReadOnly(selected.eResource()) ? null
                        : DeleteCommand.create(context.domain(), selected)));
        for (Action action : actions) {
            Button button = toolkit.createButton(buttonBar, action.label(), SWT.PUSH);
            GridDataFactory.fillDefaults().applyTo(button);
            button.addListener(SWT.Selection, e -> run(action));
            buttons.add(button);
        }
        viewer.addSelectionChangedListener(event -> {
            EObject selected = selected();
            details.show(selected, selected == null ? List.of() : features(selected));
            updateButtons();
            if (selected != null) {
                context.selected(selected);
            }
        });
        updateButtons();
        FixMenu.attach(viewer.getControl(), this::selected, context);
        section.setClient(client);
    }

    /** Runs a button's command and selects what it created. */
    public void run(Action action) {
        Command command = action.command().apply(selected());
        if (command != null && context.execute(command)) {
            for (Object created : command.getAffectedObjects()) {
                if (created instanceof EObject eObject && eObject.eResource() != null && shows(eObject)) {
                    select(eObject);
                    break;
                }
            }
        }
    }

    /** The buttons' actions, by label (tests press them). */
    public List<Action> buttonActions() {
        return List.copyOf(actions);
    }

    private void updateButtons() {
        for (int i = 0; i < buttons.size(); i++) {
            Command command = actions.get(i).command().apply(selected());
            buttons.get(i).setEnabled(command != null && command.canExecute());
        }
    }

    public EObject selected() {
        if (viewer == null) {
            return null;
        }
        Object first = ((IStructuredSelection) viewer.getSelection()).getFirstElement();
        return first instanceof EObject eObject ? eObject : null;
    }

    /** At most this many items are shown expanded when a page opens; a nation's counties wait for a click. */
    static final int EXPANDED_ITEMS = 400;

    /**
     * Expands the tree a level at a time (three at most, as a worked case shows its cities) while no
     * more than {@link #EXPANDED_ITEMS} items are shown: the tree of a national model opens at its
     * provinces instead of making an item of every county.
     */
    private void expandWhileSmall() {
        org.eclipse.jface.viewers.ITreeContentProvider content = (org.eclipse.jface.viewers.ITreeContentProvider) viewer.getContentProvider();
        List<Object> level = new java.util.ArrayList<>(List.of(content.getElements(viewer.getInput())));
        int shown = level.size();
        for (int depth = 1; depth <= 3 && shown <= EXPANDED_ITEMS; depth++) {
            List<Object> next = new java.util.ArrayList<>();
            for (Object element : level) {
                next.addAll(List.of(content.getChildren(element)));
                if (shown + next.size() > EXPANDED_ITEMS) {
                    return;
                }
            }
            viewer.expandToLevel(depth);
            shown += next.size();
            level = next;
        }
    }

    /** Selects and reveals the element in the tree, and shows its details. */
    @Override
    public void select(EObject element) {
        if (viewer != null) {
            viewer.setSelection(new StructuredSelection(element), true);
        }
    }

    private Section section;

    /** The actions of the page's buttons, in their order (Add …, Remove). */
    public List<Action> pageActions() {
        return List.copyOf(actions);
    }

    /** The text above the tree: what the page holds, and while it is empty, how to add the first element. */
    public String sectionDescription() {
        return section == null || section.isDisposed() ? null : section.getDescription();
    }

    /** What the page holds and how to add its first element, shown while it is empty (null: nothing to say). */
    protected String emptyHint() {
        return null;
    }

    /** The section's description: the page's, and while the page is empty, how to begin. */
    private void describe() {
        if (section == null || section.isDisposed()) {
            return;
        }
        Object input = viewer.getInput();
        boolean empty = ((org.eclipse.jface.viewers.ITreeContentProvider) viewer.getContentProvider()).getElements(input).length == 0;
        String text = description() == null ? "" : description();
        if (empty && emptyHint() != null) {
            text = text.isEmpty() ? emptyHint() : text + "\n\n" + emptyHint();
        }
        if (!text.equals(section.getDescription())) {
            section.setDescription(text);
            section.getParent().layout(true, true);
        }
    }

    /** After a command or a reload: the tree, the details and the buttons show the model again. */
    @Override
    public void refresh() {
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        describe();
        Object input = input();
        if (viewer.getInput() != input) {
            viewer.setInput(input);
        } else {
            viewer.refresh();
        }
        details.refresh();
        updateButtons();
    }

    /** After a live check: labels and decorations show the new findings. */
    @Override
    public void refresh(java.util.Collection<?> affected) {
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        boolean mine = affected.stream().anyMatch(o -> o instanceof EObject e
                && (shows(e) || e instanceof org.chaxu.governance.GovernanceModel || e.eResource() == null));
        if (mine) {
            refresh();
        } else {
            details.refresh();
            updateButtons();
        }
    }

    @Override
    public void findingsChanged(java.util.Set<EObject> changed) {
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        ItemProviders.updateDecorations(viewer, changed);
        details.refreshFindings();
    }

    public TreeViewer viewer() {
        return viewer;
    }

    public DetailsPart details() {
        return details;
    }

    protected static List<EStructuralFeature> features(EStructuralFeature... features) {
        return List.of(features);
    }
}
