// SPDX-License-Identifier: EPL-2.0
package org.chaxu.ide.internal;

import org.chaxu.core.internal.ChaxuSettings;
import org.chaxu.core.internal.ProjectCatalogs;
import org.chaxu.core.internal.RebuildJob;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.chaxu.engine.ProjectSettings;
import org.chaxu.engine.RuleCatalog;
import org.chaxu.engine.RuleInfo;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
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
 * DRL file. A project's settings are its settings file, {@code .chaxu/settings.properties}, which
 * {@code chaxu check} and the Maven plugin read too: the page writes the keys it shows and keeps
 * every other line (comments, suppressions, the baseline); unticking project-specific settings
 * removes the file. Applying re-checks the affected projects.
 */
public final class RulesPreferencePage extends PropertyPage implements IWorkbenchPreferencePage {

    private static final String[] SEVERITIES = { "", "ERROR", "WARNING", "INFO" };
    private static final String[] LANGUAGES = { "", "en", "zh" };

    private Button projectSpecific;
    private Combo language;
    private Text ruleFolders;
    private CheckboxTableViewer table;
    private List<RuleInfo> rules = List.of();
    private final Map<String, String> severities = new HashMap<>();

    /** The page's words, in the language of the workspace's (or the project's) Chaxu settings. */
    private Messages messages;

    @Override
    public void init(IWorkbench workbench) {
        setDescription(messages().get("page.description"));
    }

    private Messages messages() {
        if (messages == null) {
            messages = Messages.of(project());
        }
        return messages;
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
            projectSpecific.setText(messages().get("page.projectSpecific"));
            GridDataFactory.fillDefaults().span(2, 1).applyTo(projectSpecific);
            projectSpecific.setSelection(ChaxuSettings.isProjectSpecific(project));
        }
        new Label(page, SWT.NONE).setText(messages().get("page.language"));
        language = new Combo(page, SWT.READ_ONLY);
        language.setItems(messages().get("page.language.platform"), messages().get("page.language.en"),
                messages().get("page.language.zh"));
        new Label(page, SWT.NONE).setText(messages().get("page.ruleFolders"));
        ruleFolders = new Text(page, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(ruleFolders);

        table = CheckboxTableViewer.newCheckList(page, SWT.BORDER | SWT.FULL_SELECTION);
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(640, 300).applyTo(table.getTable());
        column(messages().get("page.column.rule"), 150, RuleInfo::id);
        TableViewerColumn severity = column(messages().get("page.column.severity"), 90,
                r -> severities.getOrDefault(r.id(), "").isEmpty() ? r.severity().name() : severities.get(r.id()) + " *");
        severity.setEditingSupport(new SeverityEditing());
        column(messages().get("page.column.principle"), 150, RuleInfo::principle);
        column(messages().get("page.column.file"), 220, RuleInfo::file);
        table.setContentProvider(ArrayContentProvider.getInstance());
        rules = loadRules(project);
        table.setInput(rules);
        load(values(project));
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

    /** What the page shows: the project's settings file, else its legacy preferences, else the workspace's. */
    private Map<String, String> values(IProject project) {
        Map<String, String> values = new HashMap<>();
        try {
            ProjectSettings settings = project == null ? null : ChaxuSettings.fileSettings(project);
            if (settings != null) {
                return settings.values();
            }
        } catch (IllegalArgumentException e) {
            setErrorMessage(e.getMessage());
            return values;
        }
        IEclipsePreferences node = project != null && ChaxuSettings.isProjectSpecific(project) ? node() : ChaxuSettings.workspace();
        try {
            for (String key : node.keys()) {
                values.put(key, node.get(key, ""));
            }
        } catch (BackingStoreException e) {
            setErrorMessage(messages().get("page.cannotRead", e.getMessage()));
        }
        return values;
    }

    private void load(Map<String, String> values) {
        String lang = values.getOrDefault(ChaxuSettings.LANGUAGE, "");
        language.select(Math.max(0, java.util.Arrays.asList(LANGUAGES).indexOf(lang)));
        ruleFolders.setText(values.getOrDefault(ChaxuSettings.RULE_FOLDERS, ChaxuSettings.DEFAULT_RULE_FOLDERS));
        severities.clear();
        Set<RuleInfo> enabled = new HashSet<>();
        for (RuleInfo rule : rules) {
            if (!"false".equals(values.get(ChaxuSettings.enabledKey(rule.id())))) {
                enabled.add(rule);
            }
            String severity = values.getOrDefault(ChaxuSettings.severityKey(rule.id()), "");
            if (!severity.isEmpty()) {
                severities.put(rule.id(), severity.toUpperCase(java.util.Locale.ROOT));
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

    /** The page's choices as keys and values; null for a key at its default (its line is removed). */
    private Map<String, String> choices() {
        Map<String, String> choices = new java.util.LinkedHashMap<>();
        String lang = LANGUAGES[Math.max(0, language.getSelectionIndex())];
        choices.put(ChaxuSettings.LANGUAGE, lang.isEmpty() ? null : lang);
        String folders = ruleFolders.getText().trim();
        choices.put(ChaxuSettings.RULE_FOLDERS, folders.equals(ChaxuSettings.DEFAULT_RULE_FOLDERS) ? null : folders);
        Set<Object> checked = new HashSet<>(List.of(table.getCheckedElements()));
        for (RuleInfo rule : rules) {
            choices.put(ChaxuSettings.enabledKey(rule.id()), checked.contains(rule) ? null : "false");
            String severity = severities.getOrDefault(rule.id(), "");
            choices.put(ChaxuSettings.severityKey(rule.id()), severity.isEmpty() ? null : severity);
        }
        return choices;
    }

    @Override
    public boolean performOk() {
        IProject project = project();
        try {
            if (project == null) {
                IEclipsePreferences node = ChaxuSettings.workspace();
                choices().forEach((key, value) -> {
                    if (value == null) {
                        node.remove(key);
                    } else {
                        node.put(key, value);
                    }
                });
                node.flush();
                return true;
            }
            IEclipsePreferences legacy = node();
            if (legacy.getBoolean(ChaxuSettings.PROJECT_SPECIFIC, false)) {
                legacy.remove(ChaxuSettings.PROJECT_SPECIFIC); // the settings file takes over
                legacy.flush();
            }
            IFile file = ChaxuSettings.settingsFile(project);
            if (projectSpecific.getSelection()) {
                writeSettings(file, choices(), messages().get("page.newFile"));
            } else if (file.exists()) {
                file.delete(true, true, null);
            }
        } catch (BackingStoreException | CoreException | java.io.IOException e) {
            setErrorMessage(messages().get("page.cannotSave", e.getMessage()));
            return false;
        }
        new RebuildJob(List.of(project)).schedule();
        return true;
    }

    /** Writes the choices into the project's settings file, keeping its other lines. */
    private static void writeSettings(IFile file, Map<String, String> choices, String header) throws CoreException, java.io.IOException {
        String text;
        if (file.exists()) {
            try (java.io.InputStream in = file.getContents(true)) {
                text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
        } else {
            text = header;
        }
        byte[] bytes = ProjectSettings.update(text, choices).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        if (file.exists()) {
            file.setContents(new java.io.ByteArrayInputStream(bytes), true, true, null);
        } else {
            if (file.getParent() instanceof IFolder folder && !folder.exists()) {
                folder.create(true, true, null);
            }
            file.create(new java.io.ByteArrayInputStream(bytes), true, null);
        }
    }

    /** The severity column: a combo of (default), ERROR, WARNING, INFO. */
    private final class SeverityEditing extends EditingSupport {
        SeverityEditing() {
            super(table);
        }

        @Override
        protected CellEditor getCellEditor(Object element) {
            String[] items = SEVERITIES.clone();
            items[0] = messages().get("page.severity.default");
            return new ComboBoxCellEditor(table.getTable(), items, SWT.READ_ONLY);
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
