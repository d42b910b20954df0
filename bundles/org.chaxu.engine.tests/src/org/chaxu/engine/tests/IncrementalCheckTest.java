// SPDX-License-Identifier: EPL-2.0
package org.chaxu.engine.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.chaxu.engine.CheckOptions;
import org.chaxu.engine.CheckSession;
import org.chaxu.engine.Finding;
import org.chaxu.engine.LoadedModel;
import org.chaxu.engine.ModelLoader;
import org.chaxu.engine.RuleCatalog;
import org.chaxu.engine.RuleSource;
import org.chaxu.governance.AdministrativeUnit;
import org.chaxu.governance.Agreement;
import org.chaxu.governance.Arrangement;
import org.chaxu.governance.ArrangementKind;
import org.chaxu.governance.Commitment;
import org.chaxu.governance.CommitmentStatus;
import org.chaxu.governance.Direction;
import org.chaxu.governance.GovernanceFactory;
import org.chaxu.governance.GovernanceModel;
import org.chaxu.governance.Indicator;
import org.chaxu.governance.Initiation;
import org.chaxu.governance.Intervention;
import org.chaxu.governance.InterventionOutcome;
import org.chaxu.governance.Level;
import org.chaxu.governance.Negotiation;
import org.chaxu.governance.NegotiationStatus;
import org.chaxu.governance.Rank;
import org.chaxu.governance.Standard;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One long-lived {@link CheckSession} per worked case, and a scripted sequence of edits to
 * the EMF model: after every edit, the incremental findings must equal a fresh batch check of
 * the same resource, compared as sorted lines "RULE SEVERITY element-id message". Each script
 * also asserts that its edits did change the findings (several times, and in the expected
 * direction at chosen steps), so it cannot pass by comparing two empty lists.
 */
class IncrementalCheckTest {

    static RuleCatalog catalog;
    static final GovernanceFactory F = GovernanceFactory.eINSTANCE;

    @BeforeAll
    static void compile() {
        catalog = RuleCatalog.shipped();
        assertTrue(catalog.problems().isEmpty(), () -> "shipped rules do not compile: " + catalog.problems());
    }

    /** Sorted lines RULE SEVERITY element-id message. */
    static List<String> lines(List<Finding> findings) {
        List<String> lines = new ArrayList<>();
        for (Finding f : findings) {
            lines.add(f.getRuleId() + " " + f.getSeverity() + " " + LoadedModel.fragment(f.getElement()) + " "
                    + f.getMessage());
        }
        lines.sort(null);
        return lines;
    }

    /**
     * A long-lived session on a loaded example, and the edits applied to it. Every mismatch
     * between the incremental and the batch findings is recorded with its edit; {@link #finish}
     * fails with all of them.
     */
    static final class Script implements AutoCloseable {
        final Resource resource;
        final CheckSession session;
        final List<String> mismatches = new ArrayList<>();
        List<String> current;
        int steps;
        int changes;

        Script(String example) {
            LoadedModel model = new ModelLoader().load(Examples.file(example));
            assertFalse(model.hasErrors(), () -> "load problems: " + model.problems());
            resource = model.resource();
            session = new CheckSession(catalog, resource, CheckOptions.DEFAULT);
            current = lines(session.findings());
            assertEquals(lines(CheckSession.check(catalog, resource, CheckOptions.DEFAULT)), current,
                    "before any edit");
            assertFalse(current.isEmpty());
        }

        @SuppressWarnings("unchecked")
        <T extends EObject> T get(String id) {
            EObject object = resource.getEObject(id);
            assertTrue(object != null, () -> "no element " + id);
            return (T) object;
        }

        GovernanceModel root() {
            return (GovernanceModel) resource.getContents().get(0);
        }

        /** Applies an edit, then compares the session's findings with a fresh batch check. */
        Script edit(String description, Runnable edit) {
            edit.run();
            steps++;
            List<String> incremental = lines(session.findings());
            List<String> batch = lines(CheckSession.check(catalog, resource, CheckOptions.DEFAULT));
            if (!incremental.equals(batch)) {
                List<String> missing = new ArrayList<>(batch);
                incremental.forEach(missing::remove);
                List<String> extra = new ArrayList<>(incremental);
                batch.forEach(extra::remove);
                mismatches.add("edit " + steps + " '" + description + "':\n    only in batch:       " + missing
                        + "\n    only in incremental: " + extra);
            }
            if (!incremental.equals(current)) {
                changes++;
            }
            current = incremental;
            return this;
        }

        /** Asserts a property of the findings after the last edit (the batch ones, when they differ). */
        Script expect(String what, Predicate<List<String>> condition) {
            List<String> batch = lines(CheckSession.check(catalog, resource, CheckOptions.DEFAULT));
            assertTrue(condition.test(batch), () -> "after edit " + steps + ", expected " + what + ": " + batch);
            return this;
        }

        Script expectLine(String prefix) {
            return expect("a finding '" + prefix + "…'", l -> l.stream().anyMatch(line -> line.startsWith(prefix)));
        }

        Script expectNoLine(String prefix) {
            return expect("no finding '" + prefix + "…'", l -> l.stream().noneMatch(line -> line.startsWith(prefix)));
        }

        void finish(int minimumChanges) {
            assertEquals("", String.join("\n", mismatches), "incremental findings differ from a batch check");
            assertTrue(changes >= minimumChanges,
                    "only " + changes + " of " + steps + " edits changed the findings; the script tests too little");
        }

        @Override
        public void close() {
            session.close();
        }
    }

    static Standard newStandard(String id, Indicator indicator, Double value, String unit) {
        Standard s = F.createStandard();
        s.setId(id);
        s.setName(id);
        s.setIndicator(indicator);
        s.setValue(value);
        s.setUnit(unit);
        return s;
    }

    // =====================================================================================

    @Test
    void prdAirEditedStepByStepMatchesABatchCheckAfterEveryEdit() {
        try (Script s = new Script("prd-air.chaxu")) {
            Standard foshan = s.get("foshan-voc-furniture");
            Standard gdFurniture = s.get("gd-voc-furniture");
            Standard zhaoqingDeadline = s.get("zhaoqing-yellow-deadline");
            Standard gdDeadline = s.get("gd-yellow-deadline");
            AdministrativeUnit guangdong = s.get("guangdong");
            AdministrativeUnit central = s.get("central");
            AdministrativeUnit foshanUnit = s.get("foshan");
            AdministrativeUnit dongguan = s.get("dongguan");
            Arrangement prd = s.get("prd-conference");
            Arrangement zzj = s.get("zzj-circle");
            Indicator voc = s.get("voc-emission");
            Indicator phaseout = s.get("yellow-label-phaseout");

            s.edit("Foshan's furniture limit 40 → 25 mg/m³ (looser → stricter)", () -> foshan.setValue(25.0))
                    .expectNoLine("BASE-LOOSER ERROR foshan-voc-furniture")
                    .expectLine("BASE-RAISED INFO foshan-voc-furniture");
            s.edit("Foshan's furniture limit 25 → 30 mg/m³ (equal)", () -> foshan.setValue(30.0))
                    .expectNoLine("BASE-RAISED INFO foshan-voc-furniture");
            s.edit("Foshan's furniture limit back to 40 mg/m³", () -> foshan.setValue(40.0))
                    .expectLine("BASE-LOOSER ERROR foshan-voc-furniture");
            s.edit("Foshan states its limit as 40000 µg/m³", () -> foshan.setValue(40000.0));
            s.edit("… in µg/m³", () -> foshan.setUnit("µg/m³"))
                    .expect("BASE-LOOSER to state 40000 µg/m³", l -> l.stream()
                            .anyMatch(x -> x.startsWith("BASE-LOOSER ERROR foshan-voc-furniture") && x.contains("40000 µg/m³")));
            s.edit("Guangdong's furniture baseline 30 → 35 mg/m³ (Foshan still looser)", () -> gdFurniture.setValue(35.0))
                    .expectLine("BASE-LOOSER ERROR foshan-voc-furniture")
                    .expect("the message to name the new baseline 35 mg/m³",
                            l -> l.stream().anyMatch(x -> x.startsWith("BASE-LOOSER") && x.contains("35 mg/m³")));
            s.edit("Guangdong's furniture baseline source renamed", () -> gdFurniture.setSource("Revised standard"));
            s.edit("Zhaoqing's deadline 2016-12-31 → 2015-06-30", () -> zhaoqingDeadline
                    .setDeadline(ModelBuilder.date("2015-06-30")))
                    .expectNoLine("BASE-SCHEDULE ERROR zhaoqing-yellow-deadline")
                    .expectLine("BASE-RAISED INFO zhaoqing-yellow-deadline");
            s.edit("Guangdong's unified deadline 2015-12-31 → 2014-01-01", () -> gdDeadline
                    .setDeadline(ModelBuilder.date("2014-01-01")))
                    .expectLine("BASE-SCHEDULE ERROR shenzhen-yellow-deadline")
                    .expectLine("BASE-SCHEDULE ERROR zhaoqing-yellow-deadline");
            s.edit("Guangdong's deadline back to 2015-12-31", () -> gdDeadline.setDeadline(ModelBuilder.date("2015-12-31")));
            s.edit("Dongguan adopts the phase-out (new standard)", () -> {
                Standard adoption = newStandard("dongguan-yellow-phaseout", phaseout, null, null);
                dongguan.getStandards().add(adoption);
            }).expectNoLine("BASE-FIXED-ACTION ERROR dongguan");
            s.edit("Guangzhou's adoption is removed", () -> EcoreUtil.remove(s.get("guangzhou-yellow-phaseout")))
                    .expectLine("BASE-FIXED-ACTION ERROR guangzhou");
            s.edit("Guangdong's furniture limit is no longer binding", () -> gdFurniture.setBinding(false))
                    .expectNoLine("BASE-LOOSER").expectNoLine("BASE-UNITS");
            s.edit("… and binding again", () -> gdFurniture.setBinding(true))
                    .expectLine("BASE-LOOSER ERROR foshan-voc-furniture");
            s.edit("Shenzhen's automobile limit stated in kg/h", () -> s.<Standard>get("shenzhen-voc-auto").setUnit("kg/h"))
                    .expectLine("BASE-UNITS ERROR shenzhen-voc-auto");
            s.edit("Dongguan's 2016 shoe rule starts only in 2018", () -> s.<Standard>get("dongguan-voc-shoes-2016")
                    .setEffectiveFrom(ModelBuilder.date("2018-01-01")))
                    .expectNoLine("BASE-CONFLICT");
            s.edit("Dongguan's 2016 rule moved to the furniture sector", () -> s.<Standard>get("dongguan-voc-shoes-2016")
                    .setSector("furniture manufacturing"))
                    .expectLine("BASE-LOOSER ERROR dongguan-voc-shoes-2016");
            s.edit("A new Foshan printing limit of 90 in the indicator's unit", () -> {
                Standard printing = newStandard("foshan-voc-printing", voc, 90.0, null);
                printing.setSector("printing");
                foshanUnit.getStandards().add(printing);
            })
                    .expectLine("BASE-LOOSER ERROR foshan-voc-printing");
            s.edit("Guangdong's superior becomes Foshan (a cycle)", () -> guangdong.setSuperior(foshanUnit))
                    .expectLine("ARR-HIERARCHY ERROR guangdong").expectLine("ARR-HIERARCHY ERROR foshan");
            s.edit("Guangdong's superior back to the State Council (cycle broken)", () -> guangdong.setSuperior(central))
                    .expectNoLine("ARR-HIERARCHY");
            s.edit("Shanwei and Heyuan join the PRD conference", () -> prd.getMembers()
                    .addAll(List.of(s.get("shanwei"), s.get("heyuan"))))
                    .expectNoLine("ARR-SUBSET");
            s.edit("Heyuan leaves the PRD conference again", () -> prd.getMembers().remove(s.<AdministrativeUnit>get("heyuan")))
                    .expectLine("ARR-SUBSET ERROR szdh-circle");
            s.edit("Zhongshan leaves the 珠中江 circle", () -> zzj.getMembers().remove(s.<AdministrativeUnit>get("zhongshan")))
                    .expectNoLine("BASE-CIRCLE ERROR zhongshan-voc-printing");
            s.edit("Zhongshan rejoins the circle", () -> zzj.getMembers().add(s.get("zhongshan")))
                    .expectLine("BASE-CIRCLE ERROR zhongshan-voc-printing");
            s.edit("The circle's printing limit is removed", () -> EcoreUtil.remove(s.get("zzj-voc-printing")))
                    .expectNoLine("BASE-CIRCLE ERROR zhongshan-voc-printing");
            s.edit("Guangzhou's rank lowered to PREFECTURAL", () -> s.<AdministrativeUnit>get("guangzhou")
                    .setRank(Rank.PREFECTURAL))
                    .expectNoLine("ARR-COORDINATOR");
            s.edit("A new circle, convened by Zhaoqing, with Guangzhou restored to SUB_PROVINCIAL", () -> {
                s.<AdministrativeUnit>get("guangzhou").setRank(Rank.SUB_PROVINCIAL);
                Arrangement circle = F.createArrangement();
                circle.setId("gz-zq");
                circle.setName("Guangzhou–Zhaoqing");
                circle.setKind(ArrangementKind.METROPOLITAN_CIRCLE);
                circle.setInitiation(Initiation.SELF_INITIATED);
                circle.getMembers().addAll(List.of(s.get("guangzhou"), s.get("zhaoqing")));
                circle.setConvener(s.get("zhaoqing"));
                Standard raised = newStandard("gz-zq-voc-furniture", voc, 20.0, "mg/m³");
                raised.setSector("furniture manufacturing");
                circle.getStandards().add(raised);
                prd.getSubArrangements().add(circle);
            }).expectLine("ARR-COORDINATOR WARNING gz-zq").expectLine("BASE-RAISED INFO gz-zq-voc-furniture");
            s.edit("Guangdong is renamed", () -> guangdong.setName("Guangdong Province"))
                    .expect("messages to use the new name", l -> l.stream().anyMatch(x -> x.contains("Guangdong Province's")));
            s.edit("Foshan's furniture standard is renamed", () -> foshan.setName("Foshan furniture VOC limit"));
            s.edit("The model's reference date moves to 2022", () -> s.root().setAsOf(ModelBuilder.date("2022-01-01")));
            s.edit("The VOC indicator becomes a lower limit (every comparison flips)", () -> voc
                    .setDirection(Direction.LOWER_LIMIT))
                    .expectLine("BASE-RAISED INFO foshan-voc-furniture");
            s.edit("… and an upper limit again", () -> voc.setDirection(Direction.UPPER_LIMIT))
                    .expectLine("BASE-LOOSER ERROR foshan-voc-furniture");
            s.edit("The VOC indicator's unit becomes µg/m³ (Foshan's unit-less printing limit is now 90 µg/m³)",
                    () -> voc.setUnit("µg/m³"))
                    .expectLine("BASE-RAISED INFO foshan-voc-printing");
            s.finish(20);
        }
    }

    @Test
    void xianXianyangEditedStepByStepMatchesABatchCheckAfterEveryEdit() {
        try (Script s = new Script("xian-xianyang-transport.chaxu")) {
            Negotiation transport = s.get("xx-transport");
            Intervention central = s.get("xx-central-whatif");
            AdministrativeUnit xian = s.get("xian");
            AdministrativeUnit xianyang = s.get("xianyang");
            AdministrativeUnit shaanxi = s.get("shaanxi");
            Intervention[] byShaanxi = new Intervention[1];

            s.edit("The transport negotiation is DEADLOCKED instead of NOT_IMPLEMENTED",
                    () -> transport.setStatus(NegotiationStatus.DEADLOCKED))
                    .expect("ESC-SUGGEST to name DEADLOCKED",
                            l -> l.stream().anyMatch(x -> x.startsWith("ESC-SUGGEST") && x.contains("deadlocked")));
            s.edit("… only since 2020-06-01 (less than a year)", () -> transport.setStatusSince(ModelBuilder.date("2020-06-01")))
                    .expectNoLine("ESC-SUGGEST");
            s.edit("… since 2011 again", () -> transport.setStatusSince(ModelBuilder.date("2011-01-01")))
                    .expectLine("ESC-SUGGEST INFO xx-transport");
            s.edit("Shaanxi intervenes in 2019-01 and fails (new intervention)", () -> {
                Intervention x = F.createIntervention();
                x.setId("xx-shaanxi");
                x.setName("Shaanxi steps in");
                x.setIntervener(shaanxi);
                x.setStart(ModelBuilder.date("2019-01-01"));
                x.setEnd(ModelBuilder.date("2019-05-31"));
                x.setOutcome(InterventionOutcome.INEFFECTIVE);
                transport.getInterventions().add(x);
                byShaanxi[0] = x;
            }).expectNoLine("ESC-SKIP").expectNoLine("ESC-SUGGEST");
            s.edit("Shaanxi's intervention was EFFECTIVE after all", () -> byShaanxi[0].setOutcome(InterventionOutcome.EFFECTIVE))
                    .expectLine("ESC-SKIP ERROR xx-central-whatif");
            s.edit("… INEFFECTIVE again", () -> byShaanxi[0].setOutcome(InterventionOutcome.INEFFECTIVE))
                    .expectNoLine("ESC-SKIP");
            s.edit("Shaanxi's intervention started only after the central one", () -> byShaanxi[0]
                    .setStart(ModelBuilder.date("2019-07-01")))
                    .expectLine("ESC-SKIP ERROR xx-central-whatif");
            s.edit("The central intervention escalates from Shaanxi's", () -> central.setEscalatedFrom(byShaanxi[0]))
                    .expectLine("ESC-ORDER ERROR xx-central-whatif");
            s.edit("Shaanxi's intervention started 2019-01-01 after all", () -> byShaanxi[0]
                    .setStart(ModelBuilder.date("2019-01-01")))
                    .expectNoLine("ESC-ORDER").expectNoLine("ESC-SKIP");
            s.edit("The central intervention loses its exit condition", () -> central.setExitCondition(null))
                    .expectLine("ESC-NO-EXIT WARNING xx-central-whatif");
            s.edit("… and gets an end date", () -> central.setEnd(ModelBuilder.date("2020-03-31")))
                    .expectNoLine("ESC-NO-EXIT");
            s.edit("The negotiation is RESOLVED on 2020-01-31", () -> {
                transport.setStatus(NegotiationStatus.RESOLVED);
                transport.setStatusSince(ModelBuilder.date("2020-01-31"));
            }).expectLine("ESC-OVERSTAY WARNING xx-central-whatif").expectNoLine("ESC-SUGGEST");
            s.edit("The central intervention ended on 2020-01-15", () -> central.setEnd(ModelBuilder.date("2020-01-15")))
                    .expectNoLine("ESC-OVERSTAY");
            s.edit("The negotiation is NOT_IMPLEMENTED again, since 2011", () -> {
                transport.setStatus(NegotiationStatus.NOT_IMPLEMENTED);
                transport.setStatusSince(ModelBuilder.date("2011-01-01"));
            }).expectNoLine("ESC-OVERSTAY");
            s.edit("Xianyang's bus lines are DONE", () -> s.<Commitment>get("xx-bus-lines").setStatus(CommitmentStatus.DONE))
                    .expectNoLine("RESP-OVERDUE ERROR xx-bus-lines");
            s.edit("The metro commitment loses its responsible party", () -> s.<Commitment>get("xx-metro-line1")
                    .setResponsible(null))
                    .expectLine("RESP-INCOMPLETE WARNING xx-metro-line1");
            s.edit("The 2002 collective commitment is removed", () -> EcoreUtil.remove(s.get("xx-2002-joint-planning")))
                    .expectNoLine("RESP-INCOMPLETE WARNING xx-2002-joint-planning")
                    .expectLine("RESP-UNASSIGNED WARNING xx-agreement-2002");
            s.edit("The intercity railway commitment moves to the 2002 agreement", () -> s.<Agreement>get("xx-agreement-2002")
                    .getCommitments().add(s.get("xx-intercity-rail")))
                    .expectNoLine("RESP-UNASSIGNED");
            s.edit("The reference date moves back to 2009-12-31", () -> s.root().setAsOf(ModelBuilder.date("2009-12-31")))
                    .expectNoLine("RESP-OVERDUE");
            s.edit("… and to 2020-12-31 again", () -> s.root().setAsOf(ModelBuilder.date("2020-12-31")))
                    .expectLine("RESP-OVERDUE ERROR xx-weihe-bridge-approach");
            s.edit("Xi'an's superior becomes Xianyang, and Xianyang's Xi'an (a cycle)", () -> {
                xian.setSuperior(xianyang);
                xianyang.setSuperior(xian);
            }).expectLine("ARR-HIERARCHY ERROR xian").expectLine("ARR-HIERARCHY ERROR xianyang");
            s.edit("Xianyang's superior is Shaanxi again (Xi'an still under Xianyang)", () -> xianyang.setSuperior(shaanxi))
                    .expectLine("ARR-HIERARCHY ERROR xian").expectNoLine("ARR-HIERARCHY ERROR xianyang");
            s.edit("Xi'an's superior is Shaanxi again", () -> xian.setSuperior(shaanxi))
                    .expectNoLine("ARR-HIERARCHY");
            s.edit("Shaanxi joins the negotiation as a party", () -> transport.getParties().add(shaanxi))
                    .expectLine("ESC-NOT-SUPERIOR ERROR xx-shaanxi");
            s.edit("… and leaves it again", () -> transport.getParties().remove(shaanxi))
                    .expectNoLine("ESC-NOT-SUPERIOR");
            s.edit("Shaanxi's intervention is removed", () -> EcoreUtil.remove(byShaanxi[0]))
                    .expectLine("ESC-SKIP ERROR xx-central-whatif").expectLine("ESC-SUGGEST INFO xx-transport");
            s.edit("The coordination office is no longer hosted by Xi'an", () -> s.<Arrangement>get("xx-office").setHostedBy(null))
                    .expectNoLine("ARR-COORDINATOR");
            s.edit("Xianyang convenes the joint conference", () -> s.<Arrangement>get("xx-joint-conference")
                    .setConvener(xianyang))
                    .expectLine("ARR-COORDINATOR WARNING xx-joint-conference");
            s.finish(20);
        }
    }

    @Test
    void jjjAirEditedStepByStepMatchesABatchCheckAfterEveryEdit() {
        try (Script s = new Script("jjj-air.chaxu")) {
            Intervention blCentral = s.get("bl-central-2018");
            Intervention blHebei = s.get("bl-hebei-2019");
            AdministrativeUnit hebei = s.get("hebei");
            AdministrativeUnit central = s.get("central");

            s.edit("Xiong'an is entered at prefectural level", () -> s.<AdministrativeUnit>get("xiongan")
                    .setLevel(Level.PREFECTURAL))
                    .expectNoLine("ARR-HIERARCHY");
            s.edit("The central escalation starts 2020-01-01, after Hebei's failure", () -> blCentral
                    .setStart(ModelBuilder.date("2020-01-01")))
                    .expectNoLine("ESC-ORDER").expectNoLine("ESC-SKIP");
            s.edit("Hebei's intervention starts 2020-06-01, after the escalation", () -> blHebei
                    .setStart(ModelBuilder.date("2020-06-01")))
                    .expectLine("ESC-ORDER ERROR bl-central-2018").expectLine("ESC-SKIP ERROR bl-central-2018");
            s.edit("The escalation no longer names what it escalates from", () -> blCentral.setEscalatedFrom(null))
                    .expectNoLine("ESC-ORDER");
            s.edit("The 2018 leading group is removed", () -> EcoreUtil.remove(s.get("jjj-leading-group-2018")))
                    .expectNoLine("ESC-NO-EXIT");
            s.edit("The State Council steps into the Tianjin–Hebei boiler matter", () -> {
                Intervention x = F.createIntervention();
                x.setId("tjhb-central");
                x.setIntervener(central);
                x.setStart(ModelBuilder.date("2019-01-01"));
                s.<Negotiation>get("tjhb-boilers").getInterventions().add(x);
            }).expectNoLine("ESC-SUGGEST").expectLine("ESC-NO-EXIT WARNING tjhb-central");
            s.edit("The alert platform was due 2020-06-30", () -> s.<Commitment>get("jjj-alerts-platform")
                    .setDue(ModelBuilder.date("2020-06-30")))
                    .expectLine("RESP-OVERDUE ERROR jjj-alerts-platform").expectNoLine("ESC-UNNECESSARY");
            s.edit("… and is DONE", () -> s.<Commitment>get("jjj-alerts-platform").setStatus(CommitmentStatus.DONE))
                    .expectLine("ESC-UNNECESSARY WARNING jjj-alerts-central-2020");
            s.edit("The alert thresholds commitment moves to the framework agreement", () -> s
                    .<Agreement>get("jjj-framework-2015").getCommitments().add(s.get("jjj-alerts-thresholds")))
                    .expectNoLine("RESP-UNASSIGNED WARNING jjj-framework-2015");
            s.edit("The Olympics negotiation was resolved only on 2010-01-01", () -> s.<Negotiation>get("jjj-olympics-2008")
                    .setStatusSince(ModelBuilder.date("2010-01-01")))
                    .expectNoLine("ESC-OVERSTAY");
            s.edit("Baoding joins the Tianjin–Hebei matter", () -> s.<Negotiation>get("tjhb-boilers").getParties()
                    .add(s.get("baoding")));
            s.edit("Hebei's superior becomes Baoding (a cycle)", () -> hebei.setSuperior(s.get("baoding")))
                    .expectLine("ARR-HIERARCHY ERROR hebei").expectLine("ARR-HIERARCHY ERROR baoding");
            s.edit("… and the State Council again", () -> hebei.setSuperior(central))
                    .expectNoLine("ARR-HIERARCHY");
            s.edit("The coordination office is hosted by no member", () -> s.<Arrangement>get("jjj-coord-office")
                    .setHostedBy(null))
                    .expectNoLine("ARR-COORDINATOR");
            s.edit("Langfang joins the coordination office, outside its parent group", () -> s
                    .<Arrangement>get("jjj-coord-office").getMembers().add(s.get("langfang")))
                    .expectLine("ARR-SUBSET ERROR jjj-coord-office");
            s.edit("The Beijing PM2.5 target becomes 0.08 mg/m³", () -> s.<Standard>get("beijing-pm25-target")
                    .setValue(0.08))
                    .expectLine("BASE-LOOSER ERROR beijing-pm25-target");
            s.edit("The national target is no longer binding", () -> s.<Standard>get("central-pm25-target")
                    .setBinding(false))
                    .expectNoLine("BASE-LOOSER");
            s.finish(12);
        }
    }

    /**
     * A rename derives nothing again: the findings after it are the very objects before it, and
     * only the messages that name the renamed unit read differently (they are made when read).
     */
    @Test
    void aRenameMakesOnlyTheMessagesThatNameTheUnitAgain() {
        LoadedModel model = new ModelLoader().load(Examples.file("prd-air.chaxu"));
        assertFalse(model.hasErrors(), () -> "load problems: " + model.problems());
        try (CheckSession session = new CheckSession(catalog, model.resource(), CheckOptions.DEFAULT)) {
            List<Finding> before = session.findings();
            List<String> messagesBefore = before.stream().map(Finding::getMessage).toList();
            AdministrativeUnit guangdong = (AdministrativeUnit) model.resource().getEObject("guangdong");
            String oldName = guangdong.getName();
            guangdong.setName("Renamed Province");
            List<Finding> after = session.findings();
            assertEquals(before.size(), after.size());
            int renamed = 0;
            for (int i = 0; i < before.size(); i++) {
                assertTrue(before.get(i) == after.get(i), "finding " + i + " was derived again: " + after.get(i));
                String message = after.get(i).getMessage();
                if (!message.equals(messagesBefore.get(i))) {
                    renamed++;
                    assertTrue(message.contains("Renamed Province"), message);
                    assertEquals(messagesBefore.get(i), message.replace("Renamed Province", oldName));
                }
            }
            assertTrue(renamed > 0, "no message names Guangdong");
            assertEquals(lines(CheckSession.check(catalog, model.resource(), CheckOptions.DEFAULT)), lines(after));
        }
    }

    /**
     * The shipped rules read no name in a condition, so a rename is not given to Drools again; a
     * rule file whose conditions do read names (or ids, or a standard's source) makes the session
     * give every renamed element to Drools again, and its findings follow the rename.
     */
    @Test
    void aRuleThatReadsNamesSeesARenameAndTheShippedRulesReadNone() {
        assertFalse(catalog.readsLabels(), "the shipped rules' conditions read a name, an id or a source");
        String named = String.join("\n",
                "package org.chaxu.extra;",
                "import org.chaxu.governance.*;",
                "global org.chaxu.engine.Reporter reporter;",
                "// a name in a comment, \"name\" in a string and in metadata do not count: only the condition below",
                "rule \"A unit named Renamed Province\" @id(\"X-NAMED\") @severity(\"INFO\") @principle(\"test\") @source(\"the name\")",
                "when",
                "    $u : AdministrativeUnit( name == \"Renamed Province\" )",
                "then",
                "    insertLogical( reporter.report(kcontext, $u) );",
                "end",
                "");
        String unnamed = named.replace("name == \"Renamed Province\"", "level == Level.CENTRAL")
                .replace("@id(\"X-NAMED\")", "@id(\"X-CENTRAL\")");
        assertFalse(RuleCatalog.withShipped(List.of(new RuleSource("unnamed.drl", unnamed)), RuleCatalog.shippedMessages())
                .readsLabels(), "only comments, strings and metadata name a name");
        RuleCatalog withNames = RuleCatalog.withShipped(List.of(new RuleSource("named.drl", named)), RuleCatalog.shippedMessages());
        assertTrue(withNames.problems().isEmpty(), () -> "the extra rule does not compile: " + withNames.problems());
        assertTrue(withNames.readsLabels());
        LoadedModel model = new ModelLoader().load(Examples.file("prd-air.chaxu"));
        try (CheckSession session = new CheckSession(withNames, model.resource(), CheckOptions.DEFAULT)) {
            assertFalse(session.findings().stream().anyMatch(f -> f.getRuleId().equals("X-NAMED")));
            AdministrativeUnit guangdong = (AdministrativeUnit) model.resource().getEObject("guangdong");
            String oldName = guangdong.getName();
            guangdong.setName("Renamed Province");
            List<Finding> renamed = session.findings();
            assertEquals(List.of(guangdong), renamed.stream().filter(f -> f.getRuleId().equals("X-NAMED")).map(Finding::getElement).toList());
            assertEquals(lines(CheckSession.check(withNames, model.resource(), CheckOptions.DEFAULT)), lines(renamed));
            guangdong.setName(oldName);
            assertFalse(session.findings().stream().anyMatch(f -> f.getRuleId().equals("X-NAMED")));
        }
    }

    /**
     * The baseline is chosen among the binding standards above: when one that was not the
     * strictest becomes the strictest (or the chosen one loosens), the choice changes for every
     * standard below. Shenzhen's deadline is compared with Guangdong's until the central deadline
     * becomes earlier than both; then with the central one, and back.
     */
    @Test
    void aBindingStandardAboveThatBecomesTheStrictestBecomesTheBaseline() {
        try (Script s = new Script("prd-air.chaxu")) {
            Standard centralDeadline = s.get("central-yellow-deadline");
            Standard gdDeadline = s.get("gd-yellow-deadline");
            java.util.Date before = centralDeadline.getDeadline();
            java.util.Date gdBefore = gdDeadline.getDeadline();
            s.expectNoLine("BASE-SCHEDULE ERROR shenzhen-yellow-deadline");
            s.edit("The central deadline becomes earlier than Guangdong's and Shenzhen's",
                    () -> centralDeadline.setDeadline(ModelBuilder.date("2014-01-01")))
                    .expectLine("BASE-SCHEDULE ERROR shenzhen-yellow-deadline")
                    .expectLine("BASE-SCHEDULE ERROR gd-yellow-deadline");
            s.edit("… and the nationwide one again", () -> centralDeadline.setDeadline(before))
                    .expectNoLine("BASE-SCHEDULE ERROR shenzhen-yellow-deadline");
            s.edit("Guangdong's deadline becomes later than the central one (the central one is now the strictest)",
                    () -> gdDeadline.setDeadline(ModelBuilder.date("2018-06-30")))
                    .expectLine("BASE-SCHEDULE ERROR gd-yellow-deadline");
            s.edit("… and earlier again", () -> gdDeadline.setDeadline(gdBefore));
            s.finish(4);
        }
    }
}
