// SPDX-License-Identifier: EPL-2.0
package org.chaxu.editor.internal;

import java.util.Locale;

import org.eclipse.emf.ecore.resource.Resource;

/** Fresh ids for new elements: readable, unique in the file, stable once given. */
public final class Ids {

    private Ids() {
    }

    /**
     * The command, with a fresh id given to {@code element} when it executes (not when it is made):
     * a page makes its buttons' commands at every selection to know whether they can run, and
     * finding a free id looks through the whole model (missing ids are not in EMF's index).
     */
    public static org.eclipse.emf.common.command.Command onExecute(org.eclipse.emf.common.command.Command command,
            org.chaxu.governance.Element element, Resource resource, String prefix) {
        if (command == null) {
            return null;
        }
        return new org.eclipse.emf.common.command.CommandWrapper(command) {
            @Override
            public void execute() {
                if (element.getId() == null) {
                    element.setId(fresh(resource, prefix));
                }
                super.execute();
            }
        };
    }

    /** {@code prefix-1}, {@code prefix-2}, … the first one not used in the resource. */
    public static String fresh(Resource resource, String prefix) {
        String base = prefix.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        if (base.isEmpty()) {
            base = "element";
        }
        for (int i = 1;; i++) {
            String id = base + "-" + i;
            if (resource == null || resource.getEObject(id) == null) {
                return id;
            }
        }
    }
}
