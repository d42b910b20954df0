// SPDX-License-Identifier: EPL-2.0
package org.chaxu.engine;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

import org.chaxu.governance.Element;
import org.chaxu.governance.GovernanceModel;
import org.chaxu.governance.Standard;
import org.chaxu.governance.logic.Comparisons;
import org.chaxu.governance.logic.Units;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;

/**
 * How elements and values are named in messages, locations and reports: element labels,
 * standard values (with the converted value when two standards use different units), enum
 * values, severities and the roles of related elements in the reader's language (the
 * engine's {@code messages.properties} / {@code messages_zh.properties}).
 */
public final class Labels {

    /** Separator between the segments of an element path. */
    public static final String PATH_SEPARATOR = " \u203a ";

    private static final class Words {
        static final MessageCatalog CATALOG = MessageCatalog.engine();
    }

    private Labels() {
    }

    /** An element's name, else its id, else its class name. */
    public static String label(Object object) {
        if (object == null) {
            return "\u2014";
        }
        if (object instanceof Element element) {
            if (element.getName() != null && !element.getName().isBlank()) {
                return element.getName();
            }
            if (element.getId() != null) {
                return element.getId();
            }
        }
        if (object instanceof GovernanceModel model && model.getName() != null) {
            return model.getName();
        }
        if (object instanceof EObject eObject) {
            return eObject.eClass().getName();
        }
        if (object instanceof Date date) {
            return date(date);
        }
        if (object instanceof Double number) {
            return number(number);
        }
        return String.valueOf(object);
    }

    /** The labels of the element and its containers, outermost first, without the model root. */
    public static String path(EObject element) {
        if (element instanceof org.chaxu.governance.Element registered && Registry.contains(element)) {
            // a unit of the shipped registry is known by its code wherever a model names it
            return Registry.CHINA + "#" + registered.getId() + " (" + label(element) + ")";
        }
        List<String> segments = new ArrayList<>();
        for (EObject e = element; e != null && !(e instanceof GovernanceModel); e = e.eContainer()) {
            segments.add(label(e));
        }
        Collections.reverse(segments);
        return segments.isEmpty() ? label(element) : String.join(PATH_SEPARATOR, segments);
    }

    /** A standard's value as a drafter writes it: "40 mg/m³", or its deadline, or "adopted". */
    public static String value(Standard standard) {
        if (standard.getValue() != null) {
            String unit = standard.effectiveUnit();
            return number(standard.getValue()) + (unit == null || unit.isBlank() ? "" : " " + unit);
        }
        if (standard.getDeadline() != null) {
            return date(standard.getDeadline());
        }
        return "(no value)";
    }

    /**
     * A standard's value as in {@link #value(Standard)}, followed by the same value in the unit
     * of {@code reference} when the two units differ and convert: "35000 µg/m³ (= 35 mg/m³)".
     */
    public static String value(Standard standard, Standard reference) {
        String value = value(standard);
        if (standard.getValue() == null || reference == null) {
            return value;
        }
        String from = Comparisons.effectiveUnit(standard);
        String to = Comparisons.effectiveUnit(reference);
        if (from == null || to == null || from.isBlank() || to.isBlank() || from.trim().equals(to.trim())) {
            return value;
        }
        OptionalDouble converted = Units.convert(standard.getValue(), from, to);
        return converted.isPresent() ? value + " (= " + number(converted.getAsDouble()) + " " + to.trim() + ")" : value;
    }

    /** An object as a message shows it in {@code locale}: enum values and lists in the reader's words. */
    public static String label(Object object, Locale locale) {
        if (object instanceof Enumerator literal) {
            return literal(literal, locale);
        }
        if (object instanceof EObject element && !"zh".equals(locale.getLanguage())) {
            // a unit of the national registry in the reader's language: "Huizhou City", not 惠州市
            String english = Registry.englishName(element);
            if (english != null) {
                return english;
            }
        }
        if (object instanceof Collection<?> many) {
            List<String> labels = new ArrayList<>();
            many.forEach(o -> labels.add(label(o, locale)));
            return list(labels, locale);
        }
        return label(object);
    }

    /** "a", "a and b", "a, b and c" (in Chinese "a、b和c"). */
    public static String list(List<String> items, Locale locale) {
        if (items.size() <= 1) {
            return items.isEmpty() ? "" : items.get(0);
        }
        return String.join(word("list.separator", locale), items.subList(0, items.size() - 1))
                + word("list.last", locale) + items.get(items.size() - 1);
    }

    /** An enum value as a sentence reads it: "prefectural", "地级", "议而不决". */
    public static String literal(Enumerator literal, Locale locale) {
        if (literal == null) {
            return "\u2014";
        }
        String key = ((Enum<?>) literal).getDeclaringClass().getSimpleName() + "." + literal.getName();
        String text = Words.CATALOG.template(key, locale);
        return text == null ? literal.getName() : text;
    }

    /** "error", "warning", "info" — or 错误, 警告, 提示. */
    public static String severity(Severity severity, Locale locale) {
        return word("Severity." + severity.name(), locale);
    }

    /** The role of a related element as a rule's {@code @related} metadata names it ("baseline" → 底线标准). */
    public static String role(String role, Locale locale) {
        return role == null || role.isEmpty() ? word("role.related", locale) : word("role." + role, locale);
    }

    /**
     * An element with what a reader needs beside its name: a standard's value, whether it binds
     * and its source; a unit's level; an arrangement's kind.
     */
    public static String describe(EObject element, Locale locale) {
        StringBuilder text = new StringBuilder(label(element, locale));
        if (element instanceof Standard standard) {
            if (standard.getValue() != null || standard.getDeadline() != null) {
                text.append(": ").append(value(standard));
            }
            if (standard.isBinding()) {
                text.append(", ").append(word("note.binding", locale));
            }
            if (standard.getSource() != null && !standard.getSource().isBlank()) {
                text.append("; ").append(format("note.source", locale, standard.getSource()));
            }
        }
        return text.toString();
    }

    /** The kind of an element as a sentence names it: "indicator", "指标". */
    public static String kind(EObject element, Locale locale) {
        return word("kind." + element.eClass().getName(), locale);
    }

    /** A word of the engine's catalogue in {@code locale} (English when missing), the key when unknown. */
    public static String word(String key, Locale locale) {
        String text = Words.CATALOG.template(key, locale);
        return text == null ? key : text;
    }

    /** A formatted text of the engine's catalogue in {@code locale}. */
    public static String format(String key, Locale locale, Object... args) {
        return Words.CATALOG.format(key, locale, args);
    }

    public static String date(Date date) {
        return date == null ? "(no date)" : new SimpleDateFormat("yyyy-MM-dd", Locale.ROOT).format(date);
    }

    public static String number(double number) {
        return new DecimalFormat("0.######", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(number);
    }
}
