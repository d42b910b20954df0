// SPDX-License-Identifier: EPL-2.0
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
import org.chaxu.engine.internal.OrderedFindings;
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
import org.chaxu.governance.Arrangement;
import org.chaxu.governance.Issuer;
import org.chaxu.governance.Negotiation;
import org.chaxu.governance.logic.Hierarchy;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;
import org.kie.api.runtime.rule.FactHandle;
import org.kie.api.runtime.rule.QueryResults;
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
 * <p>Facts are updated whole ({@code update(handle, object)}), not with a property mask: with a
 * mask, Drools 10.1.0 and 10.2.0 skip the constraints of a joined pattern followed by an eval and
 * fire rules whose constraints do not hold (apache/incubator-kie#6420; IncrementalCheckTest fails
 * with masked updates on both).
 */
public final class CheckSession implements AutoCloseable {

    /** Features that messages show for elements other than the reported one. */
    private static final Set<EStructuralFeature> LABELS = Set.of(
            GovernancePackage.Literals.ELEMENT__NAME,
            GovernancePackage.Literals.ELEMENT__ID,
            GovernancePackage.Literals.STANDARD__SOURCE);

    private final RuleCatalog catalog;
    private final Resource resource;
    /** The other models of the project, checked as one fact base with this one (in path order). */
    private final List<Resource> context;
    /** This model and those of {@link #context}. */
    private final Set<Resource> projectModels = identitySet();
    private final CheckOptions options;
    private final KieSession session;
    private final Map<EObject, FactHandle> handles = new IdentityHashMap<>();
    private final Map<Object, FactHandle> derived = new HashMap<>();
    /** The derived facts of each issuer (its authorities) and negotiation (its direct superior). */
    private final Map<EObject, List<Object>> derivedBySubject = new IdentityHashMap<>();
    private final Set<AdministrativeUnit> units = identitySet();
    private final Set<Negotiation> negotiations = identitySet();
    /** The facts from other files than the model's (registry units it names, say). */
    private final Set<EObject> foreign = identitySet();
    private final Set<Arrangement> arrangements = identitySet();
    private final List<Notification> pending = new ArrayList<>();
    private final Recorder recorder = new Recorder();
    /** For each standard, the standards whose baseline it is (from the Baseline facts the rules derived). */
    private final Map<Standard, Set<Standard>> baselineOf = new IdentityHashMap<>();
    /** For each element, the findings that report on it or name it. */
    private final Map<EObject, Set<Finding>> mentions = new IdentityHashMap<>();
    /** The findings as Drools made them, in order; and what the options made of each. */
    private final OrderedFindings sorted = new OrderedFindings();
    private final Map<Finding, Finding> shown = new IdentityHashMap<>();
    private Set<Finding> added = identitySet();
    private Set<Finding> removed = identitySet();
    /** Findings whose messages name a renamed element: their messages are made again. */
    private final Set<Finding> relabelled = identitySet();
    private boolean orderChanged;

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
        this.session = Drools.call(() -> {
            KieSession s = catalog.kieBase().newKieSession();
            s.setGlobal("reporter", new Reporter(catalog, options.locale()));
            s.addEventListener(new DerivedFactsWatcher());
            return s;
        });
        Drools.run(() -> {
            FactBase.of(resource, this.context).forEach(this::insert);
            syncDerived();
        });
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
     * The current findings, after applying every model change since the last call: an unmodifiable
     * list that later edits do not change. Made in time independent of how many findings there are,
     * so a re-check after an edit costs what the edit touches.
     */
    public synchronized List<Finding> findings() {
        return Drools.call(() -> {
            applyPendingChanges();
            fire();
            OrderedFindings all = sortedFindings();
            if (foreign.isEmpty()) {
                return all.snapshot(); // every finding is on this model: no test per finding, and no copy
            }
            if (!context.isEmpty()) {
                return belongingTo(resource, all);
            }
            List<Finding> findings = new ArrayList<>(all.size());
            Set<EObject> named = null; // what the model names in other files, found only when a finding is there
            for (Finding finding : all) {
                if (finding.getElement().eResource() != resource && named == null) {
                    named = FactBase.named(resource);
                }
                if (FactBase.belongs(finding.getElement(), resource, named)) {
                    findings.add(finding);
                }
            }
            return findings;
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
            applyPendingChanges();
            fire();
            if (context.isEmpty()) {
                OrderedFindings all = sortedFindings();
                if (byModel == null || byModelVersion != version) {
                    byModel = byModel(all, true);
                    byModelVersion = version;
                }
                return byModel.getOrDefault(model, List.of());
            }
            // a project: each model's findings are sorted on their own, so the project's list in this
            // model's order is not kept up to date (it is made again if findings() asks for it)
            updateShown();
            if (byModel == null || byModelVersion != version) {
                byModel = byModel(shown.values(), false);
                byModelVersion = version;
            }
            return byModel.getOrDefault(model, List.of());
        });
    }

    /** True when {@link #sorted} was not kept up to date with {@link #shown} (see findingsIn). */
    private boolean sortedStale;

    /** The findings Drools added and removed since the last call, and the messages to make again, applied to {@link #shown}. */
    private void updateShown() {
        if (removed.isEmpty() && added.isEmpty() && relabelled.isEmpty() && !orderChanged) {
            return;
        }
        version++;
        for (Finding raw : removed) {
            shown.remove(raw);
        }
        removed = fresh(removed);
        ghosts.clear();
        for (Finding raw : relabelled) {
            raw.relabel();
            Finding f = shown.get(raw);
            if (f != null) {
                f.relabel();
            }
        }
        relabelled.clear();
        for (Finding raw : added) {
            addShown(raw);
        }
        added = fresh(added);
        orderChanged = false;
        sortedStale = true;
    }

    /**
     * Each model's findings, in its document order, made once per change: a builder asks every
     * model of a project for its findings after a save, and sorting out the project's findings once
     * per model made that a pass over all of them per model.
     */
    private Map<Resource, List<Finding>> byModel;
    private long byModelVersion = -1;
    /** Counts the changes of the findings (applied edits, findings added, removed, relabelled, reordered). */
    private long version;

    /** {@code ordered}: {@code all} is in this session's model's order (that model's findings keep it). */
    private Map<Resource, List<Finding>> byModel(Collection<Finding> all, boolean ordered) {
        Map<Resource, List<Finding>> grouped = new IdentityHashMap<>();
        for (Resource model : projectModels) {
            grouped.put(model, new ArrayList<>());
        }
        for (Finding f : all) {
            Resource home = f.getElement().eResource();
            List<Finding> mine = grouped.get(home);
            if (mine == null && home != null) {
                if (reporters == null) {
                    reporters = reporters();
                }
                Resource reporter = reporters.get(f.getElement());
                mine = reporter == null ? null : grouped.get(reporter);
            }
            if (mine != null) {
                mine.add(f);
            }
        }
        Map<Resource, List<Finding>> each = new IdentityHashMap<>();
        grouped.forEach((model, mine) -> each.put(model,
                java.util.Collections.unmodifiableList(model == resource && ordered ? mine : inDocumentOrder(mine, model))));
        return each;
    }

    /** Which model of the project reports a finding on each element of another file: the first, in path order, that names it. */
    private Map<EObject, Resource> reporters;

    private List<Finding> belongingTo(Resource model, List<Finding> all) {
        List<Finding> mine = new ArrayList<>();
        for (Finding f : all) {
            Resource home = f.getElement().eResource();
            if (home == model) {
                mine.add(f);
            } else if (!projectModels.contains(home)) {
                if (reporters == null) {
                    reporters = reporters();
                }
                if (reporters.get(f.getElement()) == model) {
                    mine.add(f);
                }
            }
        }
        return mine;
    }

    private Map<EObject, Resource> reporters() {
        List<Resource> models = new ArrayList<>(context);
        models.add(resource);
        models.sort(Comparator.comparing(r -> String.valueOf(r.getURI())));
        Map<EObject, Resource> reporter = new IdentityHashMap<>();
        for (Resource model : models) {
            for (EObject named : FactBase.named(model)) {
                if (!projectModels.contains(named.eResource())) {
                    reporter.putIfAbsent(named, model);
                }
            }
        }
        return reporter;
    }

    /**
     * The findings in order, kept up to date from what Drools added and removed since the last
     * call: removed ones are dropped, new ones inserted at their place. Elements keep their
     * relative order when others are added or removed; only when an element moved is the whole
     * list sorted again.
     */
    private OrderedFindings sortedFindings() {
        if (sortedStale) {
            // findingsIn kept only each model's findings: the list is made again from what is shown
            updateShown();
            sorted.setAll(inDocumentOrder(shown.values(), resource));
            sortedStale = false;
            version++;
            return sorted;
        }
        if (!removed.isEmpty() || !added.isEmpty() || !relabelled.isEmpty() || orderChanged) {
            version++;
        }
        if (!removed.isEmpty()) {
            List<Finding> gone = new ArrayList<>();
            for (Finding raw : removed) {
                Finding f = shown.remove(raw);
                if (f != null) {
                    gone.add(f);
                }
            }
            removed = fresh(removed);
            if (!orderChanged) { // else the list is made again from what is shown
                removeSorted(gone);
            }
        }
        ghosts.clear();
        relabel();
        if (orderChanged || added.size() > 256) {
            // many new findings (the first check) or moved elements: one sort, numbering the model once
            for (Finding raw : added) {
                addShown(raw);
            }
            sorted.setAll(inDocumentOrder(shown.values(), resource));
            orderChanged = false;
        } else {
            Comparator<Finding> order = Comparator.<Finding, EObject>comparing(Finding::getElement, this::elementOrder)
                    .thenComparing(Finding::getRuleId).thenComparing(Finding::getMessage);
            for (Finding raw : added) {
                Finding f = addShown(raw);
                if (f != null) {
                    int at = java.util.Collections.binarySearch(sorted, f, order);
                    sorted.add(at < 0 ? -at - 1 : at, f);
                }
            }
        }
        added = fresh(added);
        return sorted;
    }

    /**
     * Forgets the messages of the findings that name a renamed element, and puts each of them back
     * in order among the findings of the same element and rule (the message breaks those ties).
     */
    private void relabel() {
        if (relabelled.isEmpty()) {
            return;
        }
        Comparator<Finding> tie = Comparator.<Finding, EObject>comparing(Finding::getElement, this::elementOrder)
                .thenComparing(Finding::getRuleId);
        // grouped by element and rule: a group is put back in order once, however many it holds
        Map<EObject, Map<String, List<Finding[]>>> groups = new IdentityHashMap<>();
        for (Finding raw : relabelled) {
            raw.relabel();
            Finding f = shown.get(raw);
            if (f == null) {
                continue;
            }
            f.relabel();
            groups.computeIfAbsent(f.getElement(), k -> new HashMap<>()).computeIfAbsent(f.getRuleId(), k -> new ArrayList<>(1))
                    .add(new Finding[] { raw, f });
        }
        for (Map<String, List<Finding[]>> byRule : groups.values()) {
            for (List<Finding[]> group : byRule.values()) {
                if (group.size() == 1 && !hasTies(group.get(0)[0])) {
                    continue; // the only finding of its element and rule: its place does not depend on its message
                }
                Finding f = group.get(0)[1];
                sorted.sort(bound(f, tie, true), bound(f, tie, false), Comparator.comparing(Finding::getMessage));
            }
        }
        relabelled.clear(); // small: the findings that name one element
    }

    /**
     * Drops findings from the sorted list: each is looked up by binary search among the findings
     * of its element and rule (an element just removed from the model is placed where it was, see
     * {@link #ghosts}); those not found so are dropped in one pass over the list.
     */
    private void removeSorted(List<Finding> gone) {
        Comparator<Finding> tie = Comparator.<Finding, EObject>comparing(Finding::getElement, this::elementOrder)
                .thenComparing(Finding::getRuleId);
        // the findings on elements of other files are all in one place, ordered by rule and message:
        // the message finds them there (a scan over every finding of the rule made a save quadratic)
        Comparator<Finding> full = tie.thenComparing(Finding::getMessage);
        Set<Finding> unplaced = identitySet();
        for (Finding f : gone) {
            boolean foreign = f.getElement().eResource() != resource;
            int at = bound(f, foreign ? full : tie, true);
            int scanned = 0;
            while (at < sorted.size() && sorted.get(at) != f && (foreign ? full : tie).compare(sorted.get(at), f) == 0
                    && scanned++ < 256) {
                at++;
            }
            if (at < sorted.size() && sorted.get(at) == f) {
                sorted.remove(at);
            } else {
                unplaced.add(f);
            }
        }
        if (!unplaced.isEmpty()) {
            sorted.removeIf(unplaced::contains);
        }
    }

    /**
     * Where elements removed from the model since the last call were: their container, the
     * containment feature and their index in it. Their findings are still in the sorted list, at
     * that place, until they are dropped.
     */
    private final Map<EObject, Ghost> ghosts = new IdentityHashMap<>();

    private record Ghost(EObject container, EReference feature, int index) {
    }

    /** Document order, with an element removed since the last call where it was (just before the element now at its index). */
    private int elementOrder(EObject a, EObject b) {
        if (ghosts.isEmpty()) {
            return documentOrder(a, b);
        }
        if (a == b) {
            return 0;
        }
        List<EObject> pathA = ghostPath(a);
        List<EObject> pathB = ghostPath(b);
        if (pathA == null || pathB == null) {
            return documentOrder(a, b);
        }
        int i = 0;
        while (i < pathA.size() && i < pathB.size() && pathA.get(i) == pathB.get(i)) {
            i++;
        }
        if (i == 0) {
            return documentOrder(a, b);
        }
        if (i == pathA.size()) {
            return -1;
        }
        if (i == pathB.size()) {
            return 1;
        }
        EObject parent = pathA.get(i - 1);
        EObject childA = pathA.get(i);
        EObject childB = pathB.get(i);
        EReference featureA = feature(childA);
        EReference featureB = feature(childB);
        if (featureA != featureB) {
            List<EReference> containments = parent.eClass().getEAllContainments();
            return Integer.compare(containments.indexOf(featureA), containments.indexOf(featureB));
        }
        return Integer.compare(place(childA, parent, featureA), place(childB, parent, featureB));
    }

    /** The path from the resource's root, a removed element's path going through its former container; null when unknown. */
    private List<EObject> ghostPath(EObject object) {
        List<EObject> path = path(object);
        Ghost ghost = ghosts.get(path.get(0));
        if (ghost != null) {
            List<EObject> above = path(ghost.container());
            above.addAll(path);
            path = above;
        }
        return path.get(0).eResource() == resource && path.get(0).eContainer() == null ? path : null;
    }

    private EReference feature(EObject child) {
        Ghost ghost = ghosts.get(child);
        return ghost != null ? ghost.feature() : child.eContainmentFeature();
    }

    /** Twice the index among the siblings; a removed element just before the one now at its former index. */
    private int place(EObject child, EObject parent, EReference feature) {
        Ghost ghost = ghosts.get(child);
        if (ghost != null) {
            return 2 * ghost.index() - 1;
        }
        Object value = parent.eGet(feature);
        return value instanceof List<?> siblings ? 2 * indexIn(siblings, child) : 0;
    }

    /** True when another finding of the same rule reports on the same element (the message orders them). */
    private boolean hasTies(Finding raw) {
        for (Finding other : mentions.getOrDefault(raw.getElement(), Set.of())) {
            if (other != raw && other.getElement() == raw.getElement() && other.getRuleId().equals(raw.getRuleId())) {
                return true;
            }
        }
        return false;
    }

    /** The first index of {@code sorted} whose finding is not before {@code f} (after {@code f} when {@code lower} is false). */
    private int bound(Finding f, Comparator<Finding> order, boolean lower) {
        int lo = 0;
        int hi = sorted.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            int c = order.compare(sorted.get(mid), f);
            if (c < 0 || (!lower && c == 0)) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private Finding addShown(Finding raw) {
        Finding f = options.apply(raw);
        if (f != null) {
            shown.put(raw, f);
        }
        return f;
    }

    /**
     * The order of two elements in the resource (that of {@code getAllContents}), found from their
     * containment paths, without numbering the whole model. An element outside the resource comes last.
     */
    int documentOrder(EObject a, EObject b) {
        Resource ra = a.eResource();
        Resource rb = b.eResource();
        if (ra != resource || rb != resource) {
            // as inDocumentOrder places them: the model's own elements first, all others after, equal
            // among themselves (the rule and the message order their findings)
            if (a == b) {
                return 0;
            }
            return ra == resource ? -1 : rb == resource ? 1 : 0;
        }
        return org.chaxu.engine.facts.Facts.documentOrder(a, b, this::indexIn);
    }

    /**
     * The positions of the elements of long containment lists (a model's negotiations, a unit's
     * standards), made when first needed and dropped when that list changes: ordering two
     * findings compares their elements' indexes, and {@code List.indexOf} on a list of tens of
     * thousands of elements made an edit of a national model cost milliseconds.
     */
    private final Map<List<?>, Map<Object, Integer>> positions = new IdentityHashMap<>();

    private int indexIn(List<?> siblings, Object child) {
        if (siblings.size() < 8) {
            return siblings.indexOf(child);
        }
        Map<Object, Integer> index = positions.computeIfAbsent(siblings, list -> {
            Map<Object, Integer> at = new IdentityHashMap<>(list.size() * 2);
            int i = 0;
            for (Object o : list) {
                at.put(o, i++);
            }
            return at;
        });
        Integer at = index.get(child);
        return at != null ? at : siblings.indexOf(child);
    }

    /** An empty set in place of {@code used}: an identity set keeps the capacity it grew to, and clearing it walks all of it. */
    private static <T> Set<T> fresh(Set<T> used) {
        if (used.size() > 1024) {
            return identitySet();
        }
        used.clear();
        return used;
    }

    private static boolean containsAny(List<? extends EObject> list, Set<? extends EObject> set) {
        for (EObject o : list) {
            if (set.contains(o)) {
                return true;
            }
        }
        return false;
    }

    /** The containers of {@code object} from its root down to itself. */
    private static List<EObject> path(EObject object) {
        List<EObject> path = new ArrayList<>();
        for (EObject o = object; o != null; o = o.eContainer()) {
            path.add(o);
        }
        java.util.Collections.reverse(path);
        return path;
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
        Budget budget = Budget.current().forFacts(handles.size() + derived.size());
        Map<String, long[]> firings = new HashMap<>();
        // the rule whose consequence runs now (null between firings, while conditions are matched)
        java.util.concurrent.atomic.AtomicReference<String> firing = this.firing;
        AgendaEventListener counter = new DefaultAgendaEventListener() {
            @Override
            public void beforeMatchFired(org.kie.api.event.rule.BeforeMatchFiredEvent event) {
                firing.set(event.getMatch().getRule().getName());
            }

            @Override
            public void afterMatchFired(AfterMatchFiredEvent event) {
                firing.set(null);
                firings.computeIfAbsent(event.getMatch().getRule().getName(), r -> new long[1])[0]++;
            }
        };
        java.util.concurrent.atomic.AtomicBoolean timedOut = new java.util.concurrent.atomic.AtomicBoolean();
        java.util.concurrent.atomic.AtomicBoolean done = new java.util.concurrent.atomic.AtomicBoolean();
        java.util.concurrent.ScheduledFuture<?> timer = TIMEOUTS.schedule(() -> {
            timedOut.set(true);
            session.halt();
        }, budget.maxSeconds(), java.util.concurrent.TimeUnit.SECONDS);
        java.util.function.Consumer<String> onStuck = Budget.stuckHandler();
        java.util.concurrent.ScheduledFuture<?> watchdog = onStuck == null ? null : TIMEOUTS.schedule(() -> {
            if (!done.get()) {
                // halted, and still not back: a condition or consequence that never returns
                onStuck.accept("the check took longer than " + budget.maxSeconds() + " s and did not stop: " + stuckIn()
                        + " (--timeout changes the limit)");
            }
        }, budget.maxSeconds() + Budget.GRACE_SECONDS, java.util.concurrent.TimeUnit.SECONDS);
        session.addEventListener(counter);
        int fired;
        try {
            fired = session.fireAllRules((int) Math.min(Integer.MAX_VALUE, budget.maxFirings()));
        } catch (RuntimeException e) {
            throw failure(e);
        } catch (OutOfMemoryError e) {
            // a rule author's consequence that fills the memory is the rule's fault; the shipped rules
            // running out of memory on a large model is the machine's limit (an internal error, -Xmx)
            String rule = firing.get();
            String file = rule == null ? null : fileOf(rule);
            if (file == null || file.startsWith("rules/")) {
                throw e;
            }
            throw new RuleFailure(rule, file, "rule \"" + rule + "\" (" + file + ") ran out of memory while its consequence ran", null);
        } catch (StackOverflowError e) {
            // a rule that recurses without end (in a function it calls, say): the rule's fault, not the model's
            String rule = firing.get();
            String file = rule == null ? null : fileOf(rule);
            throw new RuleFailure(rule, file, (rule == null ? "a rule's condition" : "rule \"" + rule + "\""
                    + (file == null ? "" : " (" + file + ")")) + " recursed until the stack ran out", null);
        } finally {
            done.set(true);
            timer.cancel(false);
            if (watchdog != null) {
                watchdog.cancel(false);
            }
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

    /** The rule whose consequence runs now, or null (between firings, or while conditions are matched). */
    private final java.util.concurrent.atomic.AtomicReference<String> firing = new java.util.concurrent.atomic.AtomicReference<>();

    /**
     * What a check that does not come back is doing, for a caller that gave up waiting for it (the
     * IDE's builder): the rule whose consequence runs, with its DRL file, or that a condition runs.
     */
    public String stuckIn() {
        String rule = firing.get();
        String file = rule == null ? null : fileOf(rule);
        return rule == null ? "a rule's condition never returned (no consequence was running)"
                : "rule \"" + rule + "\"" + (file == null ? "" : " (" + file + ")") + " was running and never returned";
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
        if (cause instanceof StackOverflowError) {
            return new RuleFailure(rule, file, what + " recursed until the stack ran out" + (element == null ? "" : " on " + element), e);
        }
        return new RuleFailure(rule, file, what + " failed" + (element == null ? "" : " on " + element) + ": "
                + cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage()), e);
    }

    /**
     * Findings in document order of their elements, then by rule id and message: the model
     * numbered once, each finding's position looked up once (not at every comparison), then
     * one sort on the numbers.
     */
    static List<Finding> inDocumentOrder(Collection<Finding> findings, Resource resource) {
        Map<EObject, Integer> position = new IdentityHashMap<>();
        int[] next = { 0 };
        resource.getAllContents().forEachRemaining(o -> position.put(o, next[0]++));
        record Placed(int at, Finding finding) {
        }
        Placed[] placed = new Placed[findings.size()];
        int i = 0;
        for (Finding f : findings) {
            placed[i++] = new Placed(position.getOrDefault(f.getElement(), Integer.MAX_VALUE), f);
        }
        java.util.Arrays.sort(placed, Comparator.comparingInt(Placed::at)
                .thenComparing(p -> p.finding().getRuleId()).thenComparing(p -> p.finding().getMessage()));
        List<Finding> ordered = new ArrayList<>(placed.length);
        for (Placed p : placed) {
            ordered.add(p.finding());
        }
        return ordered;
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
        Drools.run(session::dispose);
    }

    private void insert(EObject object) {
        if (!handles.containsKey(object)) {
            handles.put(object, session.insert(object));
            if (object.eResource() != resource) {
                foreign.add(object);
            }
            if (object instanceof AdministrativeUnit unit) {
                units.add(unit);
            } else if (object instanceof Negotiation negotiation) {
                negotiations.add(negotiation);
                negotiationsOf = null;
            } else if (object instanceof Arrangement arrangement) {
                arrangements.add(arrangement);
            }
        } else {
            orderChanged = true; // an element already checked was moved
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
            units.remove(o);
            if (negotiations.remove(o)) {
                negotiationsOf = null;
            }
            arrangements.remove(o);
            foreign.remove(o);
        }
    }

    /** Containment features whose change may change derived facts of many elements: handled by a full re-derivation. */
    private static final Set<EStructuralFeature> TOP_STRUCTURE = Set.of(
            GovernancePackage.Literals.ARRANGEMENT__SUB_ARRANGEMENTS,
            GovernancePackage.Literals.GOVERNANCE_MODEL__UNITS,
            GovernancePackage.Literals.GOVERNANCE_MODEL__ARRANGEMENTS,
            GovernancePackage.Literals.GOVERNANCE_MODEL__NEGOTIATIONS);

    private void applyPendingChanges() {
        List<Notification> changes;
        synchronized (pending) {
            changes = new ArrayList<>(pending);
            pending.clear();
        }
        if (changes.isEmpty()) {
            return;
        }
        version++;
        boolean rederiveAll = false;
        Set<EObject> toUpdate = identitySet();
        Set<AdministrativeUnit> moved = identitySet();
        Set<Issuer> rechained = identitySet();
        Set<Negotiation> renegotiated = identitySet();
        Set<Indicator> indicators = identitySet();
        Set<Standard> reordered = identitySet();
        boolean membership = false;
        boolean referencesChanged = false;
        for (Notification change : changes) {
            EObject notifier = (EObject) change.getNotifier();
            EStructuralFeature feature = (EStructuralFeature) change.getFeature();
            if (change.getEventType() == Notification.MOVE) {
                orderChanged = true;
                if (change.getNewValue() instanceof Standard standard && handles.containsKey(standard)) {
                    // document order breaks ties between equally strict baselines of one authority:
                    // the moved standard is given to the rules again, as if removed and added there
                    reordered.add(standard);
                }
            }
            if (feature instanceof EReference reference && reference.isContainment()) {
                if (reference.isMany()) {
                    positions.remove(notifier.eGet(reference));
                }
                for (Object removedValue : values(change.getOldValue())) {
                    if (removedValue instanceof EObject eObject && eObject.eContainer() != notifier) {
                        if (change.getEventType() == Notification.REMOVE || change.getEventType() == Notification.SET) {
                            ghosts.putIfAbsent(eObject, new Ghost(notifier, reference,
                                    reference.isMany() ? change.getPosition() : 0));
                        }
                        retractTree(eObject);
                    }
                }
                for (Object addedValue : values(change.getNewValue())) {
                    if (addedValue instanceof EObject eObject) {
                        insert(eObject);
                        eObject.eAllContents().forEachRemaining(this::insert);
                    }
                }
                rederiveAll |= TOP_STRUCTURE.contains(feature);
            }
            // a reference may bring an element of another file into reach (a registry unit named) or
            // leave it; only then is what the model reaches followed again
            referencesChanged = referencesChanged || feature instanceof EReference && touchesOtherFiles(change);
            if (feature == GovernancePackage.Literals.ADMINISTRATIVE_UNIT__SUPERIOR) {
                moved.add((AdministrativeUnit) notifier);
            } else if (feature == GovernancePackage.Literals.ARRANGEMENT__MEMBERS) {
                membership = true;
                rechained.add((Arrangement) notifier);
                for (Object unit : values(change.getOldValue())) {
                    if (unit instanceof AdministrativeUnit u) {
                        rechained.add(u);
                    }
                }
                for (Object unit : values(change.getNewValue())) {
                    if (unit instanceof AdministrativeUnit u) {
                        rechained.add(u);
                    }
                }
            } else if (feature == GovernancePackage.Literals.NEGOTIATION__PARTIES) {
                negotiationsOf = null;
                renegotiated.add((Negotiation) notifier);
            }
            if (handles.containsKey(notifier) && (!LABELS.contains(feature) || catalog.readsLabels())) {
                toUpdate.add(notifier); // a rename alone changes no rule's match unless a rule reads names
            }
            if (notifier instanceof Standard standard) {
                // the standards whose baseline this one is compare themselves with it in an eval
                toUpdate.addAll(baselineOf.getOrDefault(standard, Set.of()));
            } else if (notifier instanceof Indicator indicator) {
                indicators.add(indicator);
            }
            if (LABELS.contains(feature)) {
                // messages name the element: they are made again when next read (Finding is lazy)
                relabelled.addAll(mentions.getOrDefault(notifier, Set.of()));
            }
        }
        for (Standard standard : reordered) {
            retractTree(standard);
            insert(standard);
        }
        if (!indicators.isEmpty()) {
            // an indicator's direction and unit are read by every comparison of its standards
            handles.keySet().stream().filter(o -> o instanceof Standard s && indicators.contains(s.getIndicator()))
                    .forEach(toUpdate::add);
        }
        if (referencesChanged) {
            reporters = null; // the model may name other elements of other files now
        }
        if (referencesChanged && syncReferenced()) {
            // elements of other files came into reach or left it: their chains are new facts
            rederiveAll = true;
        }
        if (rederiveAll) {
            syncDerived();
            toUpdate.addAll(units);
        } else if (!moved.isEmpty() || !rechained.isEmpty() || !renegotiated.isEmpty()) {
            Set<AdministrativeUnit> below = below(moved);
            // a unit's conditions depend on its superior chain (ARR-HIERARCHY's cycle): every unit
            // whose chain passes through a moved unit is re-evaluated
            toUpdate.addAll(below);
            rederive(below, rechained, renegotiated, membership);
        }
        for (EObject object : toUpdate) {
            FactHandle handle = handles.get(object);
            if (handle != null) {
                session.update(handle, object);
            }
        }
    }

    /** The units whose superior chain passes through one of {@code moved} (these included). */
    private Set<AdministrativeUnit> below(Set<AdministrativeUnit> moved) {
        Set<AdministrativeUnit> below = identitySet();
        if (moved.isEmpty()) {
            return below;
        }
        for (AdministrativeUnit unit : units) {
            if (moved.contains(unit)) {
                below.add(unit);
                continue;
            }
            for (AdministrativeUnit up : Hierarchy.superiorChain(unit)) {
                if (moved.contains(up)) {
                    below.add(unit);
                    break;
                }
            }
        }
        return below;
    }

    /**
     * Derives again the facts of the issuers and negotiations whose chains changed: the units in
     * {@code below} (their superiors changed) and the arrangements and negotiations with one of
     * them as member or party, and the issuers and negotiations named.
     */
    private void rederive(Set<AdministrativeUnit> below, Set<Issuer> issuers, Set<Negotiation> negotiationsNamed, boolean membership) {
        Set<EObject> subjects = identitySet();
        subjects.addAll(below);
        subjects.addAll(issuers);
        subjects.addAll(negotiationsNamed);
        if (!below.isEmpty()) {
            for (Arrangement a : arrangements) {
                if (containsAny(a.getMembers(), below)) {
                    subjects.add(a);
                }
            }
            if (negotiationsOf == null) {
                negotiationsOf = new IdentityHashMap<>();
                for (Negotiation n : negotiations) {
                    for (AdministrativeUnit party : n.getParties()) {
                        negotiationsOf.computeIfAbsent(party, k -> new ArrayList<>()).add(n);
                    }
                }
            }
            for (AdministrativeUnit unit : below) {
                subjects.addAll(negotiationsOf.getOrDefault(unit, List.of()));
            }
        }
        if (membership || this.membership == null) {
            this.membership = membershipIndex();
        }
        for (EObject subject : subjects) {
            if (handles.containsKey(subject)) {
                replaceDerived(subject, DerivedFacts.of(subject, unit -> this.membership.getOrDefault(unit, List.of())));
            }
        }
    }

    private Map<AdministrativeUnit, List<Arrangement>> membership;
    /** The negotiations of each party, made when first needed; dropped when parties or negotiations change. */
    private Map<AdministrativeUnit, List<Negotiation>> negotiationsOf;

    private void replaceDerived(EObject subject, List<Object> now) {
        List<Object> before = derivedBySubject.getOrDefault(subject, List.of());
        for (Object fact : before) {
            if (!now.contains(fact)) {
                FactHandle handle = derived.remove(fact);
                if (handle != null) {
                    session.delete(handle);
                }
            }
        }
        for (Object fact : now) {
            derived.computeIfAbsent(fact, session::insert);
        }
        if (now.isEmpty()) {
            derivedBySubject.remove(subject);
        } else {
            derivedBySubject.put(subject, now);
        }
    }

    private static Collection<?> values(Object value) {
        if (value instanceof Collection<?> many) {
            return many;
        }
        return value == null ? List.of() : List.of(value);
    }

    /**
     * True when a change of a reference involves an element of another file: a value of another
     * file set or unset, or elements added that name one, or elements removed while the session
     * holds elements of other files (the removed ones may have been what reached them).
     */
    private boolean touchesOtherFiles(Notification change) {
        EReference reference = (EReference) change.getFeature();
        if (!reference.isContainment()) {
            for (Object value : values(change.getOldValue())) {
                if (value instanceof EObject e && e.eResource() != resource) {
                    return true;
                }
            }
            for (Object value : values(change.getNewValue())) {
                if (value instanceof EObject e && e.eResource() != resource) {
                    return true;
                }
            }
            return false;
        }
        if (!values(change.getOldValue()).isEmpty() && !foreign.isEmpty()) {
            return true;
        }
        for (Object value : values(change.getNewValue())) {
            if (value instanceof EObject added) {
                List<EObject> tree = new ArrayList<>();
                tree.add(added);
                added.eAllContents().forEachRemaining(tree::add);
                for (EObject o : tree) {
                    for (EObject target : o.eCrossReferences()) {
                        if (target.eResource() != resource) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    /**
     * Inserts the elements of other files the model now reaches (a registry unit just named as a
     * member, say) and retracts those it no longer reaches; true when anything came or went.
     */
    private boolean syncReferenced() {
        boolean changed = false;
        Set<EObject> now = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        now.addAll(FactBase.of(resource, context));
        for (Iterator<Map.Entry<EObject, FactHandle>> it = handles.entrySet().iterator(); it.hasNext();) {
            Map.Entry<EObject, FactHandle> entry = it.next();
            if (entry.getKey().eResource() != resource && !now.contains(entry.getKey())) {
                EObject gone = entry.getKey();
                session.delete(entry.getValue());
                it.remove();
                units.remove(gone);
                if (negotiations.remove(gone)) {
                    negotiationsOf = null;
                }
                arrangements.remove(gone);
                foreign.remove(gone);
                changed = true;
            }
        }
        for (EObject element : now) {
            if (!handles.containsKey(element)) {
                insert(element);
                changed = true;
            }
        }
        return changed;
    }

    /** Inserts the derived facts that are new and retracts those that no longer hold, for the whole model. */
    private void syncDerived() {
        membership = membershipIndex();
        Map<EObject, List<Object>> now = DerivedFacts.bySubject(FactBase.of(resource, context),
                unit -> membership.getOrDefault(unit, List.of()));
        for (EObject subject : new ArrayList<>(derivedBySubject.keySet())) {
            if (!now.containsKey(subject)) {
                replaceDerived(subject, List.of());
            }
        }
        now.forEach(this::replaceDerived);
    }

    /**
     * The arrangements each unit is a member of: those of the model and of its project, in
     * document order, then those of other files the model reaches (a circle of another file that
     * names a unit of this one binds it as if it were here).
     */
    private Map<AdministrativeUnit, List<Arrangement>> membershipIndex() {
        List<EObject> all = new ArrayList<>();
        Set<EObject> listed = identitySet();
        List<Resource> models = new ArrayList<>(1 + context.size());
        models.add(resource);
        models.addAll(context);
        for (Resource model : models) {
            for (Iterator<EObject> it = model.getAllContents(); it.hasNext();) {
                EObject o = it.next();
                if (o instanceof Arrangement) {
                    all.add(o);
                    listed.add(o);
                }
            }
        }
        List<Arrangement> reached = new ArrayList<>();
        for (Arrangement a : arrangements) {
            if (!listed.contains(a)) {
                reached.add(a);
            }
        }
        reached.sort(org.chaxu.engine.facts.Facts::documentOrder);
        all.addAll(reached);
        return Hierarchy.membershipIndex(all.iterator());
    }

    private static <T> Set<T> identitySet() {
        return java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    }

    /**
     * Follows what the rules derive: the Baseline facts (which standard is whose baseline) and
     * the findings (which elements each names), so that an edit re-evaluates only what depends on it.
     */
    private final class DerivedFactsWatcher implements RuleRuntimeEventListener {
        @Override
        public void objectInserted(ObjectInsertedEvent event) {
            if (event.getObject() instanceof Baseline b) {
                baselineOf.computeIfAbsent(b.baseline(), k -> identitySet()).add(b.standard());
            } else if (event.getObject() instanceof Finding f) {
                if (!removed.remove(f)) {
                    added.add(f);
                }
                mentions.computeIfAbsent(f.getElement(), k -> identitySet()).add(f);
                for (EObject related : f.getRelated()) {
                    mentions.computeIfAbsent(related, k -> identitySet()).add(f);
                }
            }
        }

        @Override
        public void objectDeleted(ObjectDeletedEvent event) {
            if (event.getOldObject() instanceof Baseline b) {
                Set<Standard> dependents = baselineOf.get(b.baseline());
                if (dependents != null) {
                    dependents.remove(b.standard());
                    if (dependents.isEmpty()) {
                        baselineOf.remove(b.baseline());
                    }
                }
            } else if (event.getOldObject() instanceof Finding f) {
                if (!added.remove(f)) {
                    removed.add(f);
                }
                unmention(f.getElement(), f);
                for (EObject related : f.getRelated()) {
                    unmention(related, f);
                }
            }
        }

        private void unmention(EObject element, Finding f) {
            Set<Finding> findings = mentions.get(element);
            if (findings != null) {
                findings.remove(f);
                if (findings.isEmpty()) {
                    mentions.remove(element);
                }
            }
        }

        @Override
        public void objectUpdated(ObjectUpdatedEvent event) {
            // the model's own objects: nothing derived changes here
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
