// SPDX-License-Identifier: EPL-2.0
package org.chaxu.core.internal;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;

/** How a model is named where names are shown side by side: see {@link org.chaxu.core.ChaxuProjects#shownName}. */
public final class ShownNames {

    private ShownNames() {
    }

    /** The file's name, else its path in its project, else its path in the workspace: the shortest no other model shares. */
    public static String of(IFile file) {
        String name = file.getName();
        java.util.List<IFile> same = new java.util.ArrayList<>();
        try {
            file.getWorkspace().getRoot().accept(proxy -> {
                if (proxy.getType() == org.eclipse.core.resources.IResource.FILE) {
                    if (proxy.getName().equals(name)) {
                        same.add((IFile) proxy.requestResource());
                    }
                    return false;
                }
                // projects' own folders, not the build's output or version control's
                return proxy.getType() != org.eclipse.core.resources.IResource.FOLDER
                        || !(proxy.isDerived() || proxy.getName().startsWith(".") || proxy.getName().equals("target"));
            }, org.eclipse.core.resources.IResource.NONE);
        } catch (CoreException e) {
            return name;
        }
        same.remove(file);
        if (same.isEmpty()) {
            return name;
        }
        boolean otherProject = same.stream().anyMatch(f -> !f.getProject().equals(file.getProject())
                && f.getProjectRelativePath().equals(file.getProjectRelativePath()));
        return otherProject ? file.getFullPath().makeRelative().toString() : file.getProjectRelativePath().toString();
    }
}
