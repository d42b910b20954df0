// SPDX-License-Identifier: EPL-2.0
package org.chaxu.engine.tests;

import static org.chaxu.governance.ArrangementKind.COORDINATION_OFFICE;
import static org.chaxu.governance.ArrangementKind.JOINT_CONFERENCE;
import static org.chaxu.governance.ArrangementKind.METROPOLITAN_CIRCLE;
import static org.chaxu.governance.CommitmentStatus.ABANDONED;
import static org.chaxu.governance.CommitmentStatus.DONE;
import static org.chaxu.governance.CommitmentStatus.PENDING;
import static org.chaxu.governance.Initiation.SELF_INITIATED;
import static org.chaxu.governance.Initiation.TOP_DOWN;
import static org.chaxu.governance.Level.PREFECTURAL;
import static org.chaxu.governance.Level.PROVINCIAL;
import static org.chaxu.governance.NegotiationStatus.NOT_IMPLEMENTED;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.chaxu.engine.Finding;
import org.chaxu.engine.Labels;
import org.chaxu.engine.LoadedModel;
import org.chaxu.governance.AdministrativeUnit;
import org.chaxu.governance.NegotiationStatus;
import org.chaxu.governance.Rank;
import org.junit.jupiter.api.Test;

/**
 * The rules of rules/structure.drl (ARR-*, RESP-*): arrangements, hierarchy and responsibilities.
 * One focused check per rule id (RULES-SEMANTICS.md), on small models built with
 * {@link ModelBuilder} after the worked cases: the rule fires with exactly the expected findings on
 * the faulty model, and stays silent on the nearly identical correct one. Every positive case would
 * fail if its rule were deleted, every negative case if it were inverted (LOOSER and STRICTER
 * swapped, a condition negated).
 */
class StructureRulesTest extends RuleTestBase {

    // =====================================================================================
    // ARR-SUBSET
    // =====================================================================================

    static ModelBuilder prdWithConference() {
        ModelBuilder m = prd()
                .unit("shanwei", "Shanwei", PREFECTURAL, Rank.PREFECTURAL, "guangdong")
                .unit("heyuan", "Heyuan", PREFECTURAL, Rank.PREFECTURAL, "guangdong");
        m.arrangement("prd-conference", JOINT_CONFERENCE, PRD_CITIES.toArray(String[]::new)).convener("guangdong")
                .hostedBy("guangdong").initiation(TOP_DOWN);
        return m;
    }

    @Test
    void theShenzhenDongguanHuizhouCircleListingShanweiAndHeyuanOutsideThePrdConferenceIsArrSubsetTwice() {
        ModelBuilder m = prdWithConference();
        m.subArrangement("prd-conference", "szdh-circle", METROPOLITAN_CIRCLE, "shenzhen", "dongguan", "huizhou",
                "shanwei", "heyuan").convener("shenzhen").initiation(SELF_INITIATED);
        assertFindings(m, "ARR-SUBSET", "ARR-SUBSET ERROR szdh-circle", "ARR-SUBSET ERROR szdh-circle");
        List<String> outsiders = findingsOf(m, "ARR-SUBSET").stream().map(f -> LoadedModel.fragment(f.getRelated().get(0)))
                .sorted().toList();
        assertEquals(List.of("heyuan", "shanwei"), outsiders);
    }

    @Test
    void aCircleOfConferenceMembersAndATopLevelArrangementAreNotArrSubset() {
        ModelBuilder m = prdWithConference();
        m.subArrangement("prd-conference", "szdh-circle", METROPOLITAN_CIRCLE, "shenzhen", "dongguan", "huizhou")
                .convener("shenzhen").initiation(SELF_INITIATED);
        m.arrangement("east-alliance", JOINT_CONFERENCE, "shenzhen", "shanwei", "heyuan").convener("shenzhen")
                .initiation(SELF_INITIATED);
        assertSilent(m, "ARR-SUBSET");
    }

    // =====================================================================================
    // ARR-HIERARCHY
    // =====================================================================================

    @Test
    void xionganEnteredAtProvincialLevelUnderProvincialHebeiIsArrHierarchy() {
        ModelBuilder m = jjj().unit("xiongan", "Xiong'an", PROVINCIAL, null, "hebei");
        assertFindings(m, "ARR-HIERARCHY", "ARR-HIERARCHY ERROR xiongan");
        assertContains(only(m, "ARR-HIERARCHY").getMessage(), "Xiong'an (provincial)", "Hebei (provincial)", "not at a higher level");
    }

    @Test
    void xionganAtPrefecturalLevelUnderHebeiIsFine() {
        assertSilent(jjj().unit("xiongan", "Xiong'an", PREFECTURAL, null, "hebei"), "ARR-HIERARCHY");
    }

    @Test
    void twoUnitsThatAreEachOthersSuperiorLieOnACycle() {
        ModelBuilder m = jjj();
        m.<AdministrativeUnit>get("hebei").setSuperior(m.get("baoding"));
        assertFindings(m, "ARR-HIERARCHY", "ARR-HIERARCHY ERROR baoding", "ARR-HIERARCHY ERROR hebei");
        for (Finding f : findingsOf(m, "ARR-HIERARCHY")) {
            assertContains(f.getMessage(), "cycle");
        }
    }

    @Test
    void aUnitThatIsItsOwnSuperiorLiesOnACycle() {
        ModelBuilder m = jjj();
        m.<AdministrativeUnit>get("langfang").setSuperior(m.get("langfang"));
        assertFindings(m, "ARR-HIERARCHY", "ARR-HIERARCHY ERROR langfang");
    }

    // =====================================================================================
    // ARR-COORDINATOR
    // =====================================================================================

    @Test
    void theCoordinationOfficeInsideTheBeijingBureauCannotCoordinateItsPeers() {
        ModelBuilder m = jjj();
        m.arrangement("jjj-coord-office", COORDINATION_OFFICE, "beijing", "tianjin", "hebei").hostedBy("beijing")
                .initiation(SELF_INITIATED);
        assertFindings(m, "ARR-COORDINATOR", "ARR-COORDINATOR WARNING jjj-coord-office");
        assertContains(only(m, "ARR-COORDINATOR").getMessage(), "Beijing", "sits inside");
    }

    @Test
    void foshanConveningTheGuangzhouFoshanMeetingRanksBelowSubProvincialGuangzhou() {
        ModelBuilder m = prd();
        m.arrangement("gf-integration", JOINT_CONFERENCE, "guangzhou", "foshan").convener("foshan")
                .initiation(SELF_INITIATED);
        assertFindings(m, "ARR-COORDINATOR", "ARR-COORDINATOR WARNING gf-integration");
        Finding coordinator = only(m, "ARR-COORDINATOR");
        assertContains(coordinator.getMessage(), "convened by Foshan (prefectural rank)",
                "ranks below its member Guangzhou (sub-provincial rank)");
        assertEquals(List.of("foshan", "guangzhou"), ids(coordinator.getRelated()));
    }

    @Test
    void aTopDownArrangementConvenedByAPeerIsArrCoordinator() {
        ModelBuilder m = prd();
        m.arrangement("gfz-top-down", JOINT_CONFERENCE, "guangzhou", "foshan", "zhaoqing").convener("guangzhou")
                .initiation(TOP_DOWN);
        assertFindings(m, "ARR-COORDINATOR", "ARR-COORDINATOR WARNING gfz-top-down");
        assertContains(only(m, "ARR-COORDINATOR").getMessage(), "top-down", "Guangzhou");
    }

    @Test
    void everyReasonThatHoldsIsOneFinding() {
        ModelBuilder m = prd();
        m.arrangement("gf-all-wrong", JOINT_CONFERENCE, "guangzhou", "foshan").convener("foshan").hostedBy("foshan")
                .initiation(TOP_DOWN);
        assertFindings(m, "ARR-COORDINATOR", "ARR-COORDINATOR WARNING gf-all-wrong",
                "ARR-COORDINATOR WARNING gf-all-wrong", "ARR-COORDINATOR WARNING gf-all-wrong");
    }

    @Test
    void theProvinceConveningAndHostingThePrdConferenceAndAPeerCircleAreFine() {
        ModelBuilder m = prdWithConference();
        m.subArrangement("prd-conference", "gfz-circle", METROPOLITAN_CIRCLE, "guangzhou", "foshan", "zhaoqing")
                .convener("guangzhou").initiation(SELF_INITIATED);
        m.subArrangement("prd-conference", "zzj-circle", METROPOLITAN_CIRCLE, "zhuhai", "zhongshan", "jiangmen")
                .convener("zhuhai").initiation(SELF_INITIATED);
        assertSilent(m, "ARR-COORDINATOR");
    }

    // =====================================================================================
    // RESP-UNASSIGNED, RESP-OVERDUE, RESP-INCOMPLETE
    // =====================================================================================

    @Test
    void theJjjFrameworkAgreementWithNoIndividualCommitmentIsRespUnassigned() {
        ModelBuilder m = jjj();
        m.negotiation("jjj-air", NegotiationStatus.INEFFECTIVE, "2016-07-01", "beijing", "tianjin", "hebei");
        m.agreement("jjj-air", "jjj-framework-2015", "beijing", "tianjin", "hebei");
        m.agreement("jjj-air", "collective-only", "beijing", "tianjin", "hebei");
        m.commitment("collective-only", "joint-legislation", null, "2018-12-31", DONE);
        assertFindings(m, "RESP-UNASSIGNED", "RESP-UNASSIGNED WARNING collective-only",
                "RESP-UNASSIGNED WARNING jjj-framework-2015");
    }

    @Test
    void oneCommitmentAssignedToAPartyIsEnoughForRespUnassigned() {
        ModelBuilder m = jjj();
        m.negotiation("jjj-air", NegotiationStatus.INEFFECTIVE, "2016-07-01", "beijing", "tianjin", "hebei");
        m.agreement("jjj-air", "jjj-framework-2015", "beijing", "tianjin", "hebei");
        m.commitment("jjj-framework-2015", "joint-legislation", null, "2018-12-31", DONE);
        m.commitment("jjj-framework-2015", "hebei-steel", "hebei", "2018-12-31", DONE);
        assertSilent(m, "RESP-UNASSIGNED");
    }

    static ModelBuilder xxPlan() {
        ModelBuilder m = shaanxi();
        m.negotiation("xx-transport", NOT_IMPLEMENTED, "2011-01-01", "xian", "xianyang");
        m.agreement("xx-transport", "xx-plan-2004", "xian", "xianyang");
        return m;
    }

    @Test
    void xianyangsBusLinesDue2010AndStillPendingAreRespOverdue() {
        ModelBuilder m = xxPlan();
        m.commitment("xx-plan-2004", "xx-bus-lines", "xianyang", "2010-12-31", PENDING);
        m.commitment("xx-plan-2004", "xx-abandoned-road", "xian", "2010-12-31", ABANDONED);
        assertFindings(m, "RESP-OVERDUE", "RESP-OVERDUE ERROR xx-abandoned-road", "RESP-OVERDUE ERROR xx-bus-lines");
        Finding bus = findingsOf(m, "RESP-OVERDUE").stream()
                .filter(f -> LoadedModel.fragment(f.getElement()).equals("xx-bus-lines")).findFirst().orElseThrow();
        assertContains(bus.getMessage(), Labels.date(ModelBuilder.date("2010-12-31")),
                Labels.date(ModelBuilder.date("2020-12-31")), "Xianyang");
    }

    @Test
    void aCommitmentDoneOrDueOnOrAfterTheReferenceDateIsNotOverdue() {
        ModelBuilder m = xxPlan();
        m.commitment("xx-plan-2004", "xx-metro-line1", "xian", "2010-12-31", DONE);
        m.commitment("xx-plan-2004", "due-on-asof", "xian", "2020-12-31", PENDING);
        m.commitment("xx-plan-2004", "due-later", "xianyang", "2021-06-30", PENDING);
        m.commitment("xx-plan-2004", "undated", "xianyang", null, PENDING);
        assertSilent(m, "RESP-OVERDUE");
        m.root().setAsOf(ModelBuilder.date("2021-01-01"));
        assertFindings(m, "RESP-OVERDUE", "RESP-OVERDUE ERROR due-on-asof");
    }

    @Test
    void aCommitmentWithNoResponsiblePartyOrNoDueDateIsRespIncomplete() {
        ModelBuilder m = xxPlan();
        m.commitment("xx-plan-2004", "xx-2002-joint-planning", null, "2004-12-31", DONE);
        m.commitment("xx-plan-2004", "xx-intercity-rail", "xian", null, PENDING);
        m.commitment("xx-plan-2004", "nothing", null, null, PENDING);
        assertFindings(m, "RESP-INCOMPLETE", "RESP-INCOMPLETE WARNING nothing",
                "RESP-INCOMPLETE WARNING xx-2002-joint-planning", "RESP-INCOMPLETE WARNING xx-intercity-rail");

        assertContains(message(m, "RESP-INCOMPLETE", "xx-2002-joint-planning"), "has no responsible party;");
        assertContains(message(m, "RESP-INCOMPLETE", "xx-intercity-rail"), "has no due date;");
        assertContains(message(m, "RESP-INCOMPLETE", "nothing"), "neither a responsible party nor a due date");
    }

    @Test
    void ofTwoMembersOutrankingTheConvenerTheHigherRankedIsNamedInOneFinding() {
        ModelBuilder m = prd();
        m.arrangement("gsz", JOINT_CONFERENCE, "foshan", "shenzhen", "guangdong").convener("foshan")
                .initiation(SELF_INITIATED);
        assertFindings(m, "ARR-COORDINATOR", "ARR-COORDINATOR WARNING gsz");
        assertContains(only(m, "ARR-COORDINATOR").getMessage(), "its member Guangdong (ministerial rank)");
    }

    @Test
    void aCommitmentSayingWhoMustDoWhatByWhenIsComplete() {
        ModelBuilder m = xxPlan();
        m.commitment("xx-plan-2004", "xx-metro-line1", "xian", "2010-12-31", DONE);
        assertSilent(m, "RESP-INCOMPLETE");
    }
}
