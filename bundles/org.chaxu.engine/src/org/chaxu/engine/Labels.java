package org.chaxu.engine;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import org.chaxu.governance.Element;
import org.chaxu.governance.GovernanceModel;
import org.chaxu.governance.Standard;
import org.eclipse.emf.ecore.EObject;

/** How elements and values are named in messages and locations. */
public final class Labels {

    /** Separator between the segments of an element path. */
    public static final String PATH_SEPARATOR = " \u203a ";

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

    public static String date(Date date) {
        return date == null ? "(no date)" : new SimpleDateFormat("yyyy-MM-dd", Locale.ROOT).format(date);
    }

    public static String number(double number) {
        return new DecimalFormat("0.######", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(number);
    }
}
