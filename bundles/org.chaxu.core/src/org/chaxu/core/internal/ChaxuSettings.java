// SPDX-License-Identifier: EPL-2.0
package org.chaxu.core.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.chaxu.engine.CheckOptions;
import org.chaxu.engine.Finding;
import org.chaxu.engine.ProjectSettings;
import org.chaxu.engine.Severity;
import org.chaxu.core.ChaxuCore;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ProjectScope;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.IEclipsePreferences.IPreferenceChangeListener;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

/**
 * Chaxu's settings of a project. A project with a settings file, {@code .chaxu/settings.properties}
 * (see {@link ProjectSettings}), is checked with that file alone — the same file {@code chaxu check}
 * and the Maven plugin read, so that CI gives the same findings as the IDE. Without it, the
 * project reads its legacy project-specific preferences ({@code .settings/org.chaxu.ide.prefs},
 * when enabled) and then the workspace's preferences, the fallback. Keys are the same everywhere:
 * {@code language} (en, zh or empty for the platform's), {@code ruleFolders} (comma-separated
 * project folders with extra DRL files, default {@code rules}), {@code rule.<ID>.enabled} and
 * {@code rule.<ID>.severity}; the file adds suppressions and a baseline.
 */
public final class ChaxuSettings {

    public static final String QUALIFIER = ChaxuCore.PREFERENCES;
    public static final String PROJECT_SPECIFIC = "projectSpecific";
    public static final String LANGUAGE = ProjectSettings.LANGUAGE;
    public static final String RULE_FOLDERS = ProjectSettings.RULE_FOLDERS;
    public static final String DEFAULT_RULE_FOLDERS = ProjectSettings.DEFAULT_RULE_FOLDERS;
    /** The project's settings file, shared with the command line and the Maven plugin. */
    public static final IPath SETTINGS_FILE = IPath.fromPortableString(ProjectSettings.PATH);

    private record Cached(long stamp, ProjectSettings settings) {
    }

    private static final Map<String, Cached> FILES = new java.util.concurrent.ConcurrentHashMap<>();

    private static final IPreferenceChangeListener REBUILD_ON_CHANGE = event -> RebuildJob.scheduleForAllChaxuProjects();

    private ChaxuSettings() {
    }

    public static String enabledKey(String ruleId) {
        return ProjectSettings.enabledKey(ruleId);
    }

    public static String severityKey(String ruleId) {
        return ProjectSettings.severityKey(ruleId);
    }

    public static IFile settingsFile(IProject project) {
        return project.getFile(SETTINGS_FILE);
    }

    /**
     * The project's settings file as read, or null when the project has none. Throws
     * IllegalArgumentException ("file:line: what is wrong") when the file cannot be used.
     */
    public static ProjectSettings fileSettings(IProject project) {
        if (project == null || !project.isAccessible()) {
            return null;
        }
        IFile file = settingsFile(project);
        if (!file.exists() || file.getLocation() == null) {
            FILES.remove(project.getName());
            return null;
        }
        Cached cached = FILES.get(project.getName());
        if (cached == null || cached.stamp() != file.getModificationStamp()) {
            try {
                cached = new Cached(file.getModificationStamp(), ProjectSettings.read(file.getLocation().toFile().toPath()));
            } catch (java.io.IOException e) {
                throw new IllegalArgumentException(file.getLocation() + ":1: "
                        + org.chaxu.engine.Labels.format("load.cannotRead", locale(null), String.valueOf(e.getMessage())), e);
            }
            FILES.put(project.getName(), cached);
        }
        return cached.settings();
    }

    /** The settings file, or null when it is absent or broken (callers that report problems use {@link #fileSettings}). */
    private static ProjectSettings usableFileSettings(IProject project) {
        try {
            return fileSettings(project);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * Where a model of the workspace lies on disk (its findings are fingerprinted at that path), or
     * null for a model outside the workspace. One instance, so that the options of unchanged
     * settings stay equal.
     */
    enum WorkspacePaths implements java.util.function.Function<org.eclipse.emf.ecore.resource.Resource, java.nio.file.Path> {
        INSTANCE;

        @Override
        public java.nio.file.Path apply(org.eclipse.emf.ecore.resource.Resource model) {
            org.eclipse.emf.common.util.URI uri = model.getURI();
            if (uri != null && uri.isPlatformResource()) {
                IFile file = org.eclipse.core.resources.ResourcesPlugin.getWorkspace().getRoot()
                        .getFile(IPath.fromPortableString(uri.toPlatformString(true)));
                return file.getLocation() == null ? null : file.getLocation().toFile().toPath();
            }
            return uri != null && uri.isFile() ? java.nio.file.Path.of(uri.toFileString()) : null;
        }
    }

    /**
     * The settings file's suppressions and baseline as a filter of the check options (none without
     * a usable file; a baseline that cannot be read hides nothing: the builder puts a marker on the
     * settings file).
     */
    private static org.chaxu.engine.FindingFilter hiding(ProjectSettings settings) {
        try {
            return settings.hiding(settings.knownFindings(), WorkspacePaths.INSTANCE);
        } catch (IllegalArgumentException e) {
            return settings.hiding(Set.of(), WorkspacePaths.INSTANCE);
        }
    }

    public static IEclipsePreferences workspace() {
        return InstanceScope.INSTANCE.getNode(QUALIFIER);
    }

    public static IEclipsePreferences project(IProject project) {
        return new ProjectScope(project).getNode(QUALIFIER);
    }

    /** True when the project has its own settings: its settings file, or (legacy) project-specific preferences. */
    public static boolean isProjectSpecific(IProject project) {
        return project != null && project.isAccessible()
                && (settingsFile(project).exists() || project(project).getBoolean(PROJECT_SPECIFIC, false));
    }

    private static boolean hasLegacyPreferences(IProject project) {
        return project != null && project.isAccessible() && project(project).getBoolean(PROJECT_SPECIFIC, false);
    }

    /** The nodes a project reads, most specific first. */
    static List<IEclipsePreferences> lookup(IProject project) {
        List<IEclipsePreferences> nodes = new ArrayList<>();
        if (hasLegacyPreferences(project)) {
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
        ProjectSettings settings = usableFileSettings(project);
        if (settings != null) {
            return settings.ruleFolderNames();
        }
        List<String> folders = new ArrayList<>();
        for (String folder : get(project, RULE_FOLDERS, DEFAULT_RULE_FOLDERS).split(",")) {
            if (!folder.isBlank()) {
                folders.add(folder.trim());
            }
        }
        return folders;
    }

    public static Locale locale(IProject project) {
        Locale platform = Locale.getDefault().getLanguage().equals("zh") ? Locale.CHINESE : Locale.ENGLISH;
        ProjectSettings settings = usableFileSettings(project);
        if (settings != null) {
            return settings.locale(platform);
        }
        if (project != null && project.isAccessible() && settingsFile(project).getLocation() != null && settingsFile(project).exists()) {
            // a settings file that cannot be used still chooses the language its problems are shown in
            Locale declared = ProjectSettings.declaredLanguage(settingsFile(project).getLocation().toFile().toPath());
            return declared != null ? declared : platform;
        }
        String language = get(project, LANGUAGE, "");
        return switch (language) {
        case "zh" -> Locale.CHINESE;
        case "en" -> Locale.ENGLISH;
        default -> platform;
        };
    }

    /** The check options of a project: its language, the rules switched off, severity overrides. */
    public static CheckOptions options(IProject project) {
        ProjectSettings settings = usableFileSettings(project);
        if (settings != null) {
            // the settings file's rules, severities, suppressions and baseline: every session applies them
            return settings.options(locale(project)).withFilter(hiding(settings));
        }
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
