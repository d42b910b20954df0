// SPDX-License-Identifier: EPL-2.0
package org.chaxu.engine;

/**
 * How much a check may cost before it is stopped as a runaway: rule firings and seconds per
 * {@code findings()} call. The defaults are far above what an honest national-scale model
 * needs (it fires a few firings per element) and can be set with the system properties
 * {@code chaxu.maxFirings} and {@code chaxu.maxSeconds} (the CLI's {@code --max-firings} and
 * {@code --timeout}). The default number of firings grows with the model:
 * {@value #FIRINGS_PER_FACT} per fact when that is more (a national model of a million elements
 * fires about five per element); a number set explicitly is kept as it is.
 */
public record Budget(long maxFirings, long maxSeconds) {

    public static final long DEFAULT_FIRINGS = 5_000_000;
    public static final long DEFAULT_SECONDS = 300;
    public static final long FIRINGS_PER_FACT = 20;

    /** Seconds a check may go on past its time budget before it is taken as stuck inside a rule. */
    public static final long GRACE_SECONDS = 3;

    private static volatile java.util.function.Consumer<String> onStuck;

    /**
     * What happens to a check still running {@value #GRACE_SECONDS} s after its time budget, halted
     * in vain — a condition or consequence that spins and never returns to Drools: the command line
     * says which rule and ends the process (nothing else can stop a thread that never yields); by
     * default (null) nothing, as in the IDE, where the build is cancelled.
     */
    public static void onStuck(java.util.function.Consumer<String> handler) {
        onStuck = handler;
    }

    public static java.util.function.Consumer<String> stuckHandler() {
        return onStuck;
    }

    /** The budget the system properties give, else the defaults. */
    public static Budget current() {
        return new Budget(Long.getLong("chaxu.maxFirings", DEFAULT_FIRINGS), Long.getLong("chaxu.maxSeconds", DEFAULT_SECONDS));
    }

    /** This budget for a session of {@code facts} facts: the default number of firings raised to {@value #FIRINGS_PER_FACT} per fact. */
    public Budget forFacts(long facts) {
        return maxFirings == DEFAULT_FIRINGS ? new Budget(Math.max(maxFirings, FIRINGS_PER_FACT * facts), maxSeconds) : this;
    }
}
