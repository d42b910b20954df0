// SPDX-License-Identifier: EPL-2.0
package org.chaxu.editor.internal;

import java.util.Locale;

import org.eclipse.emf.ecore.resource.Resource;

/** Fresh ids for new elements: readable, unique in the file, stable once given. */
public final class Ids {

    private Ids() {
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
