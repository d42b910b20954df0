// SPDX-License-Identifier: EPL-2.0
package org.chaxu.fuzz;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Turns a worked case into a broken one, deterministically from a {@link Random}: mutations that
 * know the model's structure (its elements, ids, references and typed values) applied to a DOM,
 * then optionally one byte-level mutation of the serialized file. Each case gets one to three
 * mutations; {@link Case#mutations()} says which, so that a failure can be understood.
 */
final class Mutator {

    /** A generated model: its bytes and the mutations that made it. */
    record Case(byte[] bytes, String base, List<String> mutations) {
    }

    /** Reference attributes and the kind of element each must name. */
    static final Map<String, String> REFERENCES = Map.ofEntries(Map.entry("superior", "units"), Map.entry("members", "units"),
            Map.entry("parties", "units"), Map.entry("signatories", "units"), Map.entry("responsible", "units"),
            Map.entry("intervener", "units"), Map.entry("convener", "units"), Map.entry("hostedBy", "units"),
            Map.entry("reportsTo", "units"), Map.entry("indicator", "indicators"), Map.entry("escalatedFrom", "interventions"),
            Map.entry("venue", "arrangements"));
    static final Set<String> MANY = Set.of("members", "parties", "signatories");
    static final Set<String> DATES = Set.of("asOf", "deadline", "sourceDate", "effectiveFrom", "effectiveUntil", "established",
            "started", "statusSince", "signed", "due", "start", "end");
    static final Set<String> NUMBERS = Set.of("value");
    static final Set<String> BOOLEANS = Set.of("binding");
    static final Map<String, List<String>> ENUMS = Map.of(
            "level", List.of("CENTRAL", "PROVINCIAL", "PREFECTURAL", "COUNTY"),
            "rank", List.of("NATIONAL", "MINISTERIAL", "SUB_PROVINCIAL", "PREFECTURAL", "COUNTY"),
            "direction", List.of("UPPER_LIMIT", "LOWER_LIMIT", "DEADLINE", "LEVEL", "MANDATORY_ACTION"),
            "kind", List.of("JOINT_CONFERENCE", "METROPOLITAN_CIRCLE", "LEADING_GROUP", "COORDINATION_OFFICE", "COOPERATION_GROUP", "OTHER"),
            "initiation", List.of("TOP_DOWN", "SELF_INITIATED"),
            "status", List.of("ONGOING", "AGREED", "DEADLOCKED", "NOT_IMPLEMENTED", "INEFFECTIVE", "RESOLVED", "PENDING", "DONE", "ABANDONED"),
            "means", List.of("POLICY_DOCUMENT", "PERFORMANCE_ASSESSMENT", "LEADERSHIP_PARTICIPATION", "INSPECTION", "ESCALATED_MANAGEMENT", "EXPERT_SUPPORT"),
            "outcome", List.of("ONGOING", "EFFECTIVE", "INEFFECTIVE"));
    static final Set<String> STRINGS = Set.of("name", "provenance", "description", "topic", "task", "exitCondition", "source", "sector",
            "unit");
    /** The containment elements of a model, by tag. */
    static final Set<String> CONTAINED = Set.of("units", "standards", "indicators", "arrangements", "subArrangements", "negotiations",
            "agreements", "commitments", "interventions");

    private static final String[] NUMBER_VALUES = { "1e308", "-1e308", "1e309", "-1e309", "NaN", "Infinity", "-Infinity", "-0", "0",
            "-30", "0x1F", "0x1p3", "", " ", "1,5", "30 ", " 30", "1e-400", "4.9e-324", "99999999999999999999999999999999", "1_000",
            "３０", "30mg", "+30", ".5", "5.", "1e", "--1", "1d", "1f", "٣٠" };
    private static final String[] DATE_VALUES = { "2020-02-30", "2019-02-29", "2019-13-01", "2020-00-10", "2020-01-00", "2020-01-32",
            "12345-01-01", "99999-12-31", "-0001-01-01", "0000-01-01", "0001-01-01", "9999-12-31", "2020-1-1", "2020/01/01",
            "01-01-2020", "2020-01-01T25:00", "2020-01-01T10:00", "2020-01-01T10:00:00", "2020-01-01T10:00:00.000+0800",
            "2020-01-01T10:00:00Z", "2020-01-01T10:00:00.123456789Z", "2020-01-01T10:00:00+25:00", "2020-01-01 10:00", "", " ",
            "yesterday", "1577836800", "1577836800000", "2020-01-01Z", "２０２０-０１-０１", "2020-02-29", "1970-01-01" };
    private static final String[] BOOLEAN_VALUES = { "yes", "TRUE", "True", "1", "0", "", "false ", "null", "是" };

    private final Random random;
    private final int port;

    /** {@code port}: a local port whose server must never be contacted (the http references point there). */
    Mutator(Random random, int port) {
        this.random = random;
        this.port = port;
    }

    // ------------------------------------------------------------------ the case

    Case mutate(String base, byte[] original) throws Exception {
        List<String> done = new ArrayList<>();
        if (random.nextInt(200) == 0) {
            return whole(base, done);
        }
        Document document = parse(original);
        int count = 1 + random.nextInt(3);
        boolean bytes = false;
        for (int i = 0; i < count; i++) {
            if (i == count - 1 && random.nextInt(5) == 0) {
                bytes = true; // the last mutation works on the serialized file
                break;
            }
            for (int attempt = 0; attempt < 20; attempt++) {
                String description = structural(document);
                if (description != null) {
                    done.add(description);
                    break;
                }
            }
        }
        byte[] serialized = serialize(document);
        if (bytes) {
            serialized = byteLevel(serialized, done);
        }
        return new Case(serialized, base, List.copyOf(done));
    }

    /** Whole files that are not a model at all. */
    private Case whole(String base, List<String> done) {
        String[] files = { "", "<", "<?xml version=\"1.0\"?>", "{\"units\": []}", "\u0000\u0001\u0002\u0003",
                "<?xml version=\"1.0\"?><chaxu:GovernanceModel xmlns:chaxu=\"http://chaxu.org/governance/1.0\"/>",
                "<?xml version=\"1.0\"?><GovernanceModel/>", "<?xml version=\"1.1\"?><a/>",
                "<?xml version=\"1.0\"?><chaxu:Standard xmlns:chaxu=\"http://chaxu.org/governance/1.0\" id=\"s\"/>" };
        int pick = random.nextInt(files.length);
        done.add("whole file: #" + pick);
        return new Case(files[pick].getBytes(StandardCharsets.UTF_8), base, List.copyOf(done));
    }

    // ------------------------------------------------------------------ structure

    /** One mutation of the document, or null when it found nothing to work on. */
    String structural(Document document) {
        return switch (random.nextInt(20)) {
        case 0, 1 -> deleteElement(document);
        case 2 -> duplicateElement(document, false);
        case 3 -> duplicateElement(document, true);
        case 4 -> swapElements(document);
        case 5 -> moveElement(document);
        case 6, 7, 8 -> retargetReference(document);
        case 9, 10, 11 -> perturbValue(document);
        case 12 -> duplicateId(document);
        case 13 -> deepNesting(document);
        case 14 -> superiorChain(document);
        case 15 -> superiorCycle(document);
        case 16 -> strangeType(document);
        case 17 -> unknownContent(document);
        case 18 -> deleteAttribute(document);
        default -> perturbId(document);
        };
    }

    private String deleteElement(Document document) {
        Element e = pick(elements(document, x -> x != document.getDocumentElement()));
        if (e == null) {
            return null;
        }
        e.getParentNode().removeChild(e);
        return "delete element: " + describe(e);
    }

    private String duplicateElement(Document document, boolean newIds) {
        Element e = pick(elements(document, x -> x != document.getDocumentElement()));
        if (e == null) {
            return null;
        }
        Element copy = (Element) e.cloneNode(true);
        if (newIds) {
            for (Element x : elements(copy, x -> x.hasAttribute("id"))) {
                x.setAttribute("id", x.getAttribute("id") + "-copy");
            }
        }
        int times = random.nextInt(10) == 0 ? 50 + random.nextInt(200) : 1;
        for (int i = 0; i < times; i++) {
            Element next = (Element) copy.cloneNode(true);
            if (newIds && i > 0) {
                for (Element x : elements(next, x -> x.hasAttribute("id"))) {
                    x.setAttribute("id", x.getAttribute("id") + i);
                }
            }
            e.getParentNode().insertBefore(next, e.getNextSibling());
        }
        return (newIds ? "duplicate element, new ids: " : "duplicate element, same ids: ") + describe(e) + (times > 1 ? " " + times + " times" : "");
    }

    private String swapElements(Document document) {
        List<Element> all = elements(document, x -> x != document.getDocumentElement());
        Element a = pick(all);
        Element b = pick(all);
        if (a == null || a == b || contains(a, b) || contains(b, a)) {
            return null;
        }
        Node aParent = a.getParentNode();
        Node aNext = a.getNextSibling();
        Node bParent = b.getParentNode();
        Node bNext = b.getNextSibling();
        if (aNext == b) {
            aParent.insertBefore(b, a);
        } else if (bNext == a) {
            bParent.insertBefore(a, b);
        } else {
            bParent.insertBefore(a, bNext);
            aParent.insertBefore(b, aNext);
        }
        return "swap elements: " + describe(a) + " and " + describe(b);
    }

    private String moveElement(Document document) {
        Element e = pick(elements(document, x -> x != document.getDocumentElement()));
        if (e == null) {
            return null;
        }
        Element target = pick(elements(document, x -> x != e.getParentNode() && !contains(e, x)));
        if (target == null) {
            return null;
        }
        e.getParentNode().removeChild(e);
        target.appendChild(e);
        return "move element: " + describe(e) + " into " + describe(target);
    }

    private String retargetReference(Document document) {
        List<Attr> refs = new ArrayList<>();
        List<Element> holders = elements(document, x -> true);
        for (Element e : holders) {
            NamedNodeMap attributes = e.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                Attr a = (Attr) attributes.item(i);
                if (REFERENCES.containsKey(a.getName())) {
                    refs.add(a);
                }
            }
        }
        Element holder;
        String feature;
        if (refs.isEmpty() || random.nextInt(8) == 0) {
            // a reference where none was: any feature on any element
            holder = pick(elements(document, x -> CONTAINED.contains(x.getTagName())));
            feature = pickOf(sorted(REFERENCES.keySet()));
            if (holder == null) {
                return null;
            }
        } else {
            Attr a = pick(refs);
            holder = a.getOwnerElement();
            feature = a.getName();
        }
        String wanted = REFERENCES.get(feature);
        String value;
        String how;
        switch (random.nextInt(15)) {
        case 0 -> {
            value = "no-such-element";
            how = "reference to a missing id";
        }
        case 1, 2 -> {
            Element wrong = pick(elements(document, x -> x.hasAttribute("id") && !kind(x).equals(wanted)));
            if (wrong == null) {
                return null;
            }
            value = wrong.getAttribute("id");
            how = "reference to the wrong kind";
        }
        case 3 -> {
            value = holder.getAttribute("id");
            how = "reference to itself";
        }
        case 4 -> {
            value = "";
            how = "reference to nothing";
        }
        case 5 -> {
            Element right = pick(elements(document, x -> x.hasAttribute("id") && kind(x).equals(wanted)));
            Element other = pick(elements(document, x -> x.hasAttribute("id")));
            if (right == null || other == null) {
                return null;
            }
            value = right.getAttribute("id") + " " + other.getAttribute("id") + "  " + right.getAttribute("id");
            how = "reference to several elements";
        }
        case 7, 8 -> {
            Element right = pick(elements(document, x -> x.hasAttribute("id") && kind(x).equals(wanted)));
            if (right == null) {
                return null;
            }
            value = right.getAttribute("id");
            how = "reference to another of the right kind";
        }
        case 6 -> {
            value = "#" + pickOf(List.of("//@units.0", "//@units.999", "//", "/", "//@indicators.0", "central"));
            how = "reference as an XMI path";
        }
        default -> {
            // an href child instead of an attribute: another file, a URL, an absolute path
            String href = pickOf(List.of("http://127.0.0.1:" + port + "/evil.chaxu#x", "https://127.0.0.1:" + port + "/m.chaxu#central",
                    "file:///etc/passwd#x", "/etc/hostname#x", "file:/dev/zero#x", "/dev/random#x", "sibling.chaxu#central",
                    "sibling.chaxu#no-such-id", "sibling.chaxu#pm25-annual", "missing.chaxu#x", "../outside.chaxu#x",
                    "jar:file:/etc/passwd!/x.chaxu#x", "platform:/resource/p/m.chaxu#x", "mailto:x@y#z", "sibling.chaxu",
                    "sibling.chaxu#//@units.0", "#", "%zz#x", "sibling.chaxu?x=1#central", "ftp://127.0.0.1:" + port + "/x.chaxu#y"));
            holder.removeAttribute(feature);
            Element child = document.createElementNS(null, feature);
            child.setAttribute("href", href);
            if (random.nextBoolean() && holder.getFirstChild() != null) {
                holder.insertBefore(child, holder.getFirstChild());
            } else {
                holder.appendChild(child);
            }
            return "reference as href: " + describe(holder) + "." + feature + " = " + href;
        }
        }
        if (MANY.contains(feature) && random.nextBoolean() && holder.hasAttribute(feature)) {
            value = holder.getAttribute(feature) + " " + value;
        }
        holder.setAttribute(feature, value);
        return how + ": " + describe(holder) + "." + feature + " = \"" + shorten(value) + "\"";
    }

    private String perturbValue(Document document) {
        // a kind of value first, so that the rare kinds (numbers, booleans) are tried as often as names
        int category = random.nextInt(5);
        Predicate<String> wanted = switch (category) {
        case 0 -> DATES::contains;
        case 1 -> NUMBERS::contains;
        case 2 -> BOOLEANS::contains;
        case 3 -> ENUMS::containsKey;
        default -> STRINGS::contains;
        };
        List<Attr> values = new ArrayList<>();
        for (Element e : elements(document, x -> true)) {
            NamedNodeMap attributes = e.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                Attr a = (Attr) attributes.item(i);
                if (wanted.test(a.getName())) {
                    values.add(a);
                }
            }
        }
        Attr a = pick(values);
        Element holder;
        String name;
        if (a == null || random.nextInt(6) == 0) {
            // a typed value where the file had none, on an element that may or may not have it
            holder = pick(elements(document, x -> true));
            name = switch (category) {
            case 0 -> pickOf(sorted(DATES));
            case 1 -> "value";
            case 2 -> "binding";
            case 3 -> pickOf(sorted(ENUMS.keySet()));
            default -> pickOf(sorted(STRINGS));
            };
        } else {
            holder = a.getOwnerElement();
            name = a.getName();
        }
        String value;
        if (DATES.contains(name)) {
            value = pickOf(DATE_VALUES);
        } else if (NUMBERS.contains(name)) {
            value = pickOf(NUMBER_VALUES);
        } else if (BOOLEANS.contains(name)) {
            value = pickOf(BOOLEAN_VALUES);
        } else if (ENUMS.containsKey(name)) {
            List<String> literals = ENUMS.get(name);
            value = switch (random.nextInt(7)) {
            case 0 -> "UNKNOWN_LITERAL";
            case 1 -> pickOf(literals).toLowerCase();
            case 2 -> "";
            case 3 -> String.valueOf(random.nextInt(10) - 2);
            case 4 -> pickOf(literals) + " " + pickOf(literals);
            case 5 -> " " + pickOf(literals);
            default -> pickOf(literals);
            };
        } else {
            value = strangeString(name);
        }
        holder.setAttribute(name, value);
        String kind = DATES.contains(name) ? "date" : NUMBERS.contains(name) ? "number" : BOOLEANS.contains(name) ? "boolean"
                : ENUMS.containsKey(name) ? "enum" : "string";
        return "value, " + kind + ": " + describe(holder) + "." + name + " = \"" + shorten(value) + "\"";
    }

    private String strangeString(String name) {
        if (name.equals("unit") && random.nextBoolean()) {
            return pickOf(List.of("furlongs", "µg/m³", "mg/m³", "ug/m3", "mg/m3", "", "%", "days", "MG/M³", "μg/m³", "g/m³", "ppm"));
        }
        return switch (random.nextInt(10)) {
        case 0 -> "x".repeat(100_000 + random.nextInt(100_000));
        case 1 -> "control \u0001\u0007\u001b[31m red \u0008";
        case 2 -> "中华人民共和国国务院办公厅关于推进区域协同治理的指导意见".repeat(1 + random.nextInt(50));
        case 3 -> "emoji 🏙️🚗 and RTL \u202Eevil\u202C, zero width \u200B\u2028\u2029";
        case 4 -> "{0} {1} %s %n %d '{' ${x} #{y} \\u0000";
        case 5 -> "";
        case 6 -> "   ";
        case 7 -> "line one\nline two\r\nline three\ttab";
        case 8 -> "<script>alert(1)</script> & \" ' </chaxu:GovernanceModel>";
        default -> "\uD800 lone surrogate";
        };
    }

    private String duplicateId(Document document) {
        List<Element> withIds = elements(document, x -> x.hasAttribute("id"));
        Element a = pick(withIds);
        Element b = pick(withIds);
        if (a == null || a == b) {
            return null;
        }
        b.setAttribute("id", a.getAttribute("id"));
        return "duplicate id: " + describe(b) + " takes the id of " + describe(a);
    }

    private String perturbId(Document document) {
        Element e = pick(elements(document, x -> x.hasAttribute("id")));
        if (e == null) {
            return null;
        }
        String id = pickOf(List.of("", " ", "with space", "a#b", "a/b", "..", "#", "1", "中文标识", "x".repeat(5000), "a b c",
                "//@units.0", "id\u0001", "%20"));
        String before = describe(e);
        if (random.nextInt(4) == 0) {
            e.removeAttribute("id");
            return "remove id: " + before;
        }
        e.setAttribute("id", id);
        return "strange id: " + before + " = \"" + shorten(id) + "\"";
    }

    private String deleteAttribute(Document document) {
        Element e = pick(elements(document, x -> x.getAttributes().getLength() > 0));
        if (e == null) {
            return null;
        }
        Attr a = (Attr) e.getAttributes().item(random.nextInt(e.getAttributes().getLength()));
        e.removeAttributeNode(a);
        return "remove attribute: " + describe(e) + "." + a.getName();
    }

    private String deepNesting(Document document) {
        Element host = pick(elements(document, x -> x.getTagName().equals("arrangements") || x.getTagName().equals("subArrangements")));
        int depth = pickOf(new Integer[] { 3, 30, 60, 62, 63, 64, 65, 66, 100, 500, 2000 });
        if (host == null) {
            host = document.createElementNS(null, "arrangements");
            host.setAttribute("id", "deep-host");
            host.setAttribute("kind", "OTHER");
            document.getDocumentElement().appendChild(host);
        }
        Element parent = host;
        for (int i = 0; i < depth; i++) {
            Element sub = document.createElementNS(null, "subArrangements");
            sub.setAttribute("id", "deep-" + i);
            sub.setAttribute("kind", "OTHER");
            parent.appendChild(sub);
            parent = sub;
        }
        return "deep nesting: " + depth + " sub-arrangements in " + describe(host);
    }

    private String superiorChain(Document document) {
        Element top = pick(elements(document, x -> x.getTagName().equals("units")));
        int length = pickOf(new Integer[] { 2, 10, 30, 31, 32, 33, 34, 100, 1000 });
        String above = top == null ? null : top.getAttribute("id");
        Element root = document.getDocumentElement();
        for (int i = 0; i < length; i++) {
            Element unit = document.createElementNS(null, "units");
            unit.setAttribute("id", "chain-" + i);
            unit.setAttribute("name", "Chain " + i);
            unit.setAttribute("level", i % 2 == 0 ? "COUNTY" : "PREFECTURAL");
            if (above != null) {
                unit.setAttribute("superior", above);
            }
            root.insertBefore(unit, root.getFirstChild());
            above = "chain-" + i;
        }
        return "superior chain: " + length + " units below " + (top == null ? "nothing" : describe(top));
    }

    private String superiorCycle(Document document) {
        boolean escalation = random.nextBoolean();
        String tag = escalation ? "interventions" : "units";
        String feature = escalation ? "escalatedFrom" : "superior";
        List<Element> units = elements(document, x -> x.getTagName().equals(tag));
        Element a = pick(units);
        Element b = pick(units);
        if (a == null) {
            return null;
        }
        a.setAttribute(feature, b.getAttribute("id"));
        if (a != b) {
            b.setAttribute(feature, a.getAttribute("id"));
        }
        return feature + " cycle: " + describe(a) + " <-> " + describe(b);
    }

    private String strangeType(Document document) {
        Element e = pick(elements(document, x -> CONTAINED.contains(x.getTagName())));
        if (e == null) {
            return null;
        }
        Element root = document.getDocumentElement();
        if (!root.hasAttribute("xmlns:xsi")) {
            root.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance");
        }
        String type = pickOf(List.of("chaxu:Indicator", "chaxu:AdministrativeUnit", "chaxu:Element", "chaxu:Issuer", "chaxu:Level",
                "chaxu:GovernanceModel", "chaxu:NoSuchClass", "evil:Thing", "ecore:EClass", "chaxu:", ":", "Standard"));
        if (type.startsWith("evil:")) {
            e.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:evil", "http://127.0.0.1:" + port + "/evil.ecore");
        } else if (type.startsWith("ecore:")) {
            e.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:ecore", "http://www.eclipse.org/emf/2002/Ecore");
        }
        e.setAttributeNS("http://www.w3.org/2001/XMLSchema-instance", "xsi:type", type);
        return "xsi:type: " + type + " on " + describe(e);
    }

    private String unknownContent(Document document) {
        Element e = pick(elements(document, x -> true));
        switch (random.nextInt(6)) {
        case 0 -> {
            e.appendChild(document.createElementNS(null, "bogus"));
            return "unknown element: in " + describe(e);
        }
        case 1 -> {
            e.setAttribute("bogus", "1");
            return "unknown attribute: on " + describe(e);
        }
        case 2 -> {
            e.appendChild(document.createTextNode("stray text & more"));
            return "stray text: in " + describe(e);
        }
        case 3 -> {
            Element root = document.getDocumentElement();
            String ns = pickOf(List.of("http://chaxu.org/governance/2.0", "http://127.0.0.1:" + port + "/ns", "", "urn:x"));
            root.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:chaxu", ns);
            return "model namespace: \"" + ns + "\"";
        }
        case 4 -> {
            e.appendChild(document.createComment(" -- comment "));
            e.appendChild(document.createProcessingInstruction("php", "echo 1;"));
            return "comment and processing instruction: in " + describe(e);
        }
        default -> {
            Element content = document.createElementNS(null, pickOf(sorted(CONTAINED)));
            if (random.nextBoolean()) {
                content.setAttribute("href", pickOf(List.of("sibling.chaxu#central", "sibling.chaxu#pm25-annual",
                        "http://127.0.0.1:" + port + "/c.chaxu#x", "missing.chaxu#x")));
            }
            e.appendChild(content);
            return "contained element" + (content.hasAttribute("href") ? " as href: " : ": ") + content.getTagName()
                    + (content.hasAttribute("href") ? " " + content.getAttribute("href") : "") + " in " + describe(e);
        }
        }
    }

    // ------------------------------------------------------------------ bytes

    private byte[] byteLevel(byte[] file, List<String> done) {
        switch (random.nextInt(6)) {
        case 0 -> {
            int at = random.nextInt(Math.max(1, file.length));
            done.add("truncate: at byte " + at + " of " + file.length);
            return Arrays.copyOf(file, at);
        }
        case 1, 2 -> {
            byte[] copy = file.clone();
            int flips = 1 + random.nextInt(8);
            StringBuilder where = new StringBuilder();
            for (int i = 0; i < flips && copy.length > 0; i++) {
                int at = random.nextInt(copy.length);
                copy[at] ^= (byte) (1 << random.nextInt(8));
                where.append(i == 0 ? "" : ",").append(at);
            }
            done.add("flip bits: at bytes " + where);
            return copy;
        }
        case 3 -> {
            String doctype = pickOf(List.of(
                    "<!DOCTYPE m [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>",
                    "<!DOCTYPE m [<!ENTITY % p SYSTEM \"http://127.0.0.1:" + port + "/p.dtd\"> %p;]>",
                    "<!DOCTYPE m SYSTEM \"http://127.0.0.1:" + port + "/m.dtd\">",
                    "<!DOCTYPE m [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
                            + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">]>",
                    "<!DOCTYPE m>"));
            done.add("insert DOCTYPE: " + shorten(doctype));
            String text = new String(file, StandardCharsets.UTF_8);
            int end = text.startsWith("<?xml") ? text.indexOf("?>") + 2 : 0;
            text = text.substring(0, end) + "\n" + doctype + text.substring(end);
            if (doctype.contains("ENTITY x") || doctype.contains("ENTITY d")) {
                text = text.replaceFirst(" name=\"", " name=\"" + (doctype.contains("ENTITY x") ? "&x;" : "&d;"));
            }
            return text.getBytes(StandardCharsets.UTF_8);
        }
        case 4 -> {
            String text = new String(file, StandardCharsets.UTF_8);
            String encoding = pickOf(List.of("UTF-16", "ISO-8859-1", "US-ASCII", "x-no-such-charset", "EBCDIC-CP-US", "GB18030", "UTF-32"));
            done.add("declare encoding: " + encoding);
            return text.replaceFirst("encoding=\"[^\"]*\"", "encoding=\"" + encoding + "\"").getBytes(StandardCharsets.UTF_8);
        }
        default -> {
            byte[][] inserts = { { (byte) 0xC3, 0x28 }, { 0 }, { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, { (byte) 0xFF, (byte) 0xFE },
                    { (byte) 0xED, (byte) 0xA0, (byte) 0x80 }, { (byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80 } };
            byte[] insert = inserts[random.nextInt(inserts.length)];
            int at = random.nextInt(6) == 0 ? 0 : random.nextInt(file.length + 1);
            byte[] result = new byte[file.length + insert.length];
            System.arraycopy(file, 0, result, 0, at);
            System.arraycopy(insert, 0, result, at, insert.length);
            System.arraycopy(file, at, result, at + insert.length, file.length - at);
            done.add("insert bytes: " + hex(insert) + " at " + at);
            return result;
        }
        }
    }

    // ------------------------------------------------------------------ XML

    /** The JDK's DOM parser, hardened as Chaxu's own: no DOCTYPE, no external entity, secure processing. */
    static Document parse(byte[] file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        DocumentBuilder builder = factory.newDocumentBuilder();
        builder.setErrorHandler(null);
        return builder.parse(new ByteArrayInputStream(file));
    }

    /**
     * Writes the document as it is, without a stack (a mutated model may be nested thousands deep):
     * attribute values escaped so that they read back the same, control characters left as they
     * are — a model with them is not well-formed, which is one of the things to try.
     */
    static byte[] serialize(Document document) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        // each entry: a node to open, or (as a String) an end tag to write
        List<Object> stack = new ArrayList<>();
        stack.add(document.getDocumentElement());
        while (!stack.isEmpty()) {
            Object next = stack.remove(stack.size() - 1);
            if (next instanceof String endTag) {
                xml.append(endTag);
            } else if (next instanceof Element e) {
                xml.append('<').append(e.getNodeName());
                NamedNodeMap attributes = e.getAttributes();
                for (int i = 0; i < attributes.getLength(); i++) {
                    Attr a = (Attr) attributes.item(i);
                    xml.append(' ').append(a.getNodeName()).append("=\"");
                    escape(a.getValue(), true, xml);
                    xml.append('"');
                }
                NodeList children = e.getChildNodes();
                if (children.getLength() == 0) {
                    xml.append("/>");
                } else {
                    xml.append('>');
                    stack.add("</" + e.getNodeName() + ">");
                    for (int i = children.getLength() - 1; i >= 0; i--) {
                        stack.add(children.item(i));
                    }
                }
            } else if (next instanceof org.w3c.dom.Comment c) {
                xml.append("<!--").append(c.getData()).append("-->");
            } else if (next instanceof org.w3c.dom.ProcessingInstruction pi) {
                xml.append("<?").append(pi.getTarget()).append(' ').append(pi.getData()).append("?>");
            } else if (next instanceof org.w3c.dom.Text t) {
                escape(t.getData(), false, xml);
            }
        }
        return xml.append('\n').toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void escape(String text, boolean attribute, StringBuilder xml) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
            case '&' -> xml.append("&amp;");
            case '<' -> xml.append("&lt;");
            case '>' -> xml.append("&gt;");
            case '"' -> xml.append(attribute ? "&quot;" : "\"");
            case '\n' -> xml.append(attribute ? "&#10;" : "\n");
            case '\r' -> xml.append("&#13;");
            case '\t' -> xml.append(attribute ? "&#9;" : "\t");
            default -> xml.append(c);
            }
        }
    }

    // ------------------------------------------------------------------ helpers

    static List<Element> elements(Node root, Predicate<Element> filter) {
        List<Element> result = new ArrayList<>();
        collect(root, filter, result);
        return result;
    }

    private static void collect(Node node, Predicate<Element> filter, List<Element> result) {
        // iterative: a mutated document may be nested deeply
        List<Node> stack = new ArrayList<>();
        stack.add(node);
        while (!stack.isEmpty()) {
            Node n = stack.remove(stack.size() - 1);
            if (n instanceof Element e && filter.test(e)) {
                result.add(e);
            }
            NodeList children = n.getChildNodes();
            for (int i = children.getLength() - 1; i >= 0; i--) {
                stack.add(children.item(i));
            }
        }
    }

    private static boolean contains(Node ancestor, Node node) {
        for (Node n = node; n != null; n = n.getParentNode()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** The kind of element a tag holds: the containment feature's name, sub-arrangements counted as arrangements. */
    private static String kind(Element e) {
        return e.getTagName().equals("subArrangements") ? "arrangements" : e.getTagName();
    }

    private static String describe(Element e) {
        return e.getTagName() + (e.hasAttribute("id") ? "#" + shorten(e.getAttribute("id")) : "");
    }

    private static String shorten(String text) {
        String oneLine = text.replaceAll("\\p{Cntrl}", "?");
        return oneLine.length() > 60 ? oneLine.substring(0, 60) + "…(" + text.length() + " chars)" : oneLine;
    }

    private static String hex(byte[] bytes) {
        StringBuilder text = new StringBuilder();
        for (byte b : bytes) {
            text.append(String.format("%02X", b & 0xFF));
        }
        return text.toString();
    }

    /**
     * The names in a fixed order: {@code Set.of} and {@code Map.of} iterate in an order that changes
     * from one JVM to the next, and the same seed must give the same cases on any run.
     */
    private static List<String> sorted(java.util.Collection<String> names) {
        return names.stream().sorted().toList();
    }

    private <T> T pick(List<T> list) {
        return list.isEmpty() ? null : list.get(random.nextInt(list.size()));
    }

    private <T> T pickOf(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    @SafeVarargs
    private <T> T pickOf(T... values) {
        return values[random.nextInt(values.length)];
    }
}
