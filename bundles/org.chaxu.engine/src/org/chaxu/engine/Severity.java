// SPDX-License-Identifier: EPL-2.0
package org.chaxu.engine;

import java.util.Locale;

/** How serious a finding is; the order is from most to least serious. */
public enum Severity {
    ERROR, WARNING, INFO;

    /** True when this severity is at least as serious as {@code threshold}. */
    public boolean isAtLeast(Severity threshold) {
        return ordinal() <= threshold.ordinal();
    }

    /** Parses ERROR/WARNING/INFO in any case; throws IllegalArgumentException naming the bad value. */
    public static Severity parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("unknown severity '" + text + "' (expected ERROR, WARNING or INFO)");
        }
    }
}
