// SPDX-License-Identifier: EPL-2.0
package org.chaxu.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

import org.chaxu.cli.Main;

/**
 * Runs one command line in this JVM through {@link Main#run} on a worker thread, with a wall-clock
 * limit, and judges what a CI owner would see: the exit code, standard output and error (what the
 * checker printed, and anything a library printed to {@code System.out}/{@code System.err} meanwhile).
 */
final class CaseRunner implements AutoCloseable {

    /** What one run did, and what is wrong with it (empty: nothing). */
    record Outcome(int exit, String out, String err, long millis, List<String> failures, List<String> unlocated) {
        boolean failed() {
            return !failures.isEmpty();
        }
    }

    static final int HANG = -1;
    static final int CRASH = -2;

    /** Printed only by a stack trace, never by a message meant for a reader. */
    private static final List<String> STACK_TRACE = List.of("\tat ", "Exception in thread", "Caused by:", "\t... ");
    /** Internal names a message for a drafter must not contain. */
    private static final List<String> INTERNAL_NAMES = List.of("org.eclipse.", "org.chaxu.", "Impl@", "java.lang.", "java.io.",
            "java.util.", "javax.xml.", "com.sun.", "jdk.internal.", "org.drools.", "org.kie.", "org.xml.sax.", "picocli.",
            "Exception:", "NullPointer", "IndexOutOfBounds", "ClassCast");

    private final long limitMillis;
    private ExecutorService worker = newWorker();
    private final PrintStream systemOut = System.out;
    private final PrintStream systemErr = System.err;
    private final ByteArrayOutputStream stray = new ByteArrayOutputStream();

    CaseRunner(long limitMillis) {
        this.limitMillis = limitMillis;
        // what anything in the checker prints around the CLI's own writers is part of what a user sees
        PrintStream capture = new PrintStream(new OutputStream() {
            @Override
            public void write(int b) {
                synchronized (stray) {
                    stray.write(b);
                }
            }

            @Override
            public void write(byte[] b, int off, int len) {
                synchronized (stray) {
                    stray.write(b, off, len);
                }
            }
        }, true, StandardCharsets.UTF_8);
        System.setOut(capture);
        System.setErr(capture);
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "chaxu-fuzz-case");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Runs the command; {@code file}: the model the case is about, which every exit 2 must name
     * with a line (or as a whole file).
     */
    Outcome run(String[] args, String file) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        synchronized (stray) {
            stray.reset();
        }
        long start = System.nanoTime();
        Future<Integer> future = worker.submit(() -> {
            PrintWriter o = new PrintWriter(out);
            PrintWriter e = new PrintWriter(err);
            try {
                return Main.run(args, o, e);
            } finally {
                o.flush();
                e.flush();
            }
        });
        int exit;
        String crash = null;
        try {
            exit = future.get(limitMillis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            worker.shutdownNow();
            worker = newWorker(); // the stuck thread is left behind (a daemon); the next case gets a fresh one
            exit = HANG;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            exit = CRASH;
            StringWriter trace = new StringWriter();
            e.getCause().printStackTrace(new PrintWriter(trace));
            crash = trace.toString();
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        String strayText;
        synchronized (stray) {
            strayText = stray.toString(StandardCharsets.UTF_8);
        }
        String errText = err + strayText + (crash == null ? "" : "\n--- thrown out of Main.run:\n" + crash);
        return judge(exit, out.toString(), errText, millis, file);
    }

    /** The failures of a run: every way it breaks the promises of the README's exit-code table. */
    static Outcome judge(int exit, String out, String err, long millis, String file) {
        List<String> failures = new ArrayList<>();
        if (exit == HANG) {
            failures.add("hang");
        } else if (exit == CRASH) {
            failures.add("crash");
        } else if (exit < 0 || exit > 2) {
            failures.add("exit " + exit);
        }
        // the folders of the run are no message, though they may well be called org.chaxu.something
        String both = out + "\n" + err;
        String folder = file.contains("/") ? file.substring(0, file.lastIndexOf('/')) : file;
        for (String path : List.of(folder, System.getProperty("user.dir"))) {
            both = both.replace(java.nio.file.Path.of(path).toUri().toString(), "FOLDER/").replace(path, "FOLDER");
        }
        if (STACK_TRACE.stream().anyMatch(both::contains)) {
            failures.add("stack trace");
        }
        for (String name : INTERNAL_NAMES) {
            if (both.contains(name)) {
                failures.add("internal name");
                break;
            }
        }
        List<String> unlocated = new ArrayList<>();
        if (exit == 2) {
            // each problem of the case's file names it, with a line unless the whole file is meant
            Pattern located = Pattern.compile(Pattern.quote(file) + ":\\d+(:\\d+)?: ");
            String prefix = file + ": ";
            boolean named = false;
            for (String line : err.split("\n")) {
                if (located.matcher(line).lookingAt()) {
                    named = true;
                } else if (line.startsWith(prefix)) {
                    named = true;
                    unlocated.add(line.substring(prefix.length()));
                }
            }
            if (!named) {
                failures.add("exit 2 without file:line");
            }
        }
        return new Outcome(exit, out, err, millis, List.copyOf(failures), List.copyOf(unlocated));
    }

    @Override
    public void close() {
        worker.shutdownNow();
        System.setOut(systemOut);
        System.setErr(systemErr);
    }

    PrintStream console() {
        return systemOut;
    }
}
