// SPDX-License-Identifier: EPL-2.0
package org.chaxu.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.chaxu.engine.LoadedModel;
import org.chaxu.engine.ModelLoader;
import org.chaxu.engine.ModelProblem;
import org.chaxu.engine.Severity;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code chaxu format [--check] [PATH...]}: writes models in Chaxu's one canonical format (as the
 * editor, the quick fixes and the wizards write them), so that an edit is a one-line diff. A file
 * that cannot be read entirely — an error in it, or XML comments, which the format has no place for
 * — is left as it is and named, with exit 2.
 */
@Command(name = "format", mixinStandardHelpOptions = true,
        description = "Writes models in Chaxu's canonical format (one element per line, references by id), like gofmt.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = { "0:every model is in the canonical format (or was written in it)",
                "1:--check: some model is not in the canonical format",
                "2:a model that cannot be read entirely (left as it is), or bad usage" })
final class FormatCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--check", description = "Write nothing; list the models not in the canonical format and exit 1 if there are any.")
    boolean check;

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Models, or folders to search for .chaxu files (default: the current folder).")
    List<Path> paths = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Path> models = new ArrayList<>();
        for (Path path : paths.isEmpty() ? List.of(Path.of("")) : paths) {
            if (Files.isDirectory(path)) {
                models.addAll(ModelInputs.modelsBelow(path));
            } else if (Files.isRegularFile(path)) {
                models.add(path);
            } else {
                err.println("chaxu: error: " + path + ": no such file or folder");
                return Main.BAD_INPUT;
            }
        }
        int unreadable = 0;
        int changed = 0;
        for (Path model : models) {
            String text;
            try {
                text = Files.readString(model, StandardCharsets.UTF_8);
            } catch (IOException e) {
                err.println(model + ": error: cannot be read (" + e.getMessage() + ")");
                unreadable++;
                continue;
            }
            int comment = text.indexOf("<!--");
            if (comment >= 0) {
                int line = (int) text.substring(0, comment).chars().filter(c -> c == '\n').count() + 1;
                err.println(model + ":" + line + ": error: left as it is: the canonical format has no place for XML comments"
                        + " (move the comment into a description or provenance)");
                unreadable++;
                continue;
            }
            // each model on its own: its references to other files stay as they are written
            LoadedModel loaded = new ModelLoader(java.util.Locale.ENGLISH).load(model);
            List<ModelProblem> errors = loaded.problems().stream().filter(p -> p.severity() == Severity.ERROR).toList();
            if (!loaded.isUsable() || !errors.isEmpty()) {
                for (ModelProblem problem : errors.isEmpty() ? loaded.problems() : errors) {
                    err.println(problem.format(java.util.Locale.ENGLISH));
                }
                err.println(model + ": error: left as it is: it cannot be read entirely");
                unreadable++;
                continue;
            }
            String canonical = loaded.canonicalText();
            if (canonical.equals(text)) {
                continue;
            }
            changed++;
            if (check) {
                out.println(model + ": not in the canonical format (chaxu format " + model + " writes it)");
            } else {
                write(model, canonical);
                out.println("formatted " + model);
            }
        }
        if (unreadable > 0) {
            return Main.BAD_INPUT;
        }
        return check && changed > 0 ? Main.FINDINGS : Main.OK;
    }

    /** Writes beside the file and renames over it (as a report is written): the old file or the new one, never half of each. */
    private static void write(Path model, String text) throws IOException {
        new ReportFile(model).write(out -> out.write(text), true);
    }
}
