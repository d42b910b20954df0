// SPDX-License-Identifier: EPL-2.0
package org.chaxu.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Random;

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
 * A deterministic national-shaped model: the same seed and scale give the same model, element
 * for element. Central → up to 34 provinces → up to 10 prefecture-level cities each → up to 8
 * counties each (about 3,100 units at full size); every province has a top-down joint conference
 * of its cities with a metropolitan circle inside it, every fourth province a circle across its
 * border; every unit issues standards for a grid of indicators × sectors (binding at the central,
 * provincial and, for half the grid, city level), a circle raises the bar for its members;
 * negotiations between counties, cities and provinces, with interventions, agreements and
 * commitments. Once the units reach their national numbers, a larger scale adds indicators and
 * sectors, as a real catalogue of standards grows.
 *
 * <p>Violations of every rule of the shipped catalogue are planted at a known rate: every
 * {@value #STANDARD_PERIOD}th standard of a kind that can break a baseline rule breaks it (looser
 * than its baseline, a later deadline, a unit that does not convert, a conflicting second value,
 * looser than its circle's bar, a fixed action not adopted), every {@value #NEGOTIATION_PERIOD}th
 * negotiation breaks one of the escalation or responsibility rules in turn, and every
 * {@value #PROVINCE_PERIOD}th province plants the structural ones (a circle member outside the
 * conference, an office hosted by a member, a convener outranked or a peer, a superior of the same
 * level, a cycle of superiors). The first of each kind is always planted, so even the smallest
 * model breaks every rule.
 *
 * <p>Every {@value #TIE_PERIOD}th standard for a sector, at every level, is exactly as strict as
 * its issuer's standard for all sectors, so the standards below it have two equally strict
 * binding candidates at one authority, one general and one specific: the baseline rules must
 * still choose one.
 */
public final class NationalModel {

    static final int STANDARD_PERIOD = 50;
    static final int NEGOTIATION_PERIOD = 3;
    static final int PROVINCE_PERIOD = 3;
    static final int TIE_PERIOD = 3;

    private static final GovernanceFactory F = GovernanceFactory.eINSTANCE;

    private final Random random;
    private final GovernanceModel model = F.createGovernanceModel();
    private final List<Indicator> indicators = new ArrayList<>();
    private final int sectors;
    private final int combos;
    private final int[] planted = new int[Plant.values().length];

    /** The kinds of standards that can be planted, each counted separately. */
    private enum Plant { LOOSER, SCHEDULE, UNITS, CONFLICT, CIRCLE, FIXED_ACTION }

    /** The shape of a model of a given scale. */
    public record Shape(int scale, int provinces, int citiesPerProvince, int countiesPerCity, int indicators,
            int sectors, int standardsPerUnit, int negotiations) {

        /** Scale 1 is about 1,000 elements; each doubling of the scale doubles the model. */
        public static Shape of(int scale) {
            if (scale < 1) {
                throw new IllegalArgumentException("the scale must be at least 1, not " + scale);
            }
            long n = 1000L * scale;
            int units = (int) Math.max(20, Math.min(3200, n / 6));
            int provinces = Math.max(2, Math.min(34, units / 80));
            int perProvince = units / provinces;
            int cities = Math.max(2, Math.min(10, (int) Math.round(Math.sqrt(perProvince))));
            int counties = Math.max(1, Math.min(8, perProvince / cities - 1));
            int actualUnits = 1 + provinces * (1 + cities * (1 + counties));
            int negotiations = (int) Math.max(30, n / 50);
            long forStandards = n - actualUnits - negotiations * 6L - provinces * 3L - 4;
            int perUnit = (int) Math.max(4, forStandards / actualUnits);
            int indicators = Math.max(4, Math.min(40, perUnit / 4));
            // at least two sectors: a standard for a sector beside one for all sectors, at every scale
            int sectors = Math.max(2, Math.min(12, (perUnit + indicators - 1) / indicators));
            return new Shape(scale, provinces, cities, counties, indicators, sectors, perUnit, negotiations);
        }
    }

    private final Shape shape;

    private NationalModel(Shape shape, long seed) {
        this.shape = shape;
        this.random = new Random(seed);
        this.sectors = shape.sectors();
        model.setName("Generated national model, scale " + shape.scale() + ", seed " + seed);
        model.setAsOf(date(2020, 6, 30));
        for (int i = 0; i < shape.indicators(); i++) {
            Direction direction = i == 1 ? Direction.DEADLINE
                    : i == 2 ? Direction.MANDATORY_ACTION : i % 5 == 4 ? Direction.LOWER_LIMIT : Direction.UPPER_LIMIT;
            Indicator indicator = F.createIndicator();
            indicator.setId("i" + i);
            indicator.setName("Indicator " + i);
            indicator.setDirection(direction);
            if (direction == Direction.UPPER_LIMIT || direction == Direction.LOWER_LIMIT) {
                indicator.setUnit("mg/m³");
            }
            model.getIndicators().add(indicator);
            indicators.add(indicator);
        }
        // every unit issues, besides one standard per indicator for all sectors, at least one for a
        // sector of a value indicator and one of the deadline: the mix the baseline rules choose among
        this.combos = Math.min(Math.max(shape.standardsPerUnit(), shape.indicators() + 2), shape.indicators() * sectors);
    }

    /** The model of this scale and seed, in a fresh resource named {@code uri}. */
    public static Resource generate(int scale, long seed, URI uri) {
        NationalModel generator = new NationalModel(Shape.of(scale), seed);
        generator.build();
        Resource resource = new GovernanceResourceFactoryImpl().createResource(uri);
        resource.getContents().add(generator.model);
        return resource;
    }

    /** Writes the model of this scale and seed to {@code file}; returns its number of elements. */
    public static int write(int scale, long seed, Path file) throws IOException {
        Resource resource = generate(scale, seed, URI.createFileURI(file.toAbsolutePath().toString()));
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            resource.save(out, Map.of(XMLResource.OPTION_ENCODING, "UTF-8"));
        }
        int[] count = { 0 };
        resource.getAllContents().forEachRemaining(o -> count[0]++);
        return count[0];
    }

    // ----------------------------------------------------------------------------------------

    /** Values of a standard at grid position {@code combo}: the binding ones set by the levels above. */
    private final class Bar {
        final double[] value = new double[combos];
        final Date[] deadline = new Date[combos];
    }

    private void build() {
        AdministrativeUnit central = unit("central", "Central Government", Level.CENTRAL, Rank.NATIONAL, null);
        Bar national = new Bar();
        for (int c = 0; c < combos; c++) {
            national.value[c] = 100;
            national.deadline[c] = date(2025, 12, 31);
        }
        issue(central, national, null, true, false, false);
        List<List<AdministrativeUnit>> citiesOf = new ArrayList<>();
        for (int p = 1; p <= shape.provinces(); p++) {
            boolean plantStructure = (p - 1) % PROVINCE_PERIOD == 0;
            AdministrativeUnit province = unit("p" + p, "Province " + p, Level.PROVINCIAL, Rank.MINISTERIAL, central);
            Bar provincial = issue(province, national, null, true, false, false);
            List<AdministrativeUnit> cities = new ArrayList<>();
            Arrangement conference = arrangement(model, "p" + p + "-conference", "Joint conference of province " + p,
                    ArrangementKind.JOINT_CONFERENCE, Initiation.TOP_DOWN, province);
            Arrangement circle = arrangement(conference, "p" + p + "-circle", "Metropolitan circle of province " + p,
                    ArrangementKind.METROPOLITAN_CIRCLE, Initiation.SELF_INITIATED, province);
            Bar raised = new Bar();
            for (int c = 0; c < combos; c++) {
                raised.value[c] = provincial.value[c] * 0.85;
                raised.deadline[c] = provincial.deadline[c];
            }
            // the circle raises the bar on the first value indicator, for every sector
            for (int c = 0; c < combos; c += shape.indicators()) {
                standard(circle, c, raised.value[c], null, false, null);
            }
            for (int k = 1; k <= shape.citiesPerProvince(); k++) {
                // a sub-provincial capital in every other province
                Rank rank = k == 1 && p % 2 == 1 ? Rank.SUB_PROVINCIAL : Rank.PREFECTURAL;
                AdministrativeUnit city = unit("p" + p + "c" + k, "City " + p + "." + k, Level.PREFECTURAL, rank, province);
                cities.add(city);
                conference.getMembers().add(city);
                boolean inCircle = k <= 4;
                if (inCircle) {
                    circle.getMembers().add(city);
                }
                Bar municipal = issue(city, provincial, inCircle ? raised : null, false, true, true);
                AdministrativeUnit previous = null;
                for (int j = 1; j <= shape.countiesPerCity(); j++) {
                    AdministrativeUnit county = unit("p" + p + "c" + k + "k" + j, "County " + p + "." + k + "." + j,
                            Level.COUNTY, Rank.COUNTY, city);
                    issue(county, municipal, null, false, false, false);
                    if (plantStructure && k == 1 && j == 2) {
                        county.setSuperior(previous); // ARR-HIERARCHY: a county above a county
                    }
                    previous = county;
                }
            }
            citiesOf.add(cities);
            if (plantStructure) {
                plantStructure(p, province, conference, circle, cities, citiesOf);
            }
        }
        for (int p = 4; p <= shape.provinces(); p += 4) {
            // a circle across a provincial border, inside neither conference
            Arrangement across = arrangement(model, "p" + (p - 1) + "-p" + p + "-circle", "Circle across provinces "
                    + (p - 1) + " and " + p, ArrangementKind.METROPOLITAN_CIRCLE, Initiation.SELF_INITIATED, null);
            across.getMembers().add(citiesOf.get(p - 2).get(citiesOf.get(p - 2).size() - 1));
            across.getMembers().add(citiesOf.get(p - 1).get(citiesOf.get(p - 1).size() - 1));
        }
        for (int n = 0; n < shape.negotiations(); n++) {
            negotiation(n, citiesOf);
        }
    }

    private void plantStructure(int p, AdministrativeUnit province, Arrangement conference, Arrangement circle,
            List<AdministrativeUnit> cities, List<List<AdministrativeUnit>> citiesOf) {
        // ARR-SUBSET: a city of the previous province in this province's circle
        if (citiesOf.size() > 1) {
            List<AdministrativeUnit> before = citiesOf.get(citiesOf.size() - 2);
            circle.getMembers().add(before.get(before.size() - 1));
        } else {
            Arrangement outside = arrangement(conference, "p" + p + "-outside", "Working group with an outsider",
                    ArrangementKind.COOPERATION_GROUP, Initiation.SELF_INITIATED, null);
            outside.getMembers().add(cities.get(0));
            outside.getMembers().add(province);
        }
        // ARR-COORDINATOR (hosted): the conference's office sits in its first city
        conference.setHostedBy(cities.get(0));
        // ARR-COORDINATOR (rank, peer): a top-down group convened by a city, with a sub-provincial capital
        Arrangement group = arrangement(model, "p" + p + "-group", "Task force of province " + p,
                ArrangementKind.LEADING_GROUP, Initiation.TOP_DOWN, cities.get(cities.size() - 1));
        group.getMembers().addAll(cities);
        cities.get(0).setRank(Rank.SUB_PROVINCIAL);
        // ARR-HIERARCHY (cycle): two development zones each naming the other as superior
        AdministrativeUnit a = unit("p" + p + "z1", "Development zone " + p + ".1", Level.COUNTY, Rank.COUNTY, null);
        AdministrativeUnit b = unit("p" + p + "z2", "Development zone " + p + ".2", Level.COUNTY, Rank.COUNTY, a);
        a.setSuperior(b);
    }

    /**
     * Issues the grid of standards of one unit, each as strict as {@code above} or stricter (the
     * circle's bar for a member, on the combos the circle covers), with the planted violations.
     * Returns the values it set, the bar of the units below.
     */
    private Bar issue(AdministrativeUnit unit, Bar above, Bar circle, boolean binding, boolean bindingHalf,
            boolean adoptsFixedAction) {
        Bar mine = new Bar();
        for (int c = 0; c < combos; c++) {
            Direction direction = indicators.get(c % shape.indicators()).getDirection();
            boolean bind = binding || bindingHalf && c % 2 == 0;
            if (direction == Direction.MANDATORY_ACTION) {
                if (c >= shape.indicators()) {
                    continue; // a fixed action applies to every sector
                }
                boolean mustAdopt = unit.getLevel() == Level.PROVINCIAL || adoptsFixedAction;
                if (mustAdopt && adoptsFixedAction && plant(Plant.FIXED_ACTION)) {
                    continue; // BASE-FIXED-ACTION: a city that has not adopted its province's fixed action
                }
                if (unit.getLevel() != Level.COUNTY) {
                    standard(unit, c, null, null, unit.getLevel() != Level.PREFECTURAL, null);
                }
                continue;
            }
            if (direction == Direction.DEADLINE) {
                Date deadline = addDays(above.deadline[c], -30 * random.nextInt(3));
                if (c >= shape.indicators() && tie(1)) {
                    deadline = mine.deadline[c % shape.indicators()]; // as its all-sector deadline: a tie below
                }
                mine.deadline[c] = deadline; // the bar below is what this unit should have set
                if (unit.getLevel() != Level.CENTRAL && plant(Plant.SCHEDULE)) {
                    deadline = addDays(above.deadline[c], 180); // BASE-SCHEDULE
                }
                standard(unit, c, null, deadline, bind, null);
                continue;
            }
            boolean lowerLimit = direction == Direction.LOWER_LIMIT;
            boolean covered = circle != null && c % shape.indicators() == 0;
            double base = covered ? circle.value[c] : above.value[c];
            double factor = strictness();
            double value = lowerLimit ? base / factor : base * factor;
            if (c >= shape.indicators() && !covered && tie(0)) {
                // the same value for the sector as for all sectors: the units below have two equally
                // strict binding standards of one authority, one specific and one general
                value = mine.value[c % shape.indicators()];
            }
            mine.value[c] = value; // the bar below is what this unit should have set
            String unitOfMeasure = null;
            if (unit.getLevel() != Level.CENTRAL) {
                if (covered && plant(Plant.CIRCLE)) {
                    value = base * 1.1; // BASE-CIRCLE: looser than the circle's bar, not than the province's
                } else if (!covered && plant(Plant.LOOSER)) {
                    value = lowerLimit ? base / 1.25 : base * 1.25; // BASE-LOOSER
                } else if (unit.getLevel() == Level.COUNTY && plant(Plant.UNITS)) {
                    unitOfMeasure = "t/a"; // BASE-UNITS: a mass rate where a concentration is meant
                }
            }
            Standard standard = standard(unit, c, value, null, bind, unitOfMeasure);
            if (unit.getLevel() == Level.COUNTY && unitOfMeasure == null && plant(Plant.CONFLICT)) {
                // BASE-CONFLICT: the same issuer sets a second, different value for the same period
                standard(unit, c, value * 0.9, null, false, null).setId(standard.getId() + "-bis");
            }
        }
        return mine;
    }

    /** 60 % as strict as the level above, 30 % a tenth stricter, 10 % a fifth stricter. */
    private double strictness() {
        int draw = random.nextInt(10);
        return draw < 6 ? 1.0 : draw < 9 ? 0.9 : 0.8;
    }

    /** Standards for a sector so far: of value indicators, of deadlines. */
    private final int[] ties = new int[2];

    /** Every {@value #TIE_PERIOD}th standard for a sector (of each kind) is as strict as the same unit's standard for all sectors. */
    private boolean tie(int kind) {
        return ties[kind]++ % TIE_PERIOD == 0;
    }

    private boolean plant(Plant kind) {
        return planted[kind.ordinal()]++ % STANDARD_PERIOD == 0;
    }

    private Standard standard(Issuer issuer, int combo, Double value, Date deadline, boolean binding, String unit) {
        Indicator indicator = indicators.get(combo % shape.indicators());
        int sector = combo / shape.indicators();
        Standard standard = F.createStandard();
        standard.setId(issuer.getId() + "-" + indicator.getId() + (sector == 0 ? "" : "-s" + sector));
        standard.setName(indicator.getName() + (sector == 0 ? "" : ", sector " + sector) + " of " + issuer.getName());
        standard.setIndicator(indicator);
        if (sector > 0) {
            standard.setSector("sector " + sector);
        }
        standard.setValue(value);
        standard.setDeadline(deadline);
        standard.setBinding(binding);
        standard.setUnit(unit);
        issuer.getStandards().add(standard);
        return standard;
    }

    // ----------------------------------------------------------------------------------------

    /**
     * Negotiation {@code n}: between two counties of one city, two cities of one province, or
     * two cities of neighbouring provinces, in turn. Every {@value #NEGOTIATION_PERIOD}th one
     * breaks one escalation or responsibility rule, the rules taken in turn.
     */
    private void negotiation(int n, List<List<AdministrativeUnit>> citiesOf) {
        int provinces = citiesOf.size();
        List<AdministrativeUnit> cities = citiesOf.get(n % provinces);
        AdministrativeUnit city = cities.get((n / provinces) % cities.size());
        List<AdministrativeUnit> parties = new ArrayList<>();
        switch (n % 3) {
        case 0 -> {
            String prefix = city.getId() + "k";
            int counties = shape.countiesPerCity();
            if (counties >= 3) {
                parties.add(unitById(prefix + counties));
                parties.add(unitById(prefix + (counties - 1)));
            } else {
                parties.add(city);
                parties.add(cities.get((cities.indexOf(city) + 1) % cities.size()));
            }
        }
        case 1 -> {
            parties.add(city);
            parties.add(cities.get((cities.indexOf(city) + 1) % cities.size()));
        }
        default -> {
            parties.add(city);
            List<AdministrativeUnit> next = citiesOf.get((n + 1) % provinces);
            parties.add(next.get((n / provinces) % next.size()));
        }
        }
        AdministrativeUnit direct = org.chaxu.governance.logic.Hierarchy.lowestCommonSuperior(parties);
        AdministrativeUnit above = direct == null ? null : direct.getSuperior();
        int violation = n % NEGOTIATION_PERIOD == 0 ? (n / NEGOTIATION_PERIOD) % 10 : -1;
        if (violation == 0 && above == null) {
            violation = 6; // skipping a level needs a level above the direct superior
        }

        Negotiation negotiation = F.createNegotiation();
        negotiation.setId("n" + n);
        negotiation.setName("Negotiation " + n);
        negotiation.setTopic("Cross-border pollution " + n);
        negotiation.getParties().addAll(parties);
        negotiation.setStarted(date(2016, 1 + random.nextInt(12), 1));
        negotiation.setStatus(violation == 2 ? NegotiationStatus.ONGOING
                : violation == 4 ? NegotiationStatus.RESOLVED : NegotiationStatus.DEADLOCKED);
        negotiation.setStatusSince(date(2017, 1 + random.nextInt(12), 1));
        model.getNegotiations().add(negotiation);

        Date since = negotiation.getStatusSince();
        if (violation != 6) {
            Intervention first = null;
            if (violation != 0) {
                AdministrativeUnit intervener = violation == 1 ? parties.get(1) : direct; // ESC-NOT-SUPERIOR
                first = intervention(negotiation, "n" + n + "-i1", intervener, addDays(since, 60),
                        InterventionOutcome.INEFFECTIVE);
                first.setEnd(addDays(since, 400));
            }
            if (above != null) {
                // ESC-SKIP (no first step by the direct superior), ESC-ORDER (dated before the step it escalates from)
                Date start = violation == 5 ? addDays(since, 30) : addDays(since, 430);
                Intervention second = intervention(negotiation, "n" + n + "-i2", above, start, InterventionOutcome.ONGOING);
                second.setEscalatedFrom(first);
                if (violation == 3) {
                    second.setExitCondition(null); // ESC-NO-EXIT
                }
                if (violation != 4 && violation != 3) {
                    second.setEnd(addDays(since, 900));
                }
            } else if (violation == 3 || violation == 4) {
                first.setEnd(null);
                if (violation == 3) {
                    first.setExitCondition(null);
                }
            }
        }
        // violation 2 (ESC-UNNECESSARY): an ongoing negotiation with an intervention and no overdue commitment
        Agreement agreement = F.createAgreement();
        agreement.setId("n" + n + "-a");
        agreement.setName("Agreement " + n);
        agreement.setSigned(addDays(since, -200));
        agreement.getSignatories().addAll(parties);
        negotiation.getAgreements().add(agreement);
        Commitment commitment = F.createCommitment();
        commitment.setId("n" + n + "-k");
        commitment.setName("Commitment " + n);
        commitment.setTask("Joint monitoring network");
        commitment.setStatus(CommitmentStatus.PENDING);
        commitment.setResponsible(violation == 7 ? null : parties.get(0)); // RESP-UNASSIGNED
        commitment.setDue(violation == 9 ? null : violation == 8 ? date(2019, 12, 31) : date(2021, 12, 31)); // RESP-INCOMPLETE, RESP-OVERDUE
        agreement.getCommitments().add(commitment);
    }

    private Intervention intervention(Negotiation negotiation, String id, AdministrativeUnit intervener, Date start,
            InterventionOutcome outcome) {
        Intervention intervention = F.createIntervention();
        intervention.setId(id);
        intervention.setName("Intervention by " + intervener.getName());
        intervention.setIntervener(intervener);
        intervention.setStart(start);
        intervention.setOutcome(outcome);
        intervention.setExitCondition("withdraws when the parties agree");
        negotiation.getInterventions().add(intervention);
        return intervention;
    }

    private final Map<String, AdministrativeUnit> units = new java.util.HashMap<>();

    private AdministrativeUnit unitById(String id) {
        return units.get(id);
    }

    private AdministrativeUnit unit(String id, String name, Level level, Rank rank, AdministrativeUnit superior) {
        AdministrativeUnit unit = F.createAdministrativeUnit();
        unit.setId(id);
        unit.setName(name);
        unit.setLevel(level);
        unit.setRank(rank);
        unit.setSuperior(superior);
        model.getUnits().add(unit);
        units.put(id, unit);
        return unit;
    }

    private Arrangement arrangement(Object container, String id, String name, ArrangementKind kind, Initiation initiation,
            AdministrativeUnit convener) {
        Arrangement arrangement = F.createArrangement();
        arrangement.setId(id);
        arrangement.setName(name);
        arrangement.setKind(kind);
        arrangement.setInitiation(initiation);
        arrangement.setConvener(convener);
        if (container instanceof Arrangement parent) {
            parent.getSubArrangements().add(arrangement);
        } else {
            model.getArrangements().add(arrangement);
        }
        return arrangement;
    }

    static Date date(int year, int month, int day) {
        Calendar calendar = Calendar.getInstance();
        calendar.clear();
        calendar.set(year, month - 1, day);
        return calendar.getTime();
    }

    static Date addDays(Date date, int days) {
        return new Date(date.getTime() + days * 86_400_000L);
    }
}
