package org.chaxu.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.chaxu.engine.facts.Baseline;
import org.chaxu.engine.internal.DerivedFacts;
import org.chaxu.engine.internal.Drools;
import org.chaxu.engine.internal.FactBase;
import org.chaxu.governance.AdministrativeUnit;
import org.chaxu.governance.Indicator;
import org.chaxu.governance.Standard;
import org.chaxu.governance.GovernancePackage;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;
import org.kie.api.runtime.rule.FactHandle;
import org.kie.api.runtime.rule.QueryResults;
import org.kie.api.runtime.rule.QueryResultsRow;

/**
 * A Drools session kept for one model. The model's objects are the facts; derived facts
 * (authority chains, direct superiors) are computed once. The session listens to the
 * model: after an edit, {@link #findings()} updates only the changed facts (property-reactive:
 * {@code update(handle, object, "feature")}), inserts added and retracts removed elements,
 * and re-derives the structural facts only when the structure changed. The checker never
 * modifies the model.
 */
public final class CheckSession implements AutoCloseable {

    private static final Set<EStructuralFeature> STRUCTURE = Set.of(
            GovernancePackage.Literals.ADMINISTRATIVE_UNIT__SUPERIOR,
            GovernancePackage.Literals.ARRANGEMENT__MEMBERS,
            GovernancePackage.Literals.ARRANGEMENT__SUB_ARRANGEMENTS,
            GovernancePackage.Literals.NEGOTIATION__PARTIES,
            GovernancePackage.Literals.STANDARD__ISSUED_BY,
            GovernancePackage.Literals.GOVERNANCE_MODEL__UNITS,
            GovernancePackage.Literals.GOVERNANCE_MODEL__ARRANGEMENTS,
            GovernancePackage.Literals.GOVERNANCE_MODEL__NEGOTIATIONS);

    /** Features that messages show for elements other than the reported one. */
    private static final Set<EStructuralFeature> LABELS = Set.of(
            GovernancePackage.Literals.ELEMENT__NAME,
            GovernancePackage.Literals.ELEMENT__ID,
            GovernancePackage.Literals.STANDARD__SOURCE);

    private final RuleCatalog catalog;
    private final Resource resource;
    private final CheckOptions options;
    private final KieSession session;
    private final Map<EObject, FactHandle> handles = new IdentityHashMap<>();
    private final Map<Object, FactHandle> derived = new HashMap<>();
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
        this.catalog = catalog;
        this.resource = resource;
        this.options = options;
        this.session = Drools.call(() -> {
            KieSession s = catalog.kieBase().newKieSession();
            s.setGlobal("reporter", new Reporter(catalog, options.locale()));
            return s;
        });
        Drools.run(() -> {
            FactBase.of(resource).forEach(this::insert);
            syncDerived();
        });
        if (listen) {
            listen();
        }
    }

    /** Starts recording the model's changes (once); they are applied at the next {@link #findings()}. */
    public synchronized void listen() {
        if (!resource.eAdapters().contains(recorder)) {
            resource.eAdapters().add(recorder);
        }
    }

    /** One batch check of a model: a fresh session, its findings, disposed. */
    public static List<Finding> check(RuleCatalog catalog, Resource resource, CheckOptions options) {
        try (CheckSession session = new CheckSession(catalog, resource, options)) {
            return session.findings();
        }
    }

    /** The current findings, after applying every model change since the last call. */
    public synchronized List<Finding> findings() {
        return Drools.call(() -> {
            applyPendingChanges();
            fire();
            List<Finding> findings = new ArrayList<>();
            QueryResults rows = session.getQueryResults("chaxu findings");
            Set<EObject> named = null; // what the model names in other files, found only when a finding is there
            for (QueryResultsRow row : rows) {
                Finding finding = options.apply((Finding) row.get("$finding"));
                if (finding != null && finding.getElement().eResource() != resource && named == null) {
                    named = FactBase.named(resource);
                }
                if (finding != null && FactBase.belongs(finding.getElement(), resource, named)) {
                    findings.add(finding);
                }
            }
            findings.sort(order(resource));
            return findings;
        });
    }

    /**
     * The binding standard each standard is compared with (its baseline, as the baseline rule
     * derived it), after applying every model change since the last call. Standards without a
     * baseline are absent.
     */
    public synchronized Map<Standard, Standard> baselines() {
        return Drools.call(() -> {
            applyPendingChanges();
            fire();
            Map<Standard, Standard> baselines = new IdentityHashMap<>();
            for (QueryResultsRow row : session.getQueryResults("chaxu baselines")) {
                Baseline baseline = (Baseline) row.get("$baseline");
                baselines.put(baseline.standard(), baseline.baseline());
            }
            return baselines;
        });
    }

    /** One daemon thread for every session's time budget: it halts a check that runs too long. */
    private static final java.util.concurrent.ScheduledExecutorService TIMEOUTS = java.util.concurrent.Executors
            .newSingleThreadScheduledExecutor(task -> {
                Thread thread = new Thread(task, "chaxu-check-timeout");
                thread.setDaemon(true);
                return thread;
            });

    /**
     * Fires the rules within the budget. A rule that keeps firing (a consequence that updates
     * its own facts, say) or a check that takes too long is stopped and reported as a
     * {@link RuleFailure} naming the rule that fired most; a condition or consequence that throws
     * is reported naming its rule and DRL file.
     */
    private void fire() {
        Budget budget = Budget.current();
        Map<String, long[]> firings = new HashMap<>();
        AgendaEventListener counter = new DefaultAgendaEventListener() {
            @Override
            public void afterMatchFired(AfterMatchFiredEvent event) {
                firings.computeIfAbsent(event.getMatch().getRule().getName(), r -> new long[1])[0]++;
            }
        };
        java.util.concurrent.atomic.AtomicBoolean timedOut = new java.util.concurrent.atomic.AtomicBoolean();
        java.util.concurrent.ScheduledFuture<?> timer = TIMEOUTS.schedule(() -> {
            timedOut.set(true);
            session.halt();
        }, budget.maxSeconds(), java.util.concurrent.TimeUnit.SECONDS);
        session.addEventListener(counter);
        int fired;
        try {
            fired = session.fireAllRules((int) Math.min(Integer.MAX_VALUE, budget.maxFirings()));
        } catch (RuntimeException e) {
            throw failure(e);
        } finally {
            timer.cancel(false);
            session.removeEventListener(counter);
        }
        if (timedOut.get() || fired >= budget.maxFirings()) {
            String busiest = firings.entrySet().stream().max(Map.Entry.comparingByValue((a, b) -> Long.compare(a[0], b[0])))
                    .map(Map.Entry::getKey).orElse(null);
            String file = busiest == null ? null : fileOf(busiest);
            String why = timedOut.get() ? "the check took longer than " + budget.maxSeconds() + " s"
                    : "the rules fired " + fired + " times (the limit is " + budget.maxFirings() + ")";
            throw new RuleFailure(busiest, file, why + (busiest == null ? "" : "; rule \"" + busiest + "\"" + (file == null ? "" : " (" + file + ")")
                    + " fired most (" + firings.get(busiest)[0] + " times): it probably keeps changing the facts it matches")
                    + "; stopped (--max-firings / --timeout change the limits)", null);
        }
    }

    private String fileOf(String ruleName) {
        return catalog.fileOf(ruleName);
    }

    /** A Drools failure as a RuleFailure naming the rule, its DRL file and the element it was matching. */
    private RuleFailure failure(RuntimeException e) {
        String rule = null;
        String element = null;
        if (e instanceof ConsequenceException consequence && consequence.getMatch() != null) {
            rule = consequence.getMatch().getRule().getName();
            element = consequence.getMatch().getObjects().stream().filter(o -> o instanceof EObject).findFirst()
                    .map(o -> Labels.path((EObject) o)).orElse(null);
        } else {
            java.util.regex.Matcher named = java.util.regex.Pattern.compile("[Rr]ule \"?'?([^\"'\\]]+)").matcher(String.valueOf(e.getMessage()));
            if (named.find()) {
                rule = named.group(1).trim();
            }
        }
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String file = rule == null ? null : fileOf(rule);
        String what = rule == null ? "a rule" : "rule \"" + rule + "\"" + (file == null ? "" : " (" + file + ")");
        return new RuleFailure(rule, file, what + " failed" + (element == null ? "" : " on " + element) + ": "
                + cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage()), e);
    }

    /** Findings in document order of their elements, then by rule id and message. */
    static Comparator<Finding> order(Resource resource) {
        Map<EObject, Integer> position = new IdentityHashMap<>();
        int[] next = { 0 };
        resource.getAllContents().forEachRemaining(o -> position.put(o, next[0]++));
        return Comparator.<Finding>comparingInt(f -> position.getOrDefault(f.getElement(), Integer.MAX_VALUE))
                .thenComparing(Finding::getRuleId).thenComparing(Finding::getMessage);
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
        Drools.run(session::dispose);
    }

    private void insert(EObject object) {
        if (!handles.containsKey(object)) {
            handles.put(object, session.insert(object));
        }
    }

    private void retractTree(EObject object) {
        List<EObject> tree = new ArrayList<>();
        tree.add(object);
        object.eAllContents().forEachRemaining(tree::add);
        for (EObject o : tree) {
            FactHandle handle = handles.remove(o);
            if (handle != null) {
                session.delete(handle);
            }
        }
    }

    private void applyPendingChanges() {
        List<Notification> changes;
        synchronized (pending) {
            changes = new ArrayList<>(pending);
            pending.clear();
        }
        boolean structureChanged = false;
        boolean labelChanged = false;
        boolean standardsChanged = false;
        boolean referencesChanged = false;
        for (Notification change : changes) {
            EObject notifier = (EObject) change.getNotifier();
            EStructuralFeature feature = (EStructuralFeature) change.getFeature();
            if (feature instanceof EReference reference && reference.isContainment()) {
                for (Object removed : values(change.getOldValue())) {
                    if (removed instanceof EObject eObject && eObject.eContainer() != notifier) {
                        retractTree(eObject);
                    }
                }
                for (Object added : values(change.getNewValue())) {
                    if (added instanceof EObject eObject) {
                        insert(eObject);
                        eObject.eAllContents().forEachRemaining(this::insert);
                    }
                }
                structureChanged = true;
            }
            structureChanged |= STRUCTURE.contains(feature);
            referencesChanged |= feature instanceof EReference;
            labelChanged |= LABELS.contains(feature);
            standardsChanged |= notifier instanceof Standard || notifier instanceof Indicator;
            FactHandle handle = handles.get(notifier);
            if (handle != null) {
                // A full update, not update(handle, notifier, feature.getName()): with a property
                // mask, Drools 10.1 skips the alpha constraints of a joined pattern followed by an
                // eval and fires rules whose constraints do not hold (apache/incubator-kie#6420,
                // fixed after 10.1.0). A full update re-evaluates every pattern on the object.
                session.update(handle, notifier);
            }
        }
        if (referencesChanged) {
            syncReferenced();
        }
        if (structureChanged) {
            syncDerived();
            // A unit's conditions may depend on other units' superiors (ARR-HIERARCHY's
            // Facts.onSuperiorCycle(this)): a new or broken cycle changes every unit on it, not
            // only the edited one, so every unit is re-evaluated after a structural change.
            handles.forEach((object, handle) -> {
                if (object instanceof AdministrativeUnit) {
                    session.update(handle, object);
                }
            });
        }
        if (labelChanged) {
            // Messages name other elements than the reported one (issuers, baselines, parties):
            // after a rename every finding is made again, so that no message keeps an old name.
            handles.forEach((object, handle) -> session.update(handle, object));
        } else if (standardsChanged) {
            // A standard is compared with other standards (its baseline, its circle's bar, its
            // conflicts) that are reached through derived facts, not patterns: when a standard or
            // an indicator changes, every standard is re-evaluated, not only the edited one.
            handles.forEach((object, handle) -> {
                if (object instanceof Standard) {
                    session.update(handle, object);
                }
            });
        }
    }

    private static Collection<?> values(Object value) {
        if (value instanceof Collection<?> many) {
            return many;
        }
        return value == null ? List.of() : List.of(value);
    }

    /**
     * Inserts the elements of other files the model now reaches (a registry unit just named as a
     * member, say) and retracts those it no longer reaches.
     */
    private void syncReferenced() {
        Set<EObject> now = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        now.addAll(FactBase.of(resource));
        for (Iterator<Map.Entry<EObject, FactHandle>> it = handles.entrySet().iterator(); it.hasNext();) {
            Map.Entry<EObject, FactHandle> entry = it.next();
            if (entry.getKey().eResource() != resource && !now.contains(entry.getKey())) {
                session.delete(entry.getValue());
                it.remove();
            }
        }
        now.forEach(this::insert);
    }

    /** Inserts the derived facts that are new and retracts those that no longer hold. */
    private void syncDerived() {
        Set<Object> now = DerivedFacts.of(resource);
        for (Iterator<Map.Entry<Object, FactHandle>> it = derived.entrySet().iterator(); it.hasNext();) {
            Map.Entry<Object, FactHandle> entry = it.next();
            if (!now.contains(entry.getKey())) {
                session.delete(entry.getValue());
                it.remove();
            }
        }
        for (Object fact : now) {
            derived.computeIfAbsent(fact, session::insert);
        }
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
