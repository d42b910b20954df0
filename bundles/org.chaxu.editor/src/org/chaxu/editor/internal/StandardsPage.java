// SPDX-License-Identifier: EPL-2.0
package org.chaxu.editor.internal;

import static org.chaxu.governance.GovernancePackage.Literals.ELEMENT__ID;
import static org.chaxu.governance.GovernancePackage.Literals.ELEMENT__NAME;
import static org.chaxu.governance.GovernancePackage.Literals.ELEMENT__PROVENANCE;
import static org.chaxu.governance.GovernancePackage.Literals.GOVERNANCE_MODEL__STANDARDS;
import static org.chaxu.governance.GovernancePackage.Literals.INDICATOR__DIRECTION;
import static org.chaxu.governance.GovernancePackage.Literals.INDICATOR__UNIT;
import static org.chaxu.governance.GovernancePackage.Literals.ISSUER__STANDARDS;
import static org.chaxu.governance.GovernancePackage.Literals.STANDARD__BINDING;
import static org.chaxu.governance.GovernancePackage.Literals.STANDARD__DEADLINE;
import static org.chaxu.governance.GovernancePackage.Literals.STANDARD__EFFECTIVE_FROM;
import static org.chaxu.governance.GovernancePackage.Literals.STANDARD__EFFECTIVE_UNTIL;
import static org.chaxu.governance.GovernancePackage.Literals.STANDARD__INDICATOR;
import static org.chaxu.governance.GovernancePackage.Literals.STANDARD__ISSUED_BY;
import static org.chaxu.governance.GovernancePackage.Literals.STANDARD__ISSUER;
import static org.chaxu.governance.GovernancePackage.Literals.STANDARD__SECTOR;
import static org.chaxu.governance.GovernancePackage.Literals.STANDARD__SOURCE;
import static org.chaxu.governance.GovernancePackage.Literals.STANDARD__SOURCE_DATE;
import static org.chaxu.governance.GovernancePackage.Literals.STANDARD__UNIT;
import static org.chaxu.governance.GovernancePackage.Literals.STANDARD__VALUE;

import java.text.ParseException;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Date;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.chaxu.engine.Finding;
import org.chaxu.engine.Labels;
import org.chaxu.engine.Severity;
import org.chaxu.governance.AdministrativeUnit;
import org.chaxu.governance.Arrangement;
import org.chaxu.governance.Direction;
import org.chaxu.governance.GovernanceFactory;
import org.chaxu.governance.GovernanceModel;
import org.chaxu.governance.Indicator;
import org.chaxu.governance.Issuer;
import org.chaxu.governance.Standard;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.FocusCellOwnerDrawHighlighter;
import org.eclipse.jface.viewers.TableViewerEditor;
import org.eclipse.jface.viewers.TableViewerFocusCellManager;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.jface.viewers.ViewerCell;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;

/**
 * The standards as a matrix: issuers as rows (units in hierarchy order, then arrangements),
 * one column per indicator and sector. Each cell shows the issuer's value with its unit of
 * measure and is edited in place (an empty cell creates the standard); a cell that a finding
 * concerns carries the finding's severity icon and its message as a tooltip, together with
 * the baseline the value is compared with.
 */
public final class StandardsPage extends FormPage implements EditorPage {

    public static final String ID = "standards";

    private static final Pattern NUMBER_AND_UNIT = Pattern.compile("\\s*([-+]?\\d+(?:[.,]\\d+)?(?:[eE][-+]?\\d+)?)\\s*(.*?)\\s*");

    /** A column: an indicator and a sector (null: the indicator for every sector). */
    public record Column(Indicator indicator, String sector) {
        public boolean holds(Standard standard) {
            return standard.getIndicator() == indicator && Objects.equals(blankToNull(standard.getSector()), sector);
        }
    }

    private final EditorContext context;
    private TableViewer matrix;
    private DetailsPart details;
    private IManagedForm managedForm;
    private final List<Column> columns = new ArrayList<>();
    private final Map<Issuer, Integer> depth = new IdentityHashMap<>();
    private final Map<Issuer, List<Standard>> issued = new IdentityHashMap<>();
    private Standard selectedStandard;

    public StandardsPage(FormEditor editor, EditorContext context) {
        super(editor, ID, context.messages().get("page.standards"));
        this.context = context;
    }

    @Override
    protected void createFormContent(IManagedForm form) {
        this.managedForm = form;
        ScrolledForm scrolled = form.getForm();
        FormToolkit toolkit = form.getToolkit();
        scrolled.setText(getTitle());
        toolkit.decorateFormHeading(scrolled.getForm());
        Composite body = scrolled.getBody();
        GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(body);
        SashForm sash = new SashForm(body, SWT.VERTICAL);
        toolkit.adapt(sash, false, false);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);

        Section section = toolkit.createSection(sash, Section.TITLE_BAR | Section.DESCRIPTION);
        section.setText(context.messages().get("page.standards.matrix"));
        section.setDescription(context.messages().get("page.standards.description"));
        Composite client = toolkit.createComposite(section);
        GridLayoutFactory.fillDefaults().margins(2, 2).applyTo(client);
        // virtual: only the rows in view are labelled, so a national model's thousands of issuers stay cheap
        matrix = new TableViewer(toolkit.createTable(client, SWT.SINGLE | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL | SWT.VIRTUAL));
        matrix.setUseHashlookup(true);
        matrix.getTable().setHeaderVisible(true);
        matrix.getTable().setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).hint(500, 250).applyTo(matrix.getTable());
        matrix.setContentProvider(ArrayContentProvider.getInstance());
        ColumnViewerToolTipSupport.enableFor(matrix);
        // a click selects a cell (and shows its standard); a double-click, F2 or Enter types into it
        TableViewerFocusCellManager focus = new TableViewerFocusCellManager(matrix, new FocusCellOwnerDrawHighlighter(matrix));
        ColumnViewerEditorActivationStrategy activation = new ColumnViewerEditorActivationStrategy(matrix) {
            @Override
            protected boolean isEditorActivationEvent(ColumnViewerEditorActivationEvent event) {
                return event.eventType == ColumnViewerEditorActivationEvent.MOUSE_DOUBLE_CLICK_SELECTION
                        || event.eventType == ColumnViewerEditorActivationEvent.PROGRAMMATIC
                        || event.eventType == ColumnViewerEditorActivationEvent.TRAVERSAL
                        || event.eventType == ColumnViewerEditorActivationEvent.KEY_PRESSED
                                && (event.keyCode == SWT.F2 || event.keyCode == SWT.CR || event.keyCode == SWT.KEYPAD_CR);
            }
        };
        TableViewerEditor.create(matrix, focus, activation, ColumnViewerEditor.TABBING_HORIZONTAL
                | ColumnViewerEditor.TABBING_MOVE_TO_ROW_NEIGHBOR | ColumnViewerEditor.KEYBOARD_ACTIVATION);
        section.setClient(client);

        details = new DetailsPart(context, toolkit, sash);
        sash.setWeights(60, 40);
        // on a wide screen the details sit beside the matrix, always in view; on a narrow one, below it
        sash.addListener(SWT.Resize, e -> {
            int wanted = sash.getSize().x >= WIDE ? SWT.HORIZONTAL : SWT.VERTICAL;
            if (sash.getOrientation() != wanted) {
                sash.setOrientation(wanted);
                sash.setWeights(wanted == SWT.HORIZONTAL ? new int[] {62, 38} : new int[] {60, 40});
            }
        });

        matrix.getTable().addListener(SWT.MouseDown, event -> {
            ViewerCell cell = matrix.getCell(new Point(event.x, event.y));
            if (cell != null) {
                cellSelected((Issuer) cell.getElement(), cell.getColumnIndex());
            }
        });
        FixMenu.attach(matrix.getControl(), () -> selectedStandard, context);
        rebuild();
    }

    /** The rows: every unit in hierarchy order, then every arrangement (depth first). */
    List<Issuer> rows() {
        depth.clear();
        Map<AdministrativeUnit, Integer> unitDepth = new IdentityHashMap<>();
        List<Issuer> rows = new ArrayList<>(UnitsPage.inHierarchyOrder(context.model(), unitDepth));
        depth.putAll(unitDepth);
        for (Arrangement arrangement : context.model().getArrangements()) {
            addArrangement(arrangement, 0, rows);
        }
        return rows;
    }

    private void addArrangement(Arrangement arrangement, int level, List<Issuer> rows) {
        rows.add(arrangement);
        depth.put(arrangement, level);
        for (Arrangement sub : arrangement.getSubArrangements()) {
            addArrangement(sub, level + 1, rows);
        }
    }

    /** The columns: for each indicator in model order, one per sector its standards name (none: one for all). */
    List<Column> columns() {
        GovernanceModel model = context.model();
        Map<Indicator, Set<String>> sectors = new IdentityHashMap<>();
        model.eAllContents().forEachRemaining(o -> {
            if (o instanceof Standard s && s.getIndicator() != null) {
                sectors.computeIfAbsent(s.getIndicator(), i -> new LinkedHashSet<>()).add(blankToNull(s.getSector()));
            }
        });
        List<Column> result = new ArrayList<>();
        for (Indicator indicator : model.getIndicators()) {
            Set<String> used = sectors.getOrDefault(indicator, Set.of());
            if (used.isEmpty()) {
                result.add(new Column(indicator, null));
            }
            used.stream().sorted(java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder()))
                    .forEach(sector -> result.add(new Column(indicator, sector)));
        }
        return result;
    }

    /** From this width on, the details sit beside the matrix. */
    static final int WIDE = 1100;

    /** A column as wide as its header (within bounds), the full header in its tooltip. */
    private int fit(String header, int least, int most) {
        org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(matrix.getTable());
        try {
            return Math.max(least, Math.min(most, gc.textExtent(header).x + 28));
        } finally {
            gc.dispose();
        }
    }

    private void rebuild() {
        indexTopLevelStandards();
        List<Column> now = columns();
        if (!now.equals(columns) || matrix.getTable().getColumnCount() == 0) {
            columns.clear();
            columns.addAll(now);
            matrix.getTable().setRedraw(false);
            try {
                for (TableColumn column : matrix.getTable().getColumns()) {
                    column.dispose();
                }
                TableViewerColumn issuerColumn = new TableViewerColumn(matrix, SWT.LEFT);
                issuerColumn.getColumn().setText(context.messages().get("matrix.issuer"));
                issuerColumn.getColumn().setWidth(260);
                issuerColumn.setLabelProvider(new ElementLabelProvider(context.adapterFactory(), context.labels(),
                        () -> LiveFindings.NONE, matrix.getControl()) {
                    @Override
                    public String getText(Object element) {
                        return "  ".repeat(depth.getOrDefault(element, 0)) + context.labels().name(element);
                    }
                });
                for (Column column : columns) {
                    TableViewerColumn viewerColumn = new TableViewerColumn(matrix, SWT.LEFT);
                    String indicator = context.labels().name(column.indicator());
                    // the sector first: it tells the columns of one indicator apart when the header is cut
                    viewerColumn.getColumn().setText(column.sector() == null ? indicator : column.sector() + ElementLabels.DOT + indicator);
                    viewerColumn.getColumn().setToolTipText(indicator + (column.sector() == null ? "" : ElementLabels.DOT + column.sector()));
                    viewerColumn.getColumn().setWidth(fit(viewerColumn.getColumn().getText(), 90, 220));
                    viewerColumn.setLabelProvider(new CellLabels(column));
                    viewerColumn.setEditingSupport(new CellEditing(column));
                }
            } finally {
                matrix.getTable().setRedraw(true);
            }
        }
        List<Issuer> rows = rows();
        if (rows.equals(matrix.getInput())) {
            matrix.refresh();
        } else {
            matrix.setInput(rows);
            // the issuer column as wide as its names (the first few hundred: a nation's would cost a measure each)
            int widest = 160;
            org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(matrix.getTable());
            try {
                for (Issuer issuer : rows.subList(0, Math.min(rows.size(), 300))) {
                    String text = "  ".repeat(depth.getOrDefault(issuer, 0)) + context.labels().name(issuer);
                    widest = Math.max(widest, gc.textExtent(text).x + 40);
                }
            } finally {
                gc.dispose();
            }
            matrix.getTable().getColumn(0).setWidth(Math.min(widest, 360));
        }
    }

    /**
     * The standards of an issuer as the model states them: those inside it, then the model's top-level
     * standards that name it by issuedBy (how a model keeps the standards of a registry unit).
     */
    public static List<Standard> standardsOf(GovernanceModel model, Issuer issuer) {
        List<Standard> standards = new ArrayList<>(issuer.getStandards());
        if (model != null) {
            for (Standard standard : model.getStandards()) {
                if (standard.getIssuedBy() == issuer && !standards.contains(standard)) {
                    standards.add(standard);
                }
            }
        }
        return standards;
    }

    /** The issuer's standard in the column (the first, when several), or null. */
    public static Standard standardAt(GovernanceModel model, Issuer issuer, Column column) {
        for (Standard standard : standardsOf(model, issuer)) {
            if (column.holds(standard)) {
                return standard;
            }
        }
        return null;
    }

    /** The issuer's standard in the column, the issuer's own model taken as the model. */
    public static Standard standardAt(Issuer issuer, Column column) {
        return standardAt(org.eclipse.emf.ecore.util.EcoreUtil.getRootContainer(issuer) instanceof GovernanceModel model ? model : null,
                issuer, column);
    }

    /** The standard a cell of the matrix shows: the issuer's (inside it or named by issuedBy) in the column. */
    private Standard cell(Object issuer, Column column) {
        for (Standard standard : standardsOf((Issuer) issuer)) {
            if (column.holds(standard)) {
                return standard;
            }
        }
        return null;
    }

    private long count(Issuer issuer, Column column) {
        return standardsOf(issuer).stream().filter(column::holds).count();
    }

    /** An issuer's standards: inside it, then the model's top-level ones naming it (indexed at each rebuild). */
    private List<Standard> standardsOf(Issuer issuer) {
        List<Standard> named = issued.get(issuer);
        if (named == null) {
            return issuer.getStandards();
        }
        List<Standard> standards = new ArrayList<>(issuer.getStandards());
        standards.addAll(named);
        return standards;
    }

    /** The model's top-level standards by the issuer they name. */
    private void indexTopLevelStandards() {
        issued.clear();
        for (Standard standard : context.model().getStandards()) {
            if (standard.getIssuedBy() != null) {
                issued.computeIfAbsent(standard.getIssuedBy(), i -> new ArrayList<>()).add(standard);
            }
        }
    }

    /** The text a cell shows. */
    public String cellText(Issuer issuer, Column column) {
        Standard standard = cell(issuer, column);
        if (standard == null) {
            return "";
        }
        long more = count(issuer, column) - 1;
        return context.labels().value(standard) + (standard.isBinding() ? " \u25cf" : "") + (more > 0 ? " (+" + more + ")" : "");
    }

    /** The tooltip of a cell: its findings, then the baseline it is compared with. */
    public String cellTooltip(Issuer issuer, Column column) {
        Standard standard = cell(issuer, column);
        if (standard == null) {
            return null;
        }
        List<String> lines = new ArrayList<>();
        for (Finding finding : context.findings().on(standard)) {
            lines.add(finding.text());
        }
        Standard baseline = context.findings().baseline(standard);
        if (baseline != null) {
            lines.add(context.messages().get("matrix.baseline", context.labels().value(baseline),
                    context.labels().name(baseline.getIssuer()), Labels.label(baseline.getSource())));
        }
        if (standard.isBinding()) {
            lines.add(context.messages().get("matrix.binding"));
        }
        return lines.isEmpty() ? context.labels().text(standard) : String.join("\n", lines);
    }

    /**
     * A value typed into a cell: a number with an optional unit ("30", "35000 µg/m³"), a date
     * (yyyy-MM-dd) for a deadline, anything for a fixed action ("adopted"). Changes the
     * issuer's standard, or creates it; false (with a message in the form's header) when the
     * text does not fit the indicator.
     */
    public boolean edit(Issuer issuer, Column column, String text) {
        String typed = text == null ? "" : text.trim();
        Standard existing = cell(issuer, column);
        if (typed.isEmpty() || typed.equals(existing == null ? null : cellText(issuer, column))) {
            return false;
        }
        Direction direction = column.indicator().isSetDirection() ? column.indicator().getDirection() : Direction.UPPER_LIMIT;
        Double value = null;
        String unit = null;
        Date deadline = null;
        if (direction == Direction.DEADLINE) {
            deadline = parseDate(typed);
            if (deadline == null) {
                return refuse(context.messages().get("matrix.badDate", typed));
            }
        } else if (direction != Direction.MANDATORY_ACTION) {
            Matcher matcher = NUMBER_AND_UNIT.matcher(typed);
            if (!matcher.matches()) {
                return refuse(context.messages().get("matrix.badNumber", typed));
            }
            value = Double.valueOf(matcher.group(1).replace(',', '.'));
            if (value.isNaN() || value.isInfinite()) {
                return refuse(context.messages().get("matrix.badNumber", typed));
            }
            unit = matcher.group(2).isEmpty() ? null : matcher.group(2);
        } else if (existing != null) {
            return false;
        }
        clearMessage();
        Command command;
        if (existing != null) {
            CompoundCommand compound = new CompoundCommand(context.messages().get("command.editStandard"));
            if (value != null) {
                compound.append(SetCommand.create(context.domain(), existing, STANDARD__VALUE, value));
            }
            if (unit != null && !unit.equals(existing.effectiveUnit())) {
                compound.append(SetCommand.create(context.domain(), existing, STANDARD__UNIT, unit));
            }
            if (deadline != null) {
                compound.append(SetCommand.create(context.domain(), existing, STANDARD__DEADLINE, deadline));
            }
            command = compound.unwrap();
        } else {
            Standard standard = GovernanceFactory.eINSTANCE.createStandard();
            standard.setId(Ids.fresh(context.model().eResource(),
                    ElementLabels.id(issuer) + "-" + ElementLabels.id(column.indicator()) + (column.sector() == null ? "" : "-" + column.sector())));
            standard.setName(context.labels().name(issuer) + ElementLabels.DOT + context.labels().name(column.indicator())
                    + (column.sector() == null ? "" : ElementLabels.DOT + column.sector()));
            standard.setIndicator(column.indicator());
            standard.setSector(column.sector());
            standard.setValue(value);
            if (unit != null && !unit.equals(column.indicator().getUnit())) {
                standard.setUnit(unit);
            }
            standard.setDeadline(deadline);
            if (issuer instanceof AdministrativeUnit foreign && ForeignUnits.isForeign(foreign, context.model().eResource())) {
                // a unit of another file (the registry) is not edited: the model keeps its standard at the top level
                standard.setIssuedBy(foreign);
                command = AddCommand.create(context.domain(), context.model(), GOVERNANCE_MODEL__STANDARDS, standard);
            } else {
                command = AddCommand.create(context.domain(), issuer, ISSUER__STANDARDS, standard);
            }
        }
        return context.execute(command);
    }

    private static Date parseDate(String text) {
        SimpleDateFormat format = new SimpleDateFormat("yyyy-MM-dd", Locale.ROOT);
        format.setLenient(false);
        try {
            java.text.ParsePosition position = new java.text.ParsePosition(0);
            Date date = format.parse(text, position);
            return date != null && position.getIndex() == text.length() && text.matches("\\d{4}-\\d{2}-\\d{2}") ? date : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private boolean refuse(String message) {
        if (managedForm != null) {
            managedForm.getForm().setMessage(message, IMessageProvider.ERROR);
        }
        return false;
    }

    private void clearMessage() {
        if (managedForm != null) {
            managedForm.getForm().setMessage(null, IMessageProvider.NONE);
        }
    }

    /** The message shown in the page's header (a refused value), or null. */
    public String headerMessage() {
        return managedForm == null ? null : managedForm.getForm().getMessage();
    }

    private void cellSelected(Issuer issuer, int columnIndex) {
        Standard standard = columnIndex >= 1 && columnIndex <= columns.size() ? cell(issuer, columns.get(columnIndex - 1)) : null;
        showDetails(standard != null ? standard : issuer);
    }

    private void showDetails(EObject element) {
        selectedStandard = element instanceof Standard s ? s : null;
        if (element instanceof Standard) {
            details.show(element, List.of(ELEMENT__NAME, ELEMENT__ID,
                    element.eContainer() instanceof GovernanceModel ? STANDARD__ISSUED_BY : STANDARD__ISSUER, STANDARD__INDICATOR, STANDARD__SECTOR,
                    STANDARD__VALUE, STANDARD__UNIT, STANDARD__DEADLINE, STANDARD__BINDING, STANDARD__SOURCE,
                    STANDARD__SOURCE_DATE, STANDARD__EFFECTIVE_FROM, STANDARD__EFFECTIVE_UNTIL, ELEMENT__PROVENANCE));
        } else if (element instanceof Indicator) {
            details.show(element, List.of(ELEMENT__NAME, ELEMENT__ID, INDICATOR__UNIT, INDICATOR__DIRECTION, ELEMENT__PROVENANCE));
        } else {
            details.show(null, List.of());
        }
        if (element != null) {
            context.selected(element);
        }
    }

    /** The standard whose details are shown, or null. */
    public Standard selectedStandard() {
        return selectedStandard;
    }

    @Override
    public boolean shows(EObject element) {
        return element instanceof Standard || element instanceof Indicator;
    }

    @Override
    public void select(EObject element) {
        if (matrix == null) {
            return;
        }
        if (element instanceof Standard standard && standard.getIssuer() != null) {
            matrix.setSelection(new StructuredSelection(standard.getIssuer()), true);
            for (int i = 0; i < columns.size(); i++) {
                if (columns.get(i).holds(standard)) {
                    matrix.getTable().showColumn(matrix.getTable().getColumn(i + 1));
                }
            }
        }
        showDetails(element);
    }

    @Override
    public void refresh() {
        if (matrix == null || matrix.getControl().isDisposed()) {
            return;
        }
        rebuild();
        details.refresh();
    }

    @Override
    public void refresh(java.util.Collection<?> affected) {
        refresh();
    }

    @Override
    public void findingsChanged(java.util.Set<EObject> changed) {
        if (matrix == null || matrix.getControl().isDisposed()) {
            return;
        }
        if (changed == null) {
            matrix.refresh(true);
        } else {
            // a row shows its issuer's standards: update the rows whose issuer or standards changed
            Set<Object> rows = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
            for (EObject element : changed) {
                if (element instanceof Standard standard && standard.getIssuer() != null) {
                    rows.add(standard.getIssuer());
                } else if (element instanceof Issuer issuer) {
                    rows.add(issuer);
                }
            }
            if (!rows.isEmpty()) {
                matrix.update(rows.toArray(), null);
            }
        }
        details.refreshFindings();
    }

    /** The matrix (for tests). */
    public TableViewer matrix() {
        return matrix;
    }

    public List<Column> visibleColumns() {
        return List.copyOf(columns);
    }

    private final class CellLabels extends ColumnLabelProvider {
        private final Column column;

        CellLabels(Column column) {
            this.column = column;
        }

        @Override
        public String getText(Object element) {
            return cellText((Issuer) element, column);
        }

        @Override
        public Image getImage(Object element) {
            Standard standard = cell((Issuer) element, column);
            Severity worst = standard == null ? null : context.findings().worstOn(standard);
            return worst == null ? null : ItemProviders.severityImage(worst);
        }

        @Override
        public String getToolTipText(Object element) {
            return ItemProviders.wrapped(cellTooltip((Issuer) element, column));
        }
    }

    private final class CellEditing extends EditingSupport {
        private final Column column;

        CellEditing(Column column) {
            super(matrix);
            this.column = column;
        }

        @Override
        protected CellEditor getCellEditor(Object element) {
            return new TextCellEditor(matrix.getTable());
        }

        @Override
        protected boolean canEdit(Object element) {
            // a standard inside a unit of another file (the registry's own) is not edited here
            Standard standard = cell(element, column);
            return standard == null || !context.domain().isReadOnly(standard.eResource());
        }

        @Override
        protected Object getValue(Object element) {
            Standard standard = cell((Issuer) element, column);
            if (standard == null) {
                return "";
            }
            if (standard.getValue() != null) {
                String unit = standard.effectiveUnit();
                return Labels.number(standard.getValue()) + (unit == null ? "" : " " + unit);
            }
            return standard.getDeadline() != null ? Labels.date(standard.getDeadline()) : context.labels().value(standard);
        }

        @Override
        protected void setValue(Object element, Object value) {
            String typed = String.valueOf(value);
            if (!typed.equals(getValue(element))) {
                edit((Issuer) element, column, typed);
            }
        }
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
