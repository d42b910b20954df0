// SPDX-License-Identifier: EPL-2.0
package org.chaxu.engine.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.chaxu.engine.CheckOptions;
import org.chaxu.engine.CheckSession;
import org.chaxu.engine.Expected;
import org.chaxu.engine.Finding;
import org.chaxu.engine.Fingerprint;
import org.chaxu.engine.LoadedModel;
import org.chaxu.engine.ModelLoader;
import org.chaxu.engine.ProjectSettings;
import org.chaxu.engine.RuleCatalog;
import org.chaxu.engine.RuleSource;
import org.chaxu.engine.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The project's settings file, {@code .chaxu/settings.properties}: found from a model upwards,
 * its choices applied (rules off, severities, language, rule folders), suppressions with their
 * reasons, a baseline of known findings, and every mistake reported at its line.
 */
class ProjectSettingsTest {

    @TempDir
    Path project;

    private Path settings(String... lines) throws IOException {
        Path file = project.resolve(ProjectSettings.PATH);
        Files.createDirectories(file.getParent());
        Files.writeString(file, String.join("\n", lines) + "\n");
        return file;
    }

    private Path prd() throws IOException {
        Path models = Files.createDirectories(project.resolve("models/air"));
        return Files.copy(Examples.file("prd-air.chaxu"), models.resolve("prd-air.chaxu"));
    }

    @Test
    void theSettingsAreFoundFromTheModelsFolderUpwards() throws IOException {
        Path model = prd();
        assertNull(ProjectSettings.find(model));
        Path file = settings("language=zh");
        assertEquals(file.toAbsolutePath(), ProjectSettings.find(model));
        assertEquals(project.toAbsolutePath().normalize(), ProjectSettings.read(file).root().toAbsolutePath().normalize());
    }

    @Test
    void rulesOffSeveritiesAndLanguageBecomeTheCheckOptions() throws IOException {
        ProjectSettings settings = ProjectSettings.read(settings("# the project's choices", "language=zh",
                "rule.BASE-RAISED.enabled=false", "rule.ESC-NO-EXIT.severity=error"));
        CheckOptions options = settings.options(Locale.ENGLISH);
        assertEquals(Locale.CHINESE, options.locale());
        assertEquals(Set.of("BASE-RAISED"), options.disabledRules());
        assertEquals(Map.of("ESC-NO-EXIT", Severity.ERROR), options.severityOverrides());
        assertEquals(Locale.ENGLISH, ProjectSettings.none(project).options(Locale.ENGLISH).locale());
    }

    @Test
    void eachMistakeIsReportedWithFileAndLine() throws IOException {
        assertProblem(":2: language=fr: unknown language (use en or zh", "# comment", "language=fr");
        assertProblem(":1: rule.BASE-LOOSER.severity=FATAL: unknown severity (use ERROR, WARNING or INFO)",
                "rule.BASE-LOOSER.severity=FATAL");
        assertProblem(":1: rule.BASE-LOOSER.enabled=no: use true or false", "rule.BASE-LOOSER.enabled=no");
        assertProblem(":3: unknown setting 'langauge'", "", "", "langauge=zh");
        assertProblem(":2: suppress.ESC-SKIP.jjj-central: a suppression needs a reason", "language=en", "suppress.ESC-SKIP.jjj-central=");
        assertProblem(":2: 'language' is set twice (also on line 1)", "language=en", "language=zh");
    }

    @Test
    void aFileThatChoosesChineseReportsItsMistakesInChineseUnlessTheCallerAsksForEnglish() throws IOException {
        Path file = settings("language=zh", "rule.BASE-LOOSER.severity=FATAL");
        IllegalArgumentException zh = assertThrows(IllegalArgumentException.class, () -> ProjectSettings.read(file));
        assertEquals(file + ":2: rule.BASE-LOOSER.severity=FATAL：未知的严重程度（请填 ERROR、WARNING 或 INFO）", zh.getMessage());
        // chaxu check --lang en
        IllegalArgumentException en = assertThrows(IllegalArgumentException.class, () -> ProjectSettings.read(file, Locale.ENGLISH));
        assertEquals(file + ":2: rule.BASE-LOOSER.severity=FATAL: unknown severity (use ERROR, WARNING or INFO)", en.getMessage());
        // and a problem found while parsing, before the keys are read
        Path twice = settings("language=zh", "baseline=a.txt", "baseline=b.txt");
        IllegalArgumentException parse = assertThrows(IllegalArgumentException.class, () -> ProjectSettings.read(twice));
        assertEquals(twice + ":3: “baseline”被设置了两次（另见第 2 行）", parse.getMessage());
        Path unknown = settings("langauge=zh");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ProjectSettings.read(unknown, Locale.CHINESE)).getMessage()
                .startsWith(unknown + ":1: 未知设置“langauge”（可用的设置：language, ruleFolders, baseline"));
    }

    /** Bytes that are no UTF-8 are reported at their own line: on the first, the third, the last (issue 19: one line off). */
    @Test
    void bytesThatAreNoUtf8AreReportedAtTheirLine() throws IOException {
        Path file = settings("");
        for (int line : new int[] { 1, 3, 5 }) {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            for (int i = 1; i <= 5; i++) {
                bytes.writeBytes(("# line " + i + " ").getBytes(java.nio.charset.StandardCharsets.UTF_8));
                if (i == line) {
                    bytes.write(0xC3); // a lead byte followed by no continuation
                    bytes.write('(');
                }
                bytes.write('\n');
            }
            Files.write(file, bytes.toByteArray());
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ProjectSettings.read(file));
            assertTrue(e.getMessage().startsWith(file + ":" + line + ": "), e.getMessage());
        }
        Files.write(file, ("\uFEFFlanguage=zh\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(java.util.Locale.CHINESE, ProjectSettings.read(file).options(java.util.Locale.ENGLISH).locale(),
                "a byte order mark is not part of the first key");
    }

    private void assertProblem(String expected, String... lines) throws IOException {
        Path file = settings(lines);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ProjectSettings.read(file));
        assertTrue(e.getMessage().startsWith(file + expected), e.getMessage());
    }

    @Test
    void aSuppressionHidesOneRuleOnOneElementAndKeepsItsReason() throws IOException {
        Path model = prd();
        ProjectSettings settings = ProjectSettings.read(settings("suppress.BASE-LOOSER.foshan-voc-furniture=Foshan's "
                + "furniture limit is being revised; tracked in issue 12"));
        assertEquals("Foshan's furniture limit is being revised; tracked in issue 12", settings.suppressions().get(0).reason());
        assertEquals(1, settings.suppressions().get(0).line());
        List<String> shown = Expected.lines(settings.filter(model, findings(model), Set.of()));
        List<String> expected = new java.util.ArrayList<>(Examples.expected("prd-air.chaxu"));
        expected.remove("BASE-LOOSER ERROR foshan-voc-furniture");
        assertEquals(expected, shown);
    }

    @Test
    void aBaselineHidesTheFindingsItRecordsAndOnlyThose() throws IOException {
        Path model = prd();
        ProjectSettings settings = ProjectSettings.read(settings("baseline=.chaxu/baseline.txt"));
        List<Finding> findings = findings(model);
        List<Finding> accepted = findings.stream().filter(f -> f.getRuleId().equals("BASE-RAISED")).toList();
        StringWriter text = new StringWriter();
        Fingerprint.writeBaseline(text, Map.of(settings.modelUri(model), accepted));
        Files.writeString(project.resolve(".chaxu/baseline.txt"), text.toString());
        assertTrue(text.toString().contains("  BASE-RAISED  models/air/prd-air.chaxu#gd-yellow-deadline\n"), text::toString);
        List<Finding> shown = settings.filter(model, findings, settings.knownFindings());
        assertEquals(findings.size() - accepted.size(), shown.size());
        assertTrue(shown.stream().noneMatch(f -> f.getRuleId().equals("BASE-RAISED")));
        // the fingerprint does not depend on the line or the language of the message
        Path moved = Files.writeString(model, Files.readString(model).replace("<units ", "\n\n<units "));
        List<Finding> zh;
        LoadedModel loaded = new ModelLoader().load(moved);
        zh = CheckSession.check(shipped(), loaded.resource(), CheckOptions.DEFAULT.withLocale(Locale.CHINESE));
        assertEquals(shown.size(), settings.filter(moved, zh, settings.knownFindings()).size());
    }

    /**
     * The settings applied once, by the session: options with the settings' filter give the findings
     * without the suppressed and the known ones — in the first check and after an edit — as the
     * filter applied to the whole list gives them; and two filters of the same settings are equal.
     */
    @Test
    void aSessionWithTheSettingsOptionsShowsWhatTheFilterShowsAlsoAfterAnEdit() throws IOException {
        Path model = prd();
        ProjectSettings settings = ProjectSettings.read(settings("suppress.BASE-LOOSER.foshan-voc-furniture=being revised",
                "baseline=.chaxu/baseline.txt"));
        List<Finding> all = findings(model);
        Finding known = all.stream().filter(f -> f.getRuleId().equals("BASE-RAISED")).findFirst().orElseThrow();
        StringWriter text = new StringWriter();
        Fingerprint.writeBaseline(text, Map.of(settings.modelUri(model), List.of(known)));
        Files.writeString(project.resolve(".chaxu/baseline.txt"), text.toString());
        java.util.function.Function<org.eclipse.emf.ecore.resource.Resource, Path> pathOf = r -> model;
        assertEquals(settings.hiding(settings.knownFindings(), pathOf), settings.hiding(settings.knownFindings(), pathOf));
        CheckOptions options = settings.options(Locale.ENGLISH).withFilter(settings.hiding(settings.knownFindings(), pathOf));
        LoadedModel loaded = new ModelLoader().load(model);
        try (CheckSession session = new CheckSession(shipped(), loaded.resource(), options)) {
            List<String> shown = Expected.lines(session.findings());
            List<String> expected = Expected.lines(settings.filter(model, all, settings.knownFindings()));
            assertEquals(expected, shown);
            assertEquals(all.size() - 2, shown.size(), "one suppressed, one known");
            assertFalse(shown.contains("BASE-LOOSER ERROR foshan-voc-furniture"));
            assertEquals(shown, Expected.lines(session.findingsIn(loaded.resource())));
            // an edit that makes Foshan's limit strict: its looser finding goes, and what stays stays hidden
            org.chaxu.governance.Standard foshan = (org.chaxu.governance.Standard) loaded.resource().getEObject("foshan-voc-furniture");
            foshan.setValue(10.0);
            List<String> after = Expected.lines(session.findings());
            assertFalse(after.contains("BASE-LOOSER ERROR foshan-voc-furniture"));
            assertEquals(Expected.lines(settings.filter(model, CheckSession.check(shipped(), loaded.resource(), CheckOptions.DEFAULT),
                    settings.knownFindings())), after);
        }
    }

    @Test
    void aBaselineLineThatIsNotAFingerprintIsAnErrorAtItsLine() throws IOException {
        Path baseline = Files.writeString(project.resolve("baseline.txt"), "# header\nBASE-LOOSER foshan\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Fingerprint.readBaseline(baseline));
        assertTrue(e.getMessage().startsWith(baseline + ":2: not a baseline line"), e.getMessage());
    }

    @Test
    void theRuleFoldersOfTheSettingsJoinTheCatalogue() throws IOException {
        Path rules = Files.createDirectories(project.resolve("water-rules"));
        Files.writeString(rules.resolve("extra.drl"), RuleCompilationTest.GOOD);
        ProjectSettings settings = ProjectSettings.read(settings("ruleFolders=water-rules"));
        RuleCatalog catalog = settings.compile(RuleSource.shipped(), RuleCatalog.shippedMessages(), List.of());
        assertTrue(catalog.rules().stream().anyMatch(r -> r.id().equals("X-TEST")), catalog.rules()::toString);
        // the default folder, rules/, may be absent; a folder the file names may not
        assertTrue(ProjectSettings.read(settings("language=en")).ruleFolders().isEmpty());
        ProjectSettings missing = ProjectSettings.read(settings("", "ruleFolders=nowhere"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, missing::ruleFolders);
        assertTrue(e.getMessage().endsWith(":2: ruleFolders: no folder nowhere in " + project.toAbsolutePath().normalize()), e.getMessage());
    }

    @Test
    void anUpdateKeepsCommentsAndSuppressionsAndRewritesOnlyTheKeysItChanges() {
        String text = "# our choices\nlanguage=en\nsuppress.ESC-SKIP.x=accepted by the board\nrule.BASE-RAISED.enabled=false\n";
        Map<String, String> changes = new LinkedHashMap<>();
        changes.put("language", "zh");
        changes.put("rule.BASE-RAISED.enabled", null);
        changes.put("rule.ESC-NO-EXIT.severity", "ERROR");
        changes.put("ruleFolders", "规则");
        assertEquals("# our choices\nlanguage=zh\nsuppress.ESC-SKIP.x=accepted by the board\n"
                + "rule.ESC-NO-EXIT.severity=ERROR\nruleFolders=规则\n", ProjectSettings.update(text, changes));
        assertFalse(ProjectSettings.update("", Map.of("language", "en")).contains("#"), "no date comment");
    }

    private static RuleCatalog shipped;

    private static synchronized RuleCatalog shipped() {
        if (shipped == null) {
            shipped = RuleCatalog.shipped();
        }
        return shipped;
    }

    private static List<Finding> findings(Path model) {
        LoadedModel loaded = new ModelLoader().load(model);
        return CheckSession.check(shipped(), loaded.resource(), CheckOptions.DEFAULT);
    }
}
