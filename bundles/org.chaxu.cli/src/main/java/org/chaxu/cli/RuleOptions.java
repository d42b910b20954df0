// SPDX-License-Identifier: EPL-2.0
package org.chaxu.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.chaxu.engine.ProjectSettings;
import org.chaxu.engine.RuleCatalog;
import org.chaxu.engine.RuleProblem;
import org.chaxu.engine.RuleSource;

import picocli.CommandLine.Option;

/** Options shared by the commands that compile rules: extra DRL files or folders, and the language. */
final class RuleOptions {

    @Option(names = "--rules", paramLabel = "DIR|FILE",
            description = "Extra DRL file or folder of *.drl files, applied with the shipped catalogue (repeatable). "
                    + "messages.properties / messages_zh.properties in a folder add message templates.")
    List<Path> rules = new ArrayList<>();

    /** Whose DRL files run: the project's (its settings' rule folders, or its rules/ folder) too, or the shipped ones only. */
    enum RulesFrom {
        project, shipped
    }

    @Option(names = "--rules-from", paramLabel = "WHOSE",
            description = "Whose rules run besides --rules: ${COMPLETION-CANDIDATES}. 'project' (default) compiles the project's rule "
                    + "folders (a DRL file runs as Java); 'shipped' runs no DRL file of the project, for models from strangers "
                    + "(pull requests from forks).")
    RulesFrom rulesFrom = RulesFrom.project;

    /** The message languages; their names are the values of {@code --lang}. */
    enum Language {
        en(Locale.ENGLISH), zh(Locale.CHINESE);

        final Locale locale;

        Language(Locale locale) {
            this.locale = locale;
        }
    }

    @Option(names = "--lang", paramLabel = "LANG",
            description = "Message language: ${COMPLETION-CANDIDATES} (default: the settings' language, else the locale's, else en).")
    Language lang;

    @Option(names = "--verbose", description = "With a rule file's error, also print the compiler's whole text (MVEL's analysis, "
            + "the generated Java's errors) under the one-line message.")
    boolean verbose;

    @Option(names = "--settings", paramLabel = "FILE", description = "The project's settings: rules on/off, severities, rule "
            + "folders, language, suppressions, baseline (default: .chaxu/settings.properties in the first model's folder or above).")
    Path settingsFile;

    private ProjectSettings settings;

    /**
     * The settings of a run on these models, read once: {@code --settings FILE}, else the first
     * {@code .chaxu/settings.properties} from the first model's folder upwards, else none.
     */
    ProjectSettings settings(List<Path> models) throws IOException {
        if (settings == null) {
            Path file = settingsFile;
            if (file != null && !Files.isRegularFile(file)) {
                throw new IllegalArgumentException("--settings " + file + ": no such file");
            }
            if (file == null) {
                file = ProjectSettings.find(models.isEmpty() ? Path.of("") : models.get(0));
                // one run, one project: a model below another settings file would silently differ from the IDE
                for (Path model : models) {
                    Path own = ProjectSettings.find(model);
                    if (!java.util.Objects.equals(own, file)) {
                        throw new IllegalArgumentException(model + " belongs to " + (own == null ? "no settings file" : own)
                                + ", " + models.get(0) + " to " + (file == null ? "none" : file)
                                + ": check each project on its own, or name one file with --settings");
                    }
                }
            }
            // its problems in --lang, else in the language the file itself sets
            settings = file == null ? ProjectSettings.none(Path.of("")) : ProjectSettings.read(file, lang == null ? null : lang.locale);
        }
        return settings;
    }

    /** The message language: {@code --lang}, else the settings' (once read), else the platform's. */
    Locale locale() {
        if (lang != null) {
            return lang.locale;
        }
        if (settings != null && settings.locale(null) != null) {
            return settings.locale(null);
        }
        return "zh".equals(Locale.getDefault().getLanguage()) ? Locale.CHINESE : Locale.ENGLISH;
    }

    /**
     * The shipped catalogue alone, compiled once per process: it depends only on the jar, and its
     * KieBase is shared by every session. This matters when {@link Main#run} is called many times in
     * one process (the tests, the fuzzer, a build tool embedding the checker); {@code chaxu} itself
     * compiles once per run anyway.
     */
    private static volatile RuleCatalog shipped;

    private static synchronized RuleCatalog shippedOnce() {
        if (shipped == null) {
            RuleCatalog catalog = RuleCatalog.shipped();
            if (!catalog.problems().isEmpty()) {
                return catalog; // reported below, never cached
            }
            shipped = catalog;
        }
        return shipped;
    }

    /**
     * The compiled catalogue: the shipped rules, the settings' rule folders and {@code --rules};
     * prints each DRL error and warning as file:line:column and returns null when any file failed.
     */
    RuleCatalog compile(PrintWriter err) throws IOException {
        return compile(settings != null ? settings : settings(List.of()), rules, rulesFrom == RulesFrom.project, err, locale(), verbose);
    }

    /** One problem of a rule file on one line; with {@code verbose}, the compiler's own text indented below it. */
    private static void print(RuleProblem problem, PrintWriter err, Locale locale, boolean verbose) {
        err.println(problem.format(locale));
        if (verbose && problem.detail() != null) {
            problem.detail().lines().forEach(line -> err.println("    " + line));
        }
    }

    /** As {@link #compile(PrintWriter)}, with the rule files' problems in {@code locale}. */
    static RuleCatalog compile(ProjectSettings settings, List<Path> rules, PrintWriter err, Locale locale, boolean verbose)
            throws IOException {
        return compile(settings, rules, true, err, locale, verbose);
    }

    /** As {@link #compile(ProjectSettings, List, PrintWriter, Locale)}; {@code projectRules} false: none of the settings' rule folders. */
    static RuleCatalog compile(ProjectSettings settings, List<Path> rules, boolean projectRules, PrintWriter err, Locale locale,
            boolean verbose) throws IOException {
        List<Path> folders = projectRules ? settings.ruleFolders() : List.of();
        RuleCatalog catalog = rules.isEmpty() && folders.isEmpty() ? shippedOnce()
                : settings.compile(RuleSource.shipped(), RuleCatalog.shippedMessages(), rules, projectRules);
        for (RuleProblem problem : catalog.problems()) {
            print(problem, err, locale, verbose);
        }
        for (RuleProblem warning : catalog.warnings()) {
            print(warning, err, locale, verbose);
        }
        return catalog.problems().isEmpty() ? catalog : null;
    }
}
