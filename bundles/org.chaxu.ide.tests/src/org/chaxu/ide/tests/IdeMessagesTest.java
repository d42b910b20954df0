package org.chaxu.ide.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;

import org.chaxu.ide.internal.Messages;
import org.junit.jupiter.api.Test;

/** The IDE's words exist in English and in Chinese, key for key, and are looked up in the language asked for. */
class IdeMessagesTest {

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Messages.class.getClassLoader().getResourceAsStream("org/chaxu/ide/internal/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void theChineseWordsHaveExactlyTheEnglishKeys() throws IOException {
        Properties en = load("messages.properties");
        Properties zh = load("messages_zh.properties");
        assertEquals(new TreeSet<>(en.stringPropertyNames()), new TreeSet<>(zh.stringPropertyNames()));
        for (String key : en.stringPropertyNames()) {
            // the same placeholders in both languages
            assertEquals(placeholders(en.getProperty(key)), placeholders(zh.getProperty(key)), key);
        }
    }

    @Test
    void thePluginXmlNamesHaveAChineseNameEach() throws IOException {
        org.osgi.framework.Bundle ide = org.eclipse.core.runtime.Platform.getBundle("org.chaxu.ide");
        Properties en = new Properties();
        Properties zh = new Properties();
        try (InputStream in = ide.getEntry("plugin.properties").openStream()) {
            en.load(in);
        }
        try (InputStream in = ide.getEntry("plugin_zh.properties").openStream()) {
            zh.load(in);
        }
        assertEquals(new TreeSet<>(en.stringPropertyNames()), new TreeSet<>(zh.stringPropertyNames()));
        assertEquals("用 Chaxu 检查", zh.getProperty("checkCommand"));
    }

    @Test
    void theWordsFollowTheLanguageAskedFor() {
        assertEquals("Chaxu settings: unknown setting", new Messages(Locale.ENGLISH).get("marker.settings", "unknown setting"));
        assertEquals("Chaxu 设置文件：未知设置", new Messages(Locale.CHINESE).get("marker.settings", "未知设置"));
        assertEquals("line 3, column 7", new Messages(Locale.ENGLISH).get("marker.lineColumn", "3", "7"));
        assertEquals("第 3 行，第 7 列", new Messages(Locale.CHINESE).get("marker.lineColumn", "3", "7"));
        assertNotEquals(new Messages(Locale.ENGLISH).get("job.rebuild"), new Messages(Locale.CHINESE).get("job.rebuild"));
        // a language without its own words reads English, never the platform's
        assertEquals("Rule", new Messages(Locale.GERMAN).get("page.column.rule"));
    }

    private static TreeSet<String> placeholders(String template) {
        TreeSet<String> found = new TreeSet<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{\\d+").matcher(template);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }
}
