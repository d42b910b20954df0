// SPDX-License-Identifier: EPL-2.0
package org.chaxu.editor.internal;

import org.chaxu.core.ChaxuProjects;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.chaxu.engine.CheckOptions;
import org.chaxu.engine.CheckSession;
import org.chaxu.engine.Finding;
import org.chaxu.engine.RuleCatalog;
import org.chaxu.engine.RuleFailure;
import org.chaxu.governance.Standard;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.swt.widgets.Display;

/**
 * Checks the editor's model while it is edited, without a save. One incremental
 * {@link CheckSession} is kept on the editor's resource; it records every change, and after
 * each command this job (scheduled so that a burst of edits is checked once, not once per
 * edit) applies the changes and fires the rules in the background — the UI thread never
 * waits for Drools. Each result carries the command-stack generation it was computed for: a
 * result overtaken by a newer edit is dropped and the job runs again, so what the editor
 * shows is always the check of the model as it is now.
 */
public final class LiveCheck {

    /** Job family of the live checks (tests join it). */
    public static final Object FAMILY = LiveCheck.class;

    /**
     * Milliseconds between an edit and its check. None: a job that is already waiting is not
     * scheduled twice, and edits made while a check runs make it run once more, so a burst of
     * edits is checked once or twice, not once per edit (a delay here costs its full length:
     * the job manager wakes delayed jobs late, about 60 ms for 10 ms asked).
     */
    static final long DELAY = 0;

    private final IFile file;
    private final Resource resource;
    private final Consumer<LiveFindings> publish;
    private final AtomicLong generation = new AtomicLong();
    private final Job job;
    private CheckSession session;
    private volatile boolean disposed;
    private volatile long lastDurationNanos;
    private volatile boolean resetRequested;
    /** The options the session was made with: other options, another session. */
    private CheckOptions sessionOptions;

    /** The live checks of the open editors: an unsaved edit in one is a fact for the others of its project. */
    private static final List<LiveCheck> OPEN = new java.util.concurrent.CopyOnWriteArrayList<>();

    public LiveCheck(IFile file, Resource resource, Consumer<LiveFindings> publish) {
        this.file = file;
        this.resource = resource;
        this.publish = publish;
        OPEN.add(this);
        this.job = new Job("Chaxu: checking " + file.getName()) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                return check();
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == FAMILY;
            }
        };
        job.setSystem(true);
        job.setPriority(Job.SHORT);
    }

    /** The model changed (a command was executed, undone or redone): check it again soon. */
    public void changed() {
        generation.incrementAndGet();
        job.schedule(DELAY);
    }

    /** Checks the model now (on open and after a reload). */
    public void start() {
        job.schedule();
    }

    public long generation() {
        return generation.get();
    }

    /** How long the last check took in the background (apply changes + fire rules + query). */
    public long lastDurationNanos() {
        return lastDurationNanos;
    }

    private synchronized IStatus check() {
        if (disposed) {
            return Status.OK_STATUS;
        }
        long started = System.nanoTime();
        long seen = generation.get();
        try {
            // the project's settings as they are now: a change of them (a rule off, a suppression) is a new session
            CheckOptions options = ChaxuProjects.options(file.getProject());
            if (resetRequested || session != null && !options.equals(sessionOptions)) {
                resetRequested = false;
                closeSession();
            }
            if (session == null) {
                RuleCatalog catalog = ChaxuProjects.catalog(file.getProject());
                // the project is one fact base: the other models of the project, as saved, are facts too
                CheckSession fresh = new CheckSession(catalog, resource, options, false, projectModels());
                // The recorder's adapters go onto every element: that happens on the UI thread, where the
                // editor's item providers attach theirs, never beside it. A model edited while the session
                // was being built is checked by a new one.
                // the other models' changes too: an unsaved edit in another editor is merged into them (shareEdit)
                if (!onUiThread(fresh::listenToProject) || seen != generation.get()) {
                    onUiThread(fresh::close);
                    if (!disposed) {
                        job.schedule(DELAY);
                    }
                    return Status.OK_STATUS;
                }
                session = fresh;
                sessionOptions = options;
                // the other open editors' unsaved edits of their files, which this session read as saved
                onUiThread(() -> {
                    for (LiveCheck peer : OPEN) {
                        if (peer != this && !peer.disposed && peer.file.getProject().equals(file.getProject())
                                && !peer.resource.getContents().isEmpty() && peer.resource.getErrors().isEmpty()) {
                            otherModelEdited(peer.file, peer.resource);
                        }
                    }
                });
            }
            List<Finding> findings = session.findings(); // as the builder shows them
            Map<Standard, Standard> baselines = session.baselines();
            lastDurationNanos = System.nanoTime() - started;
            if (seen != generation.get()) {
                job.schedule(DELAY); // overtaken by an edit: the newer model is checked next
            } else if (!disposed) {
                publish.accept(new LiveFindings(findings, baselines, seen));
            }
        } catch (RuleFailure e) {
            // a rule threw or ran away: the drafter is told, in the editor, which rule and file
            closeSession();
            if (seen != generation.get()) {
                job.schedule(DELAY);
            } else if (!disposed) {
                publish.accept(LiveFindings.failed(e.getMessage(), seen));
            }
        } catch (RuntimeException | org.eclipse.core.runtime.CoreException e) {
            // The model was changed while the rules read it (or the rules failed): start afresh.
            closeSession();
            if (seen != generation.get()) {
                job.schedule(DELAY);
            } else {
                ILog.of(LiveCheck.class).log(Status.warning("Chaxu could not check " + file.getFullPath() + " live", e));
            }
        }
        return Status.OK_STATUS;
    }

    /**
     * The project's other models, read into the editor's resource set (where this model's
     * references to them resolve): those that load without errors, in path order.
     */
    private List<Resource> projectModels() {
        List<Resource> context = new java.util.ArrayList<>();
        try {
            for (IFile other : ChaxuProjects.models(file.getProject())) {
                if (other.equals(file)) {
                    continue;
                }
                org.eclipse.emf.common.util.URI uri = org.eclipse.emf.common.util.URI.createPlatformResourceURI(
                        other.getFullPath().toString(), true);
                try {
                    Resource model = resource.getResourceSet().getResource(uri, true);
                    if (model != null && model != resource && model.getErrors().isEmpty() && !model.getContents().isEmpty()
                            && !org.chaxu.engine.Registry.isCatalogue(model)) {
                        context.add(model);
                    }
                } catch (RuntimeException e) {
                    // a model of the project that does not load: the builder marks it; it adds no facts here
                    Resource broken = resource.getResourceSet().getResource(uri, false);
                    if (broken != null && broken != resource && !org.chaxu.engine.Registry.isShipped(broken.getURI())) {
                        broken.unload();
                        resource.getResourceSet().getResources().remove(broken);
                    }
                }
            }
        } catch (org.eclipse.core.runtime.CoreException e) {
            return List.of();
        }
        return context;
    }

    /**
     * Another model of the project changed on disk: it is read again and the model is checked
     * with it (the session is made anew).
     */
    public void projectModelChanged(IFile other) {
        Job reread = Job.create("Chaxu: reading " + other.getName(), monitor -> {
            synchronized (LiveCheck.this) {
                org.eclipse.emf.common.util.URI uri = org.eclipse.emf.common.util.URI.createPlatformResourceURI(
                        other.getFullPath().toString(), true);
                Resource stale = resource.getResourceSet().getResource(uri, false);
                if (stale != null && stale != resource && !org.chaxu.engine.Registry.isShipped(stale.getURI())) {
                    onUiThread(() -> {
                        stale.unload();
                        resource.getResourceSet().getResources().remove(stale);
                    });
                }
            }
            reset();
        });
        reread.setSystem(true);
        reread.schedule();
    }

    /**
     * The project's settings file (or the baseline it names) changed: the model is checked again,
     * with a new session when the options it makes differ (a rule off, a suppression, a baseline).
     */
    public void settingsChanged() {
        generation.incrementAndGet();
        job.schedule(DELAY);
    }

    /** Drops the session (after a reload: the resource's contents are new). */
    public void reset() {
        resetRequested = true;
        generation.incrementAndGet();
        job.schedule();
    }

    /**
     * This editor's model was edited (on the UI thread): the other open editors of the project check
     * with the model as it is now, unsaved — an edit of the province's baseline decorates an open
     * city editor before it is saved. Each merges the edited model into its copy of that file
     * ({@link ModelMerge}: the edit's changes only), which its session then re-checks.
     */
    public void shareEdit() {
        if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof org.chaxu.governance.GovernanceModel)
                || !resource.getErrors().isEmpty()) {
            return;
        }
        for (LiveCheck peer : OPEN) {
            if (peer != this && !peer.disposed && peer.file.getProject().equals(file.getProject())) {
                peer.otherModelEdited(file, resource);
            }
        }
    }

    /** The editors of the project whose files this editor's unsaved edits changed: reread from disk when it closes unsaved. */
    public void shareRevert() {
        for (LiveCheck peer : OPEN) {
            if (peer != this && !peer.disposed && peer.file.getProject().equals(file.getProject())) {
                peer.projectModelChanged(file);
            }
        }
    }

    private void otherModelEdited(IFile other, Resource edited) {
        org.eclipse.emf.common.util.URI uri = org.eclipse.emf.common.util.URI.createPlatformResourceURI(other.getFullPath().toString(), true);
        Resource mine = resource.getResourceSet().getResource(uri, false);
        if (mine == null || mine == resource || !mine.isLoaded() || org.chaxu.engine.Registry.isShipped(mine.getURI())) {
            return; // not a fact of this editor's check (a model that did not load): nothing to follow
        }
        try {
            if (org.chaxu.engine.ModelMerge.merge(mine, edited) > 0) {
                changed();
            }
        } catch (RuntimeException e) {
            projectModelChanged(other);
        }
    }

    /** Stops checking; the session is closed in the background (never waiting for a running check). */
    public void dispose() {
        OPEN.remove(this);
        disposed = true;
        job.cancel();
        Job close = Job.create("Chaxu: closing the live check of " + file.getName(), monitor -> {
            synchronized (LiveCheck.this) {
                closeSession();
            }
        });
        close.setSystem(true);
        close.schedule();
    }

    private void closeSession() {
        if (session != null) {
            onUiThread(session::close);
            session = null;
        }
    }

    /** Runs on the UI thread (waiting for it); false when there is no UI thread any more or the work failed. */
    private static boolean onUiThread(Runnable work) {
        Display display = Display.getDefault();
        if (display.isDisposed()) {
            return false;
        }
        boolean[] done = { false };
        try {
            display.syncExec(() -> {
                try {
                    work.run();
                    done[0] = true;
                } catch (RuntimeException e) {
                    // a session that cannot attach or detach is dropped
                }
            });
        } catch (org.eclipse.swt.SWTException e) {
            return false;
        }
        return done[0];
    }
}
