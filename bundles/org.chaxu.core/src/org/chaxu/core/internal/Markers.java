// SPDX-License-Identifier: EPL-2.0
package org.chaxu.core.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.chaxu.engine.Finding;
import org.chaxu.engine.Labels;
import org.chaxu.engine.LoadedModel;
import org.chaxu.engine.ModelProblem;
import org.chaxu.engine.RuleProblem;
import org.chaxu.engine.Severity;
import org.chaxu.core.ChaxuCore;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Path;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;

/** Findings, model problems and DRL problems as markers: erased and written in one place. */
public final class Markers {

    /** Rule id of the markers for a model file that cannot be read. */
    public static final String MODEL_PROBLEM = "CHAXU-MODEL";

    private Markers() {
    }

    public static void erase(IResource resource, String type) throws CoreException {
        if (resource.isAccessible()) {
            resource.deleteMarkers(type, true, IResource.DEPTH_INFINITE);
        }
    }

    public static void writeModel(IFile file, LoadedModel model, List<Finding> findings) throws CoreException {
        writeProblems(file, model);
        writeFindings(file, model, findings);
    }

    /** Erases the rule findings of a model file, keeping the markers of its loading problems. */
    public static void eraseFindings(IFile file) throws CoreException {
        if (!file.isAccessible()) {
            return;
        }
        for (IMarker marker : file.findMarkers(ChaxuCore.PROBLEM_MARKER, false, IResource.DEPTH_ZERO)) {
            if (!MODEL_PROBLEM.equals(marker.getAttribute(ChaxuCore.RULE_ID, ""))) {
                marker.delete();
            }
        }
    }

    /** The problems found while loading the model (unreadable XML, dangling references, missing values). */
    public static void writeProblems(IFile file, LoadedModel model) throws CoreException {
        for (ModelProblem problem : model.problems()) {
            writeProblem(file, problem);
        }
    }

    /** A problem of the model file (or of the project at one of its lines: an id defined in two files). */
    public static void writeProblem(IFile file, ModelProblem problem) throws CoreException {
        {
            Map<String, Object> attributes = new HashMap<>();
            attributes.put(IMarker.SEVERITY, severity(problem.severity()));
            attributes.put(IMarker.MESSAGE, problem.message());
            attributes.put(IMarker.LINE_NUMBER, Math.max(problem.line(), 1));
            attributes.put(IMarker.LOCATION, problem.path() == null || problem.path().isEmpty()
                    ? Messages.of(file.getProject()).get("marker.line", String.valueOf(problem.line())) : problem.path());
            attributes.put(ChaxuCore.RULE_ID, MODEL_PROBLEM);
            file.createMarker(ChaxuCore.PROBLEM_MARKER, attributes);
        }
    }

    /** The rules' findings, each at the line of its element and with the URIs of its element and related elements. */
    public static void writeFindings(IFile file, LoadedModel model, List<Finding> findings) throws CoreException {
        URI fileUri = URI.createPlatformResourceURI(file.getFullPath().toString(), true);
        // where two models share a name (prd-air.chaxu and registry/prd-air.chaxu), the Location says which
        String shown = findings.isEmpty() ? file.getName() : ShownNames.of(file);
        String prefix = shown.equals(file.getName()) ? "" : shown + ": ";
        for (Finding finding : findings) {
            Map<String, Object> attributes = new HashMap<>();
            attributes.put(IMarker.SEVERITY, severity(finding.getSeverity()));
            attributes.put(IMarker.MESSAGE, finding.text());
            attributes.put(IMarker.LINE_NUMBER, model.line(finding.getElement()));
            attributes.put(IMarker.LOCATION, prefix + Labels.path(finding.getElement()));
            attributes.put(ChaxuCore.RULE_ID, finding.getRuleId());
            attributes.put(ChaxuCore.PRINCIPLE, finding.getRule().principle());
            attributes.put(ChaxuCore.URI, uri(fileUri, model, finding.getElement()));
            if (!finding.getRelated().isEmpty()) {
                attributes.put(ChaxuCore.RELATED_URIS,
                        finding.getRelated().stream().map(r -> uri(fileUri, model, r)).collect(Collectors.joining(" ")));
            }
            file.createMarker(ChaxuCore.PROBLEM_MARKER, attributes);
        }
    }

    /** The rules could not check the model (a rule threw or ran away): one error marker on the file. */
    public static void writeFailure(IFile file, String message) throws CoreException {
        Map<String, Object> attributes = new HashMap<>();
        attributes.put(IMarker.SEVERITY, IMarker.SEVERITY_ERROR);
        attributes.put(IMarker.MESSAGE, Messages.of(file.getProject()).get("marker.ruleFailure", message));
        attributes.put(IMarker.LINE_NUMBER, 1);
        attributes.put(ChaxuCore.RULE_ID, MODEL_PROBLEM);
        file.createMarker(ChaxuCore.PROBLEM_MARKER, attributes);
    }

    /** A DRL problem as a marker on its DRL file (a workspace path), else on the project. */
    public static void writeRuleProblem(IResource fallback, RuleProblem problem) throws CoreException {
        IResource target = problem.file().startsWith("/")
                ? ResourcesPlugin.getWorkspace().getRoot().findMember(new Path(problem.file())) : null;
        Map<String, Object> attributes = new HashMap<>();
        attributes.put(IMarker.SEVERITY, problem.isError() ? IMarker.SEVERITY_ERROR : IMarker.SEVERITY_WARNING);
        IResource on = target != null ? target : fallback;
        Messages messages = Messages.of(on.getProject());
        String message = problem.message(messages.locale());
        attributes.put(IMarker.MESSAGE, target != null ? message : problem.file() + ": " + message);
        attributes.put(IMarker.LINE_NUMBER, Math.max(problem.line(), 1));
        attributes.put(IMarker.LOCATION, messages.get("marker.lineColumn", String.valueOf(problem.line()),
                String.valueOf(problem.column())));
        on.createMarker(ChaxuCore.DRL_MARKER, attributes);
    }

    /** Rule id of the marker for a settings file that cannot be used. */
    public static final String SETTINGS_PROBLEM = "CHAXU-SETTINGS";

    /** The settings file cannot be used ("file:line: what is wrong"): an error marker at that line. */
    public static void writeSettingsProblem(IResource target, String message) throws CoreException {
        java.util.regex.Matcher located = java.util.regex.Pattern.compile("^.*?:(\\d+): (.*)$", java.util.regex.Pattern.DOTALL)
                .matcher(message);
        Map<String, Object> attributes = new HashMap<>();
        attributes.put(IMarker.SEVERITY, IMarker.SEVERITY_ERROR);
        attributes.put(IMarker.MESSAGE, Messages.of(target.getProject()).get("marker.settings",
                located.matches() ? located.group(2) : message));
        attributes.put(IMarker.LINE_NUMBER, located.matches() ? Integer.parseInt(located.group(1)) : 1);
        attributes.put(ChaxuCore.RULE_ID, SETTINGS_PROBLEM);
        target.createMarker(ChaxuCore.PROBLEM_MARKER, attributes);
    }


    /** The element's URI in the workspace file; an element of another file (a registry unit) keeps its own. */
    private static String uri(URI fileUri, LoadedModel model, EObject element) {
        if (element.eResource() != null && element.eResource() != model.resource()) {
            return org.eclipse.emf.ecore.util.EcoreUtil.getURI(element).toString();
        }
        return fileUri.appendFragment(LoadedModel.fragment(element)).toString();
    }

    public static int severity(Severity severity) {
        return switch (severity) {
        case ERROR -> IMarker.SEVERITY_ERROR;
        case WARNING -> IMarker.SEVERITY_WARNING;
        case INFO -> IMarker.SEVERITY_INFO;
        };
    }
}
