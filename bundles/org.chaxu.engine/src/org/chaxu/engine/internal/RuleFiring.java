// SPDX-License-Identifier: EPL-2.0
package org.chaxu.engine.internal;

import java.util.HashMap;
import java.util.Map;

import org.chaxu.engine.Budget;
import org.chaxu.engine.Labels;
import org.chaxu.engine.RuleCatalog;
import org.chaxu.engine.RuleFailure;
import org.eclipse.emf.ecore.EObject;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;

/**
 * Fires a session's rules within the check's budget ({@link Budget}: firings and seconds, scaled to
 * the facts). A rule that keeps firing or a check that takes too long is stopped and reported as a
 * {@link RuleFailure} naming the rule that fired most; a condition or consequence that throws,
 * recurses without end or fills the memory is reported naming its rule and DRL file; and a check
 * that does not come back says which rule runs ({@link #stuckIn()}).
 */
public final class RuleFiring {

    private final FactSync facts;
    private final RuleCatalog catalog;

    /** Fires the session of {@code facts}, whose rules are {@code catalog}'s. */
    public RuleFiring(FactSync facts, RuleCatalog catalog) {
        this.facts = facts;
        this.catalog = catalog;
    }

    /** One daemon thread for every session's time budget: it halts a check that runs too long. */
    private static final java.util.concurrent.ScheduledExecutorService TIMEOUTS = java.util.concurrent.Executors
            .newSingleThreadScheduledExecutor(task -> {
                Thread thread = new Thread(task, "chaxu-check-timeout");
                thread.setDaemon(true);
                return thread;
            });

    /**
     * Fires the rules within the budget. A rule that keeps firing (a consequence that updates
     * its own facts, say) or a check that takes too long is stopped and reported as a
     * {@link RuleFailure} naming the rule that fired most; a condition or consequence that throws
     * is reported naming its rule and DRL file.
     */
    public void fire() {
        KieSession session = facts.session();
        Budget budget = Budget.current().forFacts(facts.size());
        Map<String, long[]> firings = new HashMap<>();
        // the rule whose consequence runs now (null between firings, while conditions are matched)
        java.util.concurrent.atomic.AtomicReference<String> firing = this.firing;
        AgendaEventListener counter = new DefaultAgendaEventListener() {
            @Override
            public void beforeMatchFired(org.kie.api.event.rule.BeforeMatchFiredEvent event) {
                firing.set(event.getMatch().getRule().getName());
            }

            @Override
            public void afterMatchFired(AfterMatchFiredEvent event) {
                firing.set(null);
                firings.computeIfAbsent(event.getMatch().getRule().getName(), r -> new long[1])[0]++;
            }
        };
        java.util.concurrent.atomic.AtomicBoolean timedOut = new java.util.concurrent.atomic.AtomicBoolean();
        java.util.concurrent.atomic.AtomicBoolean done = new java.util.concurrent.atomic.AtomicBoolean();
        java.util.concurrent.ScheduledFuture<?> timer = TIMEOUTS.schedule(() -> {
            timedOut.set(true);
            session.halt();
        }, budget.maxSeconds(), java.util.concurrent.TimeUnit.SECONDS);
        java.util.function.Consumer<String> onStuck = Budget.stuckHandler();
        java.util.concurrent.ScheduledFuture<?> watchdog = onStuck == null ? null : TIMEOUTS.schedule(() -> {
            if (!done.get()) {
                // halted, and still not back: a condition or consequence that never returns
                onStuck.accept("the check took longer than " + budget.maxSeconds() + " s and did not stop: " + stuckIn()
                        + " (--timeout changes the limit)");
            }
        }, budget.maxSeconds() + Budget.GRACE_SECONDS, java.util.concurrent.TimeUnit.SECONDS);
        session.addEventListener(counter);
        int fired;
        try {
            fired = session.fireAllRules((int) Math.min(Integer.MAX_VALUE, budget.maxFirings()));
        } catch (RuntimeException e) {
            throw failure(e);
        } catch (OutOfMemoryError e) {
            // a rule author's consequence that fills the memory is the rule's fault; the shipped rules
            // running out of memory on a large model is the machine's limit (an internal error, -Xmx)
            String rule = firing.get();
            String file = rule == null ? null : fileOf(rule);
            if (file == null || file.startsWith("rules/")) {
                throw e;
            }
            throw new RuleFailure(rule, file, "rule \"" + rule + "\" (" + file + ") ran out of memory while its consequence ran", null);
        } catch (StackOverflowError e) {
            // a rule that recurses without end (in a function it calls, say): the rule's fault, not the model's
            String rule = firing.get();
            String file = rule == null ? null : fileOf(rule);
            throw new RuleFailure(rule, file, (rule == null ? "a rule's condition" : "rule \"" + rule + "\""
                    + (file == null ? "" : " (" + file + ")")) + " recursed until the stack ran out", null);
        } finally {
            done.set(true);
            timer.cancel(false);
            if (watchdog != null) {
                watchdog.cancel(false);
            }
            session.removeEventListener(counter);
        }
        if (timedOut.get() || fired >= budget.maxFirings()) {
            String busiest = firings.entrySet().stream().max(Map.Entry.comparingByValue((a, b) -> Long.compare(a[0], b[0])))
                    .map(Map.Entry::getKey).orElse(null);
            String file = busiest == null ? null : fileOf(busiest);
            String why = timedOut.get() ? "the check took longer than " + budget.maxSeconds() + " s"
                    : "the rules fired " + fired + " times (the limit is " + budget.maxFirings() + ")";
            throw new RuleFailure(busiest, file, why + (busiest == null ? "" : "; rule \"" + busiest + "\"" + (file == null ? "" : " (" + file + ")")
                    + " fired most (" + firings.get(busiest)[0] + " times): it probably keeps changing the facts it matches")
                    + "; stopped (--max-firings / --timeout change the limits)", null);
        }
    }

    /** The rule whose consequence runs now, or null (between firings, or while conditions are matched). */
    private final java.util.concurrent.atomic.AtomicReference<String> firing = new java.util.concurrent.atomic.AtomicReference<>();

    /**
     * What a check that does not come back is doing, for a caller that gave up waiting for it (the
     * IDE's builder): the rule whose consequence runs, with its DRL file, or that a condition runs.
     */
    public String stuckIn() {
        String rule = firing.get();
        String file = rule == null ? null : fileOf(rule);
        return rule == null ? "a rule's condition never returned (no consequence was running)"
                : "rule \"" + rule + "\"" + (file == null ? "" : " (" + file + ")") + " was running and never returned";
    }

    private String fileOf(String ruleName) {
        return catalog.fileOf(ruleName);
    }

    /** A Drools failure as a RuleFailure naming the rule, its DRL file and the element it was matching. */
    private RuleFailure failure(RuntimeException e) {
        String rule = null;
        String element = null;
        if (e instanceof ConsequenceException consequence && consequence.getMatch() != null) {
            rule = consequence.getMatch().getRule().getName();
            element = consequence.getMatch().getObjects().stream().filter(o -> o instanceof EObject).findFirst()
                    .map(o -> Labels.path((EObject) o)).orElse(null);
        } else {
            java.util.regex.Matcher named = java.util.regex.Pattern.compile("[Rr]ule \"?'?([^\"'\\]]+)").matcher(String.valueOf(e.getMessage()));
            if (named.find()) {
                rule = named.group(1).trim();
            }
        }
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String file = rule == null ? null : fileOf(rule);
        String what = rule == null ? "a rule" : "rule \"" + rule + "\"" + (file == null ? "" : " (" + file + ")");
        if (cause instanceof StackOverflowError) {
            return new RuleFailure(rule, file, what + " recursed until the stack ran out" + (element == null ? "" : " on " + element), e);
        }
        return new RuleFailure(rule, file, what + " failed" + (element == null ? "" : " on " + element) + ": "
                + cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage()), e);
    }

}
