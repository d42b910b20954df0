// SPDX-License-Identifier: EPL-2.0
package org.chaxu.engine.tests;

import static org.chaxu.governance.CommitmentStatus.DONE;
import static org.chaxu.governance.CommitmentStatus.PENDING;
import static org.chaxu.governance.InterventionOutcome.EFFECTIVE;
import static org.chaxu.governance.NegotiationStatus.AGREED;
import static org.chaxu.governance.NegotiationStatus.DEADLOCKED;
import static org.chaxu.governance.NegotiationStatus.NOT_IMPLEMENTED;
import static org.chaxu.governance.NegotiationStatus.ONGOING;
import static org.chaxu.governance.NegotiationStatus.RESOLVED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Locale;

import org.chaxu.engine.CheckOptions;
import org.chaxu.engine.CheckSession;
import org.chaxu.engine.Finding;
import org.chaxu.engine.Labels;
import org.chaxu.governance.CommitmentStatus;
import org.chaxu.governance.Intervention;
import org.chaxu.governance.InterventionOutcome;
import org.chaxu.governance.Negotiation;
import org.chaxu.governance.NegotiationStatus;
import org.junit.jupiter.api.Test;

/**
 * The rules of rules/escalation.drl (ESC-*): one level up at a time, and only when necessary.
 * One focused check per rule id (RULES-SEMANTICS.md), on small models built with
 * {@link ModelBuilder} after the worked cases: the rule fires with exactly the expected findings on
 * the faulty model, and stays silent on the nearly identical correct one. Every positive case would
 * fail if its rule were deleted, every negative case if it were inverted (LOOSER and STRICTER
 * swapped, a condition negated).
 */
class EscalationRulesTest extends RuleTestBase {

    // =====================================================================================
    // ESC-SKIP
    // =====================================================================================

    @Test
    void theStateCouncilSteppingIntoXianXianyangBeforeShaanxiHasFailedIsEscSkip() {
        ModelBuilder m = shaanxi();
        m.negotiation("xx-transport", NOT_IMPLEMENTED, "2011-01-01", "xian", "xianyang");
        m.intervention("xx-transport", "xx-central-whatif", "central", "2019-06-01").exitCondition("bridge open");
        assertFindings(m, "ESC-SKIP", "ESC-SKIP ERROR xx-central-whatif");
        Finding finding = only(m, "ESC-SKIP");
        // names the intervener, the negotiation and the level that must act first
        assertContains(finding.getMessage(), "State Council", "xx-transport", "Shaanxi");
        assertEquals(List.of("central", "xx-transport", "shaanxi"), ids(finding.getRelated()));
    }

    @Test
    void anEscalationThroughEveryLevelIsNotEscSkip() {
        // county dispute → city failed → province failed → central
        ModelBuilder m = shaanxi();
        m.negotiation("county-water", DEADLOCKED, "2014-01-01", "huyi", "zhouzhi");
        m.intervention("county-water", "by-xian", "xian", "2015-01-01").end("2015-12-31").outcome(InterventionOutcome.INEFFECTIVE);
        m.intervention("county-water", "by-shaanxi", "shaanxi", "2016-01-01").end("2016-12-31").outcome(InterventionOutcome.INEFFECTIVE)
                .escalatedFrom("by-xian");
        m.intervention("county-water", "by-central", "central", "2017-01-01").end("2017-12-31").outcome(EFFECTIVE)
                .escalatedFrom("by-shaanxi");
        assertSilent(m, "ESC-SKIP");
    }

    @Test
    void theStateCouncilAfterOnlyTheCityFailedSkipsTheProvince() {
        ModelBuilder m = shaanxi();
        m.negotiation("county-water", DEADLOCKED, "2014-01-01", "huyi", "zhouzhi");
        m.intervention("county-water", "by-xian", "xian", "2015-01-01").end("2015-12-31").outcome(InterventionOutcome.INEFFECTIVE);
        m.intervention("county-water", "by-central", "central", "2017-01-01").end("2017-12-31").escalatedFrom("by-xian");
        assertFindings(m, "ESC-SKIP", "ESC-SKIP ERROR by-central");
        assertContains(only(m, "ESC-SKIP").getMessage(), "State Council", "Shaanxi");
    }

    @Test
    void theProvinceSteppingIntoACountyDisputeBeforeTheCityIsEscSkipNamingTheCity() {
        ModelBuilder m = shaanxi();
        m.negotiation("county-water", DEADLOCKED, "2014-01-01", "huyi", "zhouzhi");
        m.intervention("county-water", "by-shaanxi", "shaanxi", "2016-01-01").end("2016-12-31");
        assertFindings(m, "ESC-SKIP", "ESC-SKIP ERROR by-shaanxi");
        assertContains(only(m, "ESC-SKIP").getMessage(), "Shaanxi", "Xi'an");
    }

    @Test
    void aLowerFailureThatIsLaterOrNotAFailureDoesNotClearTheWay() {
        ModelBuilder m = shaanxi();
        m.negotiation("xx-transport", NOT_IMPLEMENTED, "2011-01-01", "xian", "xianyang");
        m.intervention("xx-transport", "by-shaanxi", "shaanxi", "2019-07-01").end("2019-12-31").outcome(InterventionOutcome.INEFFECTIVE);
        m.intervention("xx-transport", "by-central", "central", "2019-06-01").exitCondition("bridge open");
        assertFindings(m, "ESC-SKIP", "ESC-SKIP ERROR by-central"); // Shaanxi's failure came after

        m.<Intervention>get("by-shaanxi").setStart(ModelBuilder.date("2018-01-01"));
        assertSilent(m, "ESC-SKIP");
        m.<Intervention>get("by-shaanxi").setOutcome(EFFECTIVE);
        assertFindings(m, "ESC-SKIP", "ESC-SKIP ERROR by-central"); // effective is not failed
    }

    /** "Started no later than": a lower failure that started the same day clears the way; one day later it does not. */
    @Test
    void aLowerFailureStartedTheSameDayClearsTheWayAndOneDayLaterDoesNot() {
        ModelBuilder m = shaanxi();
        m.negotiation("xx-transport", NOT_IMPLEMENTED, "2011-01-01", "xian", "xianyang");
        m.intervention("xx-transport", "by-shaanxi", "shaanxi", "2019-06-01").end("2019-12-31").outcome(InterventionOutcome.INEFFECTIVE);
        m.intervention("xx-transport", "by-central", "central", "2019-06-01").exitCondition("bridge open");
        assertSilent(m, "ESC-SKIP"); // exactly on the boundary
        m.<Intervention>get("by-shaanxi").setStart(ModelBuilder.date("2019-06-02"));
        assertFindings(m, "ESC-SKIP", "ESC-SKIP ERROR by-central");
        m.<Intervention>get("by-shaanxi").setStart(ModelBuilder.date("2019-05-31"));
        assertSilent(m, "ESC-SKIP");
    }

    /** The same boundary two levels up: the city's failure on the day the State Council steps in counts; the province's too. */
    @Test
    void failuresStartedOnTheDayOfTheHigherInterventionCountAtEveryLevel() {
        ModelBuilder m = shaanxi();
        m.negotiation("county-water", DEADLOCKED, "2014-01-01", "huyi", "zhouzhi");
        m.intervention("county-water", "by-xian", "xian", "2017-01-01").end("2017-12-31").outcome(InterventionOutcome.INEFFECTIVE);
        m.intervention("county-water", "by-central", "central", "2017-01-01").end("2017-12-31");
        // Xi'an failed from that very day: the State Council skips only Shaanxi, which never stepped in
        assertFindings(m, "ESC-SKIP", "ESC-SKIP ERROR by-central");
        assertContains(only(m, "ESC-SKIP").getMessage(), "State Council", "Shaanxi");
        m.intervention("county-water", "by-shaanxi", "shaanxi", "2017-01-01").end("2017-12-31").outcome(InterventionOutcome.INEFFECTIVE)
                .escalatedFrom("by-xian");
        assertSilent(m, "ESC-SKIP"); // Shaanxi failed from that day too: every level below has failed
        m.<Intervention>get("by-shaanxi").setStart(ModelBuilder.date("2017-01-02"));
        assertFindings(m, "ESC-SKIP", "ESC-SKIP ERROR by-central"); // one day after: not yet failed when the State Council came
    }

    @Test
    void theDirectSuperiorItselfNeverSkips() {
        ModelBuilder m = shaanxi();
        m.negotiation("xx-transport", NOT_IMPLEMENTED, "2011-01-01", "xian", "xianyang");
        m.intervention("xx-transport", "by-shaanxi", "shaanxi", "2019-07-01").end("2019-12-31");
        assertSilent(m, "ESC-SKIP");
    }

    @Test
    void theChineseCatalogueGivesAChineseEscSkipMessage() {
        ModelBuilder m = shaanxi();
        m.negotiation("xx-transport", NOT_IMPLEMENTED, "2011-01-01", "xian", "xianyang");
        m.intervention("xx-transport", "xx-central-whatif", "central", "2019-06-01").exitCondition("bridge open");
        List<Finding> zh = CheckSession.check(catalog, m.resource(), CheckOptions.DEFAULT.withLocale(Locale.CHINESE))
                .stream().filter(f -> f.getRuleId().equals("ESC-SKIP")).toList();
        assertEquals(1, zh.size());
        assertContains(zh.get(0).getMessage(), "层层递进", "State Council", "Shaanxi");
    }

    // =====================================================================================
    // ESC-NOT-SUPERIOR
    // =====================================================================================

    @Test
    void beijingInterveningInTheTianjinHebeiMatterIsNotAboveEveryParty() {
        ModelBuilder m = jjj();
        m.negotiation("tjhb-boilers", DEADLOCKED, "2017-06-30", "tianjin", "hebei");
        m.intervention("tjhb-boilers", "tjhb-beijing-2018", "beijing", "2018-03-01").end("2018-12-31");
        assertFindings(m, "ESC-NOT-SUPERIOR", "ESC-NOT-SUPERIOR ERROR tjhb-beijing-2018");
        Finding notSuperior = only(m, "ESC-NOT-SUPERIOR");
        assertContains(notSuperior.getMessage(), "Beijing", "tjhb-boilers", "is not above Tianjin and Hebei");
        assertEquals(List.of("beijing", "tjhb-boilers", "tianjin", "hebei"), ids(notSuperior.getRelated()));
        assertEquals(List.of("intervener", "negotiation", "party", "party"), notSuperior.getRelatedRoles());
    }

    @Test
    void theStateCouncilIsAboveTianjinAndHebei() {
        ModelBuilder m = jjj();
        m.negotiation("tjhb-boilers", DEADLOCKED, "2017-06-30", "tianjin", "hebei");
        m.intervention("tjhb-boilers", "tjhb-central", "central", "2018-03-01").end("2018-12-31");
        assertSilent(m, "ESC-NOT-SUPERIOR");
    }

    @Test
    void hebeiIsAboveBaodingButNotAboveTianjinNorAboveItself() {
        ModelBuilder m = jjj();
        m.negotiation("bd-tj", DEADLOCKED, "2017-06-30", "baoding", "tianjin");
        m.intervention("bd-tj", "bd-tj-hebei", "hebei", "2018-03-01").end("2018-12-31");
        m.negotiation("hb-bd", DEADLOCKED, "2017-06-30", "hebei", "baoding");
        m.intervention("hb-bd", "hb-bd-hebei", "hebei", "2018-03-01").end("2018-12-31");
        assertFindings(m, "ESC-NOT-SUPERIOR", "ESC-NOT-SUPERIOR ERROR bd-tj-hebei", "ESC-NOT-SUPERIOR ERROR hb-bd-hebei");
    }

    // =====================================================================================
    // ESC-UNNECESSARY
    // =====================================================================================

    static ModelBuilder jjjAlerts(String platformDue, String platformStatus) {
        ModelBuilder m = jjj();
        m.negotiation("jjj-alerts", ONGOING, "2019-09-01", "beijing", "tianjin", "hebei");
        m.agreement("jjj-alerts", "jjj-alerts-agreement", "beijing", "tianjin", "hebei");
        m.commitment("jjj-alerts-agreement", "jjj-alerts-thresholds", "hebei", "2020-06-30", DONE);
        m.commitment("jjj-alerts-agreement", "jjj-alerts-platform", "beijing", platformDue,
                CommitmentStatus.valueOf(platformStatus));
        m.intervention("jjj-alerts", "jjj-alerts-central-2020", "central", "2020-09-01").end("2021-03-31");
        return m;
    }

    @Test
    void aCentralInspectionOfTheAlertNegotiationInNoDifficultyIsUnnecessary() {
        ModelBuilder m = jjjAlerts("2021-06-30", "PENDING");
        assertFindings(m, "ESC-UNNECESSARY", "ESC-UNNECESSARY WARNING jjj-alerts-central-2020");
        assertContains(only(m, "ESC-UNNECESSARY").getMessage(), "State Council", "it is ongoing");
    }

    @Test
    void anAgreedNegotiationWithNothingOverdueIsAlsoNoReasonToIntervene() {
        ModelBuilder m = jjjAlerts("2021-06-30", "PENDING");
        m.<Negotiation>get("jjj-alerts").setStatus(AGREED);
        assertFindings(m, "ESC-UNNECESSARY", "ESC-UNNECESSARY WARNING jjj-alerts-central-2020");
    }

    @Test
    void anOverdueCommitmentIsADifficultyThatJustifiesIntervention() {
        ModelBuilder m = jjjAlerts("2020-06-30", "PENDING");
        assertSilent(m, "ESC-UNNECESSARY");
        assertFindings(m, "RESP-OVERDUE", "RESP-OVERDUE ERROR jjj-alerts-platform");
    }

    /** "Due before the model's date": a commitment due exactly on asOf is not overdue yet; one day earlier it is. */
    @Test
    void aCommitmentDueOnTheModelsDateIsNotYetADifficultyAndOneDayEarlierIs() {
        assertFindings(jjjAlerts("2020-12-31", "PENDING"), "ESC-UNNECESSARY", "ESC-UNNECESSARY WARNING jjj-alerts-central-2020");
        assertSilent(jjjAlerts("2020-12-30", "PENDING"), "ESC-UNNECESSARY");
        assertFindings(jjjAlerts("2021-01-01", "PENDING"), "ESC-UNNECESSARY", "ESC-UNNECESSARY WARNING jjj-alerts-central-2020");
    }

    @Test
    void aCommitmentDonePastItsDateIsNoDifficulty() {
        assertFindings(jjjAlerts("2020-06-30", "DONE"), "ESC-UNNECESSARY",
                "ESC-UNNECESSARY WARNING jjj-alerts-central-2020");
    }

    @Test
    void aDeadlockedNegotiationJustifiesIntervention() {
        ModelBuilder m = jjjAlerts("2021-06-30", "PENDING");
        for (var status : List.of(DEADLOCKED, NOT_IMPLEMENTED, NegotiationStatus.INEFFECTIVE, RESOLVED)) {
            m.<Negotiation>get("jjj-alerts").setStatus(status);
            assertSilent(m, "ESC-UNNECESSARY");
        }
    }

    // =====================================================================================
    // ESC-NO-EXIT
    // =====================================================================================

    @Test
    void theLeadingGroupOf2018WithNeitherEndNorExitConditionIsNoExit() {
        ModelBuilder m = jjj();
        m.negotiation("jjj-air", NegotiationStatus.INEFFECTIVE, "2016-07-01", "beijing", "tianjin", "hebei");
        m.intervention("jjj-air", "jjj-leading-group-2018", "central", "2018-07-01");
        m.intervention("jjj-air", "blank-exit", "central", "2019-07-01").exitCondition("   ");
        assertFindings(m, "ESC-NO-EXIT", "ESC-NO-EXIT WARNING blank-exit", "ESC-NO-EXIT WARNING jjj-leading-group-2018");
    }

    @Test
    void anEndOrAnExitConditionIsEnoughToAvoidNoExit() {
        ModelBuilder m = jjj();
        m.negotiation("jjj-air", NegotiationStatus.INEFFECTIVE, "2016-07-01", "beijing", "tianjin", "hebei");
        m.intervention("jjj-air", "with-end", "central", "2016-01-01").end("2017-12-31");
        m.intervention("jjj-air", "with-exit", "central", "2018-07-01").exitCondition("PM2.5 target met");
        assertSilent(m, "ESC-NO-EXIT");
    }

    // =====================================================================================
    // ESC-OVERSTAY
    // =====================================================================================

    @Test
    void centralGuidanceForTheOlympicsEndingAfterTheResolutionIsOverstay() {
        ModelBuilder m = jjj();
        m.negotiation("olympics", RESOLVED, "2008-09-30", "beijing", "tianjin", "hebei");
        m.intervention("olympics", "olympics-central", "central", "2007-01-01").end("2009-06-30");
        m.intervention("olympics", "olympics-open-ended", "central", "2007-06-01").exitCondition("Games over");
        assertFindings(m, "ESC-OVERSTAY", "ESC-OVERSTAY WARNING olympics-central",
                "ESC-OVERSTAY WARNING olympics-open-ended");
        assertContains(findingsOf(m, "ESC-OVERSTAY").get(0).getMessage(),
                Labels.date(ModelBuilder.date("2008-09-30")));
        String ended = message(m, "ESC-OVERSTAY", "olympics-central");
        assertContains(ended, "lasted until " + Labels.date(ModelBuilder.date("2009-06-30")));
        assertFalse(ended.contains("still running"), ended);
        assertContains(message(m, "ESC-OVERSTAY", "olympics-open-ended"), "still running");
    }

    @Test
    void withdrawingOnOrBeforeTheResolutionIsNoOverstay() {
        ModelBuilder m = jjj();
        m.negotiation("olympics", RESOLVED, "2008-09-30", "beijing", "tianjin", "hebei");
        m.intervention("olympics", "same-day", "central", "2007-01-01").end("2008-09-30");
        m.intervention("olympics", "before", "central", "2007-01-01").end("2008-08-31");
        m.negotiation("unresolved", DEADLOCKED, "2008-09-30", "beijing", "tianjin");
        m.intervention("unresolved", "running", "central", "2009-01-01").exitCondition("agreement");
        m.negotiation("resolved-undated", RESOLVED, null, "beijing", "hebei");
        m.intervention("resolved-undated", "running-2", "central", "2009-01-01").exitCondition("agreement");
        assertSilent(m, "ESC-OVERSTAY");
    }

    // =====================================================================================
    // ESC-ORDER
    // =====================================================================================

    @Test
    void aCentralEscalationIn2018FromHebeisIntervention2019IsEscOrder() {
        ModelBuilder m = jjj();
        m.negotiation("bl-coal", DEADLOCKED, "2018-01-01", "baoding", "langfang");
        m.intervention("bl-coal", "bl-hebei-2019", "hebei", "2019-03-01").end("2019-12-31").outcome(InterventionOutcome.INEFFECTIVE);
        m.intervention("bl-coal", "bl-central-2018", "central", "2018-09-01").end("2020-06-30")
                .escalatedFrom("bl-hebei-2019");
        assertFindings(m, "ESC-ORDER", "ESC-ORDER ERROR bl-central-2018");
        assertEquals(List.of("bl-hebei-2019"), ids(only(m, "ESC-ORDER").getRelated()));
    }

    @Test
    void anEscalationStartingAfterOrOnTheDayOfTheLowerInterventionIsInOrder() {
        ModelBuilder m = jjj();
        m.negotiation("bl-coal", DEADLOCKED, "2018-01-01", "baoding", "langfang");
        m.intervention("bl-coal", "bl-hebei-2019", "hebei", "2019-03-01").end("2019-12-31").outcome(InterventionOutcome.INEFFECTIVE);
        m.intervention("bl-coal", "bl-central-2020", "central", "2020-01-01").end("2020-06-30")
                .escalatedFrom("bl-hebei-2019");
        m.intervention("bl-coal", "bl-central-same-day", "central", "2019-03-01").end("2020-06-30")
                .escalatedFrom("bl-hebei-2019");
        assertSilent(m, "ESC-ORDER");
    }

    // =====================================================================================
    // ESC-SUGGEST
    // =====================================================================================

    @Test
    void xianXianyangNotImplementedSince2011WithoutShaanxiIsEscSuggestEvenAfterTheCentralWhatIf() {
        ModelBuilder m = shaanxi();
        m.negotiation("xx-transport", NOT_IMPLEMENTED, "2011-01-01", "xian", "xianyang");
        assertFindings(m, "ESC-SUGGEST", "ESC-SUGGEST INFO xx-transport");
        m.intervention("xx-transport", "xx-central-whatif", "central", "2019-06-01").exitCondition("bridge open");
        assertFindings(m, "ESC-SUGGEST", "ESC-SUGGEST INFO xx-transport");
        assertContains(only(m, "ESC-SUGGEST").getMessage(), "Shaanxi", "not implemented (decided, never carried out)");
    }

    @Test
    void onceShaanxiStepsInThereIsNothingToSuggest() {
        ModelBuilder m = shaanxi();
        m.negotiation("xx-transport", NOT_IMPLEMENTED, "2011-01-01", "xian", "xianyang");
        m.intervention("xx-transport", "by-shaanxi", "shaanxi", "2019-06-01").end("2019-12-31").outcome(EFFECTIVE);
        assertSilent(m, "ESC-SUGGEST");
    }

    @Test
    void aDifficultyOf365DaysIsEnoughAnd364DaysIsNot() {
        ModelBuilder m = shaanxi().asOf("2020-01-01");
        m.negotiation("year", DEADLOCKED, "2019-01-01", "xian", "xianyang");
        m.negotiation("almost", NegotiationStatus.INEFFECTIVE, "2019-01-02", "xian", "xianyang");
        assertFindings(m, "ESC-SUGGEST", "ESC-SUGGEST INFO year");
    }

    @Test
    void aNegotiationWithoutDifficultyOrWithoutDateIsNoSuggestion() {
        ModelBuilder m = shaanxi();
        m.negotiation("ongoing", ONGOING, "2011-01-01", "xian", "xianyang");
        m.negotiation("resolved", RESOLVED, "2011-01-01", "xian", "xianyang");
        m.negotiation("undated", DEADLOCKED, null, "xian", "xianyang");
        assertSilent(m, "ESC-SUGGEST");
    }
}
