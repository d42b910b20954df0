// SPDX-License-Identifier: EPL-2.0
package org.chaxu.cli;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import org.chaxu.engine.Finding;
import org.chaxu.engine.Labels;
import org.chaxu.engine.LoadedModel;
import org.chaxu.engine.RuleCatalog;
import org.chaxu.engine.Severity;
import org.eclipse.emf.ecore.EObject;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * The findings as JSON: per model, each finding with rule, severity, message and located elements.
 * Written as it goes (a national model's report runs to hundreds of megabytes: no tree of it is
 * built in memory first), indented as Jackson indents a tree.
 */
final class JsonReport implements Report {

    @Override
    public void write(List<CheckedModel> models, RuleCatalog catalog, Severity failOn, Writer out) throws IOException {
        JsonFactory factory = new JsonFactory().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        try (JsonGenerator json = factory.createGenerator(out)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("tool", "chaxu");
            json.writeStringField("failOn", failOn == null ? "never" : failOn.name());
            json.writeArrayFieldStart("models");
            for (CheckedModel checked : models) {
                json.writeStartObject();
                json.writeStringField("file", checked.displayPath());
                json.writeStringField("asOf", Labels.date(checked.model().model().getAsOf()));
                json.writeArrayFieldStart("findings");
                for (Finding f : checked.findings()) {
                    json.writeStartObject();
                    json.writeStringField("rule", f.getRuleId());
                    json.writeStringField("severity", f.getSeverity().name());
                    json.writeStringField("principle", f.getRule().principle());
                    json.writeStringField("message", f.getMessage());
                    json.writeFieldName("element");
                    element(json, checked.model(), f.getElement(), null, null);
                    json.writeArrayFieldStart("related");
                    for (int i = 0; i < f.getRelated().size(); i++) {
                        EObject r = f.getRelated().get(i);
                        CheckedModel.Located elsewhere = checked.elsewhere(r);
                        // where to find it: another model of the project that holds it, else this model (a registry unit at the line naming it)
                        element(json, elsewhere != null ? elsewhere.model() : checked.model(), r,
                                elsewhere != null ? elsewhere.displayPath() : checked.displayPath(), f.getRelatedRoles().get(i));
                    }
                    json.writeEndArray();
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        out.write("\n");
    }

    /** An element: id, type, path in the model, line; for a related one also the file that holds it and its role (when named). */
    private static void element(JsonGenerator json, LoadedModel model, EObject element, String file, String role) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", LoadedModel.fragment(element));
        json.writeStringField("type", element.eClass().getName());
        json.writeStringField("path", Labels.path(element));
        json.writeNumberField("line", model.line(element));
        if (file != null) {
            json.writeStringField("file", file);
        }
        if (role != null && !role.isEmpty()) {
            json.writeStringField("role", role);
        }
        json.writeEndObject();
    }

    /** Jackson closes the writer it is given; the caller owns it. */
    static final class NonClosingWriter extends java.io.FilterWriter {
        NonClosingWriter(Writer out) {
            super(out);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
