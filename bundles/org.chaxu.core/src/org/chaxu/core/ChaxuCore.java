// SPDX-License-Identifier: EPL-2.0
package org.chaxu.core;

import org.chaxu.engine.ChaxuValidator;
import org.chaxu.engine.CheckOptions;
import org.chaxu.core.internal.ChaxuSettings;
import org.chaxu.core.internal.ContributedRules;
import org.chaxu.core.internal.ProjectCatalogs;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Plugin;
import org.osgi.framework.BundleContext;

/**
 * Chaxu in an Eclipse workspace, headless (as {@code org.eclipse.pde.core} and the Xtext runtime
 * keep builders and markers apart from their UI): the ids of the nature, builder and marker types,
 * and the marker attributes a finding carries. Findings become problem markers on build; DRL files
 * that do not compile become markers on the DRL file. The ids keep the {@code org.chaxu.ide} names
 * they had before this bundle existed, so that projects, markers and settings of existing
 * workspaces stay Chaxu's. {@link ChaxuProjects} is what the UI bundles use.
 */
public final class ChaxuCore extends Plugin {

    public static final String PLUGIN_ID = "org.chaxu.core";
    /** The namespace of the ids below (and of the settings' preference node): that of the first release. */
    private static final String IDS = "org.chaxu.ide";
    public static final String NATURE_ID = IDS + ".nature";
    public static final String BUILDER_ID = IDS + ".builder";
    /** A rule finding: subtype of the problem, text and EMF diagnostic markers. */
    public static final String PROBLEM_MARKER = IDS + ".problem";
    /** A DRL file that does not compile. */
    public static final String DRL_MARKER = IDS + ".drlProblem";
    /** The deprecated rules extension point (org.chaxu.engine.rules is today's), still read. */
    public static final String DEPRECATED_RULES_POINT = IDS + ".rules";
    /** The preference node of Chaxu's settings in the workspace and in projects' .settings folders. */
    public static final String PREFERENCES = IDS;
    /** Marker attribute: the rule id (never named "id", which every marker has already). */
    public static final String RULE_ID = "ruleId";
    public static final String PRINCIPLE = "principle";
    /** Marker attribute: the element's URI (EMF's EValidator.URI_ATTRIBUTE). */
    public static final String URI = "uri";
    /** Marker attribute: the related elements' URIs, space separated (EMF's EValidator.RELATED_URIS_ATTRIBUTE). */
    public static final String RELATED_URIS = "relatedURIs";
    /** Job family of every Chaxu check job, for joining in tests and cancelling. */
    public static final Object JOB_FAMILY = ChaxuCore.class;

    private static ChaxuCore instance;

    @Override
    public void start(BundleContext context) throws Exception {
        super.start(context);
        instance = this;
        ContributedRules.INSTANCE.listen(Platform.getExtensionRegistry());
        ChaxuSettings.listenForWorkspaceChanges();
        // EMF tools (Diagnostician, an editor's Validate) get the findings of the contributed rules.
        ChaxuValidator.register(ProjectCatalogs::contributed, CheckOptions.DEFAULT.withLocale(ChaxuSettings.locale(null)));
    }

    @Override
    public void stop(BundleContext context) throws Exception {
        ChaxuSettings.stopListening();
        ContributedRules.INSTANCE.stopListening(Platform.getExtensionRegistry());
        instance = null;
        super.stop(context);
    }

    public static ChaxuCore getDefault() {
        return instance;
    }
}
