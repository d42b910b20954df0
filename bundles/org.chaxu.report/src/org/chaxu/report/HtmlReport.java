// SPDX-License-Identifier: EPL-2.0
package org.chaxu.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.chaxu.engine.Finding;
import org.chaxu.engine.LoadedModel;
import org.chaxu.governance.Standard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The visual report: one self-contained HTML file (no network access, works offline). The page
 * is {@code report.html} with the style sheet, the script, d3-hierarchy (its circle packing, from
 * the d3-hierarchy WebJar, ISC licence) and the report's data — the findings and the model's
 * elements as {@link ReportData} translates them — inlined; the script draws the circles, the
 * standards matrix, the escalation timelines and the findings table from that data. The page's
 * own words are in {@code report.properties} / {@code report_zh.properties}.
 */
public final class HtmlReport {

    /** One checked model: its file name as the user gave it, the model, its findings and baselines. */
    public record Model(String file, LoadedModel model, List<Finding> findings, Map<Standard, Standard> baselines) {
    }

    /** The d3-hierarchy script, unpacked from its WebJar by the build (the version is in this bundle's pom.xml). */
    static final String D3_HIERARCHY = "d3/d3-hierarchy.min.js";

    private static final String RESOURCES = "org/chaxu/report/";
    private static final Pattern SLOT = Pattern.compile("\\{\\{(\\w+)}}");

    private final Locale locale;

    public HtmlReport(Locale locale) {
        this.locale = locale;
    }

    /**
     * A project of several models, drawn as one: its folder as the user named it, and its models
     * (each of which is also shown on its own).
     */
    public record Project(String file, List<Model> models) {
    }

    public void write(List<Model> models, Writer out) throws IOException {
        write(models, List.of(), out);
    }

    /**
     * The report of {@code models}, with a view of each of {@code projects} first: every unit,
     * circle, standard and negotiation of the project's files drawn together, every finding listed
     * with its file.
     */
    public void write(List<Model> models, List<Project> projects, Writer out) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode data = mapper.createObjectNode();
        data.put("lang", locale.getLanguage());
        data.set("strings", strings(mapper));
        ArrayNode array = data.putArray("models");
        Properties words = words();
        for (Project project : projects) {
            String name = java.text.MessageFormat.format(words.getProperty("project.name", "{0} ({1} models)"),
                    project.file(), project.models().size());
            array.add(new ReportData(mapper, locale, project.models(), project.file(), name).toJson());
        }
        for (Model model : models) {
            array.add(new ReportData(mapper, locale, model).toJson());
        }
        String title = models.size() == 1 && projects.isEmpty() ? models.get(0).model().model().getName() : words.getProperty("title");
        out.write(fill(resource(RESOURCES + "report.html"), Map.of(
                "lang", locale.getLanguage(),
                "title", escape(words.getProperty("title") + " — " + title),
                "css", resource(RESOURCES + "report.css"),
                "d3", resource(D3_HIERARCHY),
                "js", resource(RESOURCES + "report.js"),
                "data", json(mapper, data))));
    }

    /** The template with each {{slot}} replaced once (what is put in is not scanned again). */
    static String fill(String template, Map<String, String> values) {
        Matcher slot = SLOT.matcher(template);
        StringBuilder page = new StringBuilder();
        while (slot.find()) {
            String value = values.get(slot.group(1));
            if (value == null) {
                throw new IllegalStateException("report.html has an unknown slot " + slot.group());
            }
            slot.appendReplacement(page, Matcher.quoteReplacement(value));
        }
        slot.appendTail(page);
        return page.toString();
    }

    /**
     * JSON that is safe inside a script element and still JSON: every {@code <}, {@code >} and
     * {@code &} is written as its {@code \\u} escape (they occur only inside strings), so no
     * {@code </script>} can close the element and no {@code <!--} can change how the HTML parser
     * reads it; U+2028 and U+2029 likewise.
     */
    static String json(ObjectMapper mapper, ObjectNode data) throws JsonProcessingException {
        return mapper.writeValueAsString(data).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
                .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    }

    private ObjectNode strings(ObjectMapper mapper) throws IOException {
        ObjectNode strings = mapper.createObjectNode();
        Properties words = words();
        words.stringPropertyNames().stream().sorted().forEach(key -> strings.put(key, words.getProperty(key)));
        return strings;
    }

    /** The page's words in the report's language, English where a translation is missing. */
    private Properties words() throws IOException {
        Properties words = new Properties();
        load(words, RESOURCES + "report.properties");
        if (!locale.getLanguage().equals("en")) {
            load(words, RESOURCES + "report_" + locale.getLanguage() + ".properties");
        }
        return words;
    }

    private static void load(Properties into, String name) throws IOException {
        try (InputStream in = HtmlReport.class.getClassLoader().getResourceAsStream(name)) {
            if (in != null) {
                try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                    into.load(reader);
                }
            }
        }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = HtmlReport.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
