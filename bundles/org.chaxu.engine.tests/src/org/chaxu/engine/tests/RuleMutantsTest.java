// SPDX-License-Identifier: EPL-2.0
package org.chaxu.engine.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.chaxu.engine.MessageCatalog;
import org.chaxu.engine.RuleCatalog;
import org.chaxu.engine.RuleMutants;
import org.chaxu.engine.RuleSource;
import org.chaxu.engine.internal.DrlMutator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutation testing of rules: the mutants made from a DRL text (each kind, in the conditions only,
 * lines and columns kept), and a run that finds the boundary a rule's cases miss, counts a case on
 * that boundary as killing it, and takes an author's equivalence comment.
 */
class RuleMutantsTest {

    static final String DRL = """
            package org.example.rules;
            import org.chaxu.governance.*;
            import org.chaxu.engine.facts.*;
            global org.chaxu.engine.Reporter reporter;
            // not a rule: a < b, "not exists"
            rule "A negotiation deadlocked for 30 days or more" @id("T-LONG") @severity("INFO")
            when
                $n : Negotiation( status in (NegotiationStatus.DEADLOCKED), $since : statusSince != null, name != "x < y" ) @watch(*)
                GovernanceModel( this == Facts.modelOf($n), Facts.daysBetween($since, asOf) >= 30 )
                not Intervention( target == $n, $end : end, !$end.after($since) || start < $since )
            then
                insertLogical( reporter.report(kcontext, $n) ); // 1 < 2 is never mutated
            end
            """;

    @Test
    void everyKindOfMutantIsMadeInTheConditionsOnly() {
        List<String> made = DrlMutator.mutate(DRL).stream().map(m -> m.kind().word() + " " + m.before() + " => " + m.after()).toList();
        assertEquals(List.of(
                "drop status in (NegotiationStatus.DEADLOCKED) => ",
                "negation status in (NegotiationStatus.DEADLOCKED) => status not in (NegotiationStatus.DEADLOCKED)",
                "drop $since : statusSince != null => $since : statusSince",
                "negation $since : statusSince != null => $since : statusSince == null",
                "drop name != \"x < y\" => ",
                "negation name != \"x < y\" => name == \"x < y\"",
                "drop this == Facts.modelOf($n) => ",
                "negation this == Facts.modelOf($n) => this != Facts.modelOf($n)",
                "drop Facts.daysBetween($since, asOf) >= 30 => ",
                "boundary Facts.daysBetween($since, asOf) >= 30 => Facts.daysBetween($since, asOf) > 30",
                "constant Facts.daysBetween($since, asOf) >= 30 => Facts.daysBetween($since, asOf) >= 29",
                "constant Facts.daysBetween($since, asOf) >= 30 => Facts.daysBetween($since, asOf) >= 31",
                "inversion not Intervention( target == $n, $end : end, !$end.after($since) || start < $since ) => "
                        + "exists Intervention( target == $n, $end : end, !$end.after($since) || start < $since )",
                "drop target == $n => ",
                "negation target == $n => target != $n",
                "drop !$end.after($since) || start < $since => ",
                "drop !$end.after($since) => ",
                "negation !$end.after($since) || start < $since => $end.after($since) || start < $since",
                "boundary !$end.after($since) || start < $since => $end.before($since) || start < $since",
                "drop start < $since => ",
                "boundary !$end.after($since) || start < $since => !$end.after($since) || start <= $since",
                "deletion rule \"A negotiation deadlocked for 30 days or more\" => "), made);
    }

    @Test
    void aMutantChangesOnePlaceAndKeepsEveryLine() {
        String[] original = DRL.split("\n", -1);
        for (DrlMutator.Mutation m : DrlMutator.mutate(DRL)) {
            String[] mutated = m.text().split("\n", -1);
            assertEquals(original.length, mutated.length, () -> m + " moved lines");
            int changed = 0;
            for (int i = 0; i < original.length; i++) {
                if (!original[i].equals(mutated[i])) {
                    changed++;
                    int line = i;
                    assertTrue(line >= 5 && line <= 12, () -> "line " + (line + 1) + " changed by " + m.kind() + ": " + mutated[line]);
                }
            }
            int lines = changed;
            assertTrue(m.kind() == DrlMutator.Kind.DELETION ? lines > 1 : lines == 1, () -> m.kind() + " changed " + lines + " lines");
            assertTrue(m.kind() == DrlMutator.Kind.DELETION || m.text().contains("// 1 < 2 is never mutated"), m::toString);
            assertTrue(m.text().contains("// not a rule: a < b, \"not exists\""), m::toString);
        }
    }

    @Test
    void aNullGuardOfABindingJoinedByThisIsEquivalentByConstruction() {
        String drl = """
                package org.example.rules;
                import org.chaxu.governance.*;
                rule "r" @id("T-J")
                when
                    $a : Arrangement( $h : hostedBy != null, $p : parent != null )
                    AdministrativeUnit( this == $h )
                then
                end
                """;
        List<DrlMutator.Mutation> drops = DrlMutator.mutate(drl).stream()
                .filter(m -> m.kind() == DrlMutator.Kind.DROP && m.before().startsWith("$")).toList();
        assertEquals(2, drops.size(), drops::toString);
        assertEquals("$h", drops.get(0).nullJoin());
        assertEquals(null, drops.get(1).nullJoin(), "$p is joined by nothing: dropping its guard changes the rule");
    }

    @TempDir
    Path folder;

    static final String MODEL = """
            <?xml version="1.0" encoding="UTF-8"?>
            <chaxu:GovernanceModel xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:chaxu="http://chaxu.org/governance/1.0"
                name="T" asOf="2020-12-31">
              <units id="province" name="Province" level="PROVINCIAL" rank="MINISTERIAL"/>
              <units id="a" name="A City" level="PREFECTURAL" rank="PREFECTURAL" superior="province"/>
              <units id="b" name="B City" level="PREFECTURAL" rank="PREFECTURAL" superior="province"/>
              <negotiations id="talks" name="Talks" parties="a b" started="2020-01-01" status="DEADLOCKED" statusSince="SINCE"/>
            </chaxu:GovernanceModel>
            """;

    /** A case in a folder of its own (the models of one folder are one project). */
    private Path write(String name, String status, String since, String expected) throws IOException {
        Path dir = Files.createDirectories(folder.resolve("cases/" + name));
        Path model = Files.writeString(dir.resolve(name + ".chaxu"), MODEL.replace("DEADLOCKED", status)
                .replace(since == null ? " statusSince=\"SINCE\"" : "SINCE", since == null ? "" : since));
        Files.writeString(dir.resolve(name + ".expected"), expected);
        return model;
    }

    @Test
    void aMutantOnTheBoundaryNoCaseTouchesSurvivesUntilACaseSitsOnIt() throws IOException {
        String drl = """
                package org.example.rules;
                import org.chaxu.governance.*;
                import org.chaxu.engine.facts.*;
                global org.chaxu.engine.Reporter reporter;
                rule "A negotiation deadlocked for 30 days or more" @id("T-LONG") @severity("INFO")
                when
                    $n : Negotiation( status == NegotiationStatus.DEADLOCKED, $since : statusSince != null )
                    GovernanceModel( this == Facts.modelOf($n), Facts.daysBetween($since, asOf) >= 30 )
                then
                    insertLogical( reporter.report(kcontext, $n) );
                end
                """;
        Files.createDirectories(folder.resolve("cases"));
        Path rules = Files.writeString(folder.resolve("long.drl"), drl);
        write("long", "DEADLOCKED", "2020-06-01", "T-LONG INFO talks\n");
        write("short", "DEADLOCKED", "2020-12-21", "");
        RuleCatalog catalog = RuleCatalog.withShipped(RuleSource.load(rules), new MessageCatalog());
        assertTrue(catalog.problems().isEmpty(), catalog.problems()::toString);
        String file = rules.toString();
        RuleMutants.Result result = RuleMutants.run(catalog, Set.of(file), List.of(folder.resolve("cases")), Locale.ENGLISH, null);

        List<String> survived = result.with(RuleMutants.Outcome.SURVIVED).stream()
                .map(t -> t.mutant().line() + ":" + t.mutant().column() + " " + t.mutant().change(Locale.ENGLISH)).toList();
        assertEquals(List.of(
                "7:23 dropped `status == NegotiationStatus.DEADLOCKED`",
                "7:63 `$since : statusSince != null` \u2192 `$since : statusSince`",
                "8:22 dropped `this == Facts.modelOf($n)`",
                "8:81 `Facts.daysBetween($since, asOf) >= 30` \u2192 `Facts.daysBetween($since, asOf) > 30`",
                "8:84 `Facts.daysBetween($since, asOf) >= 30` \u2192 `Facts.daysBetween($since, asOf) >= 29`",
                "8:84 `Facts.daysBetween($since, asOf) >= 30` \u2192 `Facts.daysBetween($since, asOf) >= 31`"), survived);
        assertEquals(5, result.with(RuleMutants.Outcome.KILLED).size(), result::toString);
        assertEquals("T-LONG", result.mutants().get(0).mutant().rule());
        RuleMutants.Score score = result.byRule().get("T-LONG");
        assertEquals(score.killed() * 100.0 / (score.killed() + 6), score.percent(), 1e-9);

        // exactly 30 days and 29, talks going on for long, a deadlock of no known date: each mutant is noticed
        write("thirty", "DEADLOCKED", "2020-12-01", "T-LONG INFO talks\n");
        write("twenty-nine", "DEADLOCKED", "2020-12-02", "");
        write("ongoing", "ONGOING", "2020-01-01", "");
        write("undated", "DEADLOCKED", null, "");
        // and a project of two files a year apart: the negotiation is measured against its own file's date
        Path recent = write("two-files", "DEADLOCKED", "2020-12-21", "");
        Files.writeString(recent.resolveSibling("later.chaxu"), MODEL.replace("2020-12-31", "2021-12-31")
                .replaceAll("(?m)^.*<negotiations.*\n", ""));
        Files.writeString(recent.resolveSibling("later.expected"), "");
        RuleMutants.Result pinned = RuleMutants.run(catalog, Set.of(file), List.of(folder.resolve("cases")), Locale.ENGLISH, null);
        // but for the null guard: Facts.daysBetween of no date is no number of days, so no model tells them apart
        assertEquals(List.of("7:63 `$since : statusSince != null` \u2192 `$since : statusSince`"), pinned.with(RuleMutants.Outcome.SURVIVED)
                .stream().map(t -> t.mutant().line() + ":" + t.mutant().column() + " " + t.mutant().change(Locale.ENGLISH)).toList());
        RuleMutants.Tested boundary = pinned.mutants().stream().filter(t -> t.mutant().kind() == DrlMutator.Kind.BOUNDARY).findFirst()
                .orElseThrow();
        assertTrue(boundary.by().endsWith("cases/thirty/thirty.chaxu"), boundary::toString);

        // the author's reason makes it equivalent, not counted: 100 %; a reason that matches nothing is reported
        Files.writeString(rules, drl.replace("$since : statusSince != null )", "$since : statusSince != null ) "
                + "// equivalent mutant (drop \"statusSince != null\"): no date, no number of days; "
                + "equivalent mutant (boundary): a second reason on the line, which matches nothing")
                .replace(">= 30 )", ">= 30 ) // equivalent mutant (inversion): matches nothing"));
        RuleCatalog commented = RuleCatalog.withShipped(RuleSource.load(rules), new MessageCatalog());
        RuleMutants.Result withReason = RuleMutants.run(commented, Set.of(file), List.of(folder.resolve("cases")), Locale.ENGLISH, null);
        List<RuleMutants.Tested> equivalent = withReason.with(RuleMutants.Outcome.EQUIVALENT);
        assertEquals(1, equivalent.size(), withReason::toString);
        assertEquals("no date, no number of days", equivalent.get(0).by());
        assertEquals(List.of(), withReason.with(RuleMutants.Outcome.SURVIVED), withReason::toString);
        assertEquals(100.0, withReason.total().percent(), 1e-9);
        assertEquals(10, withReason.total().killed());
        assertEquals(List.of(file + ":7", file + ":8"), withReason.unusedReasons());
    }
}
