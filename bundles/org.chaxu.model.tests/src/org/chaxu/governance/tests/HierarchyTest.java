// SPDX-License-Identifier: EPL-2.0
package org.chaxu.governance.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.chaxu.governance.AdministrativeUnit;
import org.chaxu.governance.Arrangement;
import org.chaxu.governance.ArrangementKind;
import org.chaxu.governance.Element;
import org.chaxu.governance.GovernanceFactory;
import org.chaxu.governance.GovernanceModel;
import org.chaxu.governance.Issuer;
import org.chaxu.governance.Level;
import org.chaxu.governance.Negotiation;
import org.chaxu.governance.logic.Hierarchy;
import org.eclipse.emf.common.util.BasicEList;
import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.URI;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The derived hierarchy operations on the worked cases: superior chains, "is above", the lowest
 * common superior (the direct superior of a negotiation) and the authority chain of an issuer.
 */
class HierarchyTest {

    private static final GovernanceFactory F = GovernanceFactory.eINSTANCE;
    private static final Duration QUICKLY = Duration.ofSeconds(5);

    private static GovernanceModel prd;
    private static GovernanceModel jjj;
    private static GovernanceModel xx;

    @BeforeAll
    static void loadExamples() {
        prd = ExampleModels.model("prd-air.chaxu");
        jjj = ExampleModels.model("jjj-air.chaxu");
        xx = ExampleModels.model("xian-xianyang-transport.chaxu");
    }

    private static AdministrativeUnit unit(GovernanceModel model, String id) {
        return ExampleModels.byId(model, id, AdministrativeUnit.class);
    }

    private static Arrangement arrangement(GovernanceModel model, String id) {
        return ExampleModels.byId(model, id, Arrangement.class);
    }

    private static EList<AdministrativeUnit> units(GovernanceModel model, String... ids) {
        EList<AdministrativeUnit> units = new BasicEList<>();
        for (String id : ids) {
            units.add(unit(model, id));
        }
        return units;
    }

    private static List<String> ids(List<? extends Element> elements) {
        return elements.stream().map(Element::getId).toList();
    }

    // ---- lowest common superior / direct superior -------------------------------------------

    @Test
    void twoCitiesOfOneProvinceGiveTheProvince() {
        assertSame(unit(xx, "shaanxi"), xx.lowestCommonSuperior(units(xx, "xian", "xianyang")));
        assertSame(unit(prd, "guangdong"), prd.lowestCommonSuperior(units(prd, "guangzhou", "foshan")));
        assertSame(unit(prd, "guangdong"), prd.lowestCommonSuperior(units(prd, "foshan", "guangzhou")),
                "the order of the units does not matter");
        assertSame(unit(jjj, "hebei"), jjj.lowestCommonSuperior(units(jjj, "baoding", "langfang")));
    }

    @Test
    void threeProvincialLevelUnitsGiveTheCentralGovernment() {
        assertSame(unit(jjj, "central"), jjj.lowestCommonSuperior(units(jjj, "beijing", "tianjin", "hebei")));
    }

    @Test
    void theCommonSuperiorIsStrictlyAboveEveryUnit() {
        // A province and one of its own cities: the province is not above itself, so the answer is central.
        assertSame(unit(prd, "central"), prd.lowestCommonSuperior(units(prd, "guangdong", "foshan")));
        // Units at different levels in different branches meet at the first shared unit.
        assertSame(unit(jjj, "central"), jjj.lowestCommonSuperior(units(jjj, "baoding", "tianjin")));
        // A single unit: its direct superior.
        assertSame(unit(prd, "guangdong"), prd.lowestCommonSuperior(units(prd, "foshan")));
        // Nothing is above the central government.
        assertNull(prd.lowestCommonSuperior(units(prd, "central")));
        assertNull(prd.lowestCommonSuperior(units(prd, "central", "guangdong")));
    }

    @Test
    void noUnitsMeansNoCommonSuperior() {
        assertNull(prd.lowestCommonSuperior(ECollections.emptyEList()));
        assertNull(Hierarchy.lowestCommonSuperior(null));
    }

    @Test
    void unitsOfSeparateTreesHaveNoCommonSuperior() {
        // Foshan's tree (prd-air) and Hebei's tree (jjj-air) each have their own central government.
        EList<AdministrativeUnit> separate = new BasicEList<>();
        separate.add(unit(prd, "foshan"));
        separate.add(unit(jjj, "hebei"));
        assertNull(prd.lowestCommonSuperior(separate));

        // The same inside one model built in code: two roots without a shared superior.
        GovernanceModel model = F.createGovernanceModel();
        AdministrativeUnit a = addUnit(model, "a", Level.PROVINCIAL, null);
        AdministrativeUnit b = addUnit(model, "b", Level.PROVINCIAL, null);
        AdministrativeUnit a1 = addUnit(model, "a1", Level.PREFECTURAL, a);
        AdministrativeUnit b1 = addUnit(model, "b1", Level.PREFECTURAL, b);
        assertNull(model.lowestCommonSuperior(ECollections.asEList(a1, b1)));
        assertSame(a, model.lowestCommonSuperior(ECollections.asEList(a1)));
    }

    @Test
    void theDirectSuperiorOfANegotiationIsTheLowestCommonSuperiorOfItsParties() {
        assertSame(unit(xx, "shaanxi"), ExampleModels.byId(xx, "xx-transport", Negotiation.class).directSuperior());
        assertSame(unit(jjj, "central"), ExampleModels.byId(jjj, "jjj-air", Negotiation.class).directSuperior());
        assertSame(unit(jjj, "central"), ExampleModels.byId(jjj, "tjhb-boilers", Negotiation.class).directSuperior(),
                "Tianjin and Hebei: central, not their peer Beijing");
        assertSame(unit(jjj, "hebei"), ExampleModels.byId(jjj, "bl-coal", Negotiation.class).directSuperior());
    }

    @Test
    void theDirectSuperiorOfANegotiationWithoutPartiesIsNull() {
        assertNull(F.createNegotiation().directSuperior());
    }

    // ---- is above / superior chain -----------------------------------------------------------

    @Test
    void isAboveFollowsTheSuperiorChainOneWayOnly() {
        AdministrativeUnit central = unit(prd, "central");
        AdministrativeUnit guangdong = unit(prd, "guangdong");
        AdministrativeUnit foshan = unit(prd, "foshan");
        AdministrativeUnit guangzhou = unit(prd, "guangzhou");
        assertTrue(central.isAbove(foshan), "central above Foshan (two levels)");
        assertTrue(guangdong.isAbove(foshan), "Guangdong directly above Foshan");
        assertTrue(central.isAbove(guangdong));
        assertFalse(foshan.isAbove(central), "Foshan is not above central");
        assertFalse(foshan.isAbove(guangdong));
        assertFalse(foshan.isAbove(foshan), "a unit is not above itself");
        assertFalse(central.isAbove(central), "the top is not above itself either");
        assertFalse(guangzhou.isAbove(foshan), "a higher rank is not a higher position: peers");
        assertFalse(foshan.isAbove(guangzhou));
        assertFalse(central.isAbove(null));
        assertFalse(unit(jjj, "central").isAbove(foshan), "another tree's central government");
    }

    @Test
    void theSuperiorChainListsTheNearestFirst() {
        assertEquals(List.of("guangdong", "central"), ids(unit(prd, "foshan").superiorChain()));
        assertEquals(List.of("central"), ids(unit(prd, "guangdong").superiorChain()));
        assertEquals(List.of(), ids(unit(prd, "central").superiorChain()));
        assertEquals(List.of("shaanxi", "central"), ids(unit(xx, "xianyang").superiorChain()));
        assertEquals(List.of("hebei", "central"), ids(unit(jjj, "xiongan").superiorChain()),
                "a wrong level (ARR-HIERARCHY) does not change the chain");
    }

    static List<String> examples() {
        return ExampleModels.names().toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void theExampleHierarchiesHaveNoCycleAndOneTop(String name) {
        GovernanceModel model = ExampleModels.model(name);
        AdministrativeUnit top = null;
        for (AdministrativeUnit unit : model.getUnits()) {
            assertFalse(Hierarchy.hasCycle(unit), unit.getId());
            List<AdministrativeUnit> chain = unit.superiorChain();
            if (chain.isEmpty()) {
                assertNull(top, "a second top unit: " + unit.getId());
                top = unit;
            } else {
                assertSame(unit.getSuperior(), chain.get(0), "nearest first");
                for (AdministrativeUnit above : chain) {
                    assertTrue(above.isAbove(unit), above.getId() + " above " + unit.getId());
                    assertFalse(unit.isAbove(above), unit.getId() + " not above " + above.getId());
                }
            }
        }
        assertSame(Level.CENTRAL, top.getLevel());
    }

    // ---- authority chain ---------------------------------------------------------------------

    @Test
    void aCityInACircleAnswersToTheCircleTheConferenceTheProvinceAndCentral() {
        assertEquals(List.of("gfz-circle", "prd-conference", "guangdong", "central"),
                ids(unit(prd, "zhaoqing").authorityChain()));
        assertEquals(List.of("szdh-circle", "prd-conference", "guangdong", "central"),
                ids(unit(prd, "shenzhen").authorityChain()));
        assertEquals(List.of("zzj-circle", "prd-conference", "guangdong", "central"),
                ids(unit(prd, "zhongshan").authorityChain()));
    }

    @Test
    void aCityInANestedArrangementAnswersToTheInnermostFirst() {
        // Guangzhou and Foshan are also members of 广佛同城, nested in 广佛肇.
        List<String> expected = List.of("gf-integration", "gfz-circle", "prd-conference", "guangdong", "central");
        assertEquals(expected, ids(unit(prd, "guangzhou").authorityChain()));
        assertEquals(expected, ids(unit(prd, "foshan").authorityChain()));
    }

    @Test
    void aCityOutsideTheConferenceAnswersOnlyToItsCircleAndItsSuperiors() {
        // Shanwei is in 深莞惠 (planted ARR-SUBSET) but not a member of the PRD conference; the circle's
        // parent is still an authority over it through the circle.
        assertEquals(List.of("szdh-circle", "prd-conference", "guangdong", "central"),
                ids(unit(prd, "shanwei").authorityChain()));
    }

    @Test
    void aUnitInNoArrangementAnswersToItsSuperiorsOnly() {
        assertEquals(List.of("central"), ids(unit(prd, "guangdong").authorityChain()),
                "convening an arrangement does not put it above the convener");
        assertEquals(List.of(), ids(unit(prd, "central").authorityChain()));
        assertEquals(List.of("hebei", "central"), ids(unit(jjj, "baoding").authorityChain()));
    }

    @Test
    void aCircleAnswersToItsParentThenTheLowestCommonSuperiorOfItsMembersAndUp() {
        assertEquals(List.of("prd-conference", "guangdong", "central"),
                ids(arrangement(prd, "gfz-circle").authorityChain()));
        assertEquals(List.of("gfz-circle", "prd-conference", "guangdong", "central"),
                ids(arrangement(prd, "gf-integration").authorityChain()));
        assertEquals(List.of("guangdong", "central"), ids(arrangement(prd, "prd-conference").authorityChain()),
                "a top-level conference of cities answers to their province");
        assertEquals(List.of("central"), ids(arrangement(jjj, "jjj-coop-group").authorityChain()),
                "three provincial-level members answer to central");
        assertEquals(List.of("jjj-coop-group", "central"), ids(arrangement(jjj, "jjj-coord-office").authorityChain()));
        assertEquals(List.of("shaanxi", "central"), ids(arrangement(xx, "xx-office").authorityChain()));
    }

    @Test
    void aUnitInSeveralArrangementsAnswersToEachOfThemBeforeItsSuperiors() {
        List<String> chain = ids(unit(jjj, "beijing").authorityChain());
        assertEquals(List.of("jjj-coord-office", "jjj-coop-group", "jjj-leading-group", "central").stream().sorted()
                .toList(), chain.stream().sorted().toList());
        assertTrue(chain.indexOf("jjj-coord-office") < chain.indexOf("jjj-coop-group"), "innermost first: " + chain);
        assertEquals("central", chain.get(chain.size() - 1), "superiors after arrangements: " + chain);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void noIssuerIsInItsOwnAuthorityChainAndNoneTwice(String name) {
        GovernanceModel model = ExampleModels.model(name);
        model.eResource().getAllContents().forEachRemaining(o -> {
            if (o instanceof Issuer issuer) {
                List<Issuer> chain = issuer.authorityChain();
                assertFalse(chain.contains(issuer), issuer.getId());
                assertEquals(chain.size(), chain.stream().distinct().count(), () -> issuer.getId() + ": " + ids(chain));
                if (issuer instanceof AdministrativeUnit unit) {
                    // the superior chain is the tail of the authority chain, in order
                    List<AdministrativeUnit> superiors = unit.superiorChain();
                    assertEquals(superiors, chain.subList(chain.size() - superiors.size(), chain.size()),
                            issuer.getId());
                }
            }
        });
    }

    /** The authority chain does not depend on the model having been saved to (or loaded from) a file. */
    @Test
    void anInMemoryModelHasTheSameAuthorityChainAsALoadedOne() {
        GovernanceModel model = F.createGovernanceModel();
        AdministrativeUnit province = addUnit(model, "province", Level.PROVINCIAL, null);
        AdministrativeUnit city = addUnit(model, "city", Level.PREFECTURAL, province);
        AdministrativeUnit town = addUnit(model, "town", Level.PREFECTURAL, province);
        Arrangement conference = F.createArrangement();
        conference.setId("conference");
        conference.setKind(ArrangementKind.JOINT_CONFERENCE);
        conference.getMembers().addAll(List.of(city, town));
        Arrangement circle = F.createArrangement();
        circle.setId("circle");
        circle.setKind(ArrangementKind.METROPOLITAN_CIRCLE);
        circle.getMembers().addAll(List.of(city, town));
        conference.getSubArrangements().add(circle);
        model.getArrangements().add(conference);

        assertNull(city.eResource(), "built in code, in no resource");
        assertEquals(List.of("circle", "conference", "province"), ids(city.authorityChain()));
        assertEquals(List.of("conference", "province"), ids(circle.authorityChain()));
    }

    // ---- a broken hierarchy never loops ------------------------------------------------------

    @Test
    void aCycleInSuperiorDoesNotLoopForever() {
        GovernanceModel model = F.createGovernanceModel();
        AdministrativeUnit a = addUnit(model, "a", Level.PREFECTURAL, null);
        AdministrativeUnit b = addUnit(model, "b", Level.PROVINCIAL, a);
        AdministrativeUnit c = addUnit(model, "c", Level.CENTRAL, b);
        a.setSuperior(c); // a -> c -> b -> a
        AdministrativeUnit outsider = addUnit(model, "outsider", Level.COUNTY, a);
        Arrangement group = F.createArrangement();
        group.setId("group");
        group.setKind(ArrangementKind.OTHER);
        group.getMembers().addAll(List.of(a, b));
        model.getArrangements().add(group);
        ExampleModels.newResourceSet().createResource(URI.createURI("memory:/cycle.chaxu")).getContents().add(model);

        assertTimeoutPreemptively(QUICKLY, () -> {
            assertTrue(Hierarchy.hasCycle(a));
            assertTrue(Hierarchy.hasCycle(outsider), "a chain that runs into a cycle has one");
            assertEquals(List.of("c", "b"), ids(a.superiorChain()), "stops before coming back to a");
            assertEquals(List.of("a", "c", "b"), ids(outsider.superiorChain()), "each unit once");
            assertFalse(a.isAbove(a), "not above itself even inside a cycle");
            assertTrue(c.isAbove(a));
            assertFalse(a.isAbove(F.createAdministrativeUnit()));
            AdministrativeUnit lcs = model.lowestCommonSuperior(ECollections.asEList(a, outsider));
            assertTrue(List.of(a, b, c).contains(lcs), "some unit of the cycle, not a hang: " + lcs);
            assertFalse(a.authorityChain().contains(a));
            assertFalse(group.authorityChain().contains(group));
            assertTrue(b.authorityChain().contains(group));
        });
    }

    @Test
    void aUnitThatIsItsOwnSuperiorHasAnEmptyChain() {
        GovernanceModel model = F.createGovernanceModel();
        AdministrativeUnit self = addUnit(model, "self", Level.PROVINCIAL, null);
        self.setSuperior(self);
        assertTimeoutPreemptively(QUICKLY, () -> {
            assertTrue(Hierarchy.hasCycle(self));
            assertEquals(List.of(), self.superiorChain());
            assertFalse(self.isAbove(self));
            assertNull(model.lowestCommonSuperior(ECollections.asEList(self)));
            assertEquals(List.of(), self.authorityChain());
        });
    }

    private static AdministrativeUnit addUnit(GovernanceModel model, String id, Level level,
            AdministrativeUnit superior) {
        AdministrativeUnit unit = F.createAdministrativeUnit();
        unit.setId(id);
        unit.setName(id);
        unit.setLevel(level);
        unit.setSuperior(superior);
        model.getUnits().add(unit);
        return unit;
    }
}
