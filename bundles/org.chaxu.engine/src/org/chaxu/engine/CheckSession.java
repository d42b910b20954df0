// SPDX-License-Identifier: EPL-2.0
package org.chaxu.engine;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.chaxu.engine.facts.Baseline;
import org.chaxu.engine.internal.Drools;
import org.chaxu.engine.internal.FactSync;
import org.chaxu.engine.internal.FindingOrder;
import org.chaxu.engine.internal.RuleFiring;
import org.chaxu.governance.Standard;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.kie.api.runtime.rule.QueryResultsRow;

/**
 * A Drools session kept for one model. The model's objects are the facts; derived facts
 * (authority chains, direct superiors) are computed once. The session listens to the model:
 * after an edit, {@link #findings()} re-evaluates only what the edit touches — the edited
 * objects; the standards whose baseline is an edited standard; the units below a unit whose
 * superior changed (their chains, and a cycle of superiors, changed); the findings that name a
 * renamed element — and re-derives the structural facts only of the issuers and negotiations
 * whose chains changed. The findings are kept sorted as Drools adds and removes them. The
 * checker never modifies the model.
 *
 * <p>This class is the façade of three parts, each a class of its own: {@link FactSync} applies
 * the model's changes to the facts (beside the derived facts), {@link RuleFiring} fires the rules
 * within the check's budget, and {@link FindingOrder} keeps the findings in order.
 */
public final class CheckSession implements AutoCloseable {

    private final RuleCatalog catalog;
    private final Resource resource;
    /** The other models of the project, checked as one fact base with this one (in path order). */
    private final List<Resource> context;
    /** This model and those of {@link #context}. */
    private final Set<Resource> projectModels = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    private final FindingOrder order;
    private final FactSync facts;
    private final RuleFiring firing;
    private final CheckOptions options;
    private final List<Notification> pending = new ArrayList<>();
    private final Recorder recorder = new Recorder();

    public CheckSession(RuleCatalog catalog, Resource resource, CheckOptions options) {
        this(catalog, resource, options, true);
    }

    /**
     * A session that starts recording the model's changes only when {@link #listen()} is
     * called ({@code listen == false}): an editor builds the session in the background and
     * attaches the recorder on its UI thread, where the model's adapters are changed.
     */
    public CheckSession(RuleCatalog catalog, Resource resource, CheckOptions options, boolean listen) {
        this(catalog, resource, options, listen, List.of());
    }

    /**
     * A session on {@code resource} in its project: the elements of the project's other models
     * ({@code context}) are facts too — a province's baseline kept in another file binds this
     * model's cities, a circle of another file its members — and {@link #findings()} gives this
     * model's findings, {@link #findingsIn} those of each model of the project. Only the changes of
     * {@code resource} are recorded.
     */
    public CheckSession(RuleCatalog catalog, Resource resource, CheckOptions options, boolean listen, List<Resource> context) {
        this.catalog = catalog;
        this.resource = resource;
        this.context = List.copyOf(context);
        this.projectModels.add(resource);
        this.projectModels.addAll(context);
        this.options = options;
        this.order = new FindingOrder(resource, this.context, options::apply, Finding::relabel);
        this.facts = FactSync.of(catalog, options.locale(), resource, this.context, order);
        this.firing = new RuleFiring(facts, catalog);
        Drools.run(facts::load);
        if (listen) {
            listen();
        }
    }

    /**
     * Starts recording the model's changes (once); they are applied at the next {@link #findings()}.
     */
    public synchronized void listen() {
        if (!resource.eAdapters().contains(recorder)) {
            resource.eAdapters().add(recorder);
        }
    }

    /** Records the changes of every model of the project, not only this session's model (once). */
    public synchronized void listenToProject() {
        listen();
        for (Resource model : context) {
            if (!model.eAdapters().contains(recorder)) {
                model.eAdapters().add(recorder);
            }
        }
    }

    /** One batch check of a model: a fresh session, its findings, disposed. */
    public static List<Finding> check(RuleCatalog catalog, Resource resource, CheckOptions options) {
        try (CheckSession session = new CheckSession(catalog, resource, options)) {
            return session.findings();
        }
    }

    /**
     * The current findings, after applying every model change since the last call, as the options
     * show them (rules off, severities, suppressions and baseline): an unmodifiable
     * list that later edits do not change. Made in time independent of how many findings there are,
     * so a re-check after an edit costs what the edit touches.
     */
    public synchronized List<Finding> findings() {
        return Drools.call(() -> {
            update();
            return options.shown(resource, order.modelFindings(facts.reachesOtherFiles()));
        });
    }

    /**
     * The findings of one model of the project ({@code model} is this session's model or one of its
     * context), after applying every change since the last call, in that model's document order:
     * those on its own elements, and those on an element of another file (a registry unit) that it
     * is the first model of the project, in path order, to name — each finding in one model only.
     */
    public synchronized List<Finding> findingsIn(Resource model) {
        if (!projectModels.contains(model)) {
            throw new IllegalArgumentException(model.getURI() + " is not a model of this session's project");
        }
        return Drools.call(() -> {
            update();
            return options.shown(model, order.findingsIn(model));
        });
    }

    /** Applies the changes recorded since the last call and fires the rules. */
    private void update() {
        List<Notification> changes;
        synchronized (pending) {
            changes = new ArrayList<>(pending);
            pending.clear();
        }
        facts.apply(changes);
        firing.fire();
    }

    /**
     * The binding standard each standard is compared with (its baseline, as the baseline rule
     * derived it), after applying every model change since the last call. Standards without a
     * baseline are absent.
     */
    public synchronized Map<Standard, Standard> baselines() {
        return Drools.call(() -> {
            update();
            Map<Standard, Standard> baselines = new IdentityHashMap<>();
            for (QueryResultsRow row : facts.session().getQueryResults("chaxu baselines")) {
                Baseline baseline = (Baseline) row.get("$baseline");
                baselines.put(baseline.standard(), baseline.baseline());
            }
            return baselines;
        });
    }

    /**
     * What a check that does not come back is doing, for a caller that gave up waiting for it (the
     * IDE's builder): the rule whose consequence runs, with its DRL file, or that a condition runs.
     */
    public String stuckIn() {
        return firing.stuckIn();
    }

    public RuleCatalog catalog() {
        return catalog;
    }

    public Resource resource() {
        return resource;
    }

    @Override
    public synchronized void close() {
        resource.eAdapters().remove(recorder);
        for (Resource model : context) {
            model.eAdapters().remove(recorder);
        }
        facts.dispose();
    }

    /** Records the model's changes; they are applied at the next {@link #findings()}. */
    private final class Recorder extends EContentAdapter {
        @Override
        public void notifyChanged(Notification notification) {
            super.notifyChanged(notification);
            if (notification.isTouch() || !(notification.getNotifier() instanceof EObject)
                    || !(notification.getFeature() instanceof EStructuralFeature)) {
                return;
            }
            synchronized (pending) {
                pending.add(notification);
            }
        }
    }
}
