package org.chaxu.engine;

/**
 * How much a check may cost before it is stopped as a runaway: rule firings and seconds per
 * {@code findings()} call. The defaults are far above what an honest national-scale model
 * needs (it fires a few firings per element) and can be set with the system properties
 * {@code chaxu.maxFirings} and {@code chaxu.maxSeconds} (the CLI's {@code --max-firings} and
 * {@code --timeout}).
 */
public record Budget(long maxFirings, long maxSeconds) {

    public static final long DEFAULT_FIRINGS = 5_000_000;
    public static final long DEFAULT_SECONDS = 300;

    /** The budget the system properties give, else the defaults. */
    public static Budget current() {
        return new Budget(Long.getLong("chaxu.maxFirings", DEFAULT_FIRINGS), Long.getLong("chaxu.maxSeconds", DEFAULT_SECONDS));
    }
}
