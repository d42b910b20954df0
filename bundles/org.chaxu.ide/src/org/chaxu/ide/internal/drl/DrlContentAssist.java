// SPDX-License-Identifier: EPL-2.0
package org.chaxu.ide.internal.drl;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.chaxu.engine.Reporter;
import org.chaxu.engine.Severity;
import org.chaxu.engine.facts.Authority;
import org.chaxu.engine.facts.Baseline;
import org.chaxu.engine.facts.DirectSuperior;
import org.chaxu.governance.GovernancePackage;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.CompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;

/**
 * Content assist in a DRL file, from the model: the metamodel's classes and the facts the engine
 * derives as fact types; a type's fields inside its pattern ({@code Standard( |)}) and after a
 * variable bound to it ({@code $s.|}); the reporter's methods after {@code reporter.}; the
 * severities in {@code @severity("|")}; and templates for a new rule and the common patterns.
 * Each proposal carries the model's documentation.
 */
public final class DrlContentAssist implements IContentAssistProcessor {

    /** The fact types: every class of the metamodel, and the facts the engine derives. */
    static Map<String, FactType> types() {
        Map<String, FactType> types = new TreeMap<>();
        for (EClassifier classifier : GovernancePackage.eINSTANCE.getEClassifiers()) {
            if (classifier instanceof EClass eClass) {
                Map<String, String> fields = new LinkedHashMap<>();
                for (EStructuralFeature feature : eClass.getEAllStructuralFeatures()) {
                    fields.put(feature.getName(), feature.getEType().getName() + (feature.isMany() ? "[*]" : "")
                            + doc(EcoreUtil.getDocumentation(feature)));
                }
                types.put(eClass.getName(), new FactType(eClass.getName(), "model class" + doc(EcoreUtil.getDocumentation(eClass)),
                        fields));
            }
        }
        for (Class<?> fact : List.of(Baseline.class, Authority.class, DirectSuperior.class)) {
            Map<String, String> fields = new LinkedHashMap<>();
            for (RecordComponent component : fact.getRecordComponents()) {
                fields.put(component.getName(), component.getType().getSimpleName());
            }
            types.put(fact.getSimpleName(), new FactType(fact.getSimpleName(), "a fact the engine derives (" + fact.getName() + ")",
                    fields));
        }
        return types;
    }

    private static String doc(String documentation) {
        return documentation == null || documentation.isBlank() ? "" : ": " + documentation.strip();
    }

    /** A fact type: its name, what it is, and its fields with their types. */
    record FactType(String name, String description, Map<String, String> fields) {
    }

    private static final Pattern BOUND = Pattern.compile("(\\$\\w+)\\s*:\\s*(\\w+)\\s*\\(");
    private static final Pattern OPEN_PATTERN = Pattern.compile("(\\w+)\\s*\\(([^()]*)$");

    private final Map<String, FactType> types = types();

    @Override
    public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
        IDocument document = viewer.getDocument();
        String before;
        try {
            before = document.get(0, offset);
        } catch (BadLocationException e) {
            return new ICompletionProposal[0];
        }
        int from = offset;
        while (from > 0 && Character.isJavaIdentifierPart(before.charAt(from - 1))) {
            from--;
        }
        int start = from;
        String prefix = before.substring(start);
        String line = before.substring(before.lastIndexOf('\n') + 1);
        List<ICompletionProposal> proposals = new ArrayList<>();
        if (line.matches(".*@severity\\(\\s*\"\\w*")) {
            for (Severity severity : Severity.values()) {
                add(proposals, severity.name(), "the rule's severity", prefix, start);
            }
        } else if (before.substring(0, start).endsWith("reporter.")) {
            for (Method method : Reporter.class.getMethods()) {
                if (method.getDeclaringClass() == Reporter.class && !Modifier.isStatic(method.getModifiers())) {
                    add(proposals, method.getName() + "(kcontext, )", "reporter: " + method, prefix, start);
                }
            }
        } else if (before.substring(0, start).matches("(?s).*\\$\\w+\\.")) {
            String variable = before.substring(0, start).replaceAll("(?s).*(\\$\\w+)\\.$", "$1");
            FactType type = boundType(before, variable);
            if (type != null) {
                type.fields().forEach((field, what) -> add(proposals, field, type.name() + "." + field + ": " + what, prefix, start));
            }
        } else {
            Matcher open = OPEN_PATTERN.matcher(before.substring(0, start));
            FactType type = open.find() ? types.get(open.group(1)) : null;
            if (type != null) {
                type.fields().forEach((field, what) -> add(proposals, field, type.name() + "." + field + ": " + what, prefix, start));
            } else {
                types.values().forEach(t -> add(proposals, t.name(), t.description(), prefix, start));
                DrlScanner.KEYWORDS.forEach(k -> add(proposals, k, "DRL keyword", prefix, start));
                for (Map.Entry<String, String> template : TEMPLATES.entrySet()) {
                    if (template.getKey().startsWith(prefix)) {
                        proposals.add(new CompletionProposal(template.getValue(), start, prefix.length(), template.getValue().length(),
                                null, template.getKey() + " - template", null, template.getValue()));
                    }
                }
            }
        }
        return proposals.toArray(ICompletionProposal[]::new);
    }

    /** The type a variable is bound to ({@code $s : Standard(...)}) earlier in the document. */
    private FactType boundType(String before, String variable) {
        FactType found = null;
        Matcher bound = BOUND.matcher(before);
        while (bound.find()) {
            if (bound.group(1).equals(variable)) {
                found = types.get(bound.group(2));
            }
        }
        return found;
    }

    private static void add(List<ICompletionProposal> proposals, String text, String info, String prefix, int start) {
        if (text.startsWith(prefix)) {
            proposals.add(new CompletionProposal(text, start, prefix.length(), text.length(), null, text, null, info));
        }
    }

    /** Templates: a new rule with its metadata, and patterns the shipped rules use. */
    static final Map<String, String> TEMPLATES = Map.of(
            "rule", "rule \"What the rule finds\"\n    @id(\"LOCAL-ID\") @severity(\"WARNING\") @principle(\"no-looser\")\n"
                    + "    @source(\"where the principle is written\")\nwhen\n    $s : Standard( binding == true )\nthen\n"
                    + "    insertLogical( reporter.report(kcontext, $s) );\nend\n",
            "baseline", "$b : Baseline( standard == $s, $base : baseline )",
            "notExists", "not Standard( issuer == $u, indicator == $s.indicator )");

    @Override
    public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) {
        return null;
    }

    @Override
    public char[] getCompletionProposalAutoActivationCharacters() {
        return new char[] { '.', '(', '"' };
    }

    @Override
    public char[] getContextInformationAutoActivationCharacters() {
        return null;
    }

    @Override
    public String getErrorMessage() {
        return null;
    }

    @Override
    public IContextInformationValidator getContextInformationValidator() {
        return null;
    }
}
