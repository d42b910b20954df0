// SPDX-License-Identifier: EPL-2.0
package org.chaxu.engine.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import org.chaxu.engine.Finding;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * The findings of a session in order, kept so from what Drools adds and removes: each finding as
 * the options make it (rules off, severities), in the document order of its element, then by rule
 * and message; each model of the project's own findings; and which findings name each element, so
 * that a rename makes only their messages again. The session tells it what happened to the model
 * ({@link #moved()}, {@link #removedFrom}, {@link #renamed}, {@link #listChanged}); elements keep their
 * relative order when others are added or removed, and only when an element moved is the whole list
 * sorted again.
 */
public final class FindingOrder {

    private final Resource resource;
    /** The other models of the project (in path order). */
    private final List<Resource> context;
    /** This model and those of {@link #context}. */
    private final Set<Resource> projectModels = identitySet();
    /** What the options make of a finding as Drools made it (null: not shown). */
    private final UnaryOperator<Finding> apply;
    /** Forgets a finding's message, to be made again when next read. */
    private final Consumer<Finding> relabel;
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

    public FindingOrder(Resource resource, List<Resource> context, UnaryOperator<Finding> apply, Consumer<Finding> relabel) {
        this.resource = resource;
        this.context = List.copyOf(context);
        this.projectModels.add(resource);
        this.projectModels.addAll(context);
        this.apply = apply;
        this.relabel = relabel;
    }

    /** A finding Drools inserted (a deletion and an insertion of the same one since the last call cancel out). */
    public void inserted(Finding f) {
        if (!removed.remove(f)) {
            added.add(f);
        }
        mentions.computeIfAbsent(f.getElement(), k -> identitySet()).add(f);
        for (EObject related : f.getRelated()) {
            mentions.computeIfAbsent(related, k -> identitySet()).add(f);
        }
    }

    /** A finding Drools retracted. */
    public void deleted(Finding f) {
        if (!added.remove(f)) {
            removed.add(f);
        }
        unmention(f.getElement(), f);
        for (EObject related : f.getRelated()) {
            unmention(related, f);
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

    /** The model changed: every list made from the findings is made again when next asked for. */
    public void changed() {
        version++;
    }

    /** An element already checked moved (a MOVE, or inserted again elsewhere): the list is sorted again. */
    public void moved() {
        orderChanged = true;
    }

    /** A name, id or source changed: the messages that show it are made again when next read. */
    public void renamed(EObject element) {
        relabelled.addAll(mentions.getOrDefault(element, Set.of()));
    }

    /** An element left its container at {@code index} of {@code feature}: its findings stay at that place until dropped. */
    public void removedFrom(EObject element, EObject container, EReference feature, int index) {
        ghosts.putIfAbsent(element, new Ghost(container, feature, index));
    }

    /** A containment list changed: the positions of its elements are found again. */
    public void listChanged(Object list) {
        positions.remove(list);
    }

    /** The model may name other elements of other files now: which model reports on each is found again. */
    public void referencesChanged() {
        reporters = null;
    }

    /**
     * This session's model's findings: all of them when no fact comes from another file
     * ({@code foreignFacts} false); otherwise those on its own elements and on the elements of other
     * files it names (in a project: those it is the first model, in path order, to name).
     */
    public List<Finding> modelFindings(boolean foreignFacts) {
        OrderedFindings all = sorted();
        if (!foreignFacts) {
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
    }

    /** The findings of one model of the project, in its document order (see CheckSession#findingsIn). */
    public List<Finding> findingsIn(Resource model) {
        if (context.isEmpty()) {
            OrderedFindings all = sorted();
            if (byModel == null || byModelVersion != version) {
                byModel = byModel(all, true);
                byModelVersion = version;
            }
            return byModel.getOrDefault(model, List.of());
        }
        // a project: each model's findings are sorted on their own, so the project's list in this
        // model's order is not kept up to date (it is made again if modelFindings asks for it)
        updateShown();
        if (byModel == null || byModelVersion != version) {
            byModel = byModel(shown.values(), false);
            byModelVersion = version;
        }
        return byModel.getOrDefault(model, List.of());
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
            relabel.accept(raw);
            Finding f = shown.get(raw);
            if (f != null) {
                relabel.accept(f);
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
    public OrderedFindings sorted() {
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
                    .thenComparing(Finding::getRuleId).thenComparing(BY_MESSAGE);
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
            relabel.accept(raw);
            Finding f = shown.get(raw);
            if (f == null) {
                continue;
            }
            relabel.accept(f);
            groups.computeIfAbsent(f.getElement(), k -> new HashMap<>()).computeIfAbsent(f.getRuleId(), k -> new ArrayList<>(1))
                    .add(new Finding[] { raw, f });
        }
        for (Map<String, List<Finding[]>> byRule : groups.values()) {
            for (List<Finding[]> group : byRule.values()) {
                if (group.size() == 1 && !hasTies(group.get(0)[0])) {
                    continue; // the only finding of its element and rule: its place does not depend on its message
                }
                Finding f = group.get(0)[1];
                sorted.sort(bound(f, tie, true), bound(f, tie, false), BY_MESSAGE);
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
        Comparator<Finding> full = tie.thenComparing(BY_MESSAGE);
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
        Finding f = apply.apply(raw);
        if (f != null) {
            shown.put(raw, f);
        }
        return f;
    }

    /**
     * The order of two elements in the resource (that of {@code getAllContents}), found from their
     * containment paths, without numbering the whole model. An element outside the resource comes last.
     */
    public int documentOrder(EObject a, EObject b) {
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
     * Findings in document order of their elements, then by rule id and message: the model
     * numbered once, each finding's position looked up once (not at every comparison), then
     * one sort on the numbers.
     */
    public static List<Finding> inDocumentOrder(Collection<Finding> findings, Resource resource) {
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
                .thenComparing(p -> p.finding().getRuleId()).thenComparing(Placed::finding, BY_MESSAGE));
        List<Finding> ordered = new ArrayList<>(placed.length);
        for (Placed p : placed) {
            ordered.add(p.finding());
        }
        return ordered;
    }


    /**
     * Two findings of one element and rule: by message, then by the elements they name (two circles'
     * standards of the same value give the same message), so that the order never depends on the
     * order in which the rules fired.
     */
    static final Comparator<Finding> BY_MESSAGE = Comparator.comparing(Finding::getMessage)
            .thenComparing(FindingOrder::relatedKey);

    private static String relatedKey(Finding finding) {
        StringBuilder key = new StringBuilder();
        for (EObject related : finding.getRelated()) {
            key.append(related instanceof org.chaxu.governance.Element e && e.getId() != null ? e.getId()
                    : String.valueOf(org.eclipse.emf.ecore.util.EcoreUtil.getURI(related))).append('\u0000');
        }
        return key.toString();
    }

    private static <T> Set<T> identitySet() {
        return java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    }
}
