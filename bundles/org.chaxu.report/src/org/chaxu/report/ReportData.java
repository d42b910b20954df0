// SPDX-License-Identifier: EPL-2.0
package org.chaxu.report;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

import org.chaxu.engine.Finding;
import org.chaxu.engine.Labels;
import org.chaxu.engine.LoadedModel;
import org.chaxu.governance.AdministrativeUnit;
import org.chaxu.governance.Arrangement;
import org.chaxu.governance.GovernanceModel;
import org.chaxu.governance.Indicator;
import org.chaxu.governance.Intervention;
import org.chaxu.governance.InterventionMeans;
import org.chaxu.governance.Issuer;
import org.chaxu.governance.Negotiation;
import org.chaxu.governance.Standard;
import org.chaxu.governance.Strictness;
import org.chaxu.governance.logic.Comparisons;
import org.chaxu.governance.logic.Units;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One model as the report's script reads it: the findings (rule, severity, message, element,
 * related elements with their roles), and the model's units, arrangements, standards (each with
 * the binding baseline the rules derived and how it compares, after unit conversion) and
 * negotiations with their interventions, each element with the findings on it or on what it
 * contains. It translates findings and shows the model; it decides nothing the rules decide.
 */
final class ReportData {

    private final ObjectMapper mapper;
    private final Locale locale;
    /** The models shown together: one, or every model of a project. */
    private final List<HtmlReport.Model> sources;
    /** The whole project's file and name, or null for one model. */
    private final String projectFile;
    private final String projectName;
    /** The findings of every source, in order; indices below are into this list. */
    private final List<Finding> findings = new ArrayList<>();
    private final Map<Standard, Standard> baselines = new IdentityHashMap<>();
    /** Per element, the indices of the findings on it or on the elements it contains. */
    private final Map<EObject, List<Integer>> findingsOf = new IdentityHashMap<>();
    /** Per finding, the file of the model that reports it (shown beside its line in a project's view). */
    private final List<String> fileOf = new ArrayList<>();

    ReportData(ObjectMapper mapper, Locale locale, HtmlReport.Model source) {
        this(mapper, locale, List.of(source), null, null);
    }

    /** A project's models in one view: every unit, arrangement, standard and negotiation of its files, every finding. */
    ReportData(ObjectMapper mapper, Locale locale, List<HtmlReport.Model> sources, String projectFile, String projectName) {
        this.mapper = mapper;
        this.locale = locale;
        this.sources = List.copyOf(sources);
        this.projectFile = projectFile;
        this.projectName = projectName;
        for (HtmlReport.Model source : sources) {
            findings.addAll(source.findings());
            source.findings().forEach(f -> fileOf.add(source.file()));
            baselines.putAll(source.baselines());
        }
        for (int i = 0; i < findings.size(); i++) {
            for (EObject e = findings.get(i).getElement(); e != null && !(e instanceof GovernanceModel); e = e.eContainer()) {
                findingsOf.computeIfAbsent(e, k -> new ArrayList<>()).add(i);
                if (e instanceof AdministrativeUnit || e instanceof Arrangement || e instanceof Negotiation) {
                    break;
                }
            }
        }
    }

    ObjectNode toJson() {
        GovernanceModel first = sources.get(0).model().model();
        ObjectNode json = mapper.createObjectNode();
        json.put("file", projectFile != null ? projectFile : sources.get(0).file());
        json.put("name", projectName != null ? projectName : Labels.label(first));
        json.put("description", projectName != null ? null : first.getDescription());
        json.put("asOf", date(first.getAsOf()));
        if (projectFile != null) {
            ArrayNode files = json.putArray("files");
            sources.forEach(source -> files.add(source.file()));
        }
        ArrayNode units = json.putArray("units");
        java.util.Set<AdministrativeUnit> shownUnits = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (HtmlReport.Model source : sources) {
            for (AdministrativeUnit unit : source.model().units()) { // with the registry's units the model names
                if (shownUnits.add(unit)) {
                    ObjectNode node = element(units.addObject(), unit);
                    literal(node, "level", unit.isSetLevel() ? unit.getLevel() : null);
                    literal(node, "rank", unit.isSetRank() ? unit.getRank() : null);
                    node.put("superior", id(unit.getSuperior()));
                }
            }
        }
        ArrayNode arrangements = json.putArray("arrangements");
        ArrayNode indicators = json.putArray("indicators");
        ArrayNode standards = json.putArray("standards");
        ArrayNode negotiations = json.putArray("negotiations");
        for (HtmlReport.Model source : sources) {
            GovernanceModel model = source.model().model();
            model.getArrangements().forEach(a -> arrangement(arrangements, a));
            for (Indicator indicator : model.getIndicators()) {
                ObjectNode node = element(indicators.addObject(), indicator);
                node.put("unit", indicator.getUnit());
                literal(node, "direction", indicator.isSetDirection() ? indicator.getDirection() : null);
            }
            model.eAllContents().forEachRemaining(o -> {
                if (o instanceof Standard standard) {
                    standard(standards.addObject(), standard);
                }
            });
            for (Negotiation negotiation : model.getNegotiations()) {
                negotiation(negotiations.addObject(), negotiation);
            }
        }
        ArrayNode shownFindings = json.putArray("findings");
        for (int i = 0; i < findings.size(); i++) {
            ObjectNode node = shownFindings.addObject();
            finding(node, findings.get(i), i);
        }
        return json;
    }

    /** The line of an element in the file that holds it (or, for a unit of another file, in the first that names it). */
    private int line(EObject element) {
        for (HtmlReport.Model source : sources) {
            if (element.eResource() == source.model().resource()) {
                return source.model().line(element);
            }
        }
        return sources.get(0).model().line(element);
    }

    /** The file that holds the element, for a project's view; null when one model is shown. */
    private String file(EObject element) {
        if (projectFile == null) {
            return null;
        }
        for (HtmlReport.Model source : sources) {
            if (element.eResource() == source.model().resource()) {
                return source.file();
            }
        }
        return null;
    }

    private void arrangement(ArrayNode array, Arrangement arrangement) {
        ObjectNode node = element(array.addObject(), arrangement);
        literal(node, "kind", arrangement.isSetKind() ? arrangement.getKind() : null);
        node.put("parent", id(arrangement.getParent()));
        node.put("convener", id(arrangement.getConvener()));
        ArrayNode members = node.putArray("members");
        arrangement.getMembers().forEach(m -> members.add(id(m)));
        arrangement.getSubArrangements().forEach(sub -> arrangement(array, sub));
    }

    private void standard(ObjectNode node, Standard standard) {
        element(node, standard);
        Issuer issuer = standard.getIssuer();
        node.put("issuer", id(issuer));
        node.put("issuerName", shown(Labels.label(issuer)));
        node.put("issuerKind", issuer instanceof Arrangement ? "arrangement" : "unit");
        node.put("indicator", id(standard.getIndicator()));
        node.put("sector", standard.getSector());
        // a fixed action is adopted by stating it: no value to show
        node.put("value", standard.getValue() == null && standard.getDeadline() == null ? null : Labels.value(standard));
        node.put("binding", standard.isBinding());
        node.put("source", standard.getSource());
        Standard baseline = baselines.get(standard);
        if (baseline != null) {
            ObjectNode b = node.putObject("baseline");
            b.put("id", id(baseline));
            b.put("name", shown(Labels.label(baseline)));
            b.put("issuer", id(baseline.getIssuer()));
            b.put("issuerName", shown(Labels.label(baseline.getIssuer())));
            b.put("value", Labels.value(baseline, standard));
            b.put("source", baseline.getSource());
            Strictness strictness = Comparisons.compare(standard, baseline);
            literal(node, "strictness", strictness);
            node.put("delta", delta(standard, baseline));
        }
    }

    /** How far the standard is from its baseline: "+33%" for values (after conversion), "+366 d" for deadlines. */
    private String delta(Standard standard, Standard baseline) {
        if (standard.getValue() != null && baseline.getValue() != null) {
            OptionalDouble base = Units.convert(baseline.getValue(), Comparisons.effectiveUnit(baseline),
                    Comparisons.effectiveUnit(standard));
            if (base.isEmpty() || base.getAsDouble() == 0) {
                return null;
            }
            long percent = Math.round((standard.getValue() - base.getAsDouble()) / Math.abs(base.getAsDouble()) * 100);
            return (percent > 0 ? "+" : percent < 0 ? "\u2212" : "\u00b1") + Math.abs(percent) + "%";
        }
        if (standard.getDeadline() != null && baseline.getDeadline() != null) {
            long days = ChronoUnit.DAYS.between(baseline.getDeadline().toInstant(), standard.getDeadline().toInstant());
            return (days > 0 ? "+" : days < 0 ? "\u2212" : "\u00b1") + Math.abs(days) + " d";
        }
        return null;
    }

    private void negotiation(ObjectNode node, Negotiation negotiation) {
        element(node, negotiation);
        node.put("topic", negotiation.getTopic());
        ArrayNode parties = node.putArray("parties");
        negotiation.getParties().forEach(p -> parties.add(id(p)));
        node.put("venue", id(negotiation.getVenue()));
        literal(node, "status", negotiation.isSetStatus() ? negotiation.getStatus() : null);
        node.put("started", date(negotiation.getStarted()));
        node.put("statusSince", date(negotiation.getStatusSince()));
        ArrayNode interventions = node.putArray("interventions");
        for (Intervention intervention : negotiation.getInterventions()) {
            ObjectNode x = element(interventions.addObject(), intervention);
            AdministrativeUnit intervener = intervention.getIntervener();
            x.put("intervener", id(intervener));
            x.put("intervenerName", shown(Labels.label(intervener)));
            literal(x, "level", intervener != null && intervener.isSetLevel() ? intervener.getLevel() : null);
            x.put("start", date(intervention.getStart()));
            x.put("end", date(intervention.getEnd()));
            literal(x, "outcome", intervention.getOutcome());
            x.put("escalatedFrom", id(intervention.getEscalatedFrom()));
            x.put("exitCondition", intervention.getExitCondition());
            ArrayNode means = x.putArray("means");
            for (InterventionMeans m : intervention.getMeans()) {
                means.add(Labels.literal(m, locale));
            }
        }
    }

    private void finding(ObjectNode node, Finding f, int index) {
        if (projectFile != null) {
            node.put("file", fileOf.get(index));
        }
        node.put("rule", f.getRuleId());
        node.put("severity", f.getSeverity().name().toLowerCase(Locale.ROOT));
        node.put("severityLabel", Labels.severity(f.getSeverity(), locale));
        node.put("principle", f.getRule().principle());
        node.put("message", shown(f.getMessage()));
        node.put("id", id(f.getElement()));
        node.put("type", f.getElement().eClass().getName());
        node.put("label", shown(Labels.label(f.getElement())));
        node.put("path", shown(Labels.path(f.getElement())));
        node.put("line", lineIn(index, f.getElement()));
        EObject where = f.getElement();
        while (where.eContainer() != null && !(where.eContainer() instanceof GovernanceModel)
                && !(where instanceof AdministrativeUnit || where instanceof Arrangement || where instanceof Negotiation)) {
            where = where.eContainer();
        }
        node.put("where", id(where));
        node.put("whereName", shown(Labels.label(where)));
        ArrayNode related = node.putArray("related");
        for (int i = 0; i < f.getRelated().size(); i++) {
            EObject r = f.getRelated().get(i);
            related.addObject().put("id", id(r)).put("role", f.getRelatedRoles().get(i))
                    .put("roleLabel", Labels.role(f.getRelatedRoles().get(i), locale))
                    .put("label", shown(Labels.describe(r, locale)));
        }
    }

    /** id, name, line, the findings on the element (and what it contains) and the worst of their severities. */
    private ObjectNode element(ObjectNode node, EObject element) {
        node.put("id", id(element));
        node.put("name", Labels.label(element));
        node.put("line", line(element));
        if (projectFile != null) {
            node.put("file", file(element));
        }
        List<Integer> indices = findingsOf.getOrDefault(element, List.of());
        ArrayNode on = node.putArray("findings");
        indices.forEach(on::add);
        node.put("worst", indices.stream().map(i -> findings.get(i).getSeverity()).min(Enum::compareTo)
                .map(s -> s.name().toLowerCase(Locale.ROOT)).orElse(null));
        return node;
    }

    /** The line of a finding's element in the file of the model that reports it. */
    private int lineIn(int index, EObject element) {
        String file = fileOf.get(index);
        for (HtmlReport.Model source : sources) {
            if (source.file().equals(file)) {
                return source.model().line(element);
            }
        }
        return line(element);
    }

    private void literal(ObjectNode node, String field, Enumerator literal) {
        node.put(field, literal == null ? null : literal.getName());
        node.put(field + "Label", literal == null ? null : Labels.literal(literal, locale));
    }

    /**
     * Texts repeated per finding, standard or intervention are shortened to {@value #SHOWN}
     * characters (with "…"): a name of a megabyte named by 200 findings made the report hundreds of
     * megabytes and ran the checker out of memory. Each element's whole name is in the data once
     * (its {@code name}), shown when the element is chosen; the report grows with the model, not
     * with the model times its findings.
     */
    static String shown(String text) {
        if (text == null || text.length() <= SHOWN) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(SHOWN - 1)) ? SHOWN - 1 : SHOWN;
        return text.substring(0, end) + "…";
    }

    static final int SHOWN = 300;

    private static String id(EObject element) {
        return element == null ? null : LoadedModel.fragment(element);
    }

    private static String date(java.util.Date date) {
        return date == null ? null : Labels.date(date);
    }
}
