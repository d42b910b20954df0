// SPDX-License-Identifier: EPL-2.0
package org.chaxu.engine.tests;

import static org.chaxu.governance.ArrangementKind.JOINT_CONFERENCE;
import static org.chaxu.governance.CommitmentStatus.PENDING;
import static org.chaxu.governance.InterventionOutcome.INEFFECTIVE;
import static org.chaxu.governance.Level.CENTRAL;
import static org.chaxu.governance.Level.COUNTY;
import static org.chaxu.governance.Level.PREFECTURAL;
import static org.chaxu.governance.Level.PROVINCIAL;
import static org.chaxu.governance.NegotiationStatus.DEADLOCKED;
import static org.chaxu.governance.NegotiationStatus.RESOLVED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.chaxu.engine.CheckOptions;
import org.chaxu.engine.CheckSession;
import org.chaxu.engine.Finding;
import org.chaxu.engine.Labels;
import org.chaxu.engine.LoadedModel;
import org.chaxu.engine.ModelLoader;
import org.chaxu.engine.RuleCatalog;
import org.chaxu.engine.Severity;
import org.chaxu.governance.Initiation;
import org.chaxu.governance.Rank;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every message template of the shipped rules and of the engine, in English and Chinese: both
 * catalogues have the same keys; every DRL rule that reports fires on the worked cases or on a
 * small model made for the rules they leave silent, in both languages; no message keeps a
 * placeholder; and a Chinese message has no English word but the names, sources and units of
 * the model's own elements.
 */
class MessageCatalogueTest {

    /** Latin words allowed in Chinese text: names, not English. */
    private static final Set<String> NAMES = Set.of("Chaxu", "XML", "GovernanceModel", "DOCTYPE", "UTF");

    /**
     * Latin words allowed in the engine's Chinese words: what a user types as it stands (setting keys
     * and values, command options, DRL syntax and metadata, an example rule id), never prose.
     */
    private static final Set<String> CODE = Set.of("language", "baseline", "en", "zh", "true", "false", "ERROR", "WARNING", "INFO",
            "rules", "min", "coverage", "chaxu", "id", "severity", "eval", "Drools", "Java", "Standard", "this", "issuer", "WATER",
            "LOOSER", "ABC", "NAME", "write", "score", "DRL", "messages", "properties", "messages_zh");

    static RuleCatalog catalog;

    @BeforeAll
    static void compile() {
        catalog = RuleCatalog.shipped();
        assertTrue(catalog.problems().isEmpty(), () -> catalog.problems().toString());
    }

    @Test
    void theRulesChineseCatalogueHasExactlyTheEnglishKeys() throws IOException {
        Properties en = load(Examples.root().resolve("rules/messages.properties").toUri().toURL().openStream());
        Properties zh = load(Examples.root().resolve("rules/messages_zh.properties").toUri().toURL().openStream());
        assertEquals(new TreeSet<>(en.stringPropertyNames()), new TreeSet<>(zh.stringPropertyNames()));
    }

    @Test
    void theEnginesChineseWordsHaveExactlyTheEnglishKeys() throws IOException {
        Properties en = load(Labels.class.getClassLoader().getResourceAsStream("org/chaxu/engine/messages.properties"));
        Properties zh = load(Labels.class.getClassLoader().getResourceAsStream("org/chaxu/engine/messages_zh.properties"));
        assertEquals(new TreeSet<>(en.stringPropertyNames()), new TreeSet<>(zh.stringPropertyNames()));
        Set<String> allowed = new TreeSet<>(NAMES);
        allowed.addAll(CODE);
        for (String key : zh.stringPropertyNames()) {
            String text = zh.getProperty(key);
            assertEquals(null, englishWord(text.replaceAll("\\{\\d+[^}]*}", ""), allowed), () -> key + ": " + text);
            // the same values in both languages: a placeholder lost in translation would drop a file, a line or an id
            assertEquals(placeholders(en.getProperty(key)), placeholders(text), () -> key + ": " + text);
            // every template is a valid MessageFormat pattern (a choice that cannot be parsed fails only when shown)
            new java.text.MessageFormat(en.getProperty(key), Locale.ENGLISH);
            new java.text.MessageFormat(text, Locale.CHINESE);
        }
    }

    @Test
    void everyRuleTemplateIsUsedByARuleAndEveryRuleHasATemplate() throws IOException {
        Properties en = load(Examples.root().resolve("rules/messages.properties").toUri().toURL().openStream());
        Set<String> used = new TreeSet<>(messageKeyByRule().values());
        assertEquals(new TreeSet<>(en.stringPropertyNames()), used);
    }

    @Test
    void everyReportingRuleFiresInBothLanguagesWithEveryPlaceholderFilled() throws IOException {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.CHINESE)) {
            Map<String, String> keyByRule = messageKeyByRule();
            Set<String> fired = new TreeSet<>();
            List<String> problems = new ArrayList<>();
            for (Resource resource : models(locale)) {
                Set<String> modelStrings = strings(resource);
                for (Finding f : CheckSession.check(catalog, resource, CheckOptions.DEFAULT.withLocale(locale))) {
                    fired.add(f.getRule().name());
                    String message = f.getMessage();
                    if (message.matches("(?s).*\\{\\d.*") || message.contains("''") || message.isBlank()) {
                        problems.add("unfilled: " + message);
                    }
                    if (locale == Locale.CHINESE) {
                        String rest = message;
                        for (String s : modelStrings) {
                            rest = rest.replace(s, " ");
                        }
                        if (englishWord(rest, NAMES) != null) {
                            problems.add("English word '" + englishWord(rest, NAMES) + "' in " + message);
                        }
                    }
                }
            }
            assertEquals(List.of(), problems, locale.toString());
            assertEquals(new TreeSet<>(keyByRule.keySet()), fired, "rules that never fired in " + locale);
        }
    }

    @Test
    void choiceTemplatesReadRightForEveryBranch() {
        assertTrue(Labels.word("Severity.ERROR", Locale.CHINESE).equals("错误"));
        assertEquals("1 model checked: 1 error, 0 warnings, 2 info", Labels.format("summary", Locale.ENGLISH, 1, 1, 0, 2));
        assertEquals("2 models checked: 3 errors, 1 warning, 0 info", Labels.format("summary", Locale.ENGLISH, 2, 3, 1, 0));
        assertEquals("已检查 2 个模型：3 个错误，1 个警告，0 条提示", Labels.format("summary", Locale.CHINESE, 2, 3, 1, 0));
        assertEquals("议而不决", Labels.literal(DEADLOCKED, Locale.CHINESE));
        assertEquals("已达成协议", Labels.literal(org.chaxu.governance.NegotiationStatus.AGREED, Locale.CHINESE));
        assertEquals("地级", Labels.literal(PREFECTURAL, Locale.CHINESE));
        assertEquals("a、b和c", Labels.list(List.of("a", "b", "c"), Locale.CHINESE));
        assertEquals("a, b and c", Labels.list(List.of("a", "b", "c"), Locale.ENGLISH));
        assertEquals("警告", Labels.severity(Severity.WARNING, Locale.CHINESE));
    }

    @Test
    void aComparisonAcrossUnitsShowsTheConvertedValue() throws IOException {
        LoadedModel model = new ModelLoader().load(Examples.file("prd-air.chaxu"));
        Finding raised = CheckSession.check(catalog, model.resource(), CheckOptions.DEFAULT).stream()
                .filter(f -> LoadedModel.fragment(f.getElement()).equals("guangzhou-voc-auto")).findFirst().orElseThrow();
        assertTrue(raised.getMessage().contains("35000 µg/m³ is stricter than Guangdong Provincial Government (广东省政府)'s "
                + "baseline 40 mg/m³ (= 40000 µg/m³)"), raised.getMessage());
        assertTrue(raised.getMessage().endsWith("the bar was raised here."), raised.getMessage());
        List<Finding> zh = CheckSession.check(catalog, model.resource(), CheckOptions.DEFAULT.withLocale(Locale.CHINESE));
        String circle = zh.stream().filter(f -> LoadedModel.fragment(f.getElement()).equals("zzj-voc-printing")).findFirst()
                .orElseThrow().getMessage();
        String city = zh.stream().filter(f -> LoadedModel.fragment(f.getElement()).equals("shenzhen-voc-auto")).findFirst()
                .orElseThrow().getMessage();
        assertTrue(circle.contains("抱团提标"), circle);
        assertFalse(city.contains("抱团"), city);
    }

    /** The worked cases, and a model for the rules and wordings they leave silent. */
    private static List<Resource> models(Locale locale) throws IOException {
        List<Resource> models = new ArrayList<>();
        for (String name : Examples.names().toList()) {
            models.add(new ModelLoader(locale).load(Examples.file(name)).resource());
        }
        ModelBuilder m = ModelBuilder.model("Silent rules").asOf("2020-12-31")
                .unit("central", "State Council", CENTRAL, Rank.NATIONAL, null)
                .unit("prov", "Province", PROVINCIAL, Rank.MINISTERIAL, "central")
                .unit("city-a", "City A", PREFECTURAL, Rank.PREFECTURAL, "prov")
                .unit("city-b", "City B", PREFECTURAL, Rank.PREFECTURAL, "prov")
                .unit("county-a1", "County A1", COUNTY, Rank.COUNTY, "city-a")
                .unit("county-a2", "County A2", COUNTY, Rank.COUNTY, "city-a")
                .unit("loop-a", "Loop A", PREFECTURAL, Rank.PREFECTURAL, null)
                .unit("loop-b", "Loop B", PREFECTURAL, Rank.PREFECTURAL, "loop-a");
        m.<org.chaxu.governance.AdministrativeUnit>get("loop-a").setSuperior(m.get("loop-b"));
        m.arrangement("peer-convened", JOINT_CONFERENCE, "city-a", "city-b").convener("city-a").initiation(Initiation.TOP_DOWN);
        m.negotiation("counties", DEADLOCKED, "2018-01-01", "county-a1", "county-a2");
        m.intervention("counties", "city-a-fails", "city-a", "2018-06-01").end("2018-12-31").outcome(INEFFECTIVE)
                .exitCondition("agreement");
        m.intervention("counties", "central-skips-prov", "central", "2019-06-01").end("2019-12-31").exitCondition("agreement");
        m.negotiation("solved", RESOLVED, "2019-01-01", "city-a", "city-b");
        m.intervention("solved", "still-there", "prov", "2018-06-01").exitCondition("agreement");
        m.agreement("solved", "pact", "city-a", "city-b");
        m.commitment("pact", "nobody-never", null, null, PENDING);
        m.commitment("pact", "someone", "city-a", "2021-06-30", PENDING);
        models.add(m.resource());
        return models;
    }

    /** DRL rule name → its message key, for every shipped rule that reports (declares an @id), read from rules/*.drl. */
    private static Map<String, String> messageKeyByRule() throws IOException {
        Map<String, String> keys = new TreeMap<>();
        Pattern header = Pattern.compile("(?s)\\brule\\s+\"([^\"]+)\"(.*?)\\bwhen\\b");
        try (var files = Files.list(Examples.root().resolve("rules"))) {
            for (var drl : files.filter(f -> f.toString().endsWith(".drl")).sorted().toList()) {
                Matcher rule = header.matcher(Files.readString(drl, StandardCharsets.UTF_8));
                while (rule.find()) {
                    String id = annotation(rule.group(2), "id");
                    if (id != null) {
                        String message = annotation(rule.group(2), "message");
                        keys.put(rule.group(1), message != null ? message : id);
                    }
                }
            }
        }
        assertTrue(keys.size() >= 20, keys::toString);
        return keys;
    }

    private static String annotation(String metadata, String name) {
        Matcher m = Pattern.compile("@" + name + "\\(\"([^\"]*)\"\\)").matcher(metadata);
        return m.find() ? m.group(1) : null;
    }

    /** Every string value in the model (names, ids, sources, units, topics), longest first, and every date. */
    private static Set<String> strings(Resource resource) {
        Set<String> strings = new TreeSet<>(Comparator.comparingInt(String::length).reversed().thenComparing(s -> s));
        resource.getAllContents().forEachRemaining(o -> {
            for (EAttribute attribute : o.eClass().getEAllAttributes()) {
                Object value = o.eGet(attribute);
                if (value instanceof String s && !s.isBlank()) {
                    strings.add(s);
                }
            }
            strings.add(Labels.label(o));
            if (o instanceof org.chaxu.governance.Standard s) {
                strings.add(Labels.value(s));
                String unit = s.effectiveUnit();
                if (unit != null && !unit.isBlank()) {
                    strings.add(unit);
                }
            }
        });
        return strings;
    }

    private static Set<String> placeholders(String template) {
        Set<String> found = new TreeSet<>();
        Matcher m = Pattern.compile("\\{(\\d+)").matcher(template);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static String englishWord(String text, Set<String> allowed) {
        Matcher m = Pattern.compile("[A-Za-z]{2,}").matcher(text);
        while (m.find()) {
            if (!allowed.contains(m.group())) {
                return m.group();
            }
        }
        return null;
    }

    private static Properties load(InputStream in) throws IOException {
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            Properties properties = new Properties();
            properties.load(reader);
            return properties;
        }
    }
}
