// SPDX-License-Identifier: EPL-2.0
package org.chaxu.engine.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.chaxu.engine.CheckOptions;
import org.chaxu.engine.CheckSession;
import org.chaxu.engine.Finding;
import org.chaxu.engine.LoadedModel;
import org.chaxu.governance.AdministrativeUnit;
import org.chaxu.governance.Standard;
import org.eclipse.emf.common.util.EList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One baseline per standard (issue 24): when two binding standards above a standard are equally
 * strict, the rules choose one — the nearest authority, at one authority the standard for the
 * sector before the one for all sectors, then the first in document order — so BASE-LOOSER,
 * BASE-SCHEDULE and BASE-RAISED report a standard once, naming the chosen baseline. Each order
 * is tested on both sides of its comparison and exactly on it, in a batch check and after edits
 * that make a tie appear or disappear.
 */
class BaselineTiesTest {

    @BeforeAll
    static void compile() {
        if (RuleTestBase.catalog == null) {
            RuleTestBase.compile();
        }
    }

    static List<Finding> findings(ModelBuilder m, String ruleId) {
        return RuleTestBase.findingsOf(m, ruleId);
    }

    /** The one finding of {@code ruleId}, which must name {@code baselineId} as its baseline and no other binding standard. */
    static Finding onlyNaming(ModelBuilder m, String ruleId, String baselineId, String... notNamed) {
        List<Finding> found = findings(m, ruleId);
        assertEquals(1, found.size(), () -> ruleId + ": " + describe(found));
        Finding f = found.get(0);
        assertTrue(f.getRelated().contains(m.get(baselineId)), () -> baselineId + " is the baseline: " + describe(found));
        for (String other : notNamed) {
            assertTrue(!f.getRelated().contains(m.get(other)), () -> other + " is not the baseline: " + describe(found));
        }
        return f;
    }

    static List<String> describe(List<Finding> findings) {
        List<String> lines = new ArrayList<>();
        for (Finding f : findings) {
            lines.add(f.getRuleId() + " " + LoadedModel.fragment(f.getElement()) + " "
                    + f.getRelated().stream().map(LoadedModel::fragment).toList() + " " + f.getMessage());
        }
        return lines;
    }

    // ------------------------------------------------------------------ one authority, sector and all sectors

    /** Guangdong binds VOC at 84 mg/m³ for all sectors and for printing: Foshan's printing limit has one baseline. */
    static ModelBuilder printingTie(double allSectors, double printing) {
        ModelBuilder m = RuleTestBase.prd();
        m.standard("gd-voc-all", "guangdong", "voc-emission").value(allSectors, "mg/m³").binding();
        m.standard("gd-voc-printing", "guangdong", "voc-emission").sector("printing").value(printing, "mg/m³").binding();
        return m;
    }

    @Test
    void aStricterStandardThanTwoEquallyStrictBaselinesOfOneAuthorityIsRaisedOnceAgainstTheOneForItsSector() {
        ModelBuilder m = printingTie(84, 84);
        m.standard("foshan-voc-printing", "foshan", "voc-emission").sector("printing").value(73.9, "mg/m³");
        onlyNaming(m, "BASE-RAISED", "gd-voc-printing", "gd-voc-all");
    }

    @Test
    void aLooserStandardThanTwoEquallyStrictBaselinesOfOneAuthorityIsLooserOnce() {
        ModelBuilder m = printingTie(84, 84);
        m.standard("foshan-voc-printing", "foshan", "voc-emission").sector("printing").value(90, "mg/m³");
        onlyNaming(m, "BASE-LOOSER", "gd-voc-printing", "gd-voc-all");
        // in other units of measure, equally strict all the same
        ModelBuilder micro = printingTie(84, 84);
        micro.standard("gd-voc-printing-micro", "guangdong", "voc-emission").sector("printing").value(84000, "µg/m³").binding();
        micro.standard("foshan-voc-printing", "foshan", "voc-emission").sector("printing").value(90, "mg/m³");
        onlyNaming(micro, "BASE-LOOSER", "gd-voc-printing", "gd-voc-all", "gd-voc-printing-micro");
    }

    @Test
    void aLaterDeadlineThanTwoEquallyStrictSchedulesOfOneAuthorityIsBaseScheduleOnce() {
        ModelBuilder m = RuleTestBase.prd();
        m.standard("gd-yellow-all", "guangdong", "yellow-label-deadline").deadline("2015-12-31").binding();
        m.standard("gd-yellow-buses", "guangdong", "yellow-label-deadline").sector("buses").deadline("2015-12-31").binding();
        m.standard("zhaoqing-yellow-buses", "zhaoqing", "yellow-label-deadline").sector("buses").deadline("2016-06-30");
        m.standard("shenzhen-yellow-buses", "shenzhen", "yellow-label-deadline").sector("buses").deadline("2015-06-30");
        onlyNaming(m, "BASE-SCHEDULE", "gd-yellow-buses", "gd-yellow-all");
        onlyNaming(m, "BASE-RAISED", "gd-yellow-buses", "gd-yellow-all");
    }

    @Test
    void aCirclesStandardStricterThanTwoEquallyStrictBaselinesRaisesTheBarOnce() {
        ModelBuilder m = printingTie(84, 84);
        m.arrangement("gfz-circle", org.chaxu.governance.ArrangementKind.METROPOLITAN_CIRCLE, "guangzhou", "foshan", "zhaoqing");
        m.standard("gfz-voc-printing", "gfz-circle", "voc-emission").sector("printing").value(60, "mg/m³");
        Finding f = onlyNaming(m, "BASE-RAISED", "gd-voc-printing", "gd-voc-all");
        assertEquals("gfz-voc-printing", LoadedModel.fragment(f.getElement()));
    }

    /**
     * Two circle standards of the same value, one for printing and one for all sectors, both bind a
     * member's looser printing limit: two BASE-CIRCLE findings with the same message. They come in
     * the order of the standards they name (by id), whichever the file holds first and whichever
     * order the rules fired in, so that a report and a SARIF file are the same from run to run.
     */
    @Test
    void twoFindingsWithTheSameMessageComeInTheOrderOfWhatTheyName() {
        for (boolean printingFirst : new boolean[] { true, false }) {
            ModelBuilder m = RuleTestBase.prd();
            m.arrangement("gfz-circle", org.chaxu.governance.ArrangementKind.METROPOLITAN_CIRCLE, "guangzhou", "foshan", "zhaoqing");
            if (printingFirst) {
                m.standard("gfz-voc-b-printing", "gfz-circle", "voc-emission").sector("printing").value(60, "mg/m³");
                m.standard("gfz-voc-a-all", "gfz-circle", "voc-emission").value(60, "mg/m³");
            } else {
                m.standard("gfz-voc-a-all", "gfz-circle", "voc-emission").value(60, "mg/m³");
                m.standard("gfz-voc-b-printing", "gfz-circle", "voc-emission").sector("printing").value(60, "mg/m³");
            }
            m.standard("foshan-voc-printing", "foshan", "voc-emission").sector("printing").value(70, "mg/m³");
            List<Finding> found = findings(m, "BASE-CIRCLE");
            assertEquals(2, found.size(), () -> describe(found).toString());
            assertEquals(found.get(0).getMessage(), found.get(1).getMessage());
            assertTrue(found.get(0).getRelated().contains(m.get("gfz-voc-a-all")), () -> describe(found).toString());
            assertTrue(found.get(1).getRelated().contains(m.get("gfz-voc-b-printing")), () -> describe(found).toString());
        }
    }

    /** Strictness comes first: a general standard one step stricter wins over the specific one, one step looser loses, equal goes to the specific. */
    @Test
    void strictnessBeforeSpecificityOnEachSideAndOnTheBoundary() {
        ModelBuilder stricterGeneral = printingTie(83, 84);
        stricterGeneral.standard("foshan-voc-printing", "foshan", "voc-emission").sector("printing").value(90, "mg/m³");
        onlyNaming(stricterGeneral, "BASE-LOOSER", "gd-voc-all", "gd-voc-printing");

        ModelBuilder looserGeneral = printingTie(85, 84);
        looserGeneral.standard("foshan-voc-printing", "foshan", "voc-emission").sector("printing").value(90, "mg/m³");
        onlyNaming(looserGeneral, "BASE-LOOSER", "gd-voc-printing", "gd-voc-all");

        ModelBuilder equal = printingTie(84, 84);
        equal.standard("foshan-voc-printing", "foshan", "voc-emission").sector("printing").value(90, "mg/m³");
        onlyNaming(equal, "BASE-LOOSER", "gd-voc-printing", "gd-voc-all");
    }

    /** The specific standard is chosen wherever it stands in the file: specificity comes before document order. */
    @Test
    void theStandardForTheSectorIsChosenAlsoWhenItComesFirstOrLast() {
        ModelBuilder m = RuleTestBase.prd();
        m.standard("gd-voc-printing", "guangdong", "voc-emission").sector("printing").value(84, "mg/m³").binding();
        m.standard("gd-voc-all", "guangdong", "voc-emission").value(84, "mg/m³").binding();
        m.standard("foshan-voc-printing", "foshan", "voc-emission").sector("printing").value(73.9, "mg/m³");
        onlyNaming(m, "BASE-RAISED", "gd-voc-printing", "gd-voc-all");
    }

    // ------------------------------------------------------------------ distance, then document order

    @Test
    void amongEquallyStrictStandardsOfDifferentLevelsTheNearestIsTheBaselineEvenIfLessSpecific() {
        ModelBuilder m = RuleTestBase.prd();
        m.standard("central-voc-printing", "central", "voc-emission").sector("printing").value(84, "mg/m³").binding();
        m.standard("gd-voc-all", "guangdong", "voc-emission").value(84, "mg/m³").binding();
        m.standard("foshan-voc-printing", "foshan", "voc-emission").sector("printing").value(90, "mg/m³");
        onlyNaming(m, "BASE-LOOSER", "gd-voc-all", "central-voc-printing");
    }

    @Test
    void twoEquallyStrictStandardsOfOneAuthorityForTheSameSectorGoByDocumentOrder() {
        ModelBuilder m = RuleTestBase.prd();
        m.standard("gd-voc-2019", "guangdong", "voc-emission").value(84, "mg/m³").binding();
        m.standard("gd-voc-2020", "guangdong", "voc-emission").value(84000, "µg/m³").binding();
        m.standard("foshan-voc", "foshan", "voc-emission").value(90, "mg/m³");
        onlyNaming(m, "BASE-LOOSER", "gd-voc-2019", "gd-voc-2020");
        assertTrue(RuleTestBase.findingsOf(m, "BASE-CONFLICT").isEmpty(), "equal values are no conflict");

        EList<Standard> list = ((AdministrativeUnit) m.get("guangdong")).getStandards();
        list.move(0, m.<Standard>get("gd-voc-2020"));
        onlyNaming(m, "BASE-LOOSER", "gd-voc-2020", "gd-voc-2019");
    }

    /** A unit's own standards come before the model's top-level ones (units come before standards in the file). */
    @Test
    void aStandardInsideTheUnitComesBeforeATopLevelOneOfTheSameUnit() {
        ModelBuilder m = RuleTestBase.prd();
        m.topLevelStandard("gd-voc-top", "guangdong", "voc-emission").value(84, "mg/m³").binding();
        m.standard("gd-voc-inline", "guangdong", "voc-emission").value(84, "mg/m³").binding();
        m.standard("foshan-voc", "foshan", "voc-emission").value(70, "mg/m³");
        onlyNaming(m, "BASE-RAISED", "gd-voc-inline", "gd-voc-top");
        // a top-level standard for the sector is still more specific than the unit's own for all sectors
        m.topLevelStandard("gd-voc-printing-top", "guangdong", "voc-emission").sector("printing").value(84, "mg/m³").binding();
        m.standard("foshan-voc-printing", "foshan", "voc-emission").sector("printing").value(70, "mg/m³");
        List<Finding> raised = findings(m, "BASE-RAISED");
        assertEquals(2, raised.size(), () -> describe(raised).toString());
        Finding printing = raised.stream().filter(f -> f.getElement() == m.get("foshan-voc-printing")).findFirst().orElseThrow();
        assertTrue(printing.getRelated().contains(m.get("gd-voc-printing-top")), () -> describe(raised).toString());
    }

    // ------------------------------------------------------------------ after edits

    /** One session, a tie made and unmade by value, sector and order edits: after each, incremental == batch and one finding. */
    @Test
    void editsThatMakeOrBreakATieKeepOneBaselineAndTheIncrementalFindingsEqualABatchCheck() {
        ModelBuilder m = printingTie(85, 84);
        m.standard("foshan-voc-printing", "foshan", "voc-emission").sector("printing").value(90, "mg/m³");
        m.standard("shenzhen-voc-printing", "shenzhen", "voc-emission").sector("printing").value(80, "mg/m³");
        Standard all = m.get("gd-voc-all");
        Standard printing = m.get("gd-voc-printing");
        try (CheckSession session = new CheckSession(RuleTestBase.catalog, m.resource(), CheckOptions.DEFAULT)) {
            assertSameAsBatch(m, session, "gd-voc-printing", "at first");
            all.setValue(84.0);
            assertSameAsBatch(m, session, "gd-voc-printing", "a tie made by the general standard's value");
            all.setValue(83.0);
            assertSameAsBatch(m, session, "gd-voc-all", "the general standard stricter");
            all.setValue(84.0);
            assertSameAsBatch(m, session, "gd-voc-printing", "the tie made again");
            printing.setSector(null);
            assertSameAsBatch(m, session, "gd-voc-all", "both for all sectors: the first in the file");
            ((AdministrativeUnit) m.get("guangdong")).getStandards().move(0, printing);
            assertSameAsBatch(m, session, "gd-voc-printing", "the other moved first");
            all.setSector("printing");
            assertSameAsBatch(m, session, "gd-voc-all", "the second one now for the sector");
            all.setBinding(false);
            assertSameAsBatch(m, session, "gd-voc-printing", "the sector's one no longer binding");
            all.setBinding(true);
            all.setValue(84000.0);
            all.setUnit("µg/m³");
            assertSameAsBatch(m, session, "gd-voc-all", "equally strict in another unit");
        }
    }

    private static void assertSameAsBatch(ModelBuilder m, CheckSession session, String baselineId, String when) {
        List<Finding> incremental = session.findings();
        List<Finding> batch = CheckSession.check(RuleTestBase.catalog, m.resource(), CheckOptions.DEFAULT);
        assertEquals(describe(batch), describe(incremental), when);
        for (String standard : List.of("foshan-voc-printing", "shenzhen-voc-printing")) {
            List<Finding> judged = incremental.stream().filter(f -> f.getElement() == m.get(standard)
                    && List.of("BASE-LOOSER", "BASE-RAISED").contains(f.getRuleId())).toList();
            assertEquals(1, judged.size(), () -> when + ": " + describe(incremental));
            assertTrue(judged.get(0).getRelated().contains(m.get(baselineId)), () -> when + ", " + baselineId + ": " + describe(judged));
        }
        assertEquals(m.get(baselineId), session.baselines().get(m.get("foshan-voc-printing")), when);
    }
}
