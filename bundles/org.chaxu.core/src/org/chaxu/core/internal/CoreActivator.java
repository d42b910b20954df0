// SPDX-License-Identifier: EPL-2.0
package org.chaxu.core.internal;

import org.chaxu.engine.ChaxuValidator;
import org.chaxu.engine.CheckOptions;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Plugin;
import org.osgi.framework.BundleContext;

/**
 * The bundle's activator: follows the rules contributed by plug-ins and the workspace's settings,
 * and gives EMF tools (Diagnostician, an editor's Validate) the findings of the contributed rules.
 * The ids the other bundles use are {@link org.chaxu.core.ChaxuCore}'s.
 */
public final class CoreActivator extends Plugin {

    @Override
    public void start(BundleContext context) throws Exception {
        super.start(context);
        ContributedRules.INSTANCE.listen(Platform.getExtensionRegistry());
        ChaxuSettings.listenForWorkspaceChanges();
        ChaxuValidator.register(ProjectCatalogs::contributed, CheckOptions.DEFAULT.withLocale(ChaxuSettings.locale(null)));
    }

    @Override
    public void stop(BundleContext context) throws Exception {
        ChaxuSettings.stopListening();
        ContributedRules.INSTANCE.stopListening(Platform.getExtensionRegistry());
        super.stop(context);
    }
}
