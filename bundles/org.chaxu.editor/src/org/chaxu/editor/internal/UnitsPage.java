// SPDX-License-Identifier: EPL-2.0
package org.chaxu.editor.internal;

import static org.chaxu.governance.GovernancePackage.Literals.ADMINISTRATIVE_UNIT__CODE;
import static org.chaxu.governance.GovernancePackage.Literals.ADMINISTRATIVE_UNIT__LEVEL;
import static org.chaxu.governance.GovernancePackage.Literals.ADMINISTRATIVE_UNIT__RANK;
import static org.chaxu.governance.GovernancePackage.Literals.ADMINISTRATIVE_UNIT__SUPERIOR;
import static org.chaxu.governance.GovernancePackage.Literals.ELEMENT__ID;
import static org.chaxu.governance.GovernancePackage.Literals.ELEMENT__NAME;
import static org.chaxu.governance.GovernancePackage.Literals.ELEMENT__PROVENANCE;
import static org.chaxu.governance.GovernancePackage.Literals.GOVERNANCE_MODEL__UNITS;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.chaxu.governance.AdministrativeUnit;
import org.chaxu.governance.GovernanceFactory;
import org.chaxu.governance.GovernanceModel;
import org.chaxu.governance.Level;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.ui.forms.editor.FormEditor;

/** The administrative hierarchy as a tree (central → provinces → cities → counties). */
public final class UnitsPage extends ModelPage {

    public static final String ID = "units";

    public UnitsPage(FormEditor editor, EditorContext context) {
        super(editor, ID, context.messages().get("page.units"), context);
    }

    @Override
    protected String description() {
        return context.messages().get("page.units.description");
    }

    @Override
    protected String emptyHint() {
        return context.messages().get("page.units.empty");
    }

    @Override
    protected Object input() {
        return context.model();
    }

    @Override
    public boolean shows(EObject element) {
        return element instanceof AdministrativeUnit;
    }

    @Override
    protected List<EStructuralFeature> features(EObject element) {
        if (ForeignUnits.isForeign(element, context.model().eResource())) {
            return features(ELEMENT__NAME, ADMINISTRATIVE_UNIT__CODE, ADMINISTRATIVE_UNIT__LEVEL, ADMINISTRATIVE_UNIT__RANK,
                    ADMINISTRATIVE_UNIT__SUPERIOR);
        }
        return features(ELEMENT__NAME, ELEMENT__ID, ADMINISTRATIVE_UNIT__LEVEL, ADMINISTRATIVE_UNIT__RANK,
                ADMINISTRATIVE_UNIT__SUPERIOR, ELEMENT__PROVENANCE);
    }

    @Override
    protected List<Action> actions() {
        return List.of(
                new Action(context.messages().get("action.addUnit"), selected -> {
                    AdministrativeUnit unit = GovernanceFactory.eINSTANCE.createAdministrativeUnit();
                    unit.setName(context.messages().get("new.unit"));
                    if (selected instanceof AdministrativeUnit superior) {
                        unit.setSuperior(superior);
                        if (superior.isSetLevel() && superior.getLevel() != Level.COUNTY) {
                            unit.setLevel(Level.get(superior.getLevel().getValue() + 1));
                        }
                    } else {
                        unit.setLevel(Level.CENTRAL);
                    }
                    return Ids.onExecute(AddCommand.create(context.domain(), context.model(), GOVERNANCE_MODEL__UNITS, unit), unit,
                            context.model().eResource(), "unit");
                }));
    }

    @Override
    protected ITreeContentProvider content() {
        return new Hierarchy();
    }

    /** Units below their superiors; a unit whose superior is missing or on a cycle is a root. */
    static final class Hierarchy implements ITreeContentProvider {
        private final Map<AdministrativeUnit, List<AdministrativeUnit>> children = new IdentityHashMap<>();

        @Override
        public Object[] getElements(Object input) {
            return roots((GovernanceModel) input, children).toArray();
        }

        @Override
        public Object[] getChildren(Object parent) {
            return children.getOrDefault(parent, List.of()).toArray();
        }

        @Override
        public Object getParent(Object element) {
            return element instanceof AdministrativeUnit unit ? unit.getSuperior() : null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return !children.getOrDefault(element, List.of()).isEmpty();
        }
    }

    /**
     * The units the page shows: the units of other files the model reaches (the registry's units it
     * names and their superiors, read-only), then the model's own.
     */
    static List<AdministrativeUnit> units(GovernanceModel model) {
        List<AdministrativeUnit> units = new ArrayList<>(ForeignUnits.of(model));
        units.addAll(model.getUnits());
        return units;
    }

    /**
     * The units in hierarchy order: the roots (no superior among the units shown), each followed by
     * the units below it; units only reachable through a cycle of superiors become roots too, so
     * every unit is shown exactly once. A unit of the model whose superior is a registry unit is
     * shown below it.
     */
    static List<AdministrativeUnit> roots(GovernanceModel model, Map<AdministrativeUnit, List<AdministrativeUnit>> children) {
        children.clear();
        List<AdministrativeUnit> roots = new ArrayList<>();
        List<AdministrativeUnit> units = units(model);
        Set<AdministrativeUnit> shown = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        shown.addAll(units);
        for (AdministrativeUnit unit : units) {
            AdministrativeUnit superior = unit.getSuperior();
            if (superior == null || !shown.contains(superior)) {
                roots.add(unit);
            } else {
                children.computeIfAbsent(superior, s -> new ArrayList<>()).add(unit);
            }
        }
        Set<AdministrativeUnit> reached = new LinkedHashSet<>();
        for (AdministrativeUnit root : roots) {
            reach(root, children, reached);
        }
        for (AdministrativeUnit unit : units) {
            if (!reached.contains(unit)) {
                // on a cycle of superiors: shown as a root, its cycle edge cut
                roots.add(unit);
                children.getOrDefault(unit.getSuperior(), new ArrayList<>()).remove(unit);
                reach(unit, children, reached);
            }
        }
        return roots;
    }

    /** Every unit in hierarchy order (depth first from the roots), for the standards matrix. */
    static List<AdministrativeUnit> inHierarchyOrder(GovernanceModel model, Map<AdministrativeUnit, Integer> depth) {
        Map<AdministrativeUnit, List<AdministrativeUnit>> children = new IdentityHashMap<>();
        List<AdministrativeUnit> order = new ArrayList<>();
        for (AdministrativeUnit root : roots(model, children)) {
            walk(root, 0, children, order, depth);
        }
        return order;
    }

    private static void walk(AdministrativeUnit root, int rootLevel, Map<AdministrativeUnit, List<AdministrativeUnit>> children,
            List<AdministrativeUnit> order, Map<AdministrativeUnit, Integer> depth) {
        // iterative, so that a very deep chain of superiors cannot overflow the stack
        java.util.ArrayDeque<Object[]> stack = new java.util.ArrayDeque<>();
        stack.push(new Object[] { root, rootLevel });
        while (!stack.isEmpty()) {
            Object[] next = stack.pop();
            AdministrativeUnit unit = (AdministrativeUnit) next[0];
            int level = (Integer) next[1];
            if (depth.putIfAbsent(unit, level) != null) {
                continue;
            }
            order.add(unit);
            List<AdministrativeUnit> below = children.getOrDefault(unit, List.of());
            for (int i = below.size() - 1; i >= 0; i--) {
                stack.push(new Object[] { below.get(i), level + 1 });
            }
        }
    }

    private static void reach(AdministrativeUnit unit, Map<AdministrativeUnit, List<AdministrativeUnit>> children,
            Set<AdministrativeUnit> reached) {
        java.util.ArrayDeque<AdministrativeUnit> stack = new java.util.ArrayDeque<>();
        stack.push(unit);
        while (!stack.isEmpty()) {
            AdministrativeUnit next = stack.pop();
            if (reached.add(next)) {
                children.getOrDefault(next, List.of()).forEach(stack::push);
            }
        }
    }
}
