package org.chaxu.ide.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.chaxu.engine.RuleCatalog;
import org.chaxu.engine.RuleInfo;
import org.chaxu.ide.ChaxuIde;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.dialogs.PropertyPage;
import org.osgi.service.prefs.BackingStoreException;

/**
 * Chaxu's settings, as a workspace preference page and as a project property page (with
 * "Enable project specific settings"): which rules are on, each rule's severity, the message
 * language and the project's rule folders. The rule list shows id, severity, principle and the
 * DRL file. Applying re-checks the affected projects.
 */
public final class RulesPreferencePage extends PropertyPage implements IWorkbenchPreferencePage {

    private static final String[] SEVERITIES = { "(default)", "ERROR", "WARNING", "INFO" };
    private static final String[] LANGUAGES = { "", "en", "zh" };
    private static final String[] LANGUAGE_LABELS = { "Platform default", "English", "中文 (Chinese)" };

    private Button projectSpecific;
    private Combo language;
    private Text ruleFolders;
    private CheckboxTableViewer table;
    private List<RuleInfo> rules = List.of();
    private final Map<String, String> severities = new HashMap<>();

    @Override
    public void init(IWorkbench workbench) {
        setDescription("Chaxu checks .chaxu models against its Drools rules. Switch rules off or change their severity here.");
    }

    private IProject project() {
        return getElement() == null ? null : Adapters.adapt(getElement(), IProject.class);
    }

    private IEclipsePreferences node() {
        IProject project = project();
        return project == null ? ChaxuSettings.workspace() : ChaxuSettings.project(project);
    }

    @Override
    protected Control createContents(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        page.setLayout(new GridLayout(2, false));
        IProject project = project();
        if (project != null) {
            projectSpecific = new Button(page, SWT.CHECK);
            projectSpecific.setText("Enable project specific settings");
            GridDataFactory.fillDefaults().span(2, 1).applyTo(projectSpecific);
            projectSpecific.setSelection(ChaxuSettings.isProjectSpecific(project));
        }
        new Label(page, SWT.NONE).setText("Message language:");
        language = new Combo(page, SWT.READ_ONLY);
        language.setItems(LANGUAGE_LABELS);
        new Label(page, SWT.NONE).setText("Rule folders (comma separated):");
        ruleFolders = new Text(page, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(ruleFolders);

        table = CheckboxTableViewer.newCheckList(page, SWT.BORDER | SWT.FULL_SELECTION);
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(640, 300).applyTo(table.getTable());
        column("Rule", 150, RuleInfo::id);
        TableViewerColumn severity = column("Severity", 90,
                r -> severities.getOrDefault(r.id(), "").isEmpty() ? r.severity().name() : severities.get(r.id()) + " *");
        severity.setEditingSupport(new SeverityEditing());
        column("Principle", 150, RuleInfo::principle);
        column("File", 220, RuleInfo::file);
        table.setContentProvider(ArrayContentProvider.getInstance());
        rules = loadRules(project);
        table.setInput(rules);
        load(node());
        return page;
    }

    private TableViewerColumn column(String title, int width, java.util.function.Function<RuleInfo, String> text) {
        TableViewerColumn column = new TableViewerColumn(table, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((RuleInfo) element);
            }
        });
        return column;
    }

    private static List<RuleInfo> loadRules(IProject project) {
        try {
            RuleCatalog catalog = project != null ? ProjectCatalogs.get(project) : ProjectCatalogs.contributed();
            return catalog.rules();
        } catch (Exception e) {
            return ProjectCatalogs.contributed().rules();
        }
    }

    private void load(IEclipsePreferences node) {
        String lang = node.get(ChaxuSettings.LANGUAGE, "");
        language.select(Math.max(0, java.util.Arrays.asList(LANGUAGES).indexOf(lang)));
        ruleFolders.setText(node.get(ChaxuSettings.RULE_FOLDERS, ChaxuSettings.DEFAULT_RULE_FOLDERS));
        severities.clear();
        Set<RuleInfo> enabled = new HashSet<>();
        for (RuleInfo rule : rules) {
            if (node.getBoolean(ChaxuSettings.enabledKey(rule.id()), true)) {
                enabled.add(rule);
            }
            String severity = node.get(ChaxuSettings.severityKey(rule.id()), "");
            if (!severity.isEmpty()) {
                severities.put(rule.id(), severity);
            }
        }
        table.setCheckedElements(enabled.toArray());
        table.refresh();
    }

    @Override
    protected void performDefaults() {
        language.select(0);
        ruleFolders.setText(ChaxuSettings.DEFAULT_RULE_FOLDERS);
        severities.clear();
        table.setAllChecked(true);
        table.refresh();
        super.performDefaults();
    }

    @Override
    public boolean performOk() {
        IEclipsePreferences node = node();
        IProject project = project();
        if (project != null) {
            node.putBoolean(ChaxuSettings.PROJECT_SPECIFIC, projectSpecific.getSelection());
        }
        node.put(ChaxuSettings.LANGUAGE, LANGUAGES[Math.max(0, language.getSelectionIndex())]);
        node.put(ChaxuSettings.RULE_FOLDERS, ruleFolders.getText().trim());
        Set<Object> checked = new HashSet<>(List.of(table.getCheckedElements()));
        for (RuleInfo rule : rules) {
            if (checked.contains(rule)) {
                node.remove(ChaxuSettings.enabledKey(rule.id()));
            } else {
                node.putBoolean(ChaxuSettings.enabledKey(rule.id()), false);
            }
            String severity = severities.getOrDefault(rule.id(), "");
            if (severity.isEmpty()) {
                node.remove(ChaxuSettings.severityKey(rule.id()));
            } else {
                node.put(ChaxuSettings.severityKey(rule.id()), severity);
            }
        }
        try {
            node.flush();
        } catch (BackingStoreException e) {
            setErrorMessage("The Chaxu settings cannot be saved: " + e.getMessage());
            return false;
        }
        if (project != null) {
            new RebuildJob(List.of(project)).schedule();
        }
        return true;
    }

    /** The severity column: a combo of (default), ERROR, WARNING, INFO. */
    private final class SeverityEditing extends EditingSupport {
        SeverityEditing() {
            super(table);
        }

        @Override
        protected CellEditor getCellEditor(Object element) {
            return new ComboBoxCellEditor(table.getTable(), SEVERITIES, SWT.READ_ONLY);
        }

        @Override
        protected boolean canEdit(Object element) {
            return true;
        }

        @Override
        protected Object getValue(Object element) {
            int index = java.util.Arrays.asList(SEVERITIES).indexOf(severities.getOrDefault(((RuleInfo) element).id(), ""));
            return Math.max(0, index);
        }

        @Override
        protected void setValue(Object element, Object value) {
            int index = (Integer) value;
            severities.put(((RuleInfo) element).id(), index <= 0 ? "" : SEVERITIES[index]);
            table.refresh(element);
        }
    }

}
