// SPDX-License-Identifier: EPL-2.0
package org.chaxu.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.resource.Resource;

/**
 * A project kept checked: its models loaded once, one incremental {@link CheckSession} over all
 * of them, and each saved file applied as the edits it makes ({@link ModelMerge}) — so that saving
 * a province's file updates the findings of every city file in the time the change needs, as the
 * IDE's builder does. A change it cannot apply as edits (a file added, removed or no longer
 * loadable, other settings or rules) asks for a new project session: {@link #update} says so.
 */
public final class ProjectSession implements AutoCloseable {

    private final ModelLoader loader;
    /** The project's models that load, by path, in path order. */
    private final Map<Path, LoadedModel> models = new LinkedHashMap<>();
    private final CheckSession session;

    /**
     * A session over {@code models} (loaded by {@code loader}, usable, in path order; registries
     * kept among them are reference data and not given here).
     */
    public ProjectSession(RuleCatalog catalog, CheckOptions options, ModelLoader loader, Map<Path, LoadedModel> models) {
        if (models.isEmpty()) {
            throw new IllegalArgumentException("a project session needs a model");
        }
        this.loader = loader;
        this.models.putAll(models);
        List<LoadedModel> all = new ArrayList<>(models.values());
        List<Resource> context = new ArrayList<>();
        all.subList(1, all.size()).forEach(m -> context.add(m.resource()));
        this.session = new CheckSession(catalog, all.get(0).resource(), options, false, context);
        session.listenToProject();
    }

    /** The models, by path, in path order (each as its file now reads, after updates). */
    public Map<Path, LoadedModel> models() {
        return java.util.Collections.unmodifiableMap(models);
    }

    /** The findings of one model of the project, after every update so far. */
    public List<Finding> findingsIn(Path file) {
        LoadedModel model = models.get(file);
        if (model == null) {
            throw new IllegalArgumentException(file + " is not a model of this project session");
        }
        return models.size() == 1 ? session.findings() : session.findingsIn(model.resource());
    }

    /** The binding baseline of each standard, after every update so far. */
    public Map<org.chaxu.governance.Standard, org.chaxu.governance.Standard> baselines() {
        return session.baselines();
    }

    /** The session, for what it tells beside findings (where a runaway rule is stuck). */
    public CheckSession session() {
        return session;
    }

    /**
     * Applies the file's current content to its model as edits. Returns the model as updated, or
     * the newly read model when it does not load (then the caller checks the project anew: its
     * facts can no longer be kept), or null when the file is not a model of this session.
     */
    public LoadedModel update(Path file) {
        LoadedModel model = models.get(file);
        if (model == null) {
            return null;
        }
        LoadedModel fresh = loader.reread(file, model.resource().getURI());
        try {
            if (!fresh.isUsable() || fresh.hasErrors() || Registry.isCatalogue(fresh.resource())) {
                return fresh;
            }
            ModelMerge.merge(model.resource(), fresh.resource());
            LoadedModel updated = model.withFileOf(fresh);
            models.put(file, updated);
            return updated;
        } finally {
            if (fresh.resource() != null && fresh.resource().getResourceSet() != null) {
                fresh.resource().unload();
                fresh.resource().getResourceSet().getResources().remove(fresh.resource());
            }
        }
    }

    @Override
    public void close() {
        session.close();
        for (LoadedModel model : models.values()) {
            model.resource().unload();
        }
    }
}
