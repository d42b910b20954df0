// SPDX-License-Identifier: EPL-2.0
package org.chaxu.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The GitHub workflows, the Action and the pre-commit hooks as GitHub and pre-commit read them:
 * valid for the workflow linter, hardened (actions pinned by commit, inputs only through the
 * environment, least permissions, no credentials left in the checkout), and the Action's scripts
 * doing what they say when run as the runner runs them — against a release laid out from the
 * command line this build made, served by a stand-in for {@code gh}.
 */
class WorkflowsTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Pattern PINNED = Pattern.compile("[\\w.-]+/[\\w.-]+(/[\\w./-]+)?@[0-9a-f]{40}");

    @TempDir
    Path scratch;

    private static List<Path> workflows() throws IOException {
        try (Stream<Path> files = Files.list(Chaxu.root().resolve(".github/workflows"))) {
            return files.filter(f -> f.toString().endsWith(".yml")).sorted().toList();
        }
    }

    @Test
    void theLinterAcceptsEveryWorkflowAndTheAction() throws Exception {
        String validator = System.getProperty("action.validator");
        assertTrue(validator != null && Files.isExecutable(Path.of(validator)), "the build installs action-validator: " + validator);
        List<Path> files = new ArrayList<>(workflows());
        assertTrue(files.size() >= 2, "a CI and a release workflow: " + files);
        files.add(Chaxu.root().resolve("action.yml"));
        for (Path file : files) {
            Chaxu.Result r = Chaxu.exec(List.of(validator, file.toString()));
            assertEquals(0, r.exit(), () -> file + "\n" + r);
        }
        // and it does refuse a broken one
        Path broken = Files.writeString(scratch.resolve("broken.yml"), "on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: a\n        uses: b\n        colour: red\n");
        assertEquals(1, Chaxu.exec(List.of(validator, broken.toString())).exit());
    }

    /** Every step's action pinned to a commit; no ${{ }} inside a script; a workflow's permissions read-only unless a job says more. */
    @Test
    void workflowsAndTheActionAreHardened() throws Exception {
        List<Path> files = new ArrayList<>(workflows());
        files.add(Chaxu.root().resolve("action.yml"));
        int steps = 0;
        for (Path file : files) {
            JsonNode root = YAML.readTree(file.toFile());
            List<JsonNode> all = new ArrayList<>();
            root.path("runs").path("steps").forEach(all::add);
            root.path("jobs").forEach(job -> job.path("steps").forEach(all::add));
            if (!file.endsWith("action.yml")) {
                assertEquals("read", root.path("permissions").path("contents").asText(), file + ": contents: read at the top");
                assertEquals(1, root.path("permissions").size(), file + ": nothing else at the top");
            }
            for (JsonNode step : all) {
                steps++;
                String uses = step.path("uses").asText("");
                if (!uses.isEmpty() && !uses.startsWith("./")) {
                    assertTrue(PINNED.matcher(uses).matches(), file + ": " + uses + " is not pinned to a commit");
                }
                if (uses.startsWith("actions/checkout@")) {
                    assertFalse(step.path("with").path("persist-credentials").asBoolean(true), file + ": checkout keeps the token");
                }
                String run = step.path("run").asText("");
                assertFalse(run.contains("${{"), () -> file + ": an expression inside a script (pass it through env):\n" + run);
            }
        }
        assertTrue(steps > 10, "steps read: " + steps);
    }

    /** The Action's first step: the version from its tag (or the input), the repository from its path, a Java 17+ of the runner. */
    @Test
    void theActionFindsItsReleaseAndAJava() throws Exception {
        Map<String, String> env = new HashMap<>();
        env.put("ACTION_PATH", "/home/runner/work/_actions/acme/chaxu/v9.9.9");
        env.put("VERSION", "");
        env.put("JAVA_INPUT", "");
        env.put("JAVA_HOME_17_X64", System.getProperty("java.home"));
        Map<String, String> out = runStep("setup", env, 0);
        assertEquals("9.9.9", out.get("version"));
        assertEquals("acme/chaxu", out.get("repository"));
        assertEquals(System.getProperty("java.home"), out.get("java-home"));
        assertTrue(out.get("home").endsWith("/.chaxu/cli/9.9.9"), out::toString);
        // at a branch, the version must be given; a version that could break out of a path is refused
        env.put("ACTION_PATH", "/home/runner/work/_actions/acme/chaxu/main");
        assertTrue(runStepFailing("setup", env).contains("::error::Chaxu: set the 'version' input"));
        env.put("VERSION", "1.0.0/../../x");
        assertTrue(runStepFailing("setup", env).contains("is no release version"));
        env.put("VERSION", "v2.0.1");
        assertEquals("2.0.1", runStep("setup", env, 0).get("version"));
    }

    /**
     * The download step fetches the release's archive and its checksum, refuses an archive that does
     * not match it, and unpacks a good one; the check step then writes the log and the SARIF from one
     * run and gives the exit code as an output.
     */
    @Test
    void theActionDownloadsVerifiesAndChecksOnce() throws Exception {
        Path release = release("9.9.9");
        Path bin = Files.createDirectories(scratch.resolve("fake-bin"));
        // gh release download TAG --repo R --dir D --pattern P...: copies the files the patterns name from the release folder
        Path gh = Files.writeString(bin.resolve("gh"), "#!/usr/bin/env bash\nset -e\ndir=\"\"; files=()\n"
                + "while [ $# -gt 0 ]; do case \"$1\" in --dir) dir=$2; shift;; --pattern) files+=(\"$2\"); shift;; esac; shift; done\n"
                + "for f in \"${files[@]}\"; do cp \"" + release + "/$f\" \"$dir/\"; done\n");
        gh.toFile().setExecutable(true);
        Path home = scratch.resolve("home/.chaxu/cli/9.9.9");
        Map<String, String> env = new HashMap<>();
        env.put("PATH", bin + java.io.File.pathSeparator + System.getenv("PATH"));
        env.put("VERSION", "9.9.9");
        env.put("REPOSITORY", "acme/chaxu");
        env.put("CHAXU_HOME", home.toString());
        env.put("GH_TOKEN", "");
        runStep("Download the command line", env, 0);
        assertTrue(Files.isExecutable(home.resolve("bin/chaxu")) && Files.isRegularFile(home.resolve("lib/chaxu.jar")));

        // an archive that is not the one the checksum names is not unpacked
        Path tampered = scratch.resolve("home/.chaxu/cli/tampered");
        Files.write(release.resolve("chaxu-9.9.9.tar.gz"), new byte[] { 1, 2, 3 }, java.nio.file.StandardOpenOption.APPEND);
        env.put("CHAXU_HOME", tampered.toString());
        runStepFailing("Download the command line", env);
        assertFalse(Files.exists(tampered.resolve("bin/chaxu")));

        Path sarif = scratch.resolve("out/chaxu.sarif");
        Files.createDirectories(sarif.getParent());
        Map<String, String> check = new HashMap<>();
        check.put("CHAXU", home.resolve("bin/chaxu").toString());
        check.put("JAVA_HOME", System.getProperty("java.home"));
        check.put("XDG_CACHE_HOME", scratch.resolve("cache").toString());
        check.put("MODELS", "examples/prd-air.chaxu\n\nexamples/clean-region/\n");
        check.put("RULES", "");
        check.put("SETTINGS", "");
        check.put("RULES_FROM", "shipped");
        check.put("FAIL_ON", "error");
        check.put("LANG_OPTION", "en");
        check.put("LOG_FORMAT", "github");
        check.put("SARIF", sarif.toString());
        Step run = step("check", check);
        assertEquals(0, run.result().exit(), run.result()::toString);
        assertEquals("1", run.outputs().get("exit-code"), run.outputs()::toString);
        assertTrue(run.result().out().contains("::error file=examples/prd-air.chaxu,line="), run.result()::toString);
        assertTrue(run.result().out().contains("2 models checked"), run.result()::toString);
        JsonNode results = new ObjectMapper().readTree(sarif.toFile()).get("runs").get(0).get("results");
        assertEquals(Chaxu.expected("examples/prd-air.chaxu").size(), results.size());
    }

    /** The hooks fire on models, rule files, message templates and the settings file, and check the whole project. */
    @Test
    void theHooksFireOnModelsRulesAndSettings() throws Exception {
        JsonNode hooks = YAML.readTree(Chaxu.root().resolve(".pre-commit-hooks.yaml").toFile());
        assertEquals(2, hooks.size());
        for (JsonNode hook : hooks) {
            Pattern files = Pattern.compile(hook.get("files").asText());
            for (String changed : List.of("region.chaxu", "models/sub/city.chaxu", "rules/local.drl", ".chaxu/settings.properties",
                    "p/.chaxu/settings.properties", "rules/messages.properties", "rules/messages_zh.properties")) {
                assertTrue(files.matcher(changed).find(), hook.get("id") + " fires on " + changed);
            }
            for (String other : List.of("README.md", "settings.properties", "src/Main.java", "region.chaxu.bak", "drl.txt")) {
                assertFalse(files.matcher(other).find(), hook.get("id") + " ignores " + other);
            }
            assertFalse(hook.get("pass_filenames").asBoolean(true), "the project is checked as one");
            assertEquals("chaxu check --fail-on error .", hook.get("entry").asText());
        }
        // the entry, run in a project whose model has an error: exit 1
        Path project = Files.createDirectories(scratch.resolve("project/regions"));
        Files.copy(Chaxu.root().resolve("examples/prd-air.chaxu"), project.resolve("prd-air.chaxu"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                System.getProperty("chaxu.jar")));
        command.addAll(List.of(hooks.get(0).get("entry").asText().substring("chaxu ".length()).split(" ")));
        ProcessBuilder builder = new ProcessBuilder(command).directory(project.getParent().toFile()).redirectErrorStream(true);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(1, process.waitFor(), output);
        assertTrue(output.contains("regions/prd-air.chaxu:"), output);
    }

    /**
     * The release workflow runs the one release command, which takes its version from the tag and
     * refuses one that is no version before it builds anything (the release itself is too long for
     * the build: CONTRIBUTING.md gives its artifacts as last built).
     */
    @Test
    void theReleaseWorkflowRunsTheReleaseCommandWhichChecksTheVersion() throws Exception {
        JsonNode release = YAML.readTree(Chaxu.root().resolve(".github/workflows/release.yml").toFile());
        assertTrue(release.path("on").path("push").path("tags").get(0).asText().startsWith("v"), release::toString);
        List<String> runs = new ArrayList<>();
        release.path("jobs").forEach(job -> job.path("steps").forEach(step -> runs.add(step.path("run").asText(""))));
        assertTrue(runs.contains("bash releng/release.sh"), runs::toString);
        for (String bad : List.of("1.0", "v1.0.0; rm -rf /", "latest")) {
            Chaxu.Result r = Chaxu.exec(List.of("bash", Chaxu.root().resolve("releng/release.sh").toString(), bad), null,
                    Map.of(), scratch);
            assertEquals(2, r.exit(), r::toString);
            assertTrue(r.err().contains("is no version"), r::toString);
        }
    }

    /** A release of the jar this build made, as release.sh lays it out, with its checksum file. */
    private Path release(String version) throws Exception {
        Path folder = Files.createDirectories(scratch.resolve("release"));
        Path tree = Files.createDirectories(scratch.resolve("tree/chaxu-" + version));
        Files.createDirectories(tree.resolve("lib"));
        Files.createDirectories(tree.resolve("bin"));
        Files.copy(Path.of(System.getProperty("chaxu.jar")), tree.resolve("lib/chaxu.jar"));
        Files.copy(Chaxu.root().resolve("chaxu"), tree.resolve("bin/chaxu")).toFile().setExecutable(true);
        String archive = "chaxu-" + version + ".tar.gz";
        Chaxu.Result tar = Chaxu.exec(List.of("tar", "-czf", folder.resolve(archive).toString(), "-C", tree.getParent().toString(),
                "chaxu-" + version));
        assertEquals(0, tar.exit(), tar::toString);
        java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
        String sum = java.util.HexFormat.of().formatHex(sha.digest(Files.readAllBytes(folder.resolve(archive))));
        Files.writeString(folder.resolve(archive + ".sha256"), sum + "  " + archive + "\n");
        return folder;
    }

    private record Step(Chaxu.Result result, Map<String, String> outputs) {
    }

    private Map<String, String> runStep(String idOrName, Map<String, String> env, int exit) throws Exception {
        Step step = step(idOrName, env);
        assertEquals(exit, step.result().exit(), step.result()::toString);
        return step.outputs();
    }

    private String runStepFailing(String idOrName, Map<String, String> env) throws Exception {
        Step step = step(idOrName, env);
        assertTrue(step.result().exit() != 0, step.result()::toString);
        return step.result().out() + step.result().err();
    }

    /** Runs the Action's step (by id or name) as the runner does: bash -e on its script, with a GITHUB_OUTPUT file. */
    private Step step(String idOrName, Map<String, String> env) throws Exception {
        JsonNode action = YAML.readTree(Chaxu.root().resolve("action.yml").toFile());
        String script = null;
        for (JsonNode step : action.path("runs").path("steps")) {
            if (idOrName.equals(step.path("id").asText()) || idOrName.equals(step.path("name").asText())) {
                script = step.path("run").asText();
            }
        }
        assertNotNull(script, "the Action has a step " + idOrName);
        Path file = Files.writeString(Files.createTempFile(scratch, "step", ".sh"), script);
        Path output = Files.createTempFile(scratch, "output", ".txt");
        Map<String, String> all = new HashMap<>(env);
        all.put("GITHUB_OUTPUT", output.toString());
        all.put("HOME", scratch.resolve("home").toString());
        Chaxu.Result result = Chaxu.exec(List.of("bash", "--noprofile", "--norc", "-eo", "pipefail", file.toString()), null, all);
        Map<String, String> outputs = new HashMap<>();
        for (String line : Files.readAllLines(output)) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                outputs.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        return new Step(result, outputs);
    }
}
