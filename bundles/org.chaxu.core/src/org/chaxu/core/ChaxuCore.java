// SPDX-License-Identifier: EPL-2.0
package org.chaxu.core;


/**
 * Chaxu in an Eclipse workspace, headless (as {@code org.eclipse.pde.core} and the Xtext runtime
 * keep builders and markers apart from their UI): the ids of the nature, builder and marker types,
 * and the marker attributes a finding carries. Findings become problem markers on build; DRL files
 * that do not compile become markers on the DRL file. The ids keep the {@code org.chaxu.ide} names
 * they had before this bundle existed, so that projects, markers and settings of existing
 * workspaces stay Chaxu's. {@link ChaxuProjects} is what the UI bundles use.
 */
public final class ChaxuCore {

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

    private ChaxuCore() {
    }
}
