// SPDX-License-Identifier: EPL-2.0
package org.chaxu.engine;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.SAXParserFactory;

import org.chaxu.governance.GovernancePackage;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The first, strict reading of a model file, before EMF's: a hardened SAX pass (no DOCTYPE,
 * no external entity or DTD, secure processing, a bound on nesting) that records the line of
 * every element with an id and finds what EMF would accept silently or report badly — a
 * duplicate id, a number that is not a finite decimal ({@code 1e309}, {@code NaN},
 * {@code 0x1p3}), a date that is not a real calendar day ({@code 2016-13-45},
 * {@code 2020-02-30}, year {@code 99999}).
 */
final class ModelScan {

    /** Parser features that keep a model from reading anything but itself. */
    static final Map<String, Boolean> SAFE_FEATURES = Map.of(
            "http://apache.org/xml/features/disallow-doctype-decl", true,
            "http://xml.org/sax/features/external-general-entities", false,
            "http://xml.org/sax/features/external-parameter-entities", false,
            "http://apache.org/xml/features/nonvalidating/load-external-dtd", false,
            XMLConstants.FEATURE_SECURE_PROCESSING, true);

    /** Deeper nesting than any real model (five levels of government, a few of arrangements) is refused. */
    static final int MAX_DEPTH = 64;

    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    private static final Pattern DECIMAL = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d{1,3})?");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern TIMESTAMP = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T.*");
    private static final DateTimeFormatter STRICT_DAY = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter STRICT_TIME = new DateTimeFormatterBuilder().appendPattern("uuuu-MM-dd'T'HH:mm")
            .optionalStart().appendPattern(":ss").optionalStart().appendFraction(ChronoField.MILLI_OF_SECOND, 1, 3, true)
            .optionalEnd().optionalEnd().optionalStart().appendOffset("+HHMM", "Z").optionalEnd().toFormatter()
            .withResolverStyle(ResolverStyle.STRICT);

    private static final Set<String> DATES = new HashSet<>();
    private static final Set<String> NUMBERS = new HashSet<>();

    static {
        for (EClassifier classifier : GovernancePackage.eINSTANCE.getEClassifiers()) {
            if (classifier instanceof EClass eClass) {
                for (EAttribute attribute : eClass.getEAttributes()) {
                    Class<?> type = attribute.getEAttributeType().getInstanceClass();
                    if (type == java.util.Date.class) {
                        DATES.add(attribute.getName());
                    } else if (type == Double.class || type == double.class) {
                        NUMBERS.add(attribute.getName());
                    }
                }
            }
        }
    }

    /** A well-formed file Chaxu refuses to read further (the message says why). */
    static final class Refused extends SAXParseException {
        private static final long serialVersionUID = 1L;

        Refused(String message, Locator locator) {
            super(message, locator);
        }
    }

    /** The line of each element, by its id or, without one, by its XMI path ({@code //@negotiations.0/@agreements.1}). */
    final Map<String, Integer> lines = new HashMap<>();
    final List<ModelProblem> problems = new ArrayList<>();
    /**
     * The line of the first reference to each element of another file, by the reference as written
     * ({@code ../registry/china.chaxu#440600}, {@code chaxu:registry/china#440600}): an {@code href}
     * or a word of an IDREF attribute that holds a {@code #}.
     */
    final Map<String, Integer> references = new java.util.LinkedHashMap<>();

    private ModelScan() {
    }

    /** Scans the file; a file that is not well-formed (or is hostile) throws with its line. */
    static ModelScan of(Path path) throws Exception {
        ModelScan scan = new ModelScan();
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setXIncludeAware(false);
        for (Map.Entry<String, Boolean> feature : SAFE_FEATURES.entrySet()) {
            factory.setFeature(feature.getKey(), feature.getValue());
        }
        String file = path.toString();
        Map<String, Deque<String>> namespaces = new HashMap<>();
        Map<String, Integer> ids = new HashMap<>();
        Deque<String> paths = new ArrayDeque<>();
        Deque<Map<String, Integer>> counts = new ArrayDeque<>();
        try (InputStream in = Files.newInputStream(path)) {
            factory.newSAXParser().parse(in, new DefaultHandler() {
                private Locator locator;
                private int depth;

                @Override
                public void setDocumentLocator(Locator newLocator) {
                    this.locator = newLocator;
                }

                @Override
                public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
                    if (++depth > MAX_DEPTH) {
                        throw new Refused("elements are nested more than " + MAX_DEPTH
                                + " levels deep; no governance model needs that many", locator);
                    }
                    int line = locator.getLineNumber();
                    String type = attributes.getValue(XSI, "type");
                    if (type != null) {
                        String problem = typeProblem(type, namespaces);
                        if (problem != null) {
                            scan.problems.add(new ModelProblem(Severity.ERROR, file, line, 0, "", "xsi:type=\"" + type + "\" " + problem));
                        }
                    }
                    // an element without an id is known by its XMI path, //@negotiations.0/@agreements.1
                    String path = counts.isEmpty() ? "/"
                            : paths.peek() + "/@" + localName + "." + (counts.peek().merge(localName, 1, Integer::sum) - 1);
                    paths.push(path);
                    counts.push(new HashMap<>());
                    String id = attributes.getValue("id");
                    if (id == null) {
                        scan.lines.putIfAbsent(path, line);
                    } else {
                        Integer first = ids.putIfAbsent(id, line);
                        scan.lines.putIfAbsent(id, line);
                        if (first != null) {
                            scan.problems.add(new ModelProblem(Severity.ERROR, file, line, 0, "",
                                    "duplicate id '" + id + "': line " + first + " uses it already; every element needs its own id"));
                        }
                    }
                    for (int i = 0; i < attributes.getLength(); i++) {
                        String name = attributes.getLocalName(i);
                        String value = attributes.getValue(i);
                        if (attributes.getURI(i).isEmpty() && value.indexOf('#') > 0) {
                            for (String word : value.trim().split("\\s+")) {
                                if (word.indexOf('#') > 0) {
                                    scan.references.putIfAbsent(word, line);
                                }
                            }
                        }
                        if (attributes.getURI(i).isEmpty()) {
                            String problem = DATES.contains(name) ? dateProblem(value)
                                    : NUMBERS.contains(name) ? numberProblem(value) : null;
                            if (problem != null) {
                                scan.problems.add(new ModelProblem(Severity.ERROR, file, line, 0, "",
                                        name + "=\"" + value + "\" " + problem));
                            }
                        }
                    }
                }

                @Override
                public void endElement(String uri, String localName, String qName) {
                    depth--;
                    paths.pop();
                    counts.pop();
                }

                @Override
                public void startPrefixMapping(String prefix, String uri) {
                    namespaces.computeIfAbsent(prefix, p -> new ArrayDeque<>()).push(uri);
                }

                @Override
                public void endPrefixMapping(String prefix) {
                    Deque<String> uris = namespaces.get(prefix);
                    if (uris != null && !uris.isEmpty()) {
                        uris.pop();
                    }
                }
            });
        }
        return scan;
    }

    /**
     * Why an {@code xsi:type} in Chaxu's namespace names no kind of element a model can hold (EMF
     * would try to create it and fail inside), or null. Other namespaces are EMF's to refuse.
     */
    static String typeProblem(String type, Map<String, Deque<String>> namespaces) {
        int colon = type.indexOf(':');
        String prefix = colon < 0 ? "" : type.substring(0, colon);
        Deque<String> uris = namespaces.get(prefix);
        if (uris == null || uris.isEmpty() || !GovernancePackage.eNS_URI.equals(uris.peek())) {
            return null;
        }
        String name = type.substring(colon + 1);
        EClassifier classifier = GovernancePackage.eINSTANCE.getEClassifier(name);
        if (!(classifier instanceof EClass eClass)) {
            return classifier == null ? "names no kind of element Chaxu knows"
                    : "names a list of values, not a kind of element";
        }
        if (eClass.isAbstract() || eClass.isInterface()) {
            return "names a general kind that no element can be; name the kind itself (such as AdministrativeUnit or Arrangement)";
        }
        return null;
    }

    /** Why the text is not a calendar day (or an EMF timestamp of one), or null when it is. */
    static String dateProblem(String text) {
        String value = text.trim();
        try {
            if (DAY.matcher(value).matches()) {
                LocalDate.parse(value, STRICT_DAY);
                return null;
            }
            if (TIMESTAMP.matcher(value).matches()) {
                var parsed = STRICT_TIME.parseBest(value, OffsetDateTime::from, LocalDateTime::from);
                return parsed == null ? "is not a date" : null;
            }
        } catch (DateTimeParseException e) {
            return "is not a real date: write the day as yyyy-MM-dd, e.g. 2015-12-31";
        }
        return "is not a date: write it as yyyy-MM-dd, e.g. 2015-12-31";
    }

    /** Why the text is not a finite decimal number, or null when it is. */
    static String numberProblem(String text) {
        String value = text.trim();
        if (!DECIMAL.matcher(value).matches()) {
            return "is not a decimal number (write e.g. 30 or 0.5)";
        }
        return Double.isFinite(Double.parseDouble(value)) ? null : "is too large to be a value";
    }
}
