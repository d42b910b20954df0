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

    /** An enum literal as a drafter reads it ("Prefectural", "地级"). */
    public String literal(Enumerator literal) {
        if (literal == null) {
            return "";
        }
        String key = ((Enum<?>) literal).getDeclaringClass().getSimpleName() + "." + literal.getName();
        String text = get(key);
        return text.equals(key) ? literal.getName() : text;
    }
}
