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

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The findings as JSON: per model, each finding with rule, severity, message and located elements. */
final class JsonReport implements Report {

    @Override
    public void write(List<CheckedModel> models, RuleCatalog catalog, Severity failOn, Writer out) throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("tool", "chaxu");
        root.put("failOn", failOn == null ? "never" : failOn.name());
        ArrayNode array = root.putArray("models");
        for (CheckedModel checked : models) {
            ObjectNode model = array.addObject();
            model.put("file", checked.displayPath());
            model.put("asOf", Labels.date(checked.model().model().getAsOf()));
            ArrayNode findings = model.putArray("findings");
            for (Finding f : checked.findings()) {
                ObjectNode finding = findings.addObject();
                finding.put("rule", f.getRuleId());
                finding.put("severity", f.getSeverity().name());
                finding.put("principle", f.getRule().principle());
                finding.put("message", f.getMessage());
                finding.set("element", element(mapper, checked.model(), f.getElement()));
                ArrayNode related = finding.putArray("related");
                for (int i = 0; i < f.getRelated().size(); i++) {
                    EObject r = f.getRelated().get(i);
                    CheckedModel.Located elsewhere = checked.elsewhere(r);
                    ObjectNode node = element(mapper, elsewhere != null ? elsewhere.model() : checked.model(), r);
                    // where to find it: another model of the project that holds it, else this model (a registry unit at the line naming it)
                    node.put("file", elsewhere != null ? elsewhere.displayPath() : checked.displayPath());
                    String role = f.getRelatedRoles().get(i);
                    if (!role.isEmpty()) {
                        node.put("role", role);
                    }
                    related.add(node);
                }
            }
        }
        mapper.writeValue(new NonClosingWriter(out), root);
        out.write("\n");
    }

    private static ObjectNode element(ObjectMapper mapper, LoadedModel model, EObject element) {
        ObjectNode node = mapper.createObjectNode();
        node.put("id", LoadedModel.fragment(element));
        node.put("type", element.eClass().getName());
        node.put("path", Labels.path(element));
        node.put("line", model.line(element));
        return node;
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
