// SPDX-License-Identifier: EPL-2.0
package org.chaxu.bench;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Date;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.chaxu.governance.AdministrativeUnit;
import org.chaxu.governance.Arrangement;
import org.chaxu.governance.Direction;
import org.chaxu.governance.Issuer;
import org.chaxu.governance.Standard;
import org.chaxu.governance.Strictness;

/**
 * The hand-written validator's own comparisons, hierarchy and units, written from the rules'
 * documentation (docs/domain.md, docs/rules.md) and sharing no code with the product's
 * {@code org.chaxu.governance.logic}: when the product gets a comparison, a conversion factor or
 * an authority chain wrong, the engine and this peer disagree and the agreement test says so.
 * Values are compared in exact decimals (the product uses doubles with a tolerance); units are
 * described as quantity and size, not looked up in the product's table.
 */
final class PeerLogic {

    private PeerLogic() {
    }

    // ---------------------------------------------------------------------------- units

    /** A unit: what it measures and how many of the quantity's reference unit it is. */
    private record Size(String quantity, BigDecimal reference) {
    }

    private static final Map<String, Size> SIZES = new HashMap<>();

    private static void unit(String quantity, String reference, String... spellings) {
        for (String spelling : spellings) {
            SIZES.put(key(spelling), new Size(quantity, new BigDecimal(reference)));
        }
    }

    static {
        // a mass in a volume, in grams per cubic metre; a litre is a thousandth of a cubic metre
        unit("mass per volume", "1000", "g/l");
        unit("mass per volume", "1", "g/m³", "g/m3", "mg/l");
        unit("mass per volume", "0.001", "mg/m³", "mg/m3", "µg/l", "ug/l");
        unit("mass per volume", "0.000001", "µg/m³", "ug/m³", "µg/m3", "ug/m3");
        unit("mass per volume", "0.000000001", "ng/m³", "ng/m3");
        // a mass per year, in tonnes per year
        unit("mass per year", "0.001", "kg/a", "kg/yr");
        unit("mass per year", "1", "t/a", "t/yr", "tonnes/a");
        unit("mass per year", "1000", "kt/a", "kt/yr");
        unit("mass per year", "10000", "万t/a", "10kt/a");
        unit("mass per year", "1000000", "mt/a", "mt/yr");
        // a part of a whole, in per cent
        unit("part", "1", "%", "percent");
        unit("part", "0.1", "‰", "permille");
        // a time, in hours (so that every size is a finite decimal)
        unit("time", "24", "days", "day", "d");
        unit("time", "168", "weeks", "week", "w");
        unit("time", "1", "hours", "hour", "h");
        // things counted
        unit("number", "1", "vehicles", "vehicle", "items", "item");
    }

    /** A spelling as written in a model, without spaces, Greek mu as micro sign, in lower case. */
    private static String key(String unit) {
        StringBuilder out = new StringBuilder();
        for (char c : unit.toCharArray()) {
            if (c != ' ' && !Character.isWhitespace(c)) {
                out.append(c == '\u03bc' ? '\u00b5' : c);
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    private static boolean blank(String text) {
        return text == null || text.trim().isEmpty();
    }

    /** The unit a standard's value is in: its own, else its indicator's. */
    static String unitOf(Standard standard) {
        if (!blank(standard.getUnit())) {
            return standard.getUnit();
        }
        return standard.getIndicator() == null ? null : standard.getIndicator().getUnit();
    }

    /**
     * The factor that turns a value in {@code from} into one in {@code to}; null when they do not
     * convert (an unknown unit, two quantities, one unit stated and the other not).
     */
    static BigDecimal factor(String from, String to) {
        if (blank(from) || blank(to)) {
            return blank(from) && blank(to) ? BigDecimal.ONE : null;
        }
        if (key(from).equals(key(to))) {
            return BigDecimal.ONE;
        }
        Size a = SIZES.get(key(from));
        Size b = SIZES.get(key(to));
        if (a == null || b == null || !a.quantity().equals(b.quantity())) {
            return null;
        }
        return a.reference().divide(b.reference(), MathContext.DECIMAL128);
    }

    static boolean convertible(String from, String to) {
        return factor(from, to) != null;
    }

    // ---------------------------------------------------------------------------- strictness

    /**
     * How strict {@code mine} is against {@code theirs}: only for one indicator; a deadline or an
     * action's adoption date is stricter when earlier (an action without both dates is as strict
     * as any); a limit is stricter when lower, a floor and a level when higher, after converting
     * {@code mine} into {@code theirs}' unit; the two count as equal when they agree to twelve
     * significant digits.
     */
    static Strictness strictness(Standard mine, Standard theirs) {
        if (mine == null || theirs == null || mine.getIndicator() == null || mine.getIndicator() != theirs.getIndicator()) {
            return Strictness.INCOMPARABLE;
        }
        Direction direction = mine.getIndicator().getDirection();
        if (direction == Direction.DEADLINE || direction == Direction.MANDATORY_ACTION) {
            Date a = mine.getDeadline();
            Date b = theirs.getDeadline();
            if (a == null || b == null) {
                return direction == Direction.MANDATORY_ACTION ? Strictness.EQUAL : Strictness.INCOMPARABLE;
            }
            return a.before(b) ? Strictness.STRICTER : a.after(b) ? Strictness.LOOSER : Strictness.EQUAL;
        }
        if (mine.getValue() == null || theirs.getValue() == null) {
            return Strictness.INCOMPARABLE;
        }
        BigDecimal factor = factor(unitOf(mine), unitOf(theirs));
        if (factor == null) {
            return Strictness.INCOMPARABLE;
        }
        MathContext twelve = new MathContext(12);
        BigDecimal a = new BigDecimal(mine.getValue().toString()).multiply(factor).round(twelve);
        BigDecimal b = new BigDecimal(theirs.getValue().toString()).round(twelve);
        int order = a.compareTo(b);
        if (order == 0) {
            return Strictness.EQUAL;
        }
        boolean higherIsStricter = direction != Direction.UPPER_LIMIT;
        return (order > 0) == higherIsStricter ? Strictness.STRICTER : Strictness.LOOSER;
    }

    // ---------------------------------------------------------------------------- hierarchy

    /** The units above {@code unit}, nearest first; a chain that comes back on itself ends there. */
    static List<AdministrativeUnit> superiors(AdministrativeUnit unit) {
        List<AdministrativeUnit> chain = new ArrayList<>();
        Set<AdministrativeUnit> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        seen.add(unit);
        AdministrativeUnit up = unit == null ? null : unit.getSuperior();
        while (up != null && seen.add(up)) {
            chain.add(up);
            up = up.getSuperior();
        }
        return chain;
    }

    /** The nearest unit above every one of {@code units} (above, never one of them unless it is above the others). */
    static AdministrativeUnit commonSuperior(List<AdministrativeUnit> units) {
        if (units.isEmpty()) {
            return null;
        }
        for (AdministrativeUnit candidate : superiors(units.get(0))) {
            boolean aboveAll = true;
            for (AdministrativeUnit other : units.subList(1, units.size())) {
                aboveAll &= superiors(other).contains(candidate);
            }
            if (aboveAll) {
                return candidate;
            }
        }
        return null;
    }

    /** How deep an arrangement sits among arrangements (0: it has no parent). */
    private static int nesting(Arrangement arrangement) {
        int depth = 0;
        Set<Arrangement> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Arrangement a = arrangement.getParent(); a != null && seen.add(a); a = a.getParent()) {
            depth++;
        }
        return depth;
    }

    /**
     * Who has authority over an issuer, nearest first, each once. A unit: the arrangements it is a
     * member of, the most nested first, each followed by the arrangements it sits in; then the
     * units above it. An arrangement: the arrangements it sits in, then the nearest unit above all
     * its members and the units above that one. {@code members} gives a unit's arrangements in
     * document order.
     */
    static List<Issuer> authorities(Issuer issuer, Map<AdministrativeUnit, List<Arrangement>> members) {
        LinkedHashSet<Issuer> out = new LinkedHashSet<>();
        if (issuer instanceof AdministrativeUnit unit) {
            List<Arrangement> own = new ArrayList<>(members.getOrDefault(unit, List.of()));
            // stable: equally nested arrangements keep document order
            own.sort((a, b) -> Integer.compare(nesting(b), nesting(a)));
            for (Arrangement a : own) {
                Deque<Arrangement> up = new ArrayDeque<>();
                for (Arrangement p = a; p != null && !out.contains(p) && !up.contains(p); p = p.getParent()) {
                    up.add(p);
                }
                out.addAll(up);
            }
            out.addAll(superiors(unit));
        } else if (issuer instanceof Arrangement arrangement) {
            for (Arrangement p = arrangement.getParent(); p != null && !out.contains(p); p = p.getParent()) {
                out.add(p);
            }
            AdministrativeUnit common = commonSuperior(new ArrayList<>(arrangement.getMembers()));
            if (common != null) {
                out.add(common);
                out.addAll(superiors(common));
            }
        }
        out.remove(issuer);
        return new ArrayList<>(out);
    }

    /** Each unit's arrangements, in document order, from the arrangements of a model. */
    static Map<AdministrativeUnit, List<Arrangement>> memberships(List<Arrangement> arrangements) {
        Map<AdministrativeUnit, List<Arrangement>> index = new HashMap<>();
        for (Arrangement a : arrangements) {
            for (AdministrativeUnit member : a.getMembers()) {
                List<Arrangement> list = index.computeIfAbsent(member, k -> new ArrayList<>());
                if (!list.contains(a)) {
                    list.add(a);
                }
            }
        }
        return index;
    }
}
