// SPDX-License-Identifier: EPL-2.0
package org.chaxu.core.internal;

import java.util.Locale;

import org.eclipse.core.resources.IProject;

/**
 * The words of Chaxu's builder: markers about settings and broken checks, job names and progress, in the language Chaxu's settings choose (the project's settings file, else the
 * preferences, else the platform's), as the editor's words and the rules' messages do:
 * {@code messages.properties} and {@code messages_zh.properties} beside this class.
 */
public final class Messages extends org.chaxu.engine.Texts {

    public Messages(Locale locale) {
        super(Messages.class, locale);
    }

    /** The words for a project (null: the workspace's language). */
    public static Messages of(IProject project) {
        return new Messages(ChaxuSettings.locale(project));
    }
}
