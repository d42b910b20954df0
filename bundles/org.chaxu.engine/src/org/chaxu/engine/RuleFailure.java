// SPDX-License-Identifier: EPL-2.0
package org.chaxu.engine;

/**
 * The rules, not the model, failed: a rule's condition or consequence threw, or a rule ran
 * away (more firings or more time than the check's budget). The message names the rule and
 * its DRL file, and what was being checked.
 */
public final class RuleFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String rule;
    private final String file;

    public RuleFailure(String rule, String file, String message, Throwable cause) {
        super(message, cause);
        this.rule = rule;
        this.file = file;
    }

    /** The DRL rule's name, or null when Drools did not say which rule failed. */
    public String rule() {
        return rule;
    }

    /** The DRL file of the rule, or null. */
    public String file() {
        return file;
    }
}
