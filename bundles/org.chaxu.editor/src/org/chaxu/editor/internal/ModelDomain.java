// SPDX-License-Identifier: EPL-2.0
package org.chaxu.editor.internal;

import java.util.HashMap;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;

/**
 * The editing domain of one model: only the model's own file is edited. The files it refers to —
 * the national registry, another model — are read-only to every EMF command (set, add, remove,
 * delete), the Properties view and the pages, so nothing of theirs is changed or saved.
 */
public final class ModelDomain extends AdapterFactoryEditingDomain {

    private final Supplier<Resource> home;

    public ModelDomain(ComposedAdapterFactory adapterFactory, CommandStack stack, Supplier<Resource> home) {
        super(adapterFactory, stack, new HashMap<>());
        this.home = home;
    }

    @Override
    public boolean isReadOnly(Resource resource) {
        Resource model = home.get();
        return resource != null && model != null && resource != model || super.isReadOnly(resource);
    }
}
