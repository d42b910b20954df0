package org.chaxu.ide;

import org.chaxu.engine.ChaxuValidator;
import org.chaxu.engine.CheckOptions;
import org.chaxu.ide.internal.ChaxuSettings;
import org.chaxu.ide.internal.ContributedRules;
import org.chaxu.ide.internal.ProjectCatalogs;
import org.eclipse.core.runtime.Platform;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.osgi.framework.BundleContext;

/**
 * Chaxu in the Eclipse IDE: ids of the nature, builder and marker types, and the marker
 * attributes a finding carries. Findings become problem markers on build; DRL files that do
 * not compile become markers on the DRL file.
 */
public final class ChaxuIde extends AbstractUIPlugin {

    public static final String PLUGIN_ID = "org.chaxu.ide";
    public static final String NATURE_ID = PLUGIN_ID + ".nature";
    public static final String BUILDER_ID = PLUGIN_ID + ".builder";
    /** A rule finding: subtype of the problem, text and EMF diagnostic markers. */
    public static final String PROBLEM_MARKER = PLUGIN_ID + ".problem";
    /** A DRL file that does not compile. */
    public static final String DRL_MARKER = PLUGIN_ID + ".drlProblem";
    /** Marker attribute: the rule id (never named "id", which every marker has already). */
    public static final String RULE_ID = "ruleId";
    public static final String PRINCIPLE = "principle";
    /** Marker attribute: the element's URI (EMF's EValidator.URI_ATTRIBUTE). */
    public static final String URI = "uri";
    /** Marker attribute: the related elements' URIs, space separated (EMF's EValidator.RELATED_URIS_ATTRIBUTE). */
    public static final String RELATED_URIS = "relatedURIs";
    /** Job family of every Chaxu check job, for joining in tests and cancelling. */
    public static final Object JOB_FAMILY = ChaxuIde.class;

    private static ChaxuIde instance;

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

    public static ChaxuIde getDefault() {
        return instance;
    }
}
