// SPDX-License-Identifier: EPL-2.0
package org.chaxu.engine;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The words of one part of Chaxu in one language: {@code messages.properties} and
 * {@code messages_zh.properties} beside a class of that part (its anchor), looked up per language
 * — a static {@code org.eclipse.osgi.util.NLS} class would be fixed to the platform's language for
 * the session, while Chaxu speaks the language of the project's settings. Each bundle's
 * {@code Messages} extends this with its anchor.
 */
public class Texts {

    private final ResourceBundle bundle;
    private final Locale locale;

    /** The texts beside {@code anchor} ({@code <its package>.messages}), in {@code locale}, English when the language has none. */
    protected Texts(Class<?> anchor, Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(anchor.getPackageName() + ".messages", locale, anchor.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public Locale locale() {
        return locale;
    }

    /**
     * The text for the key, formatted with the arguments; the key itself when it is missing. The
     * templates are MessageFormat patterns ({@code ''} is an apostrophe); one without arguments is
     * shown the same way, so that "Xi''an" reads "Xi'an" with or without them, while a single
     * apostrophe in a text that takes none ("Chaxu's") stays as it is.
     */
    public String get(String key, Object... args) {
        String template;
        try {
            template = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args.length == 0 ? template.replace("''", "'") : new MessageFormat(template, locale).format(args);
    }
}
