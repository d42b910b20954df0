// SPDX-License-Identifier: EPL-2.0
package org.chaxu.governance.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Calendar;
import java.util.Date;
import java.util.Map;
import java.util.TimeZone;

import org.chaxu.governance.GovernanceFactory;
import org.chaxu.governance.GovernanceModel;
import org.chaxu.governance.util.GovernanceResourceFactoryImpl;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;

/** A model's dates are calendar days: saved as yyyy-MM-dd, they mean the same day in every time zone. */
class CalendarDatesTest {

    @Test
    void aDeadlineIsSavedAsTheDayAndReadBackAsTheSameDayInAnotherTimeZone() throws Exception {
        TimeZone original = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Asia/Shanghai"));
            GovernanceModel model = GovernanceFactory.eINSTANCE.createGovernanceModel();
            model.setName("dates");
            model.setAsOf(day(2015, 12, 31));
            String xml = save(model);
            assertTrue(xml.contains("asOf=\"2015-12-31\""), xml);

            TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
            GovernanceModel read = load(xml);
            Calendar calendar = Calendar.getInstance();
            calendar.setTime(read.getAsOf());
            assertEquals(2015, calendar.get(Calendar.YEAR));
            assertEquals(Calendar.DECEMBER, calendar.get(Calendar.MONTH));
            assertEquals(31, calendar.get(Calendar.DAY_OF_MONTH), "the same day, not 2015-12-30 16:00");
        } finally {
            TimeZone.setDefault(original);
        }
    }

    @Test
    void aDateWithATimeOfDayKeepsItsInstant() throws Exception {
        GovernanceModel model = GovernanceFactory.eINSTANCE.createGovernanceModel();
        model.setName("instant");
        Date instant = new Date(day(2020, 6, 30).getTime() + 9 * 3600_000L + 30 * 60_000L);
        model.setAsOf(instant);
        String xml = save(model);
        assertTrue(xml.contains("asOf=\"2020-06-30T09:30:00.000"), xml);
        assertEquals(instant, load(xml).getAsOf());
    }

    private static Date day(int year, int month, int dayOfMonth) {
        Calendar calendar = Calendar.getInstance();
        calendar.clear();
        calendar.set(year, month - 1, dayOfMonth);
        return calendar.getTime();
    }

    private static String save(GovernanceModel model) throws Exception {
        Resource resource = new GovernanceResourceFactoryImpl().createResource(URI.createURI("dates.chaxu"));
        resource.getContents().add(model);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        resource.save(out, Map.of());
        return out.toString(StandardCharsets.UTF_8);
    }

    private static GovernanceModel load(String xml) throws Exception {
        Resource resource = new GovernanceResourceFactoryImpl().createResource(URI.createURI("dates.chaxu"));
        resource.load(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), Map.of());
        return (GovernanceModel) resource.getContents().get(0);
    }
}
