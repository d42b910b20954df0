// SPDX-License-Identifier: EPL-2.0
package org.chaxu.engine.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * What the rules see of a model: its own elements, in document order, and the elements of other
 * files it refers to — a registry unit named as a member, party or superior, with that unit's
 * chain of superiors and its own standards — followed from reference to reference. Only what
 * the model reaches is taken, never a whole referenced file: a model naming three cities of the
 * registry is checked with those three cities, their province and the central government, not
 * with every unit of the country.
 */
public final class FactBase {

    private FactBase() {
    }

    /** The model's elements, then the elements of other files it reaches. */
    public static List<EObject> of(Resource resource) {
        return of(resource, List.of());
    }

    /**
     * The model's elements, then those of the other models of its project ({@code context}, in
     * order), then the elements of other files that any of them reaches: the project is one fact
     * base, so that a province's baseline kept in one file binds the cities of another.
     */
    public static List<EObject> of(Resource resource, List<Resource> context) {
        List<EObject> facts = new ArrayList<>();
        Set<EObject> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<EObject> todo = new ArrayDeque<>();
        List<Resource> models = new ArrayList<>(1 + context.size());
        models.add(resource);
        models.addAll(context);
        for (Resource model : models) {
            for (Iterator<EObject> all = model.getAllContents(); all.hasNext();) {
                EObject element = all.next();
                if (seen.add(element)) {
                    facts.add(element);
                    todo.add(element);
                }
            }
        }
        while (!todo.isEmpty()) {
            for (EObject target : references(todo.poll())) {
                if (seen.add(target)) {
                    facts.add(target);
                    todo.add(target);
                    for (Iterator<EObject> contents = target.eAllContents(); contents.hasNext();) {
                        EObject content = contents.next();
                        if (seen.add(content)) {
                            facts.add(content);
                            todo.add(content);
                        }
                    }
                }
            }
        }
        return facts;
    }

    /** The elements of other files that the model's own elements name directly. */
    public static Set<EObject> named(Resource resource) {
        Set<EObject> named = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Iterator<EObject> all = resource.getAllContents(); all.hasNext();) {
            for (EObject target : references(all.next())) {
                if (target.eResource() != resource) {
                    named.add(target);
                }
            }
        }
        return named;
    }

    /**
     * True when a finding on {@code element} belongs to the model: the element is the model's own,
     * or an element of another file that the model names (reported where the model names it).
     * A finding on an element the model only reaches through others (a province above a named
     * city, a standard inside a unit of another file) concerns that other file.
     */
    public static boolean belongs(EObject element, Resource resource, Set<EObject> named) {
        return element.eResource() == resource || named != null && named.contains(element);
    }

    /** The resolved targets of the element's cross references (never containment, never proxies left unresolved). */
    private static List<EObject> references(EObject element) {
        List<EObject> targets = new ArrayList<>();
        for (EReference reference : element.eClass().getEAllReferences()) {
            if (reference.isContainment() || reference.isContainer() || reference.isDerived() || reference.isTransient()) {
                continue;
            }
            Object value = element.eGet(reference, true);
            if (value instanceof InternalEList<?> many) {
                for (Object target : many) {
                    if (target instanceof EObject eObject && !eObject.eIsProxy()) {
                        targets.add(eObject);
                    }
                }
            } else if (value instanceof EObject eObject && !eObject.eIsProxy()) {
                targets.add(eObject);
            }
        }
        return targets;
    }
}
