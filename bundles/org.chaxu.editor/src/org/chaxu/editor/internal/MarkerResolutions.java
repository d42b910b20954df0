// SPDX-License-Identifier: EPL-2.0
package org.chaxu.editor.internal;

import org.chaxu.core.ChaxuProjects;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.chaxu.editor.ChaxuEditor;
import org.chaxu.editor.QuickFix;
import org.chaxu.engine.LoadedModel;
import org.chaxu.engine.ModelLoader;
import org.chaxu.core.FindingMarker;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolutionGenerator2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.views.markers.WorkbenchMarkerResolution;

/**
 * Quick fixes on Chaxu markers in the Problems view. {@link #hasResolutions} only asks
 * whether a fix is contributed for the marker's rule id. The offered labels are computed on
 * the model as it is — the open editor's, or a read-only copy of the file when none is open;
 * running a fix opens the model in the Chaxu editor, finds the marker's element and related
 * elements by their URIs, and executes the fix's command there (undoable; the editor is left
 * dirty, the drafter saves). The same fix can be applied to several markers of one rule at once.
 */
public final class MarkerResolutions implements IMarkerResolutionGenerator2 {

    @Override
    public boolean hasResolutions(IMarker marker) {
        FindingMarker finding = FindingMarker.of(marker);
        return finding != null && QuickFixes.has(finding.ruleId());
    }

    @Override
    public IMarkerResolution[] getResolutions(IMarker marker) {
        if (!(marker.getResource() instanceof IFile file) || !hasResolutions(marker)) {
            return new IMarkerResolution[0];
        }
        EditingDomain domain;
        Resource resource;
        ChaxuEditor open = openEditor(file);
        if (open != null && !open.isBroken()) {
            domain = open.getEditingDomain();
            resource = open.resource();
        } else {
            Resource[] home = new Resource[1];
            domain = new ModelDomain(ItemProviders.adapterFactory(), new BasicCommandStack(), () -> home[0]);
            if (file.getLocation() == null) {
                return new IMarkerResolution[0];
            }
            ModelLoader loader = new ModelLoader(domain.getResourceSet());
            if (file.getProject().getLocation() != null) {
                loader.withProject(file.getProject().getName(), file.getProject().getLocation().toFile().toPath());
            }
            LoadedModel model = loader.load(file.getLocation().toFile().toPath(),
                    URI.createPlatformResourceURI(file.getFullPath().toString(), true));
            if (!model.isUsable()) {
                return new IMarkerResolution[0];
            }
            resource = model.resource();
            home[0] = resource;
        }
        List<QuickFix.Resolution> resolutions = resolutions(marker, resource, domain);
        List<IMarkerResolution> result = new ArrayList<>();
        for (int i = 0; i < resolutions.size(); i++) {
            result.add(new Fix(marker, i, resolutions.get(i)));
        }
        return result.toArray(IMarkerResolution[]::new);
    }

    /** The resolutions of a marker's finding in a model (the element and related elements found by URI). */
    static List<QuickFix.Resolution> resolutions(IMarker marker, Resource resource, EditingDomain domain) {
        FindingMarker finding = FindingMarker.of(marker);
        EObject element = finding == null ? null : element(resource, finding.uri());
        if (element == null) {
            return List.of();
        }
        List<EObject> related = new ArrayList<>();
        for (String uri : finding.relatedUris()) {
            EObject object = element(resource, uri);
            if (object != null) {
                related.add(object);
            }
        }
        Locale locale = ChaxuProjects.locale(marker.getResource().getProject());
        return QuickFixes.resolutions(finding.ruleId(), element, related, domain, locale);
    }

    private static EObject element(Resource resource, String uri) {
        return ForeignUnits.find(resource, uri);
    }

    private static ChaxuEditor openEditor(IFile file) {
        IWorkbenchPage page = activePage();
        if (page == null) {
            return null;
        }
        for (var reference : page.getEditorReferences()) {
            IEditorPart part = reference.getEditor(false);
            if (part instanceof ChaxuEditor editor && file.equals(editor.file())) {
                return editor;
            }
        }
        return null;
    }

    private static IWorkbenchPage activePage() {
        var window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        return window == null ? null : window.getActivePage();
    }

    /** One fix of one marker; applied to other markers of the same rule, it applies the fix at the same place. */
    static final class Fix extends WorkbenchMarkerResolution {
        private final IMarker marker;
        private final int index;
        private final QuickFix.Resolution resolution;

        Fix(IMarker marker, int index, QuickFix.Resolution resolution) {
            this.marker = marker;
            this.index = index;
            this.resolution = resolution;
        }

        @Override
        public String getLabel() {
            return resolution.label();
        }

        @Override
        public String getDescription() {
            return resolution.description();
        }

        @Override
        public Image getImage() {
            return null;
        }

        @Override
        public void run(IMarker target) {
            apply(target, index);
        }

        @Override
        public void run(IMarker[] targets, IProgressMonitor monitor) {
            for (IMarker target : targets) {
                apply(target, index);
            }
        }

        @Override
        public IMarker[] findOtherMarkers(IMarker[] markers) {
            FindingMarker finding = FindingMarker.of(marker);
            List<IMarker> others = new ArrayList<>();
            for (IMarker other : markers) {
                FindingMarker that = other.equals(marker) ? null : FindingMarker.of(other);
                if (finding != null && that != null && finding.ruleId().equals(that.ruleId())) {
                    others.add(other);
                }
            }
            return others.toArray(IMarker[]::new);
        }
    }

    /**
     * Opens the marker's model in the Chaxu editor and executes its fix number {@code index}
     * there; false when the model or the fix is no longer there.
     */
    public static boolean apply(IMarker marker, int index) {
        if (!marker.exists() || !(marker.getResource() instanceof IFile file)) {
            return false;
        }
        IWorkbenchPage page = activePage();
        if (page == null) {
            return false;
        }
        try {
            IEditorPart part = IDE.openEditor(page, file, ChaxuEditor.ID, true);
            if (!(part instanceof ChaxuEditor editor) || editor.isBroken()) {
                return false;
            }
            List<QuickFix.Resolution> resolutions = resolutions(marker, editor.resource(), editor.getEditingDomain());
            if (index >= resolutions.size()) {
                return false;
            }
            boolean done = editor.execute(resolutions.get(index).command());
            if (done) {
                FindingMarker finding = FindingMarker.of(marker);
                EObject element = finding == null ? null : editor.elementOf(finding.uri());
                editor.reveal(element);
            }
            return done;
        } catch (PartInitException e) {
            return false;
        }
    }

    /** For tests and callers that hold a marker: its resolutions' labels as the Problems view would show them. */
    public static List<String> labels(IMarker marker) throws CoreException {
        List<String> labels = new ArrayList<>();
        for (IMarkerResolution resolution : new MarkerResolutions().getResolutions(marker)) {
            labels.add(resolution.getLabel());
        }
        return labels;
    }
}
