// SPDX-License-Identifier: EPL-2.0
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

import org.junit.jupiter.api.Test;

/**
 * The words of Chaxu in the workspace (org.chaxu.core: markers, jobs) and of its pages and commands
 * (org.chaxu.ide) exist in English and in Chinese, key for key, and are looked up in the language
 * asked for.
 */
class IdeMessagesTest {

    private static Properties load(Class<?> anchor, String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = anchor.getResourceAsStream(name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void theChineseWordsHaveExactlyTheEnglishKeys() throws IOException {
        for (Class<?> anchor : java.util.List.of(org.chaxu.ide.internal.Messages.class, org.chaxu.core.internal.Messages.class)) {
            Properties en = load(anchor, "messages.properties");
            Properties zh = load(anchor, "messages_zh.properties");
            assertEquals(new TreeSet<>(en.stringPropertyNames()), new TreeSet<>(zh.stringPropertyNames()), anchor.getName());
            for (String key : en.stringPropertyNames()) {
                // the same placeholders in both languages
                assertEquals(placeholders(en.getProperty(key)), placeholders(zh.getProperty(key)), key);
            }
        }
    }

    @Test
    void thePluginXmlNamesHaveAChineseNameEach() throws IOException {
        for (String name : java.util.List.of("org.chaxu.ide", "org.chaxu.core")) {
            org.osgi.framework.Bundle bundle = org.eclipse.core.runtime.Platform.getBundle(name);
            Properties en = new Properties();
            Properties zh = new Properties();
            try (InputStream in = bundle.getEntry("plugin.properties").openStream()) {
                en.load(in);
            }
            try (InputStream in = bundle.getEntry("plugin_zh.properties").openStream()) {
                zh.load(in);
            }
            assertEquals(new TreeSet<>(en.stringPropertyNames()), new TreeSet<>(zh.stringPropertyNames()), name);
            assertEquals(name.endsWith("ide") ? "用 Chaxu 检查" : "Chaxu 检查器", zh.getProperty(name.endsWith("ide") ? "checkCommand" : "builderName"));
        }
    }

    @Test
    void theWordsFollowTheLanguageAskedFor() {
        java.util.function.Function<Locale, org.chaxu.core.internal.Messages> core = org.chaxu.core.internal.Messages::new;
        assertEquals("Chaxu settings: unknown setting", core.apply(Locale.ENGLISH).get("marker.settings", "unknown setting"));
        assertEquals("Chaxu 设置文件：未知设置", core.apply(Locale.CHINESE).get("marker.settings", "未知设置"));
        assertEquals("line 3, column 7", core.apply(Locale.ENGLISH).get("marker.lineColumn", "3", "7"));
        assertEquals("第 3 行，第 7 列", core.apply(Locale.CHINESE).get("marker.lineColumn", "3", "7"));
        assertNotEquals(core.apply(Locale.ENGLISH).get("job.rebuild"), core.apply(Locale.CHINESE).get("job.rebuild"));
        // a language without its own words reads English, never the platform's
        assertEquals("Rule", new org.chaxu.ide.internal.Messages(Locale.GERMAN).get("page.column.rule"));
        assertEquals("line 3", core.apply(Locale.GERMAN).get("marker.line", "3"));
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
