// SPDX-License-Identifier: EPL-2.0
package org.chaxu.engine.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.chaxu.engine.CheckOptions;
import org.chaxu.engine.CheckSession;
import org.chaxu.engine.Finding;
import org.chaxu.engine.LoadedModel;
import org.chaxu.engine.ModelLoader;
import org.chaxu.engine.RuleCatalog;
import org.chaxu.engine.RuleFailure;
import org.chaxu.engine.RuleSource;
import org.chaxu.engine.facts.Authority;
import org.chaxu.engine.internal.FactSync;
import org.chaxu.engine.internal.FindingOrder;
import org.chaxu.engine.internal.RuleFiring;
import org.chaxu.governance.AdministrativeUnit;
import org.chaxu.governance.GovernanceModel;
import org.chaxu.governance.Issuer;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The three parts of a {@link CheckSession}, each on its own: {@link FindingOrder} keeps findings in
 * document order whatever order Drools gives them in; {@link FactSync} keeps the facts in step with
 * the model's changes; {@link RuleFiring} fires within the budget and names a runaway rule.
 */
class SessionPartsTest {

    static LoadedModel prd() throws Exception {
        return new ModelLoader().load(Examples.file("prd-air.chaxu"));
    }

    @Nested
    class FindingOrderPart {

        /** The worked case's findings, as a session gives them (in document order, then rule, then message). */
        List<Finding> expected;
        LoadedModel model;

        FindingOrderPart() throws Exception {
            model = prd();
            expected = CheckSession.check(RuleCatalog.shipped(), model.resource(), CheckOptions.DEFAULT);
            assertTrue(expected.size() > 10, "the worked case has findings: " + expected.size());
        }

        private FindingOrder order(java.util.function.UnaryOperator<Finding> apply) {
            return new FindingOrder(model.resource(), List.of(), apply, f -> {
            });
        }

        @Test
        void findingsInsertedInAnyOrderAreShownInDocumentOrder() {
            for (long seed = 1; seed <= 5; seed++) {
                List<Finding> shuffled = new ArrayList<>(expected);
                Collections.shuffle(shuffled, new Random(seed));
                FindingOrder order = order(f -> f);
                shuffled.forEach(order::inserted);
                assertEquals(expected, order.modelFindings(false), "seed " + seed);
            }
        }

        @Test
        void deletedFindingsLeaveTheOthersInOrderAndADeletionThenInsertionCancelsOut() {
            FindingOrder order = order(f -> f);
            expected.forEach(order::inserted);
            assertEquals(expected, order.modelFindings(false));
            List<Finding> kept = new ArrayList<>();
            for (int i = 0; i < expected.size(); i++) {
                if (i % 3 == 0) {
                    order.deleted(expected.get(i));
                } else {
                    kept.add(expected.get(i));
                }
            }
            Finding back = expected.get(3);
            order.inserted(back); // deleted above, inserted again before anyone asked
            kept.add(kept.indexOf(expected.get(4)), back);
            assertEquals(kept, order.modelFindings(false));
            assertEquals(kept, order.findingsIn(model.resource()));
        }

        @Test
        void whatTheOptionsHideIsNotShown() {
            FindingOrder order = order(f -> f.getRuleId().startsWith("BASE-") ? null : f);
            expected.forEach(order::inserted);
            List<Finding> shown = order.modelFindings(false);
            assertFalse(shown.isEmpty());
            assertTrue(shown.stream().noneMatch(f -> f.getRuleId().startsWith("BASE-")), shown::toString);
            assertEquals(expected.stream().filter(f -> !f.getRuleId().startsWith("BASE-")).toList(), shown);
        }

        @Test
        void aMoveSortsTheWholeListAgainAfterTheModelChanged() {
            FindingOrder order = order(f -> f);
            expected.forEach(order::inserted);
            order.modelFindings(false);
            // the first unit with findings moved to the end of the model's units
            GovernanceModel root = (GovernanceModel) model.resource().getContents().get(0);
            AdministrativeUnit first = (AdministrativeUnit) expected.stream().map(Finding::getElement)
                    .filter(e -> e instanceof AdministrativeUnit).findFirst().orElseThrow();
            root.getUnits().move(root.getUnits().size() - 1, first);
            order.changed();
            order.moved();
            List<Finding> now = order.modelFindings(false);
            assertEquals(new TreeSet<>(ids(expected)), new TreeSet<>(ids(now)));
            assertEquals(FindingOrder.inDocumentOrder(now, model.resource()), now);
            assertFalse(now.equals(expected), "the moved unit's findings come last now");
        }

        private List<String> ids(List<Finding> findings) {
            return findings.stream().map(f -> f.getRuleId() + " " + f.getMessage()).toList();
        }
    }

    @Nested
    class FactSyncPart {

        @Test
        void aUnitGivenAnotherSuperiorGetsTheAuthoritiesOfItsNewChainAndARemovedElementLeaves() throws Exception {
            LoadedModel model = prd();
            Resource resource = model.resource();
            FactSync facts = FactSync.of(RuleCatalog.shipped(), Locale.ENGLISH, resource, List.of(),
                    new FindingOrder(resource, List.of(), f -> f, f -> {
                    }));
            try {
                facts.load();
                AdministrativeUnit foshan = (AdministrativeUnit) element(resource, "foshan");
                AdministrativeUnit guangdong = foshan.getSuperior();
                AdministrativeUnit central = guangdong.getSuperior();
                Set<String> before = authoritiesOf(facts, foshan);
                assertTrue(before.containsAll(Set.of(guangdong.getId(), central.getId())), before::toString);

                List<Notification> changes = new ArrayList<>();
                EContentAdapter recorder = new EContentAdapter() {
                    @Override
                    public void notifyChanged(Notification n) {
                        super.notifyChanged(n);
                        if (!n.isTouch()) {
                            changes.add(n);
                        }
                    }
                };
                resource.eAdapters().add(recorder);
                foshan.setSuperior(central); // Foshan straight under the State Council
                facts.apply(changes);
                Set<String> after = authoritiesOf(facts, foshan);
                assertFalse(after.contains(guangdong.getId()), after::toString);
                assertTrue(after.contains(central.getId()), after::toString);
                // what a fresh session derives from the edited model
                FactSync fresh = FactSync.of(RuleCatalog.shipped(), Locale.ENGLISH, resource, List.of(),
                        new FindingOrder(resource, List.of(), f -> f, f -> {
                        }));
                fresh.load();
                assertEquals(authoritiesOf(fresh, foshan), after);
                assertEquals(fresh.size(), facts.size());
                fresh.dispose();

                changes.clear();
                EObject standard = element(resource, "foshan-voc-furniture");
                assertTrue(facts.holds(standard));
                long size = facts.size();
                org.eclipse.emf.ecore.util.EcoreUtil.remove(standard);
                facts.apply(changes);
                assertFalse(facts.holds(standard));
                assertEquals(size - 1, facts.size());
                resource.eAdapters().remove(recorder);
            } finally {
                facts.dispose();
            }
        }

        private Set<String> authoritiesOf(FactSync facts, Issuer subject) {
            Set<String> ids = new TreeSet<>();
            for (Authority a : facts.factsOf(Authority.class)) {
                if (a.subject() == subject) {
                    ids.add(a.authority().getId());
                }
            }
            return ids;
        }
    }

    static EObject element(Resource resource, String id) {
        for (java.util.Iterator<EObject> it = resource.getAllContents(); it.hasNext();) {
            EObject o = it.next();
            if (o instanceof org.chaxu.governance.Element e && id.equals(e.getId())) {
                return o;
            }
        }
        throw new AssertionError("no element " + id);
    }

    @Nested
    class RuleFiringPart {

        @Test
        void theShippedRulesFireWithinTheBudgetAndARunawayRuleIsStoppedAndNamed() throws Exception {
            String runaway = "package org.example.runaway;\nimport org.chaxu.governance.*;\n"
                    + "rule \"Touches every unit again and again\"\nwhen\n  $u : AdministrativeUnit()\nthen\n  update($u);\nend\n";
            RuleCatalog withRunaway = RuleCatalog.withShipped(List.of(new RuleSource("rules/runaway.drl", runaway)),
                    RuleCatalog.shippedMessages());
            System.setProperty("chaxu.maxFirings", "5000");
            try {
                for (RuleCatalog rules : List.of(RuleCatalog.shipped(), withRunaway)) {
                    LoadedModel model = prd();
                    FindingOrder order = new FindingOrder(model.resource(), List.of(), f -> f, f -> {
                    });
                    FactSync facts = FactSync.of(rules, Locale.ENGLISH, model.resource(), List.of(), order);
                    try {
                        facts.load();
                        RuleFiring firing = new RuleFiring(facts, rules);
                        assertEquals("a rule's condition never returned (no consequence was running)", firing.stuckIn());
                        if (rules == withRunaway) {
                            RuleFailure failure = assertThrows(RuleFailure.class, firing::fire);
                            assertEquals("Touches every unit again and again", failure.rule());
                            assertEquals("rules/runaway.drl", failure.file());
                            assertTrue(failure.getMessage().contains("the limit is 5000"), failure.getMessage());
                        } else {
                            firing.fire();
                            // the findings the rules inserted reached the order, as a session shows them
                            assertEquals(CheckSession.check(rules, model.resource(), CheckOptions.DEFAULT).stream().map(Finding::text).toList(),
                                    order.modelFindings(false).stream().map(Finding::text).toList());
                            assertEquals(order.modelFindings(false).size(), facts.factsOf(Finding.class).size());
                        }
                    } finally {
                        facts.dispose();
                    }
                }
            } finally {
                System.clearProperty("chaxu.maxFirings");
            }
        }
    }
}
