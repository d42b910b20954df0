// SPDX-License-Identifier: EPL-2.0
package org.chaxu.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.chaxu.engine.CheckOptions;
import org.chaxu.engine.CheckSession;
import org.chaxu.engine.Finding;
import org.chaxu.engine.Labels;
import org.chaxu.engine.LoadedModel;
import org.chaxu.engine.ModelLoader;
import org.chaxu.engine.RuleCatalog;
import org.chaxu.engine.RuleInfo;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The rule catalogue as a reference for drafters and rule authors, made from what the rules
 * declare: each rule id with its severity, principle and DRL file; each DRL rule behind it (its
 * name, {@code @source} and message templates in English and Chinese); and its two minimal
 * example models — {@code ID.fails.chaxu}, which makes the rule report (with the findings it
 * reports), and {@code ID.passes.chaxu}, which makes no rule report. The shipped rules' examples
 * are {@code rules/examples/} (packaged with the rules); an extra {@code --rules} folder's are
 * its {@code examples/} folder. Markdown (docs/rules.md is this output), JSON or one HTML page.
 */
final class RuleReference {

    static final String SHIPPED_EXAMPLES = "rules/examples/";

    /** One DRL rule: several may report under one id (with different messages). */
    record DrlRule(String name, String source, String messageKey, String english, String chinese) {
    }

    /** A minimal example model of a rule: where it is, what it shows, its text and what the rules report on it. */
    record Example(String file, String description, String text, List<String> findings) {
    }

    record Entry(RuleInfo info, List<DrlRule> drlRules, Example fails, Example passes) {

        /** The heading anchor GitHub and the HTML page give the rule's section. */
        String anchor() {
            return anchor(info.id());
        }

        static String anchor(String id) {
            return id.toLowerCase(Locale.ROOT);
        }
    }

    private final List<Entry> entries;

    private RuleReference(List<Entry> entries) {
        this.entries = entries;
    }

    /**
     * The reference of {@code catalog}: examples of shipped rules from the packaged
     * {@code rules/examples/}, of other rules from {@code examples/} in the given rule folders.
     */
    static RuleReference of(RuleCatalog catalog, List<Path> ruleFolders) throws IOException {
        Map<String, List<DrlRule>> drl = new TreeMap<>();
        for (KiePackage pkg : catalog.kieBase().getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                Map<String, Object> meta = rule.getMetaData();
                Object id = meta.get("id");
                if (id == null) {
                    continue; // a helper rule that reports nothing
                }
                String key = String.valueOf(meta.getOrDefault("message", id));
                drl.computeIfAbsent(id.toString(), k -> new ArrayList<>()).add(new DrlRule(rule.getName(),
                        String.valueOf(meta.getOrDefault("source", "")), key,
                        catalog.messages().template(key, Locale.ENGLISH), catalog.messages().template(key, Locale.CHINESE)));
            }
        }
        drl.values().forEach(list -> list.sort((a, b) -> a.name().compareTo(b.name())));
        List<Entry> entries = new ArrayList<>();
        for (RuleInfo info : catalog.rules()) {
            entries.add(new Entry(info, drl.getOrDefault(info.id(), List.of()), example(catalog, info, "fails", ruleFolders),
                    example(catalog, info, "passes", ruleFolders)));
        }
        return new RuleReference(entries);
    }

    List<Entry> entries() {
        return entries;
    }

    private static Example example(RuleCatalog catalog, RuleInfo info, String kind, List<Path> ruleFolders)
            throws IOException {
        String name = info.id() + "." + kind + ".chaxu";
        for (Path folder : ruleFolders) {
            Path file = (Files.isDirectory(folder) ? folder : folder.toAbsolutePath().getParent()).resolve("examples")
                    .resolve(name);
            if (Files.isRegularFile(file)) {
                return checked(catalog, file, file.toString().replace('\\', '/'));
            }
        }
        try (InputStream packaged = RuleCatalog.class.getClassLoader().getResourceAsStream("chaxu-rules/examples/" + name)) {
            if (packaged == null) {
                return null;
            }
            Path folder = Files.createTempDirectory("chaxu-example");
            Path file = folder.resolve(name);
            try {
                Files.copy(packaged, file);
                return checked(catalog, file, SHIPPED_EXAMPLES + name);
            } finally {
                Files.deleteIfExists(file);
                Files.deleteIfExists(folder);
            }
        }
    }

    private static Example checked(RuleCatalog catalog, Path file, String shownAs) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        LoadedModel model = new ModelLoader(Locale.ENGLISH).load(file);
        if (!model.isUsable() || model.hasErrors()) {
            throw new IllegalArgumentException(shownAs + ": the example cannot be read: " + model.problems());
        }
        List<String> findings = new ArrayList<>();
        String shortName = shownAs.substring(shownAs.lastIndexOf('/') + 1);
        for (Finding f : CheckSession.check(catalog, model.resource(), CheckOptions.DEFAULT.withLocale(Locale.ENGLISH))) {
            findings.add(shortName + ":" + model.line(f.getElement()) + ": "
                    + Labels.severity(f.getSeverity(), Locale.ENGLISH) + "[" + f.getRuleId() + "]: " + f.getMessage());
        }
        findings.sort(null);
        String description = model.model().getDescription();
        return new Example(shownAs, description == null ? "" : description, text, findings);
    }

    // ---------------------------------------------------------------------------------------- Markdown

    void writeMarkdown(Writer out) throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("# Rule reference\n\n");
        md.append("Generated by `chaxu rules --format markdown` from the rules' DRL metadata (`@id`, `@severity`,\n")
                .append("`@principle`, `@source`, `@message`), their message templates in English and Chinese, and\n")
                .append("the minimal example models of each rule in `rules/examples/`. Do not edit it by hand: the build\n")
                .append("fails when this file differs from what the command writes. The principles and the sources the\n")
                .append("`@source` keys cite are explained in [domain.md](domain.md); the exact semantics of each rule are in\n")
                .append("[RULES-SEMANTICS.md](../examples/RULES-SEMANTICS.md).\n\n");
        md.append("| rule | severity | principle | DRL file |\n|---|---|---|---|\n");
        for (Entry e : entries) {
            md.append("| [").append(e.info().id()).append("](#").append(e.anchor()).append(") | ")
                    .append(severity(e)).append(" | ").append(e.info().principle()).append(" | `")
                    .append(e.info().file()).append("` |\n");
        }
        for (Entry e : entries) {
            md.append("\n## ").append(e.info().id()).append("\n\n");
            md.append("**").append(severity(e)).append("** · principle `").append(e.info().principle())
                    .append("` · `").append(e.info().file()).append("`\n");
            for (DrlRule rule : e.drlRules()) {
                md.append("\n*").append(rule.name()).append("* — source: ").append(rule.source()).append("\n\n");
                md.append("- message `").append(rule.messageKey()).append("` (en): ").append(code(rule.english())).append('\n');
                md.append("- message `").append(rule.messageKey()).append("` (zh): ").append(code(rule.chinese())).append('\n');
            }
            markdownExample(md, "Fails", e.fails());
            markdownExample(md, "Passes", e.passes());
        }
        out.write(md.toString());
    }

    private static void markdownExample(StringBuilder md, String title, Example example) {
        if (example == null) {
            md.append("\n**").append(title).append(":** no example model.\n");
            return;
        }
        md.append("\n**").append(title).append("** — ").append(example.description()).append(" (`")
                .append(example.file()).append("`)\n\n```xml\n").append(example.text().strip()).append("\n```\n");
        if (!example.findings().isEmpty()) {
            md.append("\n```text\n");
            example.findings().forEach(f -> md.append(f).append('\n'));
            md.append("```\n");
        }
    }

    private static String code(String template) {
        if (template == null) {
            return "(none)";
        }
        template = template.replace("''", "'"); // MessageFormat's quoting, as a reader sees it
        String fence = template.contains("`") ? "``" : "`";
        return fence + (fence.length() > 1 ? " " + template + " " : template) + fence;
    }

    private static String severity(Entry e) {
        return e.info().severity().name().toLowerCase(Locale.ROOT);
    }

    // ---------------------------------------------------------------------------------------- JSON

    void writeJson(Writer out) throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ArrayNode array = mapper.createArrayNode();
        for (Entry e : entries) {
            ObjectNode rule = array.addObject();
            rule.put("id", e.info().id()).put("severity", e.info().severity().name()).put("principle", e.info().principle())
                    .put("name", e.info().name()).put("source", e.info().source()).put("file", e.info().file());
            ArrayNode drl = rule.putArray("drlRules");
            for (DrlRule r : e.drlRules()) {
                ObjectNode node = drl.addObject().put("name", r.name()).put("source", r.source()).put("messageKey", r.messageKey());
                node.putObject("messages").put("en", r.english()).put("zh", r.chinese());
            }
            putExample(rule, "fails", e.fails());
            putExample(rule, "passes", e.passes());
        }
        mapper.writeValue(new JsonReport.NonClosingWriter(out), array);
        out.write("\n");
    }

    private static void putExample(ObjectNode rule, String field, Example example) {
        if (example == null) {
            rule.putNull(field);
            return;
        }
        ObjectNode node = rule.putObject(field).put("file", example.file()).put("description", example.description())
                .put("model", example.text());
        ArrayNode findings = node.putArray("findings");
        example.findings().forEach(findings::add);
    }

    // ---------------------------------------------------------------------------------------- HTML

    void writeHtml(Writer out) throws IOException {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Chaxu rule reference</title>\n")
                .append("<style>body{font:15px/1.5 system-ui,sans-serif;max-width:60em;margin:2em auto;padding:0 1em;color:#1d2330}")
                .append("table{border-collapse:collapse}td,th{border:1px solid #d5d9e0;padding:2px 8px;text-align:left}")
                .append("pre{background:#f4f5f7;padding:8px;overflow:auto}code{background:#f4f5f7}")
                .append(".error{color:#b00020}.warning{color:#8a5a00}.info{color:#005a8a}</style>\n</head>\n<body>\n");
        html.append("<h1>Chaxu rule reference</h1>\n<p>Generated by <code>chaxu rules --format html</code> from the rules' DRL ")
                .append("metadata, their message templates and their example models.</p>\n");
        html.append("<table>\n<tr><th>rule</th><th>severity</th><th>principle</th><th>DRL file</th></tr>\n");
        for (Entry e : entries) {
            html.append("<tr><td><a href=\"#").append(e.anchor()).append("\">").append(escape(e.info().id()))
                    .append("</a></td><td class=\"").append(severity(e)).append("\">").append(severity(e))
                    .append("</td><td>").append(escape(e.info().principle())).append("</td><td><code>")
                    .append(escape(e.info().file())).append("</code></td></tr>\n");
        }
        html.append("</table>\n");
        for (Entry e : entries) {
            html.append("<section id=\"").append(e.anchor()).append("\">\n<h2>").append(escape(e.info().id())).append("</h2>\n")
                    .append("<p><strong class=\"").append(severity(e)).append("\">").append(severity(e))
                    .append("</strong> · principle <code>").append(escape(e.info().principle())).append("</code> · <code>")
                    .append(escape(e.info().file())).append("</code></p>\n");
            for (DrlRule rule : e.drlRules()) {
                html.append("<p><em>").append(escape(rule.name())).append("</em> — source: ").append(escape(rule.source()))
                        .append("</p>\n<ul><li>message (en): <code>").append(escape(String.valueOf(rule.english())))
                        .append("</code></li><li lang=\"zh\">message (zh): <code>").append(escape(String.valueOf(rule.chinese())))
                        .append("</code></li></ul>\n");
            }
            htmlExample(html, "Fails", e.fails());
            htmlExample(html, "Passes", e.passes());
            html.append("</section>\n");
        }
        html.append("</body>\n</html>\n");
        out.write(html.toString());
    }

    private static void htmlExample(StringBuilder html, String title, Example example) {
        if (example == null) {
            html.append("<p><strong>").append(title).append(":</strong> no example model.</p>\n");
            return;
        }
        html.append("<p><strong>").append(title).append("</strong> — ").append(escape(example.description()))
                .append(" (<code>").append(escape(example.file())).append("</code>)</p>\n<pre>")
                .append(escape(example.text().strip())).append("</pre>\n");
        if (!example.findings().isEmpty()) {
            html.append("<pre>").append(escape(String.join("\n", example.findings()))).append("</pre>\n");
        }
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** The text SARIF carries as a rule's {@code help}: the rule, its principle and source, what fails and what passes. */
    static String helpText(Entry e) {
        StringBuilder text = new StringBuilder();
        text.append(e.info().id()).append(" (").append(severity(e)).append(", principle ").append(e.info().principle())
                .append("): ").append(e.info().name()).append('.');
        for (DrlRule rule : e.drlRules()) {
            if (!rule.source().isEmpty()) {
                text.append(" Source: ").append(rule.source()).append('.');
                break;
            }
        }
        if (e.fails() != null) {
            text.append(" Fails: ").append(e.fails().description());
        }
        if (e.passes() != null) {
            text.append(" Passes: ").append(e.passes().description());
        }
        return text.toString();
    }

    /** The same help as Markdown: GitHub code scanning shows it beside each alert. */
    static String helpMarkdown(Entry e) {
        StringBuilder md = new StringBuilder();
        md.append("**").append(e.info().id()).append("** · ").append(severity(e)).append(" · principle `")
                .append(e.info().principle()).append("`\n\n");
        for (DrlRule rule : e.drlRules()) {
            md.append("*").append(rule.name()).append("* — source: ").append(rule.source()).append("\n\n");
        }
        if (e.fails() != null) {
            md.append("**Fails:** ").append(e.fails().description()).append("\n\n```xml\n").append(e.fails().text().strip())
                    .append("\n```\n\n");
        }
        if (e.passes() != null) {
            md.append("**Passes:** ").append(e.passes().description()).append("\n");
        }
        return md.toString();
    }
}
