// SPDX-License-Identifier: EPL-2.0
package org.chaxu.editor.internal;

import java.util.Locale;

import org.eclipse.emf.common.util.Enumerator;

/**
 * The editor's words, in the language the rules' messages use (the project's Chaxu language
 * setting, else the platform's): {@code messages.properties} and {@code messages_zh.properties}
 * beside this class.
 */
public final class Messages extends org.chaxu.engine.Texts {

    public Messages(Locale locale) {
        super(Messages.class, locale);
    }

    /**
     * An enum literal as a drafter reads it ("Prefectural", "地级"): the engine's word for it (the one
     * source of enum wording, which the findings' messages use too), starting with a capital.
     */
    public String literal(Enumerator literal) {
        if (literal == null) {
            return "";
        }
        String text = org.chaxu.engine.Labels.literal(literal, locale());
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(locale()) + text.substring(1);
    }
}
