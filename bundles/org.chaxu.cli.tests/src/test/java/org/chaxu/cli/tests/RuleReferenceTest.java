// SPDX-License-Identifier: EPL-2.0
package org.chaxu.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The rule reference {@code chaxu rules --format markdown|json|html} made from the DRL metadata,
 * the message templates and each rule's example models; docs/rules.md is its Markdown, and SARIF
 * links each rule to its section there.
 */
class RuleReferenceTest {

    @Test
    void docsRulesMdIsCurrent() throws Exception {
        Chaxu.Result r = Chaxu.run("rules", "--format", "markdown");
        assertEquals(0, r.exit(), r::toString);
        String committed = Files.readString(Chaxu.root().resolve("docs/rules.md"), StandardCharsets.UTF_8);
        assertEquals(r.out(), committed, "docs/rules.md is stale: regenerate it with "
                + "./chaxu rules --format markdown --output docs/rules.md");
    }

    @Test
    void everyRuleHasItsMetadataMessagesAndAFailingAndAPassingExample() throws Exception {
        Chaxu.Result r = Chaxu.run("rules", "--format", "json");
        assertEquals(0, r.exit(), r::toString);
        JsonNode rules = new ObjectMapper().readTree(r.out());
        assertEquals(20, rules.size());
        for (JsonNode rule : rules) {
            String id = rule.get("id").asText();
            assertTrue(rule.get("source").asText().matches("(prd-collaboration|vertical-intervention|Chaxu): .+"), rule::toString);
            for (JsonNode drl : rule.get("drlRules")) {
                assertFalse(drl.at("/messages/en").asText().isBlank(), rule::toString);
                assertTrue(drl.at("/messages/zh").asText().matches(".*\\p{IsHan}.*"), rule::toString);
            }
            JsonNode fails = rule.get("fails");
            assertEquals("rules/examples/" + id + ".fails.chaxu", fails.get("file").asText());
            assertTrue(fails.get("model").asText().contains("<chaxu:GovernanceModel"), rule::toString);
            assertFalse(fails.get("findings").isEmpty(), () -> id + ": the failing example reports nothing");
            for (JsonNode finding : fails.get("findings")) {
                assertTrue(finding.asText().matches(id + "\\.fails\\.chaxu:\\d+: (error|warning|info)\\[" + id + "\\]: .+"),
                        finding::toString);
            }
            assertEquals(0, rule.at("/passes/findings").size(), () -> id + ": the passing example reports something");
        }
    }

    @Test
    void theHtmlPageHasASectionPerRuleWithItsExamplesEscaped() throws Exception {
        Chaxu.Result r = Chaxu.run("rules", "--format", "html");
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().startsWith("<!DOCTYPE html>"), r::toString);
        assertEquals(20, Chaxu.count(r.out(), "<section id=\"[a-z-]+\">"), r::toString);
        assertTrue(r.out().contains("<section id=\"base-looser\">"), r::toString);
        assertTrue(r.out().contains("&lt;chaxu:GovernanceModel"), "the example models are escaped");
        assertFalse(r.out().contains("<chaxu:GovernanceModel"), "no model element in the page itself");
    }

    @Test
    void anExtraRuleFoldersExamplesAreInTheReference(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("printing.drl"), """
                package org.chaxu.extra;
                import org.chaxu.governance.*;
                global org.chaxu.engine.Reporter reporter;

                rule "Printing standards are reported"
                    @id("X-PRINTING") @severity("INFO") @principle("local") @source("Chaxu: a test rule")
                when
                    $s : Standard( sector == "printing" )
                then
                    insertLogical( reporter.report(kcontext, $s) );
                end
                """, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("messages.properties"), "X-PRINTING={0} is a printing standard.\n");
        Path examples = Files.createDirectories(dir.resolve("examples"));
        // the circle example's failing model has printing standards; its passing one too, so copy and edit the sector
        String model = Files.readString(Chaxu.root().resolve("rules/examples/BASE-CIRCLE.passes.chaxu"));
        Files.writeString(examples.resolve("X-PRINTING.fails.chaxu"), model);
        Files.writeString(examples.resolve("X-PRINTING.passes.chaxu"), model.replace("\"printing\"", "\"furniture\""));
        Chaxu.Result r = Chaxu.run("rules", "--rules", dir.toString(), "--format", "markdown");
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().contains("\n## X-PRINTING\n"), r::toString);
        assertTrue(r.out().contains("X-PRINTING.fails.chaxu:" + lineOf(model, "circle-voc") + ": info[X-PRINTING]: "),
                r::toString);
        assertTrue(r.out().contains("- message `X-PRINTING` (en): `{0} is a printing standard.`"), r::toString);
    }

    private static int lineOf(String model, String id) {
        String[] lines = model.split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains("id=\"" + id + "\"")) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException(id);
    }

    @Test
    void sarifLinksEveryRuleToItsSectionOfTheReferenceWithHelpText() throws Exception {
        Chaxu.Result r = Chaxu.run("check", "--format", "sarif", "examples/clean-region/clean-region.chaxu");
        assertEquals(0, r.exit(), r::toString);
        String reference = Files.readString(Chaxu.root().resolve("docs/rules.md"), StandardCharsets.UTF_8);
        Set<String> ids = new TreeSet<>();
        for (JsonNode rule : new ObjectMapper().readTree(r.out()).at("/runs/0/tool/driver/rules")) {
            String id = rule.get("id").asText();
            ids.add(id);
            String helpUri = rule.get("helpUri").asText();
            assertTrue(helpUri.matches("https?://.+/rules\\.md#" + id.toLowerCase()), helpUri);
            assertTrue(reference.contains("\n## " + id + "\n"), () -> "docs/rules.md has no section " + id);
            assertTrue(rule.at("/help/text").asText().startsWith(id + " ("), rule::toString);
            assertTrue(rule.at("/help/markdown").asText().contains("**Fails:**"), rule::toString);
        }
        assertEquals(20, ids.size());
    }
}
