package org.chaxu.ide.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.chaxu.engine.CheckOptions;
import org.chaxu.engine.Severity;
import org.chaxu.ide.ChaxuIde;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ProjectScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.IEclipsePreferences.IPreferenceChangeListener;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

/**
 * Chaxu's preferences: per workspace, and per project when the project enables project-specific
 * settings (the project's {@code .settings/org.chaxu.ide.prefs}, shared through version control).
 * A project looks at its own settings first, then the workspace's. Keys:
 * {@code language} (en, zh or empty for the platform's), {@code ruleFolders} (comma-separated
 * project folders with extra DRL files, default {@code rules}), {@code rule.<ID>.enabled} and
 * {@code rule.<ID>.severity}.
 */
public final class ChaxuSettings {

    public static final String QUALIFIER = ChaxuIde.PLUGIN_ID;
    public static final String PROJECT_SPECIFIC = "projectSpecific";
    public static final String LANGUAGE = "language";
    public static final String RULE_FOLDERS = "ruleFolders";
    public static final String DEFAULT_RULE_FOLDERS = "rules";

    private static final IPreferenceChangeListener REBUILD_ON_CHANGE = event -> RebuildJob.scheduleForAllChaxuProjects();

    private ChaxuSettings() {
    }

    public static String enabledKey(String ruleId) {
        return "rule." + ruleId + ".enabled";
    }

    public static String severityKey(String ruleId) {
        return "rule." + ruleId + ".severity";
    }

    public static IEclipsePreferences workspace() {
        return InstanceScope.INSTANCE.getNode(QUALIFIER);
    }

    public static IEclipsePreferences project(IProject project) {
        return new ProjectScope(project).getNode(QUALIFIER);
    }

    public static boolean isProjectSpecific(IProject project) {
        return project != null && project.isAccessible() && project(project).getBoolean(PROJECT_SPECIFIC, false);
    }

    /** The nodes a project reads, most specific first. */
    static List<IEclipsePreferences> lookup(IProject project) {
        List<IEclipsePreferences> nodes = new ArrayList<>();
        if (isProjectSpecific(project)) {
            nodes.add(project(project));
        }
        nodes.add(workspace());
        return nodes;
    }

    static String get(IProject project, String key, String defaultValue) {
        for (IEclipsePreferences node : lookup(project)) {
            String value = node.get(key, null);
            if (value != null) {
                return value;
            }
        }
        return defaultValue;
    }

    /** The project folders whose DRL files join the catalogue. */
    public static List<String> ruleFolders(IProject project) {
        List<String> folders = new ArrayList<>();
        for (String folder : get(project, RULE_FOLDERS, DEFAULT_RULE_FOLDERS).split(",")) {
            if (!folder.isBlank()) {
                folders.add(folder.trim());
            }
        }
        return folders;
    }

    public static Locale locale(IProject project) {
        String language = get(project, LANGUAGE, "");
        return switch (language) {
        case "zh" -> Locale.CHINESE;
        case "en" -> Locale.ENGLISH;
        default -> Locale.getDefault().getLanguage().equals("zh") ? Locale.CHINESE : Locale.ENGLISH;
        };
    }

    /** The check options of a project: its language, the rules switched off, severity overrides. */
    public static CheckOptions options(IProject project) {
        Set<String> disabled = new HashSet<>();
        Map<String, Severity> overrides = new HashMap<>();
        List<IEclipsePreferences> nodes = lookup(project);
        // workspace first, then the project, so that the project's values win
        for (int i = nodes.size() - 1; i >= 0; i--) {
            IEclipsePreferences node = nodes.get(i);
            try {
                for (String key : node.keys()) {
                    if (key.startsWith("rule.") && key.endsWith(".enabled")) {
                        String id = key.substring("rule.".length(), key.length() - ".enabled".length());
                        if (node.getBoolean(key, true)) {
                            disabled.remove(id);
                        } else {
                            disabled.add(id);
                        }
                    } else if (key.startsWith("rule.") && key.endsWith(".severity")) {
                        String id = key.substring("rule.".length(), key.length() - ".severity".length());
                        overrides.put(id, Severity.parse(node.get(key, "WARNING")));
                    }
                }
            } catch (BackingStoreException | IllegalArgumentException e) {
                // unreadable preferences count as defaults
            }
        }
        return new CheckOptions(locale(project), disabled, overrides);
    }

    /** Workspace preference changes re-check every Chaxu project (project changes arrive as a .settings delta). */
    public static void listenForWorkspaceChanges() {
        workspace().addPreferenceChangeListener(REBUILD_ON_CHANGE);
    }

    public static void stopListening() {
        workspace().removePreferenceChangeListener(REBUILD_ON_CHANGE);
    }
}
