// SPDX-License-Identifier: EPL-2.0
package org.chaxu.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Message templates in the Eclipse NLS file layout ({@code messages.properties} +
 * {@code messages_zh.properties}, UTF-8), looked up by key for a locale, with English
 * as the fallback. The engine's own messages and the rules' messages share this class.
 */
public final class MessageCatalog {

    private final Map<String, Properties> byLanguage = new HashMap<>();

    /** The engine's own messages (compile problems, load problems, report words). */
    public static MessageCatalog engine() {
        MessageCatalog catalog = new MessageCatalog();
        catalog.addResources(MessageCatalog.class.getClassLoader(), "org/chaxu/engine/messages");
        return catalog;
    }

    /** Adds {@code base.properties} and {@code base_<lang>.properties} found by the loader. */
    public MessageCatalog addResources(ClassLoader loader, String base) {
        for (String language : new String[] { "", "zh" }) {
            String name = base + (language.isEmpty() ? "" : "_" + language) + ".properties";
            try (InputStream in = loader.getResourceAsStream(name)) {
                if (in != null) {
                    merge(language, new InputStreamReader(in, StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                throw new IllegalStateException("cannot read " + name, e);
            }
        }
        return this;
    }

    /** Adds {@code messages.properties} / {@code messages_zh.properties} lying in a rules folder. */
    public MessageCatalog addFolder(Path folder) throws IOException {
        for (String language : new String[] { "", "zh" }) {
            Path file = folder.resolve("messages" + (language.isEmpty() ? "" : "_" + language) + ".properties");
            if (Files.isRegularFile(file)) {
                try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    merge(language, reader);
                } catch (IllegalArgumentException | java.nio.charset.CharacterCodingException e) {
                    throw new IllegalArgumentException(file + ":" + badLine(file) + ": a messages file must be text in UTF-8 with "
                            + "key=template lines and \\uXXXX escapes of four hex digits (" + e.getMessage() + ")");
                }
            }
        }
        return this;
    }

    /** The first line with a broken \\u escape or that is not UTF-8, for the message; 1 when none is found. */
    private static int badLine(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            String text = new String(bytes, StandardCharsets.UTF_8);
            String[] lines = text.split("\\R", -1);
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].matches(".*\\\\u(?![0-9a-fA-F]{4}).*") || lines[i].contains("\uFFFD")) {
                    return i + 1;
                }
            }
        } catch (IOException e) {
            // the message still names the file
        }
        return 1;
    }

    private void merge(String language, Reader reader) throws IOException {
        Properties properties = byLanguage.computeIfAbsent(language, l -> new Properties());
        properties.load(reader);
    }

    /** The template for {@code key} in the locale's language, else English, else null. */
    public String template(String key, Locale locale) {
        Properties localized = byLanguage.get(locale.getLanguage());
        if (localized != null && localized.containsKey(key)) {
            return localized.getProperty(key);
        }
        Properties english = byLanguage.get("");
        return english == null ? null : english.getProperty(key);
    }

    /** The formatted message, or the key itself when no template exists. */
    public String format(String key, Locale locale, Object... args) {
        String template = template(key, locale);
        return template == null ? key : new MessageFormat(template, locale).format(args);
    }
}
