// SPDX-License-Identifier: EPL-2.0
package org.chaxu.editor.internal;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.chaxu.engine.Finding;
import org.chaxu.engine.Severity;
import org.chaxu.governance.GovernanceModel;
import org.chaxu.governance.Standard;
import org.eclipse.emf.ecore.EObject;

/**
 * The result of one live check, indexed for the pages: the findings on each element, the
 * worst severity inside each element (so that a unit shows the error of one of its
 * standards), and the baseline each standard is compared with.
 */
public final class LiveFindings {

    public static final LiveFindings NONE = new LiveFindings(List.of(), Map.of(), -1);

    /** The rules could not check the model (a rule threw or ran away): no findings, and why. */
    public static LiveFindings failed(String failure, long generation) {
        LiveFindings result = new LiveFindings(List.of(), Map.of(), generation);
        result.failure = failure;
        return result;
    }

    private String failure;

    /** Why the rules could not check the model, or null when they did. */
    public String failure() {
        return failure;
    }

    private final List<Finding> findings;
    private final Map<Standard, Standard> baselines;
    private final long generation;
    private final Map<EObject, List<Finding>> byElement = new IdentityHashMap<>();
    private final Map<EObject, Severity> worstInside = new IdentityHashMap<>();

    public LiveFindings(List<Finding> findings, Map<Standard, Standard> baselines, long generation) {
        this.findings = List.copyOf(findings);
        this.baselines = baselines;
        this.generation = generation;
        for (Finding finding : findings) {
            byElement.computeIfAbsent(finding.getElement(), e -> new ArrayList<>()).add(finding);
            for (EObject e = finding.getElement(); e != null && !(e instanceof GovernanceModel); e = e.eContainer()) {
                worstInside.merge(e, finding.getSeverity(), LiveFindings::worse);
            }
        }
    }

    /** Every finding, in the model's order. */
    public List<Finding> all() {
        return findings;
    }

    /** The command-stack generation this result was computed for. */
    public long generation() {
        return generation;
    }

    public List<Finding> on(EObject element) {
        return byElement.getOrDefault(element, List.of());
    }

    /** The worst severity of the findings on the element or anything it contains; null when none. */
    public Severity worstInside(EObject element) {
        return worstInside.get(element);
    }

    /** The worst severity of the findings on the element itself; null when none. */
    public Severity worstOn(EObject element) {
        Severity worst = null;
        for (Finding finding : on(element)) {
            worst = worst == null ? finding.getSeverity() : worse(worst, finding.getSeverity());
        }
        return worst;
    }

    /** The binding standard the standard is compared with, or null. */
    public Standard baseline(Standard standard) {
        return baselines.get(standard);
    }

    /** The elements whose findings or decoration differ between the previous result and this one. */
    public java.util.Set<EObject> changedSince(LiveFindings previous) {
        java.util.Set<EObject> changed = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Map.Entry<EObject, Severity> entry : worstInside.entrySet()) {
            if (previous.worstInside.get(entry.getKey()) != entry.getValue()) {
                changed.add(entry.getKey());
            }
        }
        for (EObject element : previous.worstInside.keySet()) {
            if (!worstInside.containsKey(element)) {
                changed.add(element);
            }
        }
        for (Map.Entry<EObject, List<Finding>> entry : byElement.entrySet()) {
            if (!messages(entry.getValue()).equals(messages(previous.on(entry.getKey())))) {
                changed.add(entry.getKey());
            }
        }
        for (EObject element : previous.byElement.keySet()) {
            if (!byElement.containsKey(element)) {
                changed.add(element);
            }
        }
        return changed;
    }

    private static List<String> messages(List<Finding> findings) {
        return findings.stream().map(f -> f.getRuleId() + f.getSeverity() + f.getMessage()).toList();
    }

    static Severity worse(Severity a, Severity b) {
        return a.ordinal() <= b.ordinal() ? a : b;
    }
}
