package org.chaxu.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code chaxu}: the headless checker. {@code chaxu check MODEL...} checks models against the
 * rule catalogue; {@code chaxu rules} lists the rules. Exit codes: 0 nothing at or above the
 * fail level, 1 findings at or above it, 2 bad usage, an unreadable model or rules that do
 * not compile.
 */
@Command(name = "chaxu", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Checks regional governance models (.chaxu) against Chaxu's Drools rules.",
        subcommands = { CheckCommand.class, ReportCommand.class, RulesCommand.class, CommandLine.HelpCommand.class },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = { "0:nothing at or above the fail level", "1:findings at or above the fail level",
                "2:bad usage, an unreadable model, or rules that do not compile" })
public final class Main implements Runnable {

    public static final int OK = 0;
    public static final int FINDINGS = 1;
    public static final int BAD_INPUT = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        // UTF-8 whatever the platform default: messages and element names are often Chinese.
        System.exit(run(args, new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
                new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true)));
    }

    /** Runs the command line and returns the exit code (for tests and embedding). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setParameterExceptionHandler((e, a) -> {
            CommandLine cmd = e.getCommandLine();
            cmd.getErr().println("chaxu: " + e.getMessage());
            cmd.getErr().println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
            return BAD_INPUT;
        });
        commandLine.setExecutionExceptionHandler((e, cmd, parseResult) -> {
            cmd.getErr().println("chaxu: error: " + (e.getMessage() != null ? e.getMessage() : e.toString()));
            return BAD_INPUT;
        });
        return commandLine.execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: check or rules");
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Main.class.getPackage().getImplementationVersion();
            return new String[] { "chaxu " + (version != null ? version : "1.0.0") };
        }
    }
}
