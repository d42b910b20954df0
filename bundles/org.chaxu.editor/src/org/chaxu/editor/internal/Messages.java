package org.chaxu.editor.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.eclipse.emf.common.util.Enumerator;

/**
 * The editor's words, in the language the rules' messages use (the project's Chaxu language
 * setting, else the platform's): {@code messages.properties} and {@code messages_zh.properties}
 * beside this class.
 */
public final class Messages {

    private final ResourceBundle bundle;
    private final Locale locale;

    public Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(Messages.class.getPackageName() + ".messages", locale,
                Messages.class.getClassLoader(), ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
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
