// SPDX-License-Identifier: EPL-2.0
package org.chaxu.editor.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.chaxu.engine.Registry;
import org.chaxu.engine.internal.FactBase;
import org.chaxu.governance.AdministrativeUnit;
import org.chaxu.governance.GovernanceModel;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * The units of other files that a model reaches — the national registry's units it names, with
 * their superiors — as the rules see them (the engine's fact base). The editor shows them beside
 * the model's own units, read-only: a drafter does not edit the registry.
 */
public final class ForeignUnits {

    private ForeignUnits() {
    }

    /** The units of other files the model reaches, by code (id), or none. */
    public static List<AdministrativeUnit> of(GovernanceModel model) {
        Resource home = model == null ? null : model.eResource();
        if (home == null) {
            return List.of();
        }
        List<AdministrativeUnit> units = new ArrayList<>();
        for (EObject element : FactBase.of(home)) {
            if (element instanceof AdministrativeUnit unit && element.eResource() != null && element.eResource() != home) {
                units.add(unit);
            }
        }
        units.sort(Comparator.comparing(u -> u.getId() == null ? "" : u.getId()));
        return units;
    }

    /** True when the element lives in another file than the model (the registry, say). */
    public static boolean isForeign(EObject element, Resource home) {
        return element != null && home != null && element.eResource() != null && element.eResource() != home;
    }

    /** True when the element lives in the shipped national registry. */
    public static boolean isRegistry(EObject element) {
        return Registry.contains(element);
    }

    /**
     * The element a marker's URI names, seen from the model in {@code home}: an element of another file
     * the model reaches (a finding on a registry unit is a marker on the model with the unit's URI), else
     * the model's own element with the URI's fragment; null when neither. Only what the model already
     * reaches is looked at: a URI never makes the editor load a file.
     */
    public static EObject find(Resource home, String uri) {
        if (home == null || uri == null || uri.isBlank() || !uri.contains("#")) {
            return null;
        }
        org.eclipse.emf.common.util.URI target = org.eclipse.emf.common.util.URI.createURI(uri);
        List<EObject> foreign = new ArrayList<>();
        for (EObject element : FactBase.of(home)) {
            if (isForeign(element, home)) {
                if (org.eclipse.emf.ecore.util.EcoreUtil.getURI(element).equals(target)) {
                    return element;
                }
                foreign.add(element);
            }
        }
        EObject own = home.getEObject(target.fragment());
        if (own != null) {
            return own;
        }
        // the same file named another way (a file: URI in the marker, platform:/resource in the editor)
        for (EObject element : foreign) {
            org.eclipse.emf.common.util.URI elementUri = org.eclipse.emf.ecore.util.EcoreUtil.getURI(element);
            if (target.fragment().equals(elementUri.fragment())
                    && java.util.Objects.equals(target.trimFragment().lastSegment(), elementUri.trimFragment().lastSegment())) {
                return element;
            }
        }
        return null;
    }
}
