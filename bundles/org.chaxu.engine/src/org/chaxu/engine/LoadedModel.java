package org.chaxu.engine;

import java.util.List;
import java.util.Map;

import org.chaxu.governance.GovernanceModel;
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
    private final List<ModelProblem> problems;

    LoadedModel(String file, Resource resource, Map<String, Integer> lineById, List<ModelProblem> problems) {
        this.file = file;
        this.resource = resource;
        this.lineById = Map.copyOf(lineById);
        this.problems = List.copyOf(problems);
    }

    /** The same model with the line index of a newer version of its file (after a save). */
    public LoadedModel withLines(Map<String, Integer> lines) {
        return new LoadedModel(file, resource, lines, problems);
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

    /** The 1-based line where the element (or its nearest container with a known line) starts. */
    public int line(EObject element) {
        for (EObject e = element; e != null; e = e.eContainer()) {
            Integer line = lineById.get(fragment(e));
            if (line != null) {
                return line;
            }
        }
        return 1;
    }

    /** The element's URI fragment (its id), stable across edits that do not rename it. */
    public static String fragment(EObject element) {
        return EcoreUtil.getURI(element).fragment();
    }
}
