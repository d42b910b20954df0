// SPDX-License-Identifier: EPL-2.0
package org.chaxu.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The command line as a shell user meets it: folders and standard input as models, enum options
 * with their values offered for completion, the completion script, the version of the build.
 */
class CommandLineTest {

    private static final String PRD = "examples/prd-air.chaxu";

    /** The golden findings of every worked case below examples/, as "file RULE SEVERITY id". */
    private static List<String> allExpected() throws Exception {
        List<String> expected = new ArrayList<>();
        Path root = Chaxu.root();
        try (Stream<Path> models = Files.walk(root.resolve("examples"))) {
            for (Path model : models.filter(p -> p.toString().endsWith(".chaxu")).sorted().toList()) {
                String name = root.relativize(model).toString().replace('\\', '/');
                Chaxu.expected(name).forEach(line -> expected.add(name + " " + line.replaceAll("\\s+", " ")));
            }
        }
        return expected.stream().sorted().toList();
    }

    private static List<String> findings(String json) throws Exception {
        List<String> found = new ArrayList<>();
        for (JsonNode model : new ObjectMapper().readTree(json).get("models")) {
            for (JsonNode f : model.get("findings")) {
                found.add(model.get("file").asText() + " " + f.get("rule").asText() + " " + f.get("severity").asText() + " "
                        + f.get("element").get("id").asText());
            }
        }
        return found.stream().sorted().toList();
    }

    /**
     * The worked cases as projects: examples/prd-air.chaxu (a project of one file in examples/) and
     * every folder below examples/ that holds models — each region a project of its own.
     */
    private static List<String> projects() throws Exception {
        List<String> projects = new ArrayList<>(List.of(PRD));
        Path root = Chaxu.root();
        try (Stream<Path> folders = Files.walk(root.resolve("examples"))) {
            for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
                try (Stream<Path> inside = Files.list(folder)) {
                    if (!folder.equals(root.resolve("examples")) && inside.anyMatch(p -> p.toString().endsWith(".chaxu"))) {
                        projects.add(root.relativize(folder).toString().replace('\\', '/') + "/");
                    }
                }
            }
        }
        return projects;
    }

    @Test
    void foldersAreCheckedAsProjectsWithTheGoldenFindings() throws Exception {
        List<String> args = new ArrayList<>(List.of("check", "--format", "json"));
        args.addAll(projects());
        Chaxu.Result r = Chaxu.run(args.toArray(String[]::new));
        assertEquals(1, r.exit(), r::toString);
        assertEquals(allExpected(), findings(r.out()), r::toString);
        List<String> textArgs = new ArrayList<>(List.of("check"));
        textArgs.addAll(projects());
        Chaxu.Result text = Chaxu.run(textArgs.toArray(String[]::new));
        long models;
        try (Stream<Path> files = Files.walk(Chaxu.root().resolve("examples"))) {
            models = files.filter(p -> p.toString().endsWith(".chaxu")).count();
        }
        assertTrue(models >= 7, "the worked cases and those written against the registry: " + models);
        assertTrue(text.out().contains(models + " models checked: "), text::toString);
    }

    @Test
    void aFolderWithoutModelsIsBadUsageNamingIt(@TempDir Path empty) throws Exception {
        Files.writeString(empty.resolve("notes.txt"), "no models here");
        Chaxu.Result r = Chaxu.run("check", empty.toString());
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().contains(empty + ": no .chaxu models in this folder or below it"), r::toString);
    }

    @Test
    void modelsInNestedFoldersAreFoundAndBuildOutputIsSkipped(@TempDir Path dir) throws Exception {
        Path nested = Files.createDirectories(dir.resolve("region/cities"));
        Files.copy(Chaxu.root().resolve("examples/clean-region/clean-region.chaxu"), nested.resolve("clean.chaxu"));
        // a copy under target/ (build output) is not a model of the project
        Files.copy(Chaxu.root().resolve(PRD), Files.createDirectories(dir.resolve("target")).resolve("prd.chaxu"));
        Chaxu.Result r = Chaxu.run("check", "--root", dir.toString(), dir.toString());
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().contains("1 model checked: 0 errors, 0 warnings, 0 info"), r::toString);
    }

    @Test
    void standardInputIsCheckedAsTheSameModelUnderItsGivenName() throws Exception {
        Chaxu.Result fromFile = Chaxu.run("check", "--format", "json", PRD);
        Chaxu.Result fromStdin = Chaxu.runWithInput(Chaxu.root().resolve(PRD), "check", "--format", "json", "--stdin-name",
                PRD, "-");
        assertEquals(1, fromStdin.exit(), fromStdin::toString);
        assertEquals(findings(fromFile.out()), findings(fromStdin.out()), fromStdin::toString);
        // the load warning names the model as given, not a temporary copy
        int line = Chaxu.lineOf(PRD, "jiangmen-voc-furniture");
        assertTrue(fromStdin.err().contains(PRD + ":" + line + ": warning: Jiangmen"), fromStdin::toString);
        assertFalse(fromStdin.err().contains("stdin.chaxu"), fromStdin::toString);

        Chaxu.Result plain = Chaxu.runWithInput(Chaxu.root().resolve(PRD), "check", "-");
        assertTrue(plain.out().contains("\n-:" + Chaxu.lineOf(PRD, "foshan-voc-furniture") + ": error[BASE-LOOSER]: "),
                plain::toString);
    }

    @Test
    void brokenStandardInputIsAnErrorWithItsLine(@TempDir Path dir) throws Exception {
        Path broken = dir.resolve("broken.xml");
        Files.writeString(broken, "<?xml version=\"1.0\"?>\n<governance:GovernanceModel\n", StandardCharsets.UTF_8);
        Chaxu.Result r = Chaxu.runWithInput(broken, "check", "-");
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().matches("(?s)-:\\d+:\\d+: error: .*"), r::toString);
        assertFalse(r.err().contains("Exception"), r::toString);
    }

    @Test
    void enumOptionsTakeAnyCaseAndListTheirValuesWhenWrong() throws Exception {
        assertEquals(0, Chaxu.run("check", "--fail-on", "NEVER", "--format", "JSON", "--lang", "ZH", PRD).exit());
        Chaxu.Result r = Chaxu.run("check", "--format", "xml", PRD);
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().contains("unknown format 'xml' (expected text, json, junit, sarif, github)"), r::toString);
        Chaxu.Result help = Chaxu.run("check", "--help");
        String words = help.out().replaceAll("\\s+", " ");
        assertTrue(words.contains("--fail-on=LEVEL Exit 1 when a finding is at least this severe: error, warning, info, never"),
                help::toString);
    }

    /** Option descriptions are format strings: a bare '%' made picocli print warnings above the help (issue 24). */
    @Test
    void everyCommandsHelpIsPrintedWithoutWarnings() throws Exception {
        for (String command : List.of("check", "report", "rules", "format", "test")) {
            Chaxu.Result help = Chaxu.run(command, "--help");
            assertEquals(0, help.exit(), help::toString);
            assertEquals("", help.err(), help::toString);
            assertFalse(help.out().contains("WARN"), help::toString);
        }
        String words = Chaxu.run("test", "--help").out().replaceAll("\\s+", " ");
        assertTrue(words.contains("fewer than N % of the rules"), words);
    }

    @Test
    void theCompletionScriptOffersTheCommandsAndTheEnumValues() throws Exception {
        Chaxu.Result r = Chaxu.run("generate-completion");
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().contains("complete -F"), "a bash completion function, which zsh loads through bashcompinit");
        assertTrue(r.out().contains("check report rules format test generate-completion"), r::toString);
        assertTrue(r.out().contains("(\"text\" \"json\" \"junit\" \"sarif\" \"github\")"), r::toString);
        assertTrue(r.out().contains("(\"error\" \"warning\" \"info\" \"never\")"), r::toString);
        assertTrue(r.out().contains("(\"en\" \"zh\")"), r::toString);
    }

    @Test
    void theVersionIsThatOfTheBuild() throws Exception {
        Chaxu.Result r = Chaxu.run("--version");
        assertEquals(0, r.exit(), r::toString);
        assertEquals("chaxu " + System.getProperty("chaxu.version"), r.out().trim());
        Chaxu.Result sarif = Chaxu.run("check", "--format", "sarif", "examples/clean-region/clean-region.chaxu");
        assertEquals(System.getProperty("chaxu.version"),
                new ObjectMapper().readTree(sarif.out()).at("/runs/0/tool/driver/semanticVersion").asText());
    }

    @Test
    void colourOnlyOnATerminalUnlessForced() throws Exception {
        // the tests' standard output is a file, not a terminal
        assertFalse(Chaxu.run("check", PRD).out().contains("\u001b["));
        assertTrue(Chaxu.run("check", "--color", "always", PRD).out().contains("\u001b[1;31merror[BASE-LOOSER]"));
    }
}
