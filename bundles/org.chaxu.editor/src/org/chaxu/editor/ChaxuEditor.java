// SPDX-License-Identifier: EPL-2.0
package org.chaxu.editor;

import org.chaxu.core.ChaxuProjects;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.EventObject;
import java.util.HashMap;
import java.util.List;

import org.chaxu.editor.internal.ArrangementsPage;
import org.chaxu.editor.internal.EditorContext;
import org.chaxu.editor.internal.EditorPage;
import org.chaxu.editor.internal.ElementLabels;
import org.chaxu.editor.internal.ErrorPage;
import org.chaxu.editor.internal.ItemProviders;
import org.chaxu.editor.internal.LiveCheck;
import org.chaxu.editor.internal.LiveFindings;
import org.chaxu.editor.internal.LiveMarkers;
import org.chaxu.editor.internal.Messages;
import org.chaxu.editor.internal.ModelOutline;
import org.chaxu.editor.internal.NegotiationsPage;
import org.chaxu.editor.internal.PropertySources;
import org.chaxu.editor.internal.SelectionProvider;
import org.chaxu.editor.internal.StandardsPage;
import org.chaxu.editor.internal.UnitsPage;
import org.chaxu.engine.LoadedModel;
import org.chaxu.engine.ModelLoader;
import org.chaxu.engine.ModelProblem;
import org.chaxu.governance.GovernanceModel;
import org.chaxu.core.ChaxuCore;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.forms.editor.IFormPage;
import org.eclipse.ui.ide.IGotoMarker;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.PropertySheetPage;

/**
 * The drafter's editor for {@code .chaxu} models: a form editor on an EMF editing domain
 * (command stack, undo/redo, dirty state), with pages for the units, the arrangements, the
 * standards matrix and the negotiations, an outline, the Properties view, and live checking —
 * the rules run in the background after every edit, without a save, and their findings
 * decorate the pages and the Problems view.
 * <p>
 * It never loses a user's data: a file that does not load opens on an error page (never as an
 * empty model that a save would write over the file); a save writes a temporary file beside
 * the model and renames it over the original, so a failed save leaves the old file intact; a
 * change made on disk while the editor is open is detected and offered for reload.
 */
public final class ChaxuEditor extends FormEditor implements IGotoMarker, IEditingDomainProvider, EditorContext {

    public static final String ID = "org.chaxu.editor";

    private IFile file;
    private ComposedAdapterFactory adapterFactory;
    private AdapterFactoryEditingDomain domain;
    private Messages messages;
    private ElementLabels labels;
    private LoadedModel loaded;
    private List<ModelProblem> loadProblems = List.of();
    private volatile LiveFindings findings = LiveFindings.NONE;
    private LiveCheck liveCheck;
    private LiveMarkers liveMarkers;
    private final SelectionProvider selectionProvider = new SelectionProvider();
    private ModelOutline outline;
    private PropertySheetPage propertySheet;
    private boolean saving;
    private volatile boolean closed;
    private String shownFailure;
    private long savedStamp = IResource.NULL_STAMP;
    private final List<Runnable> findingsListeners = new ArrayList<>();

    private final CommandStackListener commandStackListener = this::commandStackChanged;
    private final IResourceChangeListener resourceListener = this::resourceChanged;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof IFileEditorInput fileInput)) {
            throw new PartInitException("The Chaxu editor opens workspace files only: " + input.getName());
        }
        super.init(site, input);
        file = fileInput.getFile();
        // registry/prd-air.chaxu beside prd-air.chaxu: the tab says which
        setPartName(ChaxuProjects.shownName(file));
        messages = new Messages(ChaxuProjects.locale(file.getProject()));
        labels = new ElementLabels(messages, this::resource);
        adapterFactory = ItemProviders.adapterFactory();
        BasicCommandStack stack = new BasicCommandStack();
        domain = new org.chaxu.editor.internal.ModelDomain(adapterFactory, stack, this::resource);
        stack.addCommandStackListener(commandStackListener);
        site.setSelectionProvider(selectionProvider);
        load();
        if (isReadOnly()) {
            setPartName(getPartName() + messages.get("editor.registryCopy"));
        }
        ResourcesPlugin.getWorkspace().addResourceChangeListener(resourceListener, IResourceChangeEvent.POST_CHANGE);
        org.eclipse.core.runtime.preferences.InstanceScope.INSTANCE.getNode(org.chaxu.core.ChaxuCore.PREFERENCES)
                .addPreferenceChangeListener(languageListener);
        new org.eclipse.core.resources.ProjectScope(file.getProject()).getNode(org.chaxu.core.ChaxuCore.PREFERENCES)
                .addPreferenceChangeListener(languageListener);
    }

    /** Reads the file into the editing domain; a file that cannot be read leaves the editor on its error page. */
    private void load() {
        Path path = file.getLocation() == null ? Path.of(file.getName()) : file.getLocation().toFile().toPath();
        URI uri = URI.createPlatformResourceURI(file.getFullPath().toString(), true);
        ModelLoader loader = new ModelLoader(domain.getResourceSet());
        if (file.getProject().getLocation() != null) {
            loader.withProject(file.getProject().getName(), file.getProject().getLocation().toFile().toPath());
        }
        loaded = loader.load(path, uri);
        loadProblems = loaded.problems();
        savedStamp = file.getModificationStamp();
        if (isBroken()) {
            liveCheck = null;
            return;
        }
        if (org.chaxu.engine.Registry.isShippedCopy(path)) {
            // a copy of the national registry, wherever it lies: shown, never edited (every command refuses it)
            domain.getResourceToReadOnlyMap().put(loaded.resource(), Boolean.TRUE);
        }
        liveMarkers = new LiveMarkers(file);
        liveCheck = new LiveCheck(file, loaded.resource(), this::publish);
        liveCheck.start();
    }

    /** True when the file could not be read as a Chaxu model: the editor shows the error page and never saves. */
    public boolean isBroken() {
        return loaded == null || !loaded.isUsable() || !loaded.resource().getErrors().isEmpty();
    }

    @Override
    protected void addPages() {
        try {
            if (isBroken()) {
                addPage(new ErrorPage(this, file, loadProblems, messages));
                return;
            }
            addPage(new UnitsPage(this, this));
            addPage(new ArrangementsPage(this, this));
            addPage(new StandardsPage(this, this));
            addPage(new NegotiationsPage(this, this));
        } catch (PartInitException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- the model and its commands -------------------------------------------------------

    @Override
    public GovernanceModel model() {
        return isBroken() ? null : loaded.model();
    }

    public Resource resource() {
        return loaded == null ? null : loaded.resource();
    }

    public IFile file() {
        return file;
    }

    @Override
    public EditingDomain getEditingDomain() {
        return domain;
    }

    @Override
    public EditingDomain domain() {
        return domain;
    }

    @Override
    public ComposedAdapterFactory adapterFactory() {
        return adapterFactory;
    }

    @Override
    public Messages messages() {
        return messages;
    }

    @Override
    public ElementLabels labels() {
        return labels;
    }

    /** True when the model is a copy of the shipped national registry: the editor shows it and changes nothing. */
    public boolean isReadOnly() {
        return !isBroken() && domain.isReadOnly(loaded.resource());
    }

    @Override
    public boolean execute(Command command) {
        if (command == null || !command.canExecute() || isBroken()) {
            return false;
        }
        domain.getCommandStack().execute(command);
        return true;
    }

    public CommandStack commandStack() {
        return domain.getCommandStack();
    }

    private void commandStackChanged(EventObject event) {
        Display display = Display.getDefault();
        Runnable update = () -> {
            firePropertyChange(PROP_DIRTY);
            if (liveCheck != null) {
                liveCheck.changed();
                liveCheck.shareEdit(); // the project's other open editors check with this edit, unsaved
            }
            // the page in view follows at once; the others when they are shown (pageChange); the
            // outline follows the item providers' notifications
            Command done = ((CommandStack) event.getSource()).getMostRecentCommand();
            if (getActivePageInstance() instanceof EditorPage page) {
                if (done == null) {
                    page.refresh();
                } else {
                    page.refresh(done.getAffectedObjects());
                }
            }
            if (propertySheet != null && propertySheet.getControl() != null && !propertySheet.getControl().isDisposed()) {
                propertySheet.refresh();
            }
            Command recent = ((CommandStack) event.getSource()).getMostRecentCommand();
            if (recent != null && getActivePageInstance() instanceof EditorPage page) {
                for (Object affected : recent.getAffectedObjects()) {
                    if (affected instanceof EObject e && e.eResource() != null && page.shows(e)) {
                        page.select(e);
                        break;
                    }
                }
            }
        };
        if (Display.getCurrent() == display) {
            update.run();
        } else {
            display.asyncExec(update);
        }
    }

    // ---- live findings ------------------------------------------------------------------------

    @Override
    public LiveFindings findings() {
        return findings;
    }

    /** The live check's generation of the current model (tests wait until the findings catch up). */
    public long modelGeneration() {
        return liveCheck == null ? -1 : liveCheck.generation();
    }

    /** How long the last live check took in the background, in nanoseconds. */
    public long lastCheckNanos() {
        return liveCheck == null ? 0 : liveCheck.lastDurationNanos();
    }

    /** Called (on the UI thread) after the pages show new findings. */
    public void addFindingsListener(Runnable listener) {
        findingsListeners.add(listener);
    }

    public void removeFindingsListener(Runnable listener) {
        findingsListeners.remove(listener);
    }

    private void publish(LiveFindings result) {
        Display display = Display.getDefault();
        display.asyncExec(() -> {
            if (closed || isBroken()) {
                return;
            }
            if (liveCheck == null || result.generation() != liveCheck.generation()) {
                return; // an edit came in meanwhile; its check follows
            }
            java.util.Set<EObject> changed = result.changedSince(findings);
            findings = result;
            showFailure(result.failure());
            if (getActivePageInstance() instanceof EditorPage page) {
                page.findingsChanged(changed);
            }
            if (outline != null) {
                outline.findingsChanged(changed);
            }
            liveMarkers.write(loaded, result.all());
            for (Runnable listener : List.copyOf(findingsListeners)) {
                listener.run();
            }
        });
    }

    /** The rules' failure in every page's header (shown once, cleared when the rules check again). */
    private void showFailure(String failure) {
        if (java.util.Objects.equals(failure, shownFailure)) {
            return;
        }
        for (Object page : pages) {
            if (page instanceof IFormPage formPage && formPage.getManagedForm() != null
                    && !formPage.getManagedForm().getForm().isDisposed()) {
                formPage.getManagedForm().getForm().setMessage(
                        failure == null ? null : messages.get("live.failed", failure),
                        failure == null ? IMessageProvider.NONE : IMessageProvider.ERROR);
            }
        }
        shownFailure = failure;
    }

    /** The message the rules' failure put in the pages' headers, or null. */
    public String shownFailure() {
        return shownFailure;
    }

    // ---- pages, selection, markers ------------------------------------------------------------

    @Override
    protected void pageChange(int newPageIndex) {
        super.pageChange(newPageIndex);
        if (getActivePageInstance() instanceof EditorPage page) {
            // a page shown after commands or checks it missed catches up with the model and the findings
            page.refresh();
            page.findingsChanged(null);
        }
    }

    List<EditorPage> editorPages() {
        List<EditorPage> pages = new ArrayList<>();
        if (this.pages != null) {
            for (Object page : this.pages) {
                if (page instanceof EditorPage editorPage) {
                    pages.add(editorPage);
                }
            }
        }
        return pages;
    }

    /** The page with the given id (units, arrangements, standards, negotiations), or null. */
    public IFormPage page(String id) {
        return findPage(id);
    }

    @Override
    public void reveal(EObject element) {
        if (element == null || isBroken()) {
            return;
        }
        for (Object page : pages) {
            if (page instanceof EditorPage editorPage && page instanceof IFormPage formPage && editorPage.shows(element)) {
                setActivePage(formPage.getId());
                editorPage.select(element);
                return;
            }
        }
    }

    @Override
    public void selected(EObject element) {
        selectionProvider.setSelection(new StructuredSelection(element));
        if (outline != null) {
            outline.showSelected(element);
        }
    }

    /** Opens the page of the marker's element with the element selected (the marker's uri attribute). */
    @Override
    public void gotoMarker(IMarker marker) {
        org.chaxu.core.FindingMarker finding = org.chaxu.core.FindingMarker.of(marker);
        reveal(elementOf(finding == null ? marker.getAttribute(ChaxuCore.URI, (String) null) : finding.uri()));
    }

    /**
     * The element a marker is about, or null: an element of this editor's model, or a unit of another
     * file the model names (a finding on a registry unit is a marker on the model with the unit's URI).
     */
    public EObject elementOf(String uri) {
        if (uri == null || isBroken()) {
            return null;
        }
        return org.chaxu.editor.internal.ForeignUnits.find(resource(), uri);
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == IGotoMarker.class || adapter == IEditingDomainProvider.class) {
            return adapter.cast(this);
        }
        if (adapter == IContentOutlinePage.class && !isBroken()) {
            if (outline == null) {
                outline = new ModelOutline(this);
            }
            return adapter.cast(outline);
        }
        if (adapter == IPropertySheetPage.class && !isBroken()) {
            if (propertySheet == null || propertySheet.getControl() == null || propertySheet.getControl().isDisposed()) {
                propertySheet = new PropertySheetPage();
                propertySheet.setPropertySourceProvider(new PropertySources(adapterFactory, labels));
            }
            return adapter.cast(propertySheet);
        }
        return super.getAdapter(adapter);
    }

    // ---- saving, reverting, outside changes ---------------------------------------------------

    @Override
    public boolean isDirty() {
        return !isBroken() && ((BasicCommandStack) domain.getCommandStack()).isSaveNeeded();
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    @Override
    public void doSaveAs() {
        // one model, one file: Save As is not offered
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        if (isBroken()) {
            return;
        }
        try {
            save();
        } catch (IOException | CoreException | RuntimeException e) {
            if (monitor != null) {
                monitor.setCanceled(true);
            }
            MessageDialog.openError(getSite().getShell(), messages.get("save.failed.title"),
                    messages.get("save.failed", file.getFullPath(), e.getMessage() == null ? e.toString() : e.getMessage()));
        }
    }

    /**
     * Writes the model to a temporary file beside the original and renames it over the
     * original: the file is either the old one or the new one, never a half-written one.
     */
    public void save() throws IOException, CoreException {
        if (file.getResourceAttributes() != null && file.getResourceAttributes().isReadOnly()) {
            throw new IOException(messages.get("save.readOnly"));
        }
        // the canonical format (ModelFormat): one element per line, so that one edit is a one-line diff;
        // references spelled as the file spells them (a registry named through a copy of it keeps that path)
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (java.io.Writer out = new java.io.OutputStreamWriter(bytes, java.nio.charset.StandardCharsets.UTF_8)) {
            loaded.write(out);
        }
        Path target = file.getLocation().toFile().toPath();
        Path temporary = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".saving");
        saving = true;
        try {
            Files.write(temporary, bytes.toByteArray());
            copyPermissions(target, temporary);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
            file.refreshLocal(IResource.DEPTH_ZERO, null);
            savedStamp = file.getModificationStamp();
        } finally {
            saving = false;
            Files.deleteIfExists(temporary);
        }
        loaded = loaded.withLines(ModelLoader.lines(target));
        ((BasicCommandStack) domain.getCommandStack()).saveIsDone();
        firePropertyChange(PROP_DIRTY);
    }

    private static void copyPermissions(Path from, Path to) {
        try {
            if (Files.exists(from)) {
                Files.setPosixFilePermissions(to, Files.getPosixFilePermissions(from));
            }
        } catch (IOException | UnsupportedOperationException e) {
            // keep the temporary file's permissions where the file system has none to copy
        }
    }

    /** Throws away the unsaved changes and reads the file again. */
    public void revert() {
        reload();
    }

    /** Reads the file again (after a revert or a change on disk); the pages show the new model. */
    public void reload() {
        Resource old = resource();
        if (liveCheck != null) {
            liveCheck.shareRevert(); // the other editors of the project read this file as it is on disk
            liveCheck.dispose();
        }
        domain.getCommandStack().flush();
        if (old != null) {
            old.unload();
            domain.getResourceSet().getResources().remove(old);
        }
        findings = LiveFindings.NONE;
        load();
        while (getPageCount() > 0) {
            removePage(0);
        }
        pages.clear();
        addPages();
        if (getPageCount() > 0) {
            setActivePage(0);
        }
        if (outline != null) {
            outline.setModel(model());
        }
        firePropertyChange(PROP_DIRTY);
    }

    private void resourceChanged(IResourceChangeEvent event) {
        otherModelsChanged(event);
        IResourceDelta delta = event.getDelta() == null ? null : event.getDelta().findMember(file.getFullPath());
        if (delta == null || saving) {
            return;
        }
        boolean removed = delta.getKind() == IResourceDelta.REMOVED;
        boolean contentChanged = delta.getKind() == IResourceDelta.CHANGED
                && (delta.getFlags() & (IResourceDelta.CONTENT | IResourceDelta.REPLACED)) != 0;
        if (!removed && !(contentChanged && file.getModificationStamp() != savedStamp)) {
            return;
        }
        Display.getDefault().asyncExec(() -> {
            if (getContainer() == null || getContainer().isDisposed()) {
                return;
            }
            if (removed) {
                if (!isDirty()) {
                    getSite().getPage().closeEditor(this, false);
                }
            } else if (file.getModificationStamp() != savedStamp) {
                changedOnDisk();
            }
        });
    }

    /**
     * Another model of the project was saved, added or removed: the project is one fact base, so
     * the live check reads it again (a province's baseline binds the city edited here).
     */
    private void otherModelsChanged(IResourceChangeEvent event) {
        IResourceDelta projectDelta = event.getDelta() == null ? null : event.getDelta().findMember(file.getProject().getFullPath());
        if (projectDelta == null || liveCheck == null) {
            return;
        }
        List<IFile> others = new ArrayList<>();
        boolean[] settings = { false };
        try {
            projectDelta.accept(d -> {
                boolean changed = d.getKind() != IResourceDelta.CHANGED
                        || (d.getFlags() & (IResourceDelta.CONTENT | IResourceDelta.REPLACED)) != 0;
                if (d.getResource() instanceof IFile other && !other.equals(file) && "chaxu".equals(other.getFileExtension())
                        && changed) {
                    others.add(other);
                } else if (d.getResource() instanceof IFile other && changed
                        && other.getProjectRelativePath().segmentCount() == 2 && ".chaxu".equals(other.getProjectRelativePath().segment(0))) {
                    settings[0] = true; // the settings file or the baseline beside it
                }
                return true;
            });
        } catch (org.eclipse.core.runtime.CoreException e) {
            return;
        }
        LiveCheck live = liveCheck;
        others.forEach(live::projectModelChanged);
        if (settings[0]) {
            live.settingsChanged();
            getSite().getShell().getDisplay().asyncExec(this::followLanguage);
        }
    }

    /** A change of the Chaxu language preference (the workspace's or the project's): the editor follows it. */
    private final org.eclipse.core.runtime.preferences.IEclipsePreferences.IPreferenceChangeListener languageListener = event -> {
        org.eclipse.swt.widgets.Display display = org.eclipse.swt.widgets.Display.getDefault();
        if (!display.isDisposed()) {
            display.asyncExec(this::followLanguage);
        }
    };

    /**
     * Speaks the language Chaxu's settings choose now: a switch to Chinese (or back) updates an open
     * editor's pages, labels and findings at once, unsaved changes and the selected page kept.
     */
    private void followLanguage() {
        if (closed || isBroken() || getContainer() == null || getContainer().isDisposed()) {
            return;
        }
        java.util.Locale now = ChaxuProjects.locale(file.getProject());
        if (now.equals(messages.locale())) {
            return;
        }
        messages = new Messages(now);
        labels = new ElementLabels(messages, this::resource);
        String active = getActivePageInstance() == null ? null : getActivePageInstance().getId();
        while (getPageCount() > 0) {
            removePage(0);
        }
        addPages();
        if (active != null) {
            setActivePage(active);
        }
        if (outline != null) {
            outline.refresh();
        }
        if (liveCheck != null) {
            liveCheck.settingsChanged();
        }
    }

    /** The language of the editor's words now. */
    public java.util.Locale locale() {
        return messages.locale();
    }

    /** The file changed on disk: reload at once when nothing is unsaved, else ask. */
    private void changedOnDisk() {
        if (!isDirty() || MessageDialog.openQuestion(getSite().getShell(), messages.get("changed.title"),
                messages.get("changed.question", file.getName()))) {
            reload();
        } else {
            savedStamp = file.getModificationStamp(); // keep the user's version; a save will write it
        }
    }

    @Override
    public void dispose() {
        closed = true;
        ResourcesPlugin.getWorkspace().removeResourceChangeListener(resourceListener);
        org.eclipse.core.runtime.preferences.InstanceScope.INSTANCE.getNode(org.chaxu.core.ChaxuCore.PREFERENCES)
                .removePreferenceChangeListener(languageListener);
        if (file != null) {
            new org.eclipse.core.resources.ProjectScope(file.getProject()).getNode(org.chaxu.core.ChaxuCore.PREFERENCES)
                    .removePreferenceChangeListener(languageListener);
        }
        boolean unsaved = isDirty();
        if (domain != null) {
            domain.getCommandStack().removeCommandStackListener(commandStackListener);
        }
        if (liveCheck != null) {
            liveCheck.dispose();
            if (unsaved) {
                liveCheck.shareRevert(); // the other editors read this file as saved again
            }
        }
        if (liveMarkers != null && unsaved) {
            liveMarkers.restoreFromDisk();
        }
        super.dispose();
        if (adapterFactory != null) {
            adapterFactory.dispose();
        }
    }
}
