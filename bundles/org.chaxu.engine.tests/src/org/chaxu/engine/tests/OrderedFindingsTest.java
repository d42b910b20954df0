// SPDX-License-Identifier: EPL-2.0
package org.chaxu.engine.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.chaxu.engine.Finding;
import org.chaxu.engine.RuleInfo;
import org.chaxu.engine.Severity;
import org.chaxu.engine.internal.OrderedFindings;
import org.chaxu.governance.GovernanceFactory;
import org.junit.jupiter.api.Test;

/**
 * The session's ordered findings: every change gives the same list an {@link ArrayList} would, and a
 * snapshot taken before a change is not changed by it.
 */
class OrderedFindingsTest {

    private static final RuleInfo RULE = new RuleInfo("T-ORDER", Severity.INFO, "test", "ordering", "test", "test.drl");

    private static Finding finding(int n) {
        return new Finding(RULE, Severity.INFO, "finding " + n, GovernanceFactory.eINSTANCE.createAdministrativeUnit(), List.of());
    }

    @Test
    void randomChangesGiveWhatAnArrayListGivesAndSnapshotsStayAsTheyWere() {
        Random random = new Random(7);
        OrderedFindings ordered = new OrderedFindings();
        List<Finding> expected = new ArrayList<>();
        List<List<Finding>> snapshots = new ArrayList<>();
        List<List<Finding>> copies = new ArrayList<>();
        int made = 0;
        for (int step = 0; step < 20_000; step++) {
            int kind = random.nextInt(100);
            if (kind < 55 || expected.isEmpty()) {
                int at = random.nextInt(expected.size() + 1);
                Finding f = finding(made++);
                ordered.add(at, f);
                expected.add(at, f);
            } else if (kind < 90) {
                int at = random.nextInt(expected.size());
                assertEquals(expected.remove(at), ordered.remove(at));
            } else if (kind < 95) {
                int from = random.nextInt(expected.size());
                int to = Math.min(expected.size(), from + random.nextInt(1200));
                Comparator<Finding> byMessage = Comparator.comparing(Finding::getMessage);
                ordered.sort(from, to, byMessage.reversed());
                expected.subList(from, to).sort(byMessage.reversed());
            } else if (kind < 97) {
                int at = random.nextInt(expected.size());
                Finding f = finding(made++);
                assertEquals(expected.set(at, f), ordered.set(at, f));
            } else if (kind < 98) {
                ordered.removeIf(f -> f.getMessage().endsWith("3"));
                expected.removeIf(f -> f.getMessage().endsWith("3"));
            } else if (kind < 99 && step % 7 == 0) {
                List<Finding> shuffled = new ArrayList<>(expected);
                java.util.Collections.shuffle(shuffled, random);
                ordered.setAll(shuffled);
                expected = shuffled;
            }
            if (step % 500 == 0) {
                snapshots.add(ordered.snapshot());
                copies.add(List.copyOf(expected));
            }
        }
        assertTrue(expected.size() > 4 * 512, "the list grew to many blocks: " + expected.size());
        assertTrue(expected.equals(ordered), "the list differs from an ArrayList given the same changes");
        assertTrue(expected.equals(new ArrayList<>(ordered.snapshot())), "the snapshot's iterator differs");
        assertTrue(expected.equals(List.of(ordered.snapshot().toArray())), "the snapshot's array differs");
        for (int i = 0; i < snapshots.size(); i++) {
            assertTrue(copies.get(i).equals(snapshots.get(i)), "snapshot " + i + " changed after it was taken");
        }
    }

    @Test
    void aSnapshotCannotBeChangedAndRefusesIndexesOutside() {
        OrderedFindings ordered = new OrderedFindings();
        for (int i = 0; i < 2000; i++) {
            ordered.add(i, finding(i));
        }
        List<Finding> snapshot = ordered.snapshot();
        assertThrows(UnsupportedOperationException.class, () -> snapshot.add(finding(-1)));
        assertThrows(UnsupportedOperationException.class, () -> snapshot.remove(0));
        assertThrows(IndexOutOfBoundsException.class, () -> snapshot.get(2000));
        assertThrows(IndexOutOfBoundsException.class, () -> ordered.add(2001, finding(-1)));
        ordered.clear();
        assertEquals(0, ordered.size());
        assertEquals(2000, snapshot.size());
        assertEquals(List.of(), ordered.snapshot());
    }
}
