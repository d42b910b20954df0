// SPDX-License-Identifier: EPL-2.0
package org.chaxu.engine;

import java.util.List;
import java.util.Map;

import java.util.LinkedHashMap;

import org.chaxu.governance.AdministrativeUnit;
import org.chaxu.governance.GovernanceModel;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * A model file as loaded: its resource, the line of each element in the file, and the
 * problems found while loading. {@link #isUsable()} is false when the file could not be
 * read as a Chaxu model at all; the rules then do not run.
 */
public final class LoadedModel {

    private final String file;
    private final Resource resource;
    private final Map<String, Integer> lineById;
    private final Map<String, Integer> referenceLines;
    private final List<ModelProblem> problems;

    LoadedModel(String file, Resource resource, Map<String, Integer> lineById, List<ModelProblem> problems) {
        this(file, resource, lineById, Map.of(), problems);
    }

    LoadedModel(String file, Resource resource, Map<String, Integer> lineById, Map<String, Integer> referenceLines,
            List<ModelProblem> problems) {
        this.file = file;
        this.resource = resource;
        this.lineById = Map.copyOf(lineById);
        this.referenceLines = new LinkedHashMap<>(referenceLines);
        this.problems = List.copyOf(problems);
    }

    /**
     * This model's resource, with what {@code newer} (its file read again, see
     * {@link ModelLoader#reread}) knows of the file: its lines, references and problems — after
     * {@link ModelMerge} made the resource what the newer file says.
     */
    public LoadedModel withFileOf(LoadedModel newer) {
        return new LoadedModel(file, resource, newer.lineById, newer.referenceLines, newer.problems);
    }

    /** Writes the model in the canonical format ({@link ModelFormat}), its references spelled as the file spells them. */
    public void write(java.io.Writer out) throws java.io.IOException {
        ModelFormat.write(resource, registrySpelling(), out);
    }

    /** The model's canonical text ({@link ModelFormat}), its references spelled as the file spells them. */
    public String canonicalText() {
        return ModelFormat.text(resource, registrySpelling());
    }

    /**
     * The spelling by which this file names a copy of the shipped registry ({@code ../registry/china.chaxu}),
     * when it names registry units more often so than by {@code chaxu:registry/china}; else null.
     */
    String registrySpelling() {
        if (resource == null || resource.getURI() == null) {
            return null;
        }
        Map<String, Integer> copies = new LinkedHashMap<>();
        int shipped = 0;
        for (String reference : referenceLines.keySet()) {
            URI uri;
            try {
                uri = URI.createURI(reference);
            } catch (IllegalArgumentException e) {
                continue;
            }
            if (Registry.isShipped(uri)) {
                shipped++;
                continue;
            }
            if (uri.fragment() == null || uri.trimFragment().isEmpty()) {
                continue;
            }
            String spelling = uri.trimFragment().toString();
            if (copies.containsKey(spelling)) {
                copies.merge(spelling, 1, Integer::sum);
                continue;
            }
            URI file = uri.isRelative() ? uri.trimFragment().resolve(resource.getURI()) : uri.trimFragment();
            if (resource.getResourceSet() != null) {
                file = resource.getResourceSet().getURIConverter().normalize(file);
            }
            if (file.isFile() && file.toFileString() != null && Registry.isShippedCopy(java.nio.file.Path.of(file.toFileString()))) {
                copies.put(spelling, 1);
            }
        }
        String most = null;
        for (Map.Entry<String, Integer> copy : copies.entrySet()) {
            if (most == null || copy.getValue() > copies.get(most)) {
                most = copy.getKey();
            }
        }
        return most != null && copies.get(most) > shipped ? most : null;
    }

    /** The same model with the line index of a newer version of its file (after a save). */
    public LoadedModel withLines(Map<String, Integer> lines) {
        return new LoadedModel(file, resource, lines, referenceLines, problems);
    }

    /** The file name as the user gave it. */
    public String file() {
        return file;
    }

    public Resource resource() {
        return resource;
    }

    public List<ModelProblem> problems() {
        return problems;
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(p -> p.severity() == Severity.ERROR);
    }

    /** True when the file held a Chaxu model that the rules can check. */
    public boolean isUsable() {
        return resource != null && !resource.getContents().isEmpty()
                && resource.getContents().get(0) instanceof GovernanceModel;
    }

    public GovernanceModel model() {
        return (GovernanceModel) resource.getContents().get(0);
    }

    /**
     * The 1-based line where the element (or its nearest container with a known line) starts. For an
     * element of another file (a registry unit), the line of this file that refers to it — or, for a
     * unit the file reaches only as a superior of units it names, the line naming the first of those.
     */
    public int line(EObject element) {
        if (resource != null && element != null && element.eResource() != null && element.eResource() != resource) {
            int line = referenceLine(element);
            if (line > 0) {
                return line;
            }
        }
        for (EObject e = element; e != null; e = e.eContainer()) {
            Integer line = lineById.get(fragment(e));
            if (line != null) {
                return line;
            }
        }
        return 1;
    }

    private int referenceLine(EObject element) {
        URI target = EcoreUtil.getURI(element);
        int below = 0;
        for (Map.Entry<URI, Integer> reference : resolvedReferences().entrySet()) {
            URI uri = reference.getKey();
            if (uri.equals(target)) {
                return reference.getValue();
            }
            if (below == 0 && element instanceof AdministrativeUnit unit && uri.trimFragment().equals(target.trimFragment())
                    && element.eResource().getEObject(uri.fragment()) instanceof AdministrativeUnit named
                    && named.superiorChain().contains(unit)) {
                below = reference.getValue();
            }
        }
        return below;
    }

    /** The URIs this file refers to, each as the URI of what it resolves to (a copy of the registry is the registry), with its line. */
    private Map<URI, Integer> resolved;

    private Map<URI, Integer> resolvedReferences() {
        Map<URI, Integer> known = resolved;
        if (known == null) {
            known = new LinkedHashMap<>();
            org.eclipse.emf.ecore.resource.ResourceSet set = resource.getResourceSet();
            for (Map.Entry<String, Integer> reference : referenceLines.entrySet()) {
                URI uri;
                try {
                    uri = URI.createURI(reference.getKey());
                    uri = uri.isRelative() && resource.getURI() != null ? uri.resolve(resource.getURI()) : uri;
                    Resource reached = set == null || uri.fragment() == null ? null : set.getResource(uri.trimFragment(), false);
                    if (reached != null && reached.getURI() != null && !reached.getURI().equals(uri.trimFragment())) {
                        uri = reached.getURI().appendFragment(uri.fragment());
                    }
                } catch (RuntimeException e) {
                    continue;
                }
                known.putIfAbsent(uri, reference.getValue());
            }
            resolved = known;
        }
        return known;
    }

    /**
     * The model's units, then the units of other files it reaches (the registry's units it names,
     * and their superiors), as outlets that draw the hierarchy need them.
     */
    public java.util.List<AdministrativeUnit> units() {
        java.util.List<AdministrativeUnit> units = new java.util.ArrayList<>(model().getUnits());
        for (EObject element : org.chaxu.engine.internal.FactBase.of(resource)) {
            if (element instanceof AdministrativeUnit unit && element.eResource() != resource) {
                units.add(unit);
            }
        }
        return units;
    }

    /**
     * The other files this model reaches through its references, directly or through the files it
     * names (their resource URIs: a {@code file:} URI, or {@link Registry#CHINA}). A change to one of
     * them can change this model's findings.
     */
    public java.util.Set<URI> uses() {
        java.util.Set<URI> uses = new java.util.LinkedHashSet<>();
        if (isUsable()) {
            for (EObject element : org.chaxu.engine.internal.FactBase.of(resource)) {
                Resource other = element.eResource();
                if (other != null && other != resource && other.getURI() != null) {
                    uses.add(other.getURI());
                }
            }
        }
        return uses;
    }

    /** The element's URI fragment (its id), stable across edits that do not rename it. */
    public static String fragment(EObject element) {
        return EcoreUtil.getURI(element).fragment();
    }
}
