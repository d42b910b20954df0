// SPDX-License-Identifier: EPL-2.0
package org.chaxu.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.chaxu.engine.Finding;
import org.chaxu.engine.Fingerprint;
import org.chaxu.engine.Labels;
import org.chaxu.engine.LoadedModel;
import org.chaxu.engine.RuleCatalog;
import org.chaxu.engine.RuleInfo;
import org.chaxu.engine.Severity;
import org.eclipse.emf.ecore.EObject;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * SARIF 2.1.0 for code scanning: every rule in {@code tool.driver.rules}; each result located
 * physically (the .chaxu file relative to %SRCROOT%, the element's line) and logically (the
 * element's URI fragment); related elements as related locations; a partial fingerprint that
 * stays stable when lines move (rule, file, element and related element ids).
 */
final class SarifReport implements Report {

    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    static final String SRCROOT = "%SRCROOT%";

    private final List<Path> ruleFolders;

    /** @param ruleFolders the extra rule folders, whose {@code examples/} describe their rules */
    SarifReport(List<Path> ruleFolders) {
        this.ruleFolders = List.copyOf(ruleFolders);
    }

    /** The published rule reference, as the build recorded it; each rule's helpUri is its section there. */
    static String rulesReference() {
        java.util.Properties build = new java.util.Properties();
        try (java.io.InputStream in = SarifReport.class.getResourceAsStream("build.properties")) {
            if (in != null) {
                build.load(in);
            }
        } catch (IOException e) {
            return null;
        }
        String uri = build.getProperty("rulesReference", "");
        return uri.isBlank() || uri.startsWith("${") ? null : uri;
    }

    @Override
    public void write(List<CheckedModel> models, RuleCatalog catalog, Severity failOn, Writer out) throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode log = mapper.createObjectNode();
        log.put("$schema", SCHEMA);
        log.put("version", "2.1.0");
        ObjectNode run = log.putArray("runs").addObject();

        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "Chaxu");
        driver.put("fullName", "Chaxu governance policy checker");
        if (Main.version() != null) {
            driver.put("semanticVersion", Main.version());
        }
        String reference = rulesReference();
        if (reference != null) {
            driver.put("informationUri", reference);
        }
        Map<String, RuleReference.Entry> described = new LinkedHashMap<>();
        RuleReference.of(catalog, ruleFolders).entries().forEach(e -> described.put(e.info().id(), e));
        Map<String, Integer> ruleIndex = new LinkedHashMap<>();
        ArrayNode rules = driver.putArray("rules");
        for (RuleInfo rule : catalog.rules()) {
            ruleIndex.put(rule.id(), ruleIndex.size());
            ObjectNode node = rules.addObject();
            node.put("id", rule.id());
            node.put("name", pascalCase(rule.id()));
            node.putObject("shortDescription").put("text", sentence(rule.name()));
            node.putObject("fullDescription").put("text", sentence(rule.name() + " (principle: " + rule.principle()
                    + "; source: " + rule.source() + ")"));
            RuleReference.Entry entry = described.get(rule.id());
            if (reference != null) {
                node.put("helpUri", reference + "#" + RuleReference.Entry.anchor(rule.id()));
            }
            if (entry != null) {
                node.putObject("help").put("text", RuleReference.helpText(entry)).put("markdown",
                        RuleReference.helpMarkdown(entry));
            }
            node.putObject("defaultConfiguration").put("level", level(rule.severity()));
            ObjectNode properties = node.putObject("properties");
            properties.put("principle", rule.principle());
            properties.put("drlFile", rule.file());
            properties.putArray("tags").add("governance").add(rule.principle());
        }

        Path cwd = Path.of("").toAbsolutePath();
        run.putObject("originalUriBaseIds").putObject(SRCROOT).put("uri", cwd.toUri().toString());
        ArrayNode artifacts = run.putArray("artifacts");
        ArrayNode results = run.putArray("results");
        for (CheckedModel checked : models) {
            String uri = artifactUri(cwd, checked.path());
            int artifactIndex = artifacts.size();
            ObjectNode artifact = artifacts.addObject();
            artifact.putObject("location").put("uri", uri).put("uriBaseId", SRCROOT);
            artifact.put("mimeType", "application/xml");
            for (Finding f : checked.findings()) {
                ObjectNode result = results.addObject();
                result.put("ruleId", f.getRuleId());
                Integer index = ruleIndex.get(f.getRuleId());
                if (index != null) {
                    result.put("ruleIndex", index);
                }
                result.put("level", level(f.getSeverity()));
                result.putObject("message").put("text", sentence(f.getMessage()));
                result.putArray("locations").add(location(mapper, checked.model(), f.getElement(), uri, artifactIndex));
                ArrayNode related = result.putArray("relatedLocations");
                int id = 1;
                for (int i = 0; i < f.getRelated().size(); i++) {
                    EObject r = f.getRelated().get(i);
                    CheckedModel.Located elsewhere = checked.elsewhere(r);
                    ObjectNode location;
                    if (r.eResource() == checked.model().resource()) {
                        location = location(mapper, checked.model(), r, uri, artifactIndex);
                    } else if (elsewhere != null) {
                        // an element of another model of the project: its own file and line
                        String otherUri = artifactUri(cwd, elsewhere.path());
                        location = location(mapper, elsewhere.model(), r, otherUri, -1);
                    } else {
                        continue;
                    }
                    location.put("id", id++);
                    String role = f.getRelatedRoles().get(i);
                    location.putObject("message").put("text",
                            sentence((role.isEmpty() ? "" : role + ": ") + Labels.path(r)));
                    related.add(location);
                }
                if (related.isEmpty()) {
                    result.remove("relatedLocations");
                }
                result.putObject("partialFingerprints").put("chaxuFinding/v1", fingerprint(uri, f));
            }
        }
        mapper.writeValue(new JsonReport.NonClosingWriter(out), log);
        out.write("\n");
    }

    private static ObjectNode location(ObjectMapper mapper, LoadedModel model, EObject element, String uri,
            int artifactIndex) {
        ObjectNode location = mapper.createObjectNode();
        ObjectNode physical = location.putObject("physicalLocation");
        ObjectNode artifactLocation = physical.putObject("artifactLocation").put("uri", uri).put("uriBaseId", SRCROOT);
        if (artifactIndex >= 0) {
            artifactLocation.put("index", artifactIndex);
        }
        physical.putObject("region").put("startLine", model.line(element));
        ObjectNode logical = location.putArray("logicalLocations").addObject();
        logical.put("name", Labels.label(element));
        logical.put("fullyQualifiedName", LoadedModel.fragment(element));
        logical.put("kind", "element");
        return location;
    }

    /** The file relative to the working directory, with forward slashes and URI escaping. */
    static String artifactUri(Path cwd, Path file) {
        return Fingerprint.uri(cwd, file);
    }

    /** The stable fingerprint a baseline records too (rule, file, element and related element ids). */
    private static String fingerprint(String uri, Finding f) {
        return Fingerprint.of(uri, f);
    }

    static String level(Severity severity) {
        return switch (severity) {
        case ERROR -> "error";
        case WARNING -> "warning";
        case INFO -> "note";
        };
    }

    private static String sentence(String text) {
        String trimmed = text.trim();
        return trimmed.endsWith(".") || trimmed.endsWith("。") ? trimmed : trimmed + ".";
    }

    private static String pascalCase(String id) {
        StringBuilder name = new StringBuilder();
        for (String part : id.split("[^A-Za-z0-9]+")) {
            if (!part.isEmpty()) {
                name.append(part.substring(0, 1).toUpperCase()).append(part.substring(1).toLowerCase());
            }
        }
        return name.toString();
    }
}
