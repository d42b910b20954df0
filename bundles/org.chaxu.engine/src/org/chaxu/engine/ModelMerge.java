// SPDX-License-Identifier: EPL-2.0
package org.chaxu.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * Makes a loaded model what a newer version of its file says, as edits: elements are matched by
 * their class and id, so that a value changed in the file is one change of that value, an element
 * added is one addition, one removed is one removal, and every element the file did not touch
 * stays the same object. A session listening to the model then re-checks only what the file's
 * change touches — a saved file updates a project's findings in the time its edit needs, not the
 * time of a check of the whole project.
 */
public final class ModelMerge {

    private ModelMerge() {
    }

    /**
     * Changes {@code target} (a model of the project's resource set) to the contents of
     * {@code source} (the same file read again, into another resource set). References of
     * {@code source} into its own file are made to {@code target}'s elements; those into other
     * files are resolved in {@code target}'s resource set. Returns the number of changes made.
     */
    public static int merge(Resource target, Resource source) {
        Merger merger = new Merger(target, source);
        EList<EObject> targetRoots = target.getContents();
        List<EObject> wanted = merger.children(targetRoots, source.getContents());
        if (!wanted.equals(targetRoots)) {
            ECollections.setEList(targetRoots, wanted);
            merger.changes++;
        }
        merger.references();
        return merger.changes;
    }

    private static final class Merger {
        private final Resource target;
        private final Resource source;
        private final ResourceSet targets;
        /** Each element of the source, the element of the target it becomes. */
        private final Map<EObject, EObject> counterpart = new IdentityHashMap<>();
        int changes;

        Merger(Resource target, Resource source) {
            this.target = target;
            this.source = source;
            this.targets = target.getResourceSet();
        }

        /** The target's children for the source's, matched by class and id (or, without an id, by class and order). */
        List<EObject> children(List<EObject> current, List<EObject> wanted) {
            Map<String, EObject> byId = new HashMap<>();
            Map<org.eclipse.emf.ecore.EClass, List<EObject>> anonymous = new HashMap<>();
            for (EObject existing : current) {
                String id = id(existing);
                if (id != null) {
                    byId.putIfAbsent(existing.eClass().getName() + '\u0000' + id, existing);
                } else {
                    anonymous.computeIfAbsent(existing.eClass(), k -> new ArrayList<>()).add(existing);
                }
            }
            List<EObject> result = new ArrayList<>(wanted.size());
            for (EObject next : wanted) {
                String id = id(next);
                EObject match = id != null ? byId.remove(next.eClass().getName() + '\u0000' + id) : null;
                if (id == null) {
                    List<EObject> candidates = anonymous.get(next.eClass());
                    match = candidates == null || candidates.isEmpty() ? null : candidates.remove(0);
                }
                if (match == null) {
                    match = EcoreUtil.create(next.eClass());
                    changes++;
                }
                contents(match, next);
                result.add(match);
            }
            return result;
        }

        /** The attributes and contained elements of {@code to} made those of {@code from}; references come after. */
        private void contents(EObject to, EObject from) {
            counterpart.put(from, to);
            for (EAttribute attribute : to.eClass().getEAllAttributes()) {
                if (!changeable(attribute)) {
                    continue;
                }
                if (attribute.isMany()) {
                    @SuppressWarnings("unchecked")
                    EList<Object> values = (EList<Object>) to.eGet(attribute);
                    List<?> wanted = (List<?>) from.eGet(attribute);
                    if (!values.equals(wanted)) {
                        ECollections.setEList(values, new ArrayList<Object>(wanted));
                        changes++;
                    }
                } else if (from.eIsSet(attribute) != to.eIsSet(attribute) || !Objects.equals(from.eGet(attribute), to.eGet(attribute))) {
                    if (from.eIsSet(attribute)) {
                        to.eSet(attribute, from.eGet(attribute));
                    } else {
                        to.eUnset(attribute);
                    }
                    changes++;
                }
                // a default the file spells out stays spelled out when the model is written again
                if (!attribute.isMany() && ModelFormat.isWritten(from, attribute) != ModelFormat.isWritten(to, attribute)) {
                    if (ModelFormat.isWritten(from, attribute)) {
                        ModelFormat.keepWritten(to, attribute);
                    } else {
                        ModelFormat.forgetWritten(to, attribute);
                    }
                }
            }
            for (EReference containment : to.eClass().getEAllContainments()) {
                if (!changeable(containment)) {
                    continue;
                }
                if (containment.isMany()) {
                    @SuppressWarnings("unchecked")
                    EList<EObject> children = (EList<EObject>) to.eGet(containment);
                    @SuppressWarnings("unchecked")
                    List<EObject> wantedChildren = new ArrayList<>((List<EObject>) from.eGet(containment));
                    List<EObject> wanted = children(children, wantedChildren);
                    if (!wanted.equals(children)) {
                        ECollections.setEList(children, wanted);
                        changes++;
                    }
                } else {
                    EObject child = (EObject) from.eGet(containment);
                    EObject current = (EObject) to.eGet(containment);
                    List<EObject> wanted = children(current == null ? List.of() : List.of(current),
                            child == null ? List.of() : List.of(child));
                    EObject now = wanted.isEmpty() ? null : wanted.get(0);
                    if (now != current) {
                        to.eSet(containment, now);
                        changes++;
                    }
                }
            }
        }

        /** The cross-references of every element, once all elements have their counterpart. */
        void references() {
            for (Map.Entry<EObject, EObject> pair : counterpart.entrySet()) {
                EObject from = pair.getKey();
                EObject to = pair.getValue();
                for (EReference reference : to.eClass().getEAllReferences()) {
                    if (reference.isContainment() || reference.isContainer() || !changeable(reference)) {
                        continue;
                    }
                    if (reference.isMany()) {
                        List<EObject> wanted = new ArrayList<>();
                        for (Object value : ((InternalEList<?>) from.eGet(reference, false)).basicList()) {
                            EObject mapped = map((EObject) value);
                            if (mapped != null) {
                                wanted.add(mapped);
                            }
                        }
                        @SuppressWarnings("unchecked")
                        EList<EObject> values = (EList<EObject>) to.eGet(reference);
                        if (!values.equals(wanted)) {
                            ECollections.setEList(values, wanted);
                            changes++;
                        }
                    } else {
                        EObject wanted = from.eIsSet(reference) ? map((EObject) from.eGet(reference, false)) : null;
                        Object current = to.eIsSet(reference) ? to.eGet(reference) : null;
                        if (wanted != current) {
                            if (wanted == null) {
                                to.eUnset(reference);
                            } else {
                                to.eSet(reference, wanted);
                            }
                            changes++;
                        }
                    }
                }
            }
        }

        /** What a source reference names, in the target's world. */
        private EObject map(EObject value) {
            if (value == null) {
                return null;
            }
            EObject mine = counterpart.get(value);
            if (mine != null) {
                return mine;
            }
            URI uri = value.eIsProxy() ? ((InternalEObject) value).eProxyURI() : EcoreUtil.getURI(value);
            if (value.eResource() == source || uri == null) {
                return null;
            }
            if (uri.trimFragment().equals(target.getURI())) {
                return target.getEObject(uri.fragment());
            }
            if (!value.eIsProxy() && value.eResource() != null && value.eResource().getResourceSet() == targets) {
                return value; // an element of another file, shared with the target's resource set
            }
            try {
                EObject resolved = targets == null ? null : targets.getEObject(uri, true);
                return resolved != null ? resolved : value;
            } catch (RuntimeException e) {
                return value; // an unresolvable reference stays a proxy, as loading leaves it
            }
        }

        private static boolean changeable(EStructuralFeature feature) {
            return feature.isChangeable() && !feature.isDerived() && !feature.isTransient() && !feature.isVolatile();
        }

        private static String id(EObject element) {
            EAttribute id = element.eClass().getEIDAttribute();
            Object value = id == null ? null : element.eGet(id);
            return value == null ? null : value.toString();
        }
    }
}
