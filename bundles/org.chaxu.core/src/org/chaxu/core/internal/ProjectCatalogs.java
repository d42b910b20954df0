// SPDX-License-Identifier: EPL-2.0
package org.chaxu.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.chaxu.engine.MessageCatalog;
import org.chaxu.engine.RuleCatalog;
import org.chaxu.engine.RuleSource;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;

/**
 * The compiled rules of each project: the contributed catalogue plus the DRL files of the
 * project's rule folders. A catalogue is compiled once and reused until a contribution or one
 * of the project's DRL or message files changes.
 */
public final class ProjectCatalogs {

    private record Entry(String key, RuleCatalog catalog) {
    }

    private static final Map<String, Entry> CACHE = new ConcurrentHashMap<>();
    private static volatile Entry workspaceEntry;

    private ProjectCatalogs() {
    }

    /** The catalogue of contributed rules alone (for the workspace preference page). */
    public static RuleCatalog contributed() {
        ContributedRules.Contributions contributions = ContributedRules.INSTANCE.get();
        String key = String.valueOf(contributions.stamp());
        Entry entry = workspaceEntry;
        if (entry == null || !entry.key().equals(key)) {
            entry = new Entry(key, RuleCatalog.compile(contributions.sources(), ContributedRules.INSTANCE.messages()));
            workspaceEntry = entry;
        }
        return entry.catalog();
    }

    public static RuleCatalog get(IProject project) throws CoreException {
        ContributedRules.Contributions contributions = ContributedRules.INSTANCE.get();
        List<IFile> drlFiles = new ArrayList<>();
        List<IFile> messageFiles = new ArrayList<>();
        for (IContainer folder : ruleFolders(project)) {
            folder.accept(resource -> {
                if (resource instanceof IFile file && "drl".equals(file.getFileExtension())) {
                    drlFiles.add(file);
                } else if (resource instanceof IFile file && file.getName().matches("messages(_zh)?\\.properties")) {
                    messageFiles.add(file);
                }
                return true;
            });
        }
        drlFiles.sort((a, b) -> a.getFullPath().toString().compareTo(b.getFullPath().toString()));
        StringBuilder key = new StringBuilder().append(contributions.stamp());
        for (IFile file : concat(drlFiles, messageFiles)) {
            key.append('|').append(file.getFullPath()).append('@').append(file.getModificationStamp());
        }
        Entry entry = CACHE.get(project.getName());
        if (entry == null || !entry.key().equals(key.toString())) {
            List<RuleSource> sources = new ArrayList<>(contributions.sources());
            for (IFile file : drlFiles) {
                sources.add(new RuleSource(file.getFullPath().toString(), read(file)));
            }
            MessageCatalog messages = ContributedRules.INSTANCE.messages();
            for (IContainer folder : ruleFolders(project)) {
                if (folder.getLocation() != null) {
                    try {
                        messages.addFolder(folder.getLocation().toFile().toPath());
                    } catch (IOException | IllegalArgumentException e) {
                        // a message file that cannot be read leaves its messages out; the rule names stand in
                    }
                }
            }
            entry = new Entry(key.toString(), RuleCatalog.compile(sources, messages));
            CACHE.put(project.getName(), entry);
        }
        return entry.catalog();
    }

    /** True when a project file is a DRL or messages file of one of its rule folders. */
    public static boolean isRuleFile(IResource resource) {
        if (!(resource instanceof IFile file)) {
            return false;
        }
        boolean ruleKind = "drl".equals(file.getFileExtension()) || file.getName().matches("messages(_zh)?\\.properties");
        if (!ruleKind) {
            return false;
        }
        for (String folder : ChaxuSettings.ruleFolders(file.getProject())) {
            if (file.getProjectRelativePath().toString().startsWith(folder + "/")) {
                return true;
            }
        }
        return false;
    }

    public static void forget(IProject project) {
        CACHE.remove(project.getName());
    }

    private static List<IContainer> ruleFolders(IProject project) {
        List<IContainer> folders = new ArrayList<>();
        for (String path : ChaxuSettings.ruleFolders(project)) {
            IResource member = project.findMember(path);
            if (member instanceof IContainer container && container.isAccessible()) {
                folders.add(container);
            }
        }
        return folders;
    }

    private static String read(IFile file) throws CoreException {
        try (InputStream in = file.getContents(true)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CoreException(org.eclipse.core.runtime.Status.error("cannot read " + file.getFullPath(), e));
        }
    }

    private static List<IFile> concat(List<IFile> a, List<IFile> b) {
        List<IFile> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
