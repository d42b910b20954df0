// SPDX-License-Identifier: EPL-2.0
package org.chaxu.governance.logic;

import java.text.SimpleDateFormat;
import java.util.Calendar;
import java.util.Date;
import java.util.Locale;

import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EFactory;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIHelperImpl;

/**
 * The dates of a Chaxu model are calendar days (a deadline, a signing, the reference date),
 * written {@code yyyy-MM-dd} as drafters write them. EMF writes a date as an instant with the
 * writer's time zone ({@code 2015-12-31T00:00:00.000+0800}), which a reader in another zone
 * reads as another day; this helper writes a date that falls on midnight as the plain day, so a
 * saved model means the same days everywhere and reads as it was written. A date with a time of
 * day keeps EMF's form.
 */
public final class CalendarDates extends XMIHelperImpl {

    public CalendarDates(XMLResource resource) {
        super(resource);
    }

    @Override
    public String convertToString(EFactory factory, EDataType dataType, Object value) {
        if (value instanceof Date date && isMidnight(date)) {
            return new SimpleDateFormat("yyyy-MM-dd", Locale.ROOT).format(date);
        }
        return super.convertToString(factory, dataType, value);
    }

    private static boolean isMidnight(Date date) {
        Calendar calendar = Calendar.getInstance();
        calendar.setTime(date);
        return calendar.get(Calendar.HOUR_OF_DAY) == 0 && calendar.get(Calendar.MINUTE) == 0
                && calendar.get(Calendar.SECOND) == 0 && calendar.get(Calendar.MILLISECOND) == 0;
    }
}
