// SPDX-License-Identifier: EPL-2.0
package org.chaxu.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code chaxu}: the headless checker. {@code chaxu check MODEL...} checks models against the
 * rule catalogue; {@code chaxu rules} lists the rules. Exit codes: 0 nothing at or above the
 * fail level, 1 findings at or above it, 2 bad usage, an unreadable model or rules that do
 * not compile or run away, 3 an internal error.
 */
@Command(name = "chaxu", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Checks regional governance models (.chaxu) against Chaxu's Drools rules.",
        subcommands = {
                CheckCommand.class,
                ReportCommand.class,
                RulesCommand.class,
                FormatCommand.class,
                TestCommand.class,
                AutoComplete.GenerateCompletion.class,
                CommandLine.HelpCommand.class },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = { "0:nothing at or above the fail level", "1:findings at or above the fail level",
                "2:bad usage, an unreadable model, or rules that do not compile or run away",
                "3:internal error (a bug in Chaxu, or out of memory)" })
public final class Main implements Runnable {

    public static final int OK = 0;
    public static final int FINDINGS = 1;
    public static final int BAD_INPUT = 2;
    /** Chaxu itself failed (a bug, or the machine ran out of memory): never read as "findings". */
    public static final int INTERNAL = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Written when the machine runs out of memory in any thread: prepared now, since then nothing can be allocated. */
    private static final byte[] OUT_OF_MEMORY = "chaxu: internal error: out of memory (CHAXU_JAVA_OPTS=-Xmx8g gives the checker 8 GB; chaxu sizes the heap at 80 times the models' size)\n"
            .getBytes(StandardCharsets.UTF_8);
    /** The process's error stream without buffers or encoders, opened now for the same reason. */
    private static final java.io.FileOutputStream RAW_ERR = new java.io.FileOutputStream(java.io.FileDescriptor.err);
    /** Set once the failure has been told, so a second thread failing the same way adds no second line. */
    private static final java.util.concurrent.atomic.AtomicBoolean TOLD = new java.util.concurrent.atomic.AtomicBoolean();

    public static void main(String[] args) {
        // An Error in any thread (Drools compiles in a pool) ends the run as an internal error, at once.
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> {
            if (error instanceof VirtualMachineError) {
                if (!TOLD.getAndSet(true)) {
                    writeOutOfMemory();
                }
                Runtime.getRuntime().halt(INTERNAL);
            }
        });
        // UTF-8 whatever the platform default: messages and element names are often Chinese.
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        // A rule that spins inside a condition or consequence ignores Drools' halt: past --timeout the
        // process says which rule and ends (only here, never when Chaxu runs inside another program).
        org.chaxu.engine.Budget.onStuck(message -> {
            out.flush();
            err.println("chaxu: error: " + message);
            err.flush();
            Runtime.getRuntime().halt(BAD_INPUT);
        });
        System.exit(run(args, out, err));
    }

    /** Runs the command line and returns the exit code (for tests and embedding). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new Main());
        // enum options take their values in any case; picocli offers the values for completion
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setParameterExceptionHandler((e, a) -> {
            CommandLine cmd = e.getCommandLine();
            cmd.getErr().println("chaxu: " + e.getMessage());
            cmd.getErr().println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
            return BAD_INPUT;
        });
        commandLine.setExecutionExceptionHandler((e, cmd, parseResult) -> {
            if (e instanceof IllegalArgumentException || e instanceof java.io.IOException) {
                // what the user gave cannot be used: a missing --rules folder, an unreadable file
                cmd.getErr().println("chaxu: error: " + describe(e));
                return BAD_INPUT;
            }
            cmd.getErr().println("chaxu: internal error: " + describe(e));
            return INTERNAL;
        });
        try {
            return commandLine.execute(args);
        } catch (StackOverflowError | OutOfMemoryError e) {
            sayInternal(err, "chaxu: internal error: ", e);
            return INTERNAL;
        }
    }

    /**
     * Prints a failure of the machine in one line. When memory is so short that even that line
     * cannot be made, the line prepared at start is written straight to the process's error stream.
     */
    static void sayInternal(PrintWriter err, String prefix, Throwable failure) {
        TOLD.set(true);
        try {
            err.println(prefix + describe(failure));
            err.flush();
        } catch (OutOfMemoryError again) {
            writeOutOfMemory();
        }
    }

    private static void writeOutOfMemory() {
        try {
            RAW_ERR.write(OUT_OF_MEMORY);
        } catch (Throwable ignored) {
            // nothing more can be said
        }
    }

    /** One line for a failure: its kind in words and its message, never a stack trace. */
    static String describe(Throwable failure) {
        // a library may wrap the machine's failure (Drools compiles in a pool and rethrows it as its own)
        for (Throwable cause = failure.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof VirtualMachineError) {
                failure = cause;
                break;
            }
        }
        if (failure instanceof StackOverflowError) {
            return "the model is nested too deeply for this machine's stack";
        }
        if (failure instanceof OutOfMemoryError) {
            return "out of memory (CHAXU_JAVA_OPTS=-Xmx8g gives the checker 8 GB; chaxu sizes the heap at 80 times the models' size)";
        }
        String message = failure.getMessage();
        return message == null || message.isBlank() ? failure.getClass().getSimpleName() : message;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: check, report, rules or generate-completion");
    }

    /** The version of this build: the jar manifest's {@code Implementation-Version}, written by the build. */
    static String version() {
        String version = Main.class.getPackage().getImplementationVersion();
        return version == null || version.isBlank() ? null : version;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = version();
            return new String[] { "chaxu " + (version != null ? version : "(development build: no version in the manifest)") };
        }
    }
}
