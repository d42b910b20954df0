// SPDX-License-Identifier: EPL-2.0
package org.chaxu.engine.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import java.util.Locale;

import org.chaxu.engine.Finding;
import org.chaxu.engine.Reporter;
import org.chaxu.engine.RuleCatalog;
import org.chaxu.governance.AdministrativeUnit;
import org.chaxu.governance.Arrangement;
import org.chaxu.governance.GovernancePackage;
import org.chaxu.governance.Indicator;
import org.chaxu.governance.Issuer;
import org.chaxu.governance.Negotiation;
import org.chaxu.governance.Standard;
import org.chaxu.governance.logic.Hierarchy;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

/**
 * The facts of a session kept in step with its model, beside the facts derived from it
 * ({@link DerivedFacts}: authority chains, direct superiors): the model's objects (and the elements
 * of other files it reaches) inserted and retracted as they come and go, updated when they change,
 * and the derived facts made again only for what an edit touches. It tells the {@link FindingOrder}
 * what moved, left or was renamed. It knows which features of the metamodel change what; nothing
 * else in the session does.
 *
 * <p>Facts are updated whole ({@code update(handle, object)}), not with a property mask: with a
 * mask, Drools 10.1.0 and 10.2.0 skip the constraints of a joined pattern followed by an eval and
 * fire rules whose constraints do not hold (apache/incubator-kie#6420; IncrementalCheckTest fails
 * with masked updates on both).
 */
public final class FactSync {

    /** Features that messages show for elements other than the reported one. */
    private static final Set<EStructuralFeature> LABELS = Set.of(
            GovernancePackage.Literals.ELEMENT__NAME,
            GovernancePackage.Literals.ELEMENT__ID,
            GovernancePackage.Literals.STANDARD__SOURCE);

    private final KieSession session;
    private final Resource resource;
    /** The other models of the project, checked as one fact base with this one (in path order). */
    private final List<Resource> context;
    /** Whether a rule reads names: only then does a rename alone re-evaluate the renamed element. */
    private final boolean readsLabels;
    private final FindingOrder order;
    private final Map<EObject, FactHandle> handles = new IdentityHashMap<>();
    private final Map<Object, FactHandle> derived = new HashMap<>();
    /** The derived facts of each issuer (its authorities) and negotiation (its direct superior). */
    private final Map<EObject, List<Object>> derivedBySubject = new IdentityHashMap<>();
    private final Set<AdministrativeUnit> units = identitySet();
    private final Set<Negotiation> negotiations = identitySet();
    /** The facts from other files than the model's (registry units it names, say). */
    private final Set<EObject> foreign = identitySet();
    private final Set<Arrangement> arrangements = identitySet();
    /** The baseline of every standard, derived here and kept in step (not by the rules). */
    private final Baselines baselines;

    private FactSync(KieSession session, Resource resource, List<Resource> context, boolean readsLabels, FindingOrder order) {
        this.session = session;
        this.resource = resource;
        this.context = List.copyOf(context);
        this.readsLabels = readsLabels;
        this.order = order;
        this.baselines = new Baselines(session, issuer -> derivedBySubject.getOrDefault(issuer, List.of()));
    }

    /**
     * A new session of the catalogue for {@code resource} in its project ({@code context}), its
     * reporter speaking {@code locale}; the findings the rules insert and retract go to {@code order}.
     * Nothing is inserted before {@link #load()}.
     */
    public static FactSync of(RuleCatalog catalog, Locale locale, Resource resource, List<Resource> context, FindingOrder order) {
        return Drools.call(() -> {
            KieSession session = catalog.kieBase().newKieSession();
            session.setGlobal("reporter", new Reporter(catalog, locale));
            FactSync facts = new FactSync(session, resource, context, catalog.readsLabels(), order);
            session.addEventListener(facts.new DerivedFactsWatcher());
            return facts;
        });
    }

    /** The Drools session these facts are in. */
    public KieSession session() {
        return session;
    }

    /** The facts of a type the session holds now (those the rules inserted too), for a look inside. */
    public <T> List<T> factsOf(Class<T> type) {
        List<T> found = new ArrayList<>();
        for (Object fact : session.getObjects(type::isInstance)) {
            found.add(type.cast(fact));
        }
        return found;
    }

    /** True when the session holds this object of the model as a fact. */
    public boolean holds(EObject object) {
        return handles.containsKey(object);
    }

    /** Ends the Drools session. */
    public void dispose() {
        Drools.run(session::dispose);
    }

    /** Inserts the model's elements, those of its project and those of other files it reaches, and derives their facts. */
    public void load() {
        FactBase.of(resource, context).forEach(this::insert);
        syncDerived();
        baselines.deriveAll();
        baselines.flush();
    }

    /** How many facts the session holds (the model's and the derived ones): the check's budget grows with it. */
    public long size() {
        return handles.size() + derived.size();
    }

    /** True when a fact comes from another file than the model (a registry unit it names, say). */
    public boolean reachesOtherFiles() {
        return !foreign.isEmpty();
    }

    /** Follows the findings the rules insert and withdraw (to the {@link FindingOrder}). */
    private final class DerivedFactsWatcher implements RuleRuntimeEventListener {
        @Override
        public void objectInserted(ObjectInsertedEvent event) {
            if (event.getObject() instanceof Finding f) {
                order.inserted(f);
            }
        }

        @Override
        public void objectDeleted(ObjectDeletedEvent event) {
            if (event.getOldObject() instanceof Finding f) {
                order.deleted(f);
            }
        }

        @Override
        public void objectUpdated(ObjectUpdatedEvent event) {
            // the model's own objects: nothing derived changes here
        }
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
            } else if (object instanceof Standard standard) {
                baselines.added(standard);
            }
        } else {
            order.moved(); // an element already checked was moved
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
                if (o instanceof Standard standard) {
                    baselines.removed(standard);
                }
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

    /**
     * Applies the model's changes since the last call to the facts: elements added and removed
     * (inserted, retracted), the objects changed updated, the standards whose baseline changed and
     * the units whose superior chain changed re-evaluated, and the derived facts made again only for
     * the issuers and negotiations whose chains changed.
     */
    public void apply(List<Notification> changes) {
        if (changes.isEmpty()) {
            return;
        }
        order.changed();
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
                order.moved();
                if (change.getNewValue() instanceof Standard standard && handles.containsKey(standard)) {
                    // document order breaks ties between equally strict baselines of one authority:
                    // the moved standard is given to the rules again, as if removed and added there
                    reordered.add(standard);
                }
            }
            if (feature instanceof EReference reference && reference.isContainment()) {
                if (reference.isMany()) {
                    order.listChanged(notifier.eGet(reference));
                }
                for (Object removedValue : values(change.getOldValue())) {
                    if (removedValue instanceof EObject eObject && eObject.eContainer() != notifier) {
                        if (change.getEventType() == Notification.REMOVE || change.getEventType() == Notification.SET) {
                            order.removedFrom(eObject, notifier, reference, reference.isMany() ? change.getPosition() : 0);
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
            if (handles.containsKey(notifier) && (!LABELS.contains(feature) || readsLabels)) {
                toUpdate.add(notifier); // a rename alone changes no rule's match unless a rule reads names
            }
            if (notifier instanceof Standard standard) {
                // the standards whose baseline this one is compare themselves with it in an eval
                // (and a message may quote its source)
                toUpdate.addAll(baselines.dependentsOf(standard));
                if (!LABELS.contains(feature)) {
                    baselines.changed(standard);
                }
            } else if (notifier instanceof Indicator indicator) {
                indicators.add(indicator);
            }
            if (LABELS.contains(feature)) {
                // messages name the element: they are made again when next read (Finding is lazy)
                order.renamed(notifier);
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
            indicators.forEach(baselines::indicatorChanged);
        }
        if (referencesChanged) {
            order.referencesChanged(); // the model may name other elements of other files now
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
        baselines.flush();
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
        if (subject instanceof Issuer issuer && !before.equals(now)) {
            baselines.chainChanged(issuer, before, now);
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
                if (gone instanceof Standard standard) {
                    baselines.removed(standard);
                }
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


    private static boolean containsAny(List<? extends EObject> list, Set<? extends EObject> set) {
        for (EObject o : list) {
            if (set.contains(o)) {
                return true;
            }
        }
        return false;
    }

    private static <T> Set<T> identitySet() {
        return java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    }
}
