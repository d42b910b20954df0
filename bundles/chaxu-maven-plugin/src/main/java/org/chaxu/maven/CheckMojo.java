// SPDX-License-Identifier: EPL-2.0
package org.chaxu.maven;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.chaxu.cli.Main;

/**
 * {@code chaxu:check}: checks the project's {@code .chaxu} models against the shipped rules and
 * any extra rule folders, writes the reports, and fails the build on findings at or above
 * {@link #failOn}. It runs {@code chaxu check} in-process with the CLI's own classes, so the
 * options, the findings, the report formats and the exit semantics are those of the command line
 * (exit 1: findings → build failure; exit 2: a model or rule that cannot be used → build failure;
 * exit 3: a bug in Chaxu → build error).
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends AbstractMojo {

    /**
     * Model files or folders (every {@code .chaxu} below a folder, build output and hidden folders
     * skipped); default: the project's folder.
     */
    @Parameter(property = "chaxu.models")
    private List<File> models;

    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    private File basedir;

    /** Extra DRL files or folders of rules, applied with the shipped catalogue ({@code --rules}). */
    @Parameter(property = "chaxu.rules")
    private List<File> rules = new ArrayList<>();

    /**
     * The project's Chaxu settings file, passed to the checker as {@code --settings} when set; unset,
     * the checker looks for the project's settings itself.
     */
    @Parameter(property = "chaxu.settings")
    private File settings;

    /**
     * Report formats: {@code text} (to the build log and {@code chaxu.txt}), {@code json}
     * ({@code chaxu.json}), {@code junit} ({@code TEST-chaxu.xml}, where CI servers look for test
     * reports), {@code sarif} ({@code chaxu.sarif}, for code scanning) and {@code github}
     * ({@code chaxu-github.txt}, workflow annotations). One check writes them all.
     */
    @Parameter(property = "chaxu.formats", defaultValue = "text")
    private List<String> formats;

    /** Where the report files go. */
    @Parameter(property = "chaxu.outputDirectory", defaultValue = "${project.build.directory}/chaxu")
    private File outputDirectory;

    /** The least severe finding that fails the build: error, warning, info or never. */
    @Parameter(property = "chaxu.failOn", defaultValue = "error")
    private String failOn;

    /** Message language: en or zh (default: the build's locale). */
    @Parameter(property = "chaxu.lang")
    private String lang;

    /** Models may refer only to {@code .chaxu} files below this folder. */
    @Parameter(property = "chaxu.root", defaultValue = "${project.basedir}")
    private File root;

    /**
     * Whose DRL files run besides {@code rules}: {@code project} (the settings' rule folders) or
     * {@code shipped} (none of the project's: for changes from strangers).
     */
    @Parameter(property = "chaxu.rulesFrom", defaultValue = "project")
    private String rulesFrom;

    /** Skips the check. */
    @Parameter(property = "chaxu.skip", defaultValue = "false")
    private boolean skip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Chaxu check skipped");
            return;
        }
        // Drools logs its compiler's notes through SLF4J, which in Maven is the build log; the checker
        // reports what matters itself (as the CLI does, which logs nowhere)
        for (String logger : List.of("org.drools", "org.kie")) {
            String key = "org.slf4j.simpleLogger.log." + logger;
            if (System.getProperty(key) == null) {
                System.setProperty(key, "error");
            }
        }
        if (models == null || models.isEmpty()) {
            models = List.of(basedir);
        }
        if (formats == null || formats.isEmpty()) {
            formats = List.of("text");
        }
        try {
            Files.createDirectories(outputDirectory.toPath());
        } catch (IOException e) {
            throw new MojoExecutionException("cannot create " + outputDirectory + ": " + e.getMessage(), e);
        }
        List<String> names = new ArrayList<>();
        for (String format : formats) {
            String name = format.trim().toLowerCase(Locale.ROOT);
            if (!name.isEmpty() && !names.contains(name)) {
                names.add(name);
            }
        }
        // one run writes every report (--format text:chaxu.txt,sarif:chaxu.sarif): the models are read and checked once
        int exit = run(arguments(names));
        if (exit <= Main.FINDINGS) {
            getLog().info("Chaxu: one check wrote " + names.size() + (names.size() == 1 ? " report" : " reports")
                    + " to " + outputDirectory);
            for (String name : names) {
                File report = new File(outputDirectory, fileName(name));
                if (name.equals("text")) {
                    logReport(report);
                } else {
                    getLog().info("Chaxu " + name + " report: " + report);
                }
            }
        }
        switch (exit) {
        case Main.OK -> getLog().info("Chaxu: no finding at or above '" + failOn + "'");
        case Main.FINDINGS -> throw new MojoFailureException("Chaxu found findings at or above '" + failOn
                + "' (see the log and the reports in " + outputDirectory + ")");
        case Main.BAD_INPUT -> throw new MojoFailureException(
                "Chaxu could not check every model: a model or a rule could not be used (see the log)");
        default -> throw new MojoExecutionException("Chaxu failed with an internal error (see the log)");
        }
    }

    static String fileName(String format) {
        return switch (format) {
        case "text" -> "chaxu.txt";
        case "json" -> "chaxu.json";
        case "junit" -> "TEST-chaxu.xml";
        case "sarif" -> "chaxu.sarif";
        case "github" -> "chaxu-github.txt";
        default -> "chaxu." + format; // the checker rejects the format with the list of valid ones
        };
    }

    /** The {@code chaxu check} command line that writes a report of each format into the output directory. */
    List<String> arguments(List<String> formats) {
        List<String> args = new ArrayList<>();
        args.add("check");
        for (String format : formats) {
            args.add("--format=" + format + ":" + new File(outputDirectory, fileName(format)).getPath());
        }
        args.add("--fail-on=" + failOn);
        args.add("--color=never");
        args.add("--root=" + root.getPath());
        args.add("--rules-from=" + (rulesFrom == null || rulesFrom.isBlank() ? "project" : rulesFrom));
        if (lang != null && !lang.isBlank()) {
            args.add("--lang=" + lang);
        }
        if (settings != null) {
            args.add("--settings=" + settings.getPath());
        }
        for (File folder : rules) {
            args.add("--rules=" + folder.getPath());
        }
        for (File model : models) {
            args.add(model.getPath());
        }
        return args;
    }

    private int run(List<String> args) {
        getLog().debug("chaxu " + String.join(" ", args));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(args.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
        err.toString().lines().forEach(line -> {
            if (exit > Main.FINDINGS) {
                getLog().error(line);
            } else {
                getLog().warn(line);
            }
        });
        return exit;
    }

    private void logReport(File report) throws MojoExecutionException {
        try {
            for (String line : Files.readAllLines(report.toPath())) {
                if (line.contains(": error[")) {
                    getLog().error(line);
                } else if (line.contains(": warning[")) {
                    getLog().warn(line);
                } else {
                    getLog().info(line);
                }
            }
        } catch (IOException e) {
            throw new MojoExecutionException("cannot read the report " + report + ": " + e.getMessage(), e);
        }
    }
}
