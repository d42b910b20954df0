// SPDX-License-Identifier: EPL-2.0
package org.chaxu.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.chaxu.engine.CheckOptions;
import org.chaxu.engine.CheckSession;
import org.chaxu.engine.Finding;
import org.chaxu.engine.LoadedModel;
import org.chaxu.engine.ModelLoader;
import org.chaxu.engine.RuleCatalog;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * One implementation of the catalogue under benchmark: it loads a model file, then checks it
 * (again after every edit). Findings are compared as sorted lines "RULE-ID element-id".
 */
public abstract class Checker implements AutoCloseable {

    protected Resource resource;

    public abstract String name();

    /** Loads the model with Chaxu's loader (the same for every implementation). */
    public void load(Path file) {
        LoadedModel model = new ModelLoader().load(file);
        if (model.hasErrors()) {
            throw new IllegalStateException("the generated model does not load: " + model.problems());
        }
        resource = model.resource();
    }

    public Resource resource() {
        return resource;
    }

    /** Checks the model as it is now (the part that is timed); returns the findings in the implementation's own form. */
    public abstract List<?> run();

    /** The findings {@link #run} returned, as sorted "RULE-ID element-id" lines. */
    public abstract List<String> keys(List<?> findings);

    /** Checks the model as it is now; returns the findings as sorted "RULE-ID element-id" lines. */
    public List<String> check() {
        return keys(run());
    }

    @Override
    public void close() {
        resource = null;
    }

    /**
     * The rules that judge a standard against its one baseline: each reports a standard at most
     * once ({@code examples/RULES-SEMANTICS.md}), whatever the other rules do.
     */
    static final java.util.Set<String> ONE_BASELINE = java.util.Set.of("BASE-LOOSER", "BASE-SCHEDULE", "BASE-RAISED");

    /** The lines of {@code findings} (sorted "RULE-ID element-id" lines) that repeat a finding of a rule of {@link #ONE_BASELINE}. */
    static List<String> duplicates(List<String> findings) {
        List<String> repeated = new ArrayList<>();
        for (int i = 1; i < findings.size(); i++) {
            String line = findings.get(i);
            if (line.equals(findings.get(i - 1)) && ONE_BASELINE.contains(line.substring(0, line.indexOf(' ')))) {
                repeated.add(line);
            }
        }
        return repeated;
    }

    static String key(String ruleId, EObject element) {
        return ruleId + " " + LoadedModel.fragment(element);
    }

    static List<String> violations(List<?> violations) {
        List<String> lines = new ArrayList<>();
        for (Object o : violations) {
            HandWrittenValidator.Violation v = (HandWrittenValidator.Violation) o;
            lines.add(key(v.ruleId(), v.element()));
        }
        return sorted(lines);
    }

    static List<String> sorted(List<String> lines) {
        lines.sort(null);
        return lines;
    }

    /** (a) The Chaxu engine: one long-lived session; a re-check applies only the edits since the last one. */
    public static final class Engine extends Checker {
        private final RuleCatalog catalog;
        private CheckSession session;

        public Engine(RuleCatalog catalog) {
            this.catalog = catalog;
        }

        @Override
        public String name() {
            return "Chaxu engine (Drools)";
        }

        @Override
        public List<?> run() {
            if (session == null) {
                session = new CheckSession(catalog, resource, CheckOptions.DEFAULT);
            }
            return session.findings();
        }

        @Override
        public List<String> keys(List<?> findings) {
            List<String> lines = new ArrayList<>();
            for (Object o : findings) {
                Finding f = (Finding) o;
                lines.add(key(f.getRuleId(), f.getElement()));
            }
            return sorted(lines);
        }

        @Override
        public void close() {
            if (session != null) {
                session.close();
                session = null;
            }
            super.close();
        }
    }

    /** (b) The hand-written Java validator: a full check every time. */
    public static final class Java extends Checker {
        @Override
        public String name() {
            return "hand-written Java (EMF API)";
        }

        @Override
        public List<?> run() {
            return HandWrittenValidator.validate(resource);
        }

        @Override
        public List<String> keys(List<?> findings) {
            return violations(findings);
        }
    }

    /** (c) Epsilon EVL: a fresh module and a full check every time. */
    public static final class Evl extends Checker {
        @Override
        public String name() {
            return "Epsilon EVL 2.8.0";
        }

        @Override
        public List<?> run() {
            return EvlPeer.validate(resource);
        }

        @Override
        public List<String> keys(List<?> findings) {
            return violations(findings);
        }
    }
}
