// SPDX-License-Identifier: EPL-2.0
package org.chaxu.editor.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Objects;

import org.chaxu.engine.Finding;
import org.chaxu.engine.Labels;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.Enumerator;
import org.chaxu.governance.GovernancePackage;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor.ValueHandler;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor.DataTypeValueHandler;
import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.FocusAdapter;
import org.eclipse.swt.events.FocusEvent;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;

/**
 * The details of the element selected on a page: one row per feature, the widget chosen by
 * the feature's type — text (parsed with the data type, refused with a message when it does
 * not parse), a check box, a list of enum values, a choice of the model's elements, or a
 * check list for many-valued references ("members chosen from a list, not typed"). Every
 * change is an EMF command on the editing domain's stack, so it is undoable; widgets are
 * updated in place after each command, so typing and tabbing are not interrupted.
 */
public final class DetailsPart {

    private final EditorContext context;
    private final FormToolkit toolkit;
    private final Section section;
    private final Composite body;
    private final List<Runnable> refreshers = new ArrayList<>();
    private final Label findingsLabel;
    private EObject object;

    public DetailsPart(EditorContext context, FormToolkit toolkit, Composite parent) {
        this.context = context;
        this.toolkit = toolkit;
        this.section = toolkit.createSection(parent, Section.TITLE_BAR | Section.DESCRIPTION);
        section.setText(context.messages().get("details.title"));
        section.setDescription(context.messages().get("details.empty"));
        Composite client = toolkit.createComposite(section);
        GridLayoutFactory.fillDefaults().numColumns(1).margins(4, 4).applyTo(client);
        findingsLabel = toolkit.createLabel(client, "", SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).exclude(true).applyTo(findingsLabel);
        findingsLabel.setVisible(false);
        body = toolkit.createComposite(client);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
        GridLayoutFactory.fillDefaults().numColumns(2).spacing(8, 4).applyTo(body);
        section.setClient(client);
    }

    /** The line of findings above the fields (hidden when the element has none). */
    public Label findingsLabel() {
        return findingsLabel;
    }

    public Section control() {
        return section;
    }

    public EObject object() {
        return object;
    }

    /** Shows the element with the given features (null: nothing selected). */
    public void show(EObject newObject, List<EStructuralFeature> features) {
        this.object = newObject;
        for (Control child : body.getChildren()) {
            child.dispose();
        }
        refreshers.clear();
        if (newObject == null) {
            section.setDescription(context.messages().get("details.empty"));
        } else {
            section.setDescription(description(newObject));
            for (EStructuralFeature feature : features) {
                row(newObject, feature);
            }
        }
        refreshFindings();
        section.getParent().layout(true, true);
    }

    /** Re-reads every value from the model (after a command or a reload). */
    public void refresh() {
        if (object == null || section.isDisposed()) {
            return;
        }
        if (object.eResource() == null) {
            show(null, List.of());
            return;
        }
        section.setDescription(description(object));
        refreshers.forEach(Runnable::run);
        refreshFindings();
    }

    /** Shows the live findings on the element above its fields. */
    public void refreshFindings() {
        if (findingsLabel.isDisposed()) {
            return;
        }
        List<Finding> findings = object == null ? List.of() : context.findings().on(object);
        String text = findings.isEmpty() ? "" : ItemProviders.tooltip(findings);
        boolean visible = !text.isEmpty();
        org.eclipse.swt.graphics.Color colour = findingsLabel.getDisplay().getSystemColor(severityColour(findings));
        if (!Objects.equals(findingsLabel.getText(), text) || findingsLabel.getVisible() != visible
                || !colour.equals(findingsLabel.getForeground())) {
            findingsLabel.setText(text);
            findingsLabel.setForeground(colour);
            findingsLabel.setVisible(visible);
            ((org.eclipse.swt.layout.GridData) findingsLabel.getLayoutData()).exclude = !visible;
            section.getParent().layout(true, true);
        }
    }

    /**
     * The colour of the findings shown above the fields, by the most severe of them, as the
     * Problems view's icons tell them apart: errors dark red, warnings dark yellow, information
     * dark blue.
     */
    public static int severityColour(List<Finding> findings) {
        boolean warning = false;
        for (Finding finding : findings) {
            if (finding.getSeverity() == org.chaxu.engine.Severity.ERROR) {
                return SWT.COLOR_DARK_RED;
            }
            warning |= finding.getSeverity() == org.chaxu.engine.Severity.WARNING;
        }
        return warning ? SWT.COLOR_DARK_YELLOW : SWT.COLOR_DARK_BLUE;
    }

    /** The element's label; for an element of another file (a registry unit), that it is not edited here. */
    private String description(EObject element) {
        String text = context.labels().text(element);
        return isReadOnly(element) ? text + "\n" + context.messages().get("details.readOnly") : text;
    }

    /** True when the element lives in a file the editor does not write (the registry). */
    public boolean isReadOnly(EObject element) {
        return element != null && context.domain().isReadOnly(element.eResource());
    }

    private void row(EObject owner, EStructuralFeature feature) {
        Label label = toolkit.createLabel(body, context.messages().get("feature." + feature.getName()) + ":");
        label.setToolTipText(feature.getName());
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.TOP).indent(0, 3).applyTo(label);
        if (!feature.isChangeable() || isReadOnly(owner)) {
            Label value = toolkit.createLabel(body, "");
            value.setData("feature", feature.getName());
            GridDataFactory.fillDefaults().grab(true, false).applyTo(value);
            Runnable refresh = () -> value.setText(feature.isMany() ? org.chaxu.engine.Labels.label(owner.eGet(feature), java.util.Locale.ROOT)
                    : context.labels().text(owner.eGet(feature)));
            refresh.run();
            refreshers.add(refresh);
        } else if (feature instanceof EReference reference && reference.isMany()) {
            referenceList(owner, reference);
        } else if (feature instanceof EReference reference) {
            referenceChoice(owner, reference);
        } else if (feature instanceof EAttribute attribute && attribute.getEAttributeType() instanceof EEnum eEnum) {
            if (attribute.isMany()) {
                enumList(owner, attribute, eEnum);
            } else {
                enumChoice(owner, attribute, eEnum);
            }
        } else if (feature instanceof EAttribute attribute && isBoolean(attribute)) {
            Button check = toolkit.createButton(body, "", SWT.CHECK);
            Runnable refresh = () -> check.setSelection(Boolean.TRUE.equals(owner.eGet(attribute)));
            refresh.run();
            refreshers.add(refresh);
            check.addListener(SWT.Selection, e -> set(owner, attribute, check.getSelection()));
        } else if (feature instanceof EAttribute attribute) {
            text(owner, attribute);
        }
    }

    private void text(EObject owner, EAttribute attribute) {
        boolean multi = attribute.getName().equals("provenance") || attribute.getName().equals("description")
                || attribute.getName().equals("exitCondition");
        Text text = toolkit.createText(body, "", multi ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.SINGLE);
        GridDataFactory.fillDefaults().grab(true, false).hint(150, multi ? 48 : SWT.DEFAULT).applyTo(text);
        text.setData("feature", attribute.getName());
        ValueHandler handler = new DataTypeValueHandler(attribute.getEAttributeType());
        ControlDecoration error = new ControlDecoration(text, SWT.LEFT | SWT.TOP);
        error.setImage(FieldDecorationRegistry.getDefault().getFieldDecoration(FieldDecorationRegistry.DEC_ERROR).getImage());
        error.hide();
        Runnable refresh = () -> {
            String shown = format(owner.eGet(attribute), handler);
            if (!text.getText().equals(shown) && !text.isFocusControl()) {
                text.setText(shown);
            }
        };
        refresh.run();
        refreshers.add(refresh);
        Runnable commit = () -> {
            String typed = text.getText();
            if (typed.equals(format(owner.eGet(attribute), handler))) {
                error.hide();
                return;
            }
            boolean isString = attribute.getEAttributeType().getInstanceClass() == String.class;
            if (typed.isBlank() && !isString) {
                error.hide();
                set(owner, attribute, null);
                return;
            }
            String problem = handler.isValid(typed.trim());
            if (problem != null) {
                error.setDescriptionText(context.messages().get("details.invalid", typed, problem));
                error.show();
                return;
            }
            error.hide();
            set(owner, attribute, isString ? (typed.isEmpty() ? null : typed) : handler.toValue(typed.trim()));
        };
        text.addListener(SWT.DefaultSelection, e -> commit.run());
        text.addFocusListener(new FocusAdapter() {
            @Override
            public void focusLost(FocusEvent e) {
                commit.run();
            }
        });
    }

    private static String format(Object value, ValueHandler handler) {
        if (value == null) {
            return "";
        }
        if (value instanceof Date date) {
            return Labels.date(date);
        }
        if (value instanceof Double number) {
            return Labels.number(number);
        }
        return handler.toString(value);
    }

    private void enumChoice(EObject owner, EAttribute attribute, EEnum eEnum) {
        Combo combo = new Combo(body, SWT.READ_ONLY | SWT.DROP_DOWN);
        toolkit.adapt(combo, true, false);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(combo);
        combo.setData("feature", attribute.getName());
        // a value that is not set is the default, and shown as it (a blank entry only where "not set" is a value of its own)
        List<Enumerator> literals = new ArrayList<>();
        int first = attribute.isUnsettable() ? 1 : 0;
        if (first == 1) {
            combo.add("");
        }
        for (EEnumLiteral literal : eEnum.getELiterals()) {
            literals.add(literal.getInstance());
            combo.add(context.messages().literal(literal.getInstance()));
        }
        Runnable refresh = () -> combo.select(first == 1 && !owner.eIsSet(attribute) ? 0 : first + literals.indexOf(owner.eGet(attribute)));
        refresh.run();
        refreshers.add(refresh);
        combo.addListener(SWT.Selection, e -> {
            int index = combo.getSelectionIndex() - first;
            set(owner, attribute, index < 0 ? SetCommand.UNSET_VALUE : literals.get(index));
        });
    }

    private void enumList(EObject owner, EAttribute attribute, EEnum eEnum) {
        List<Object> literals = new ArrayList<>();
        eEnum.getELiterals().forEach(l -> literals.add(l.getInstance()));
        checkList(owner, attribute, literals);
    }

    /**
     * A reference to one element: its name, and a Choose… button that opens a picker which searches
     * as it is typed into (the candidates are found then, not now: a nation has thousands of units);
     * Clear empties it.
     */
    private void referenceChoice(EObject owner, EReference reference) {
        Composite row = toolkit.createComposite(body);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(row);
        GridLayoutFactory.fillDefaults().numColumns(3).spacing(4, 0).applyTo(row);
        Text value = toolkit.createText(row, "", SWT.READ_ONLY | SWT.SINGLE);
        value.setData("feature", reference.getName());
        GridDataFactory.fillDefaults().grab(true, false).hint(120, SWT.DEFAULT).applyTo(value);
        Button choose = toolkit.createButton(row, context.messages().get("details.choose"), SWT.PUSH);
        choose.setData("feature", reference.getName());
        Button clear = toolkit.createButton(row, context.messages().get("details.clear"), SWT.PUSH);
        Runnable refresh = () -> {
            Object target = owner.eGet(reference);
            String text = target == null ? "" : context.labels().text(target);
            if (!text.equals(value.getText())) {
                value.setText(text);
                value.setToolTipText(text);
            }
            clear.setEnabled(target != null);
        };
        refresh.run();
        refreshers.add(refresh);
        choose.addListener(SWT.Selection, e -> {
            ElementPicker picker = new ElementPicker(body.getShell(), context.messages().get("details.pick",
                    context.messages().get("feature." + reference.getName())), candidates(owner, reference.getEReferenceType()),
                    context.labels()::text, reference.getName(), false);
            if (picker.open() == org.eclipse.jface.window.Window.OK && picker.getFirstResult() instanceof EObject chosen) {
                set(owner, reference, chosen);
            }
        });
        clear.addListener(SWT.Selection, e -> set(owner, reference, null));
    }

    /**
     * A reference to several elements (a circle's members, a negotiation's parties): those it names,
     * with Add… (the same searching picker, several at once) and Remove for the rows selected.
     */
    private void referenceList(EObject owner, EReference reference) {
        Composite box = toolkit.createComposite(body);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(box);
        GridLayoutFactory.fillDefaults().numColumns(2).spacing(4, 0).applyTo(box);
        org.eclipse.jface.viewers.TableViewer list = new org.eclipse.jface.viewers.TableViewer(box, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL);
        toolkit.adapt(list.getTable(), false, false);
        list.getTable().setData("feature", reference.getName());
        GridDataFactory.fillDefaults().grab(true, false).hint(150, 4 * 20).span(1, 2).applyTo(list.getTable());
        list.setContentProvider(ArrayContentProvider.getInstance());
        list.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                return context.labels().text(element);
            }
        });
        Button add = toolkit.createButton(box, context.messages().get("details.add"), SWT.PUSH);
        add.setData("feature", reference.getName());
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.TOP).applyTo(add);
        Button remove = toolkit.createButton(box, context.messages().get("details.remove"), SWT.PUSH);
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.TOP).applyTo(remove);
        List<Object> shown = new ArrayList<>();
        Runnable refresh = () -> {
            List<?> now = (List<?>) owner.eGet(reference);
            if (!shown.equals(now)) {
                shown.clear();
                shown.addAll(now);
                list.setInput(new ArrayList<>(shown));
                int rows = Math.min(8, Math.max(3, shown.size()));
                ((org.eclipse.swt.layout.GridData) list.getTable().getLayoutData()).heightHint = rows * list.getTable().getItemHeight();
            }
            remove.setEnabled(!list.getStructuredSelection().isEmpty());
        };
        refresh.run();
        refreshers.add(refresh);
        list.addSelectionChangedListener(e -> remove.setEnabled(!e.getStructuredSelection().isEmpty()));
        add.addListener(SWT.Selection, e -> {
            List<EObject> candidates = new ArrayList<>(candidates(owner, reference.getEReferenceType()));
            candidates.removeAll(new java.util.HashSet<>(shown));
            ElementPicker picker = new ElementPicker(body.getShell(), context.messages().get("details.pick",
                    context.messages().get("feature." + reference.getName())), candidates, context.labels()::text, reference.getName(), true);
            if (picker.open() == org.eclipse.jface.window.Window.OK && picker.getResult() != null && picker.getResult().length > 0) {
                context.execute(AddCommand.create(context.domain(), owner, reference, List.of(picker.getResult())));
            }
        });
        remove.addListener(SWT.Selection, e -> {
            List<?> selected = list.getStructuredSelection().toList();
            if (!selected.isEmpty()) {
                context.execute(RemoveCommand.create(context.domain(), owner, reference, selected));
            }
        });
    }

    private void checkList(EObject owner, EStructuralFeature feature, List<Object> candidates) {
        CheckboxTableViewer list = CheckboxTableViewer.newCheckList(body, SWT.BORDER | SWT.V_SCROLL);
        toolkit.adapt(list.getTable(), false, false);
        list.getTable().setData("feature", feature.getName());
        GridDataFactory.fillDefaults().grab(true, false).hint(150, Math.min(8, Math.max(3, candidates.size())) * 20).applyTo(list.getTable());
        list.setContentProvider(ArrayContentProvider.getInstance());
        list.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                return context.labels().text(element);
            }
        });
        list.setInput(candidates);
        Runnable refresh = () -> list.setCheckedElements(((Collection<?>) owner.eGet(feature)).toArray());
        refresh.run();
        refreshers.add(refresh);
        list.addCheckStateListener(event -> {
            Command command = event.getChecked()
                    ? AddCommand.create(context.domain(), owner, feature, event.getElement())
                    : RemoveCommand.create(context.domain(), owner, feature, event.getElement());
            context.execute(command);
        });
    }

    /**
     * Every element of the model of the given type, in document order, except the owner itself; for
     * units, then the units of the national registry (or another file) near those the model names.
     */
    public static List<EObject> candidates(EObject owner, EClass type) {
        List<EObject> candidates = new ArrayList<>();
        if (owner.eResource() != null) {
            owner.eResource().getAllContents().forEachRemaining(o -> {
                if (type.isInstance(o) && o != owner) {
                    candidates.add(o);
                }
            });
            if (type.isSuperTypeOf(GovernancePackage.Literals.ADMINISTRATIVE_UNIT)) {
                java.util.Set<EObject> known = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
                known.addAll(candidates);
                for (EObject unit : org.chaxu.engine.Registry.unitsNear(owner.eResource())) {
                    if (unit != owner && known.add(unit)) {
                        candidates.add(unit);
                    }
                }
            }
        }
        return candidates;
    }

    private void set(EObject owner, EStructuralFeature feature, Object value) {
        if (value != SetCommand.UNSET_VALUE && Objects.equals(owner.eGet(feature), value) && (value != null || !owner.eIsSet(feature))) {
            return;
        }
        context.execute(SetCommand.create(context.domain(), owner, feature, value));
    }

    private static boolean isBoolean(EAttribute attribute) {
        Class<?> type = attribute.getEAttributeType().getInstanceClass();
        return type == boolean.class || type == Boolean.class;
    }

    /** The editing domain of the editor (for tests that drive the details). */
    EditingDomain domain() {
        return context.domain();
    }
}
