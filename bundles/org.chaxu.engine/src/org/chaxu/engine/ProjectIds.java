// SPDX-License-Identifier: EPL-2.0
package org.chaxu.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;

/**
 * Ids that one project uses twice for the same kind of element, in two of its files that belong
 * together: an indicator retyped in a city file instead of named in the province's, say. Within
 * one file the loader refuses a duplicate id; across files EMF keeps both, and every standard of
 * the one is silently incomparable with every standard of the other — one concept split in two.
 * Each second (third …) definition is an error at its own line, naming the first place, so the
 * models are still checked and the run's exit is that of bad input.
 *
 * <p>Files belong together when one reaches the other, directly or through a file both reach (the
 * registry, a province's file). Files that reach nothing in common — the independent cases of a
 * folder of rule tests, each a copy of one region — share ids without splitting anything.
 */
public final class ProjectIds {

    private ProjectIds() {
    }

    /**
     * The duplicates among {@code models} (a project's models that load, in path order; registries
     * are reference data and not among them), each file shown as {@code shown} names it.
     */
    public static List<ModelProblem> duplicates(List<LoadedModel> models, Function<LoadedModel, String> shown, Locale locale) {
        record Place(LoadedModel model, EObject element) {
        }
        Map<String, Place> first = new HashMap<>();
        List<ModelProblem> problems = new ArrayList<>();
        Map<org.eclipse.emf.common.util.URI, org.eclipse.emf.common.util.URI> parent = new HashMap<>();
        for (LoadedModel model : models) {
            if (model.isUsable() && model.resource().getURI() != null) {
                for (org.eclipse.emf.common.util.URI used : model.uses()) {
                    union(parent, model.resource().getURI(), used);
                }
            }
        }
        for (LoadedModel model : models) {
            if (!model.isUsable()) {
                continue;
            }
            Object together = model.resource().getURI() == null ? model : find(parent, model.resource().getURI());
            Map<String, Boolean> inThisFile = new HashMap<>();
            for (Iterator<EObject> all = model.resource().getAllContents(); all.hasNext();) {
                EObject element = all.next();
                EAttribute idAttribute = element.eClass().getEIDAttribute();
                Object id = idAttribute == null ? null : element.eGet(idAttribute);
                if (!(id instanceof String text) || text.isEmpty()) {
                    continue;
                }
                String key = together + "\u0000" + element.eClass().getName() + '\u0000' + text;
                Place earlier = first.get(key);
                if (earlier == null) {
                    first.put(key, new Place(model, element));
                } else if (earlier.model() != model && inThisFile.putIfAbsent(key, true) == null) {
                    problems.add(new ModelProblem(Severity.ERROR, shown.apply(model), model.line(element), 0, Labels.path(element),
                            Labels.format("project.duplicateId", locale, Labels.kind(element, locale), text,
                                    shown.apply(earlier.model()), earlier.model().line(earlier.element()))));
                }
            }
        }
        return problems;
    }

    private static <T> T find(Map<T, T> parent, T node) {
        T root = node;
        for (T up = parent.get(root); up != null && !up.equals(root); up = parent.get(root)) {
            root = up;
        }
        parent.put(node, root);
        return root;
    }

    private static <T> void union(Map<T, T> parent, T a, T b) {
        T ra = find(parent, a);
        T rb = find(parent, b);
        if (!ra.equals(rb)) {
            parent.put(ra, rb);
        }
    }
}
