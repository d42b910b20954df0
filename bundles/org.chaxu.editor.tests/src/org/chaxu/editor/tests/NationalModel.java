// SPDX-License-Identifier: EPL-2.0
package org.chaxu.editor.tests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.chaxu.governance.Agreement;
import org.chaxu.governance.AdministrativeUnit;
import org.chaxu.governance.Arrangement;
import org.chaxu.governance.ArrangementKind;
import org.chaxu.governance.Commitment;
import org.chaxu.governance.CommitmentStatus;
import org.chaxu.governance.Direction;
import org.chaxu.governance.GovernanceFactory;
import org.chaxu.governance.GovernanceModel;
import org.chaxu.governance.Indicator;
import org.chaxu.governance.Intervention;
import org.chaxu.governance.InterventionOutcome;
import org.chaxu.governance.Issuer;
import org.chaxu.governance.Level;
import org.chaxu.governance.Negotiation;
import org.chaxu.governance.NegotiationStatus;
import org.chaxu.governance.Rank;
import org.chaxu.governance.Standard;
import org.chaxu.governance.util.GovernanceResourceFactoryImpl;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.XMLResource;

/**
 * A deterministic national-shaped model for measuring the editor: central → provinces →
 * prefectures → counties, two standards per unit (some looser than their baseline), one
 * circle per province, negotiations with interventions and agreements. About 3.3 elements
 * per unit; {@link #ofSize} picks the shape for a wanted number of elements.
 */
final class NationalModel {

    private final GovernanceFactory factory = GovernanceFactory.eINSTANCE;
    private final Random random;
    private final GovernanceModel model = factory.createGovernanceModel();
    private final Indicator voc;
    private final Indicator pm;
    private int elements;

    private NationalModel(long seed) {
        random = new Random(seed);
        model.setName("Generated national model (seed " + seed + ")");
        model.setAsOf(date(2020, 6, 30));
        voc = indicator("voc", "VOC emission limit", "mg/m³");
        pm = indicator("pm25", "PM2.5 annual target", "µg/m³");
    }

    /** A model of about {@code elements} elements (at least the four levels). */
    static byte[] ofSize(int elements, long seed) {
        int provinces = Math.max(2, Math.min(31, elements / 330));
        int perProvince = Math.max(2, Math.min(12, elements / Math.max(1, provinces) / 34));
        int perPrefecture = Math.max(1, (elements / provinces / perProvince - 3) / 3);
        NationalModel generator = new NationalModel(seed);
        generator.build(provinces, perProvince, perPrefecture);
        return generator.save();
    }

    int elements() {
        return elements;
    }

    private void build(int provinces, int perProvince, int perPrefecture) {
        AdministrativeUnit central = unit("central", "Central", Level.CENTRAL, Rank.NATIONAL, null);
        standard(central, voc, 60, true);
        standard(central, pm, 50, true);
        for (int p = 1; p <= provinces; p++) {
            AdministrativeUnit province = unit("p" + p, "Province " + p, Level.PROVINCIAL, Rank.MINISTERIAL, central);
            standard(province, voc, 40 + random.nextInt(15), true);
            standard(province, pm, 35 + random.nextInt(10), true);
            List<AdministrativeUnit> prefectures = new ArrayList<>();
            for (int c = 1; c <= perProvince; c++) {
                AdministrativeUnit prefecture = unit("p" + p + "c" + c, "City " + p + "." + c, Level.PREFECTURAL, Rank.PREFECTURAL, province);
                prefectures.add(prefecture);
                standard(prefecture, voc, 30 + random.nextInt(30), false);
                standard(prefecture, pm, 30 + random.nextInt(15), false);
                for (int k = 1; k <= perPrefecture; k++) {
                    AdministrativeUnit county = unit("p" + p + "c" + c + "k" + k, "County " + p + "." + c + "." + k, Level.COUNTY,
                            Rank.COUNTY, prefecture);
                    standard(county, voc, 25 + random.nextInt(40), false);
                    standard(county, pm, 25 + random.nextInt(20), false);
                }
            }
            Arrangement circle = factory.createArrangement();
            circle.setId("p" + p + "-circle");
            circle.setName("Circle of province " + p);
            circle.setKind(ArrangementKind.METROPOLITAN_CIRCLE);
            circle.setConvener(province);
            circle.getMembers().addAll(prefectures.subList(0, Math.min(4, prefectures.size())));
            model.getArrangements().add(circle);
            elements++;
            negotiation(p, prefectures.get(0), prefectures.get(1), province, central);
        }
    }

    private void negotiation(int p, AdministrativeUnit a, AdministrativeUnit b, AdministrativeUnit province, AdministrativeUnit central) {
        Negotiation negotiation = factory.createNegotiation();
        negotiation.setId("p" + p + "-negotiation");
        negotiation.setName("Cross-border pollution, province " + p);
        negotiation.getParties().add(a);
        negotiation.getParties().add(b);
        negotiation.setStatus(NegotiationStatus.DEADLOCKED);
        negotiation.setStatusSince(date(2018, 1, 1));
        model.getNegotiations().add(negotiation);
        Intervention first = intervention("p" + p + "-i1", province, date(2018, 3, 1), InterventionOutcome.INEFFECTIVE);
        negotiation.getInterventions().add(first);
        Intervention second = intervention("p" + p + "-i2", central, date(2019, 3, 1), InterventionOutcome.ONGOING);
        second.setEscalatedFrom(first);
        negotiation.getInterventions().add(second);
        Agreement agreement = factory.createAgreement();
        agreement.setId("p" + p + "-agreement");
        agreement.setSigned(date(2017, 5, 1));
        agreement.getSignatories().add(a);
        agreement.getSignatories().add(b);
        negotiation.getAgreements().add(agreement);
        Commitment commitment = factory.createCommitment();
        commitment.setId("p" + p + "-commitment");
        commitment.setTask("Joint monitoring network");
        commitment.setResponsible(a);
        commitment.setDue(date(2019, 12, 31));
        commitment.setStatus(CommitmentStatus.PENDING);
        agreement.getCommitments().add(commitment);
        elements += 5;
    }

    private Intervention intervention(String id, AdministrativeUnit intervener, Date start, InterventionOutcome outcome) {
        Intervention intervention = factory.createIntervention();
        intervention.setId(id);
        intervention.setIntervener(intervener);
        intervention.setStart(start);
        intervention.setOutcome(outcome);
        intervention.setExitCondition("withdraws when the parties agree");
        return intervention;
    }

    private Indicator indicator(String id, String name, String unit) {
        Indicator indicator = factory.createIndicator();
        indicator.setId(id);
        indicator.setName(name);
        indicator.setUnit(unit);
        indicator.setDirection(Direction.UPPER_LIMIT);
        model.getIndicators().add(indicator);
        elements++;
        return indicator;
    }

    private AdministrativeUnit unit(String id, String name, Level level, Rank rank, AdministrativeUnit superior) {
        AdministrativeUnit unit = factory.createAdministrativeUnit();
        unit.setId(id);
        unit.setName(name);
        unit.setLevel(level);
        unit.setRank(rank);
        unit.setSuperior(superior);
        model.getUnits().add(unit);
        elements++;
        return unit;
    }

    private void standard(Issuer issuer, Indicator indicator, double value, boolean binding) {
        Standard standard = factory.createStandard();
        standard.setId(issuer.getId() + "-" + indicator.getId());
        standard.setIndicator(indicator);
        standard.setValue(value);
        standard.setBinding(binding);
        issuer.getStandards().add(standard);
        elements++;
    }

    private byte[] save() {
        Resource resource = new GovernanceResourceFactoryImpl().createResource(URI.createURI("national.chaxu"));
        resource.getContents().add(model);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            resource.save(out, Map.of(XMLResource.OPTION_ENCODING, "UTF-8"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    private static Date date(int year, int month, int day) {
        Calendar calendar = Calendar.getInstance();
        calendar.clear();
        calendar.set(year, month - 1, day);
        return calendar.getTime();
    }
}
