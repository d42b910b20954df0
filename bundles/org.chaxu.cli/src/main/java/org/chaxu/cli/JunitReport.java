// SPDX-License-Identifier: EPL-2.0
package org.chaxu.cli;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.chaxu.engine.Finding;
import org.chaxu.engine.Labels;
import org.chaxu.engine.RuleCatalog;
import org.chaxu.engine.RuleInfo;
import org.chaxu.engine.Severity;

/**
 * JUnit XML as CI servers read it: a test suite per model and a test case per rule, so that
 * passed rules show as passed. A rule fails on a model when it has a finding at or above the
 * fail level; findings below it are listed in the test case's system-out.
 */
final class JunitReport implements Report {

    @Override
    public void write(List<CheckedModel> models, RuleCatalog catalog, Severity failOn, Writer out) throws IOException {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", "chaxu");
            for (CheckedModel checked : models) {
                int failures = 0;
                for (RuleInfo rule : catalog.rules()) {
                    if (!failing(checked, rule, failOn).isEmpty()) {
                        failures++;
                    }
                }
                xml.writeCharacters("\n  ");
                xml.writeStartElement("testsuite");
                xml.writeAttribute("name", Terminal.visible(checked.displayPath()));
                xml.writeAttribute("tests", String.valueOf(catalog.rules().size()));
                xml.writeAttribute("failures", String.valueOf(failures));
                xml.writeAttribute("errors", "0");
                xml.writeAttribute("skipped", "0");
                for (RuleInfo rule : catalog.rules()) {
                    writeCase(xml, checked, rule, failOn);
                }
                xml.writeCharacters("\n  ");
                xml.writeEndElement();
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    private static void writeCase(XMLStreamWriter xml, CheckedModel checked, RuleInfo rule, Severity failOn)
            throws XMLStreamException {
        List<Finding> failing = failing(checked, rule, failOn);
        List<Finding> other = new ArrayList<>(ofRule(checked, rule));
        other.removeAll(failing);
        xml.writeCharacters("\n    ");
        xml.writeStartElement("testcase");
        xml.writeAttribute("classname", Terminal.visible(checked.displayPath()));
        xml.writeAttribute("name", Terminal.visible(rule.id() + " " + rule.name()));
        xml.writeAttribute("file", Terminal.visible(checked.displayPath()));
        if (!failing.isEmpty()) {
            xml.writeCharacters("\n      ");
            xml.writeStartElement("failure");
            xml.writeAttribute("type", rule.id());
            xml.writeAttribute("message", failing.size() + " finding" + (failing.size() == 1 ? "" : "s") + " of "
                    + rule.id() + ": " + Terminal.visible(failing.get(0).getMessage()));
            xml.writeCharacters(lines(checked, failing));
            xml.writeEndElement();
        }
        if (!other.isEmpty()) {
            xml.writeCharacters("\n      ");
            xml.writeStartElement("system-out");
            xml.writeCharacters(lines(checked, other));
            xml.writeEndElement();
        }
        if (!failing.isEmpty() || !other.isEmpty()) {
            xml.writeCharacters("\n    ");
        }
        xml.writeEndElement();
    }

    private static List<Finding> ofRule(CheckedModel checked, RuleInfo rule) {
        return checked.findings().stream().filter(f -> f.getRuleId().equals(rule.id())).toList();
    }

    private static List<Finding> failing(CheckedModel checked, RuleInfo rule, Severity failOn) {
        return failOn == null ? List.of()
                : ofRule(checked, rule).stream().filter(f -> f.getSeverity().isAtLeast(failOn)).toList();
    }

    private static String lines(CheckedModel checked, List<Finding> findings) {
        StringBuilder text = new StringBuilder("\n");
        for (Finding f : findings) {
            // control characters of names are not legal XML 1.0: written as visible escapes
            text.append(Terminal.visible(checked.displayPath())).append(':').append(checked.model().line(f.getElement())).append(": ")
                    .append(f.getSeverity().name().toLowerCase(Locale.ROOT)).append(": ")
                    .append(Terminal.visible(Labels.path(f.getElement()))).append(": ").append(Terminal.visible(f.getMessage()))
                    .append('\n');
        }
        return text.toString();
    }
}
