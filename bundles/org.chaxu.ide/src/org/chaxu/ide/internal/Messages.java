package org.chaxu.ide.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.eclipse.core.resources.IProject;

/**
 * The words of Chaxu's IDE integration (preference and property page, markers about settings and
 * broken checks, job names and progress), in the language Chaxu's settings choose
 * ({@link ChaxuSettings#locale(IProject)}: the project's settings file, else the preferences, else
 * the platform's), as the editor's words and the rules' messages do. The texts are
 * {@code messages.properties} and {@code messages_zh.properties} beside this class; a static
 * {@code org.eclipse.osgi.util.NLS} class would be fixed to the platform's language for the session,
 * so the bundle is looked up per language instead.
 */
public final class Messages {

    private final ResourceBundle bundle;
    private final Locale locale;

    public Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(Messages.class.getPackageName() + ".messages", locale,
                Messages.class.getClassLoader(), ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The words for a project (null: the workspace's language). */
    public static Messages of(IProject project) {
        return new Messages(ChaxuSettings.locale(project));
    }

    public Locale locale() {
        return locale;
    }

    /** The text for the key, formatted with the arguments ({@link MessageFormat}); the key itself when it is missing. */
    public String get(String key, Object... args) {
        String template;
        try {
            template = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args.length == 0 ? template : new MessageFormat(template, locale).format(args);
    }
}
