// SPDX-License-Identifier: EPL-2.0
package org.chaxu.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Golden tests of rules, as {@code opa test} does for policies: every {@code .chaxu} model below
 * the test folders is checked and its findings compared with its {@code .expected} file. The
 * result says per case what is missing and what is extra, and across the cases which rules fired
 * and which never did. {@code chaxu test}, the JUnit helper and the shipped catalogue's own tests
 * run through here.
 */
public final class RuleTests {

    /**
     * One model and its golden file. {@code problem} is set when the case could not be run (no
     * {@code .expected} file, a model or golden file that cannot be read, a rule that failed);
     * otherwise {@code difference} says whether it passed.
     */
    public record Case(Path model, List<String> actual, Expected.Difference difference, String problem) {
        public boolean passed() {
            return problem == null && difference.isEmpty();
        }
    }

    /**
     * Every case, and the coverage of the rules under test: for each rule id, the number of cases
     * in which it fired (0: never).
     */
    public record Result(List<Case> cases, TreeMap<String, Integer> coverage) {
        public boolean passed() {
            return cases.stream().allMatch(Case::passed);
        }

        public long failures() {
            return cases.stream().filter(c -> !c.passed()).count();
        }

        public List<String> fired() {
            return coverage.entrySet().stream().filter(e -> e.getValue() > 0).map(java.util.Map.Entry::getKey).toList();
        }

        public List<String> neverFired() {
            return coverage.entrySet().stream().filter(e -> e.getValue() == 0).map(java.util.Map.Entry::getKey).toList();
        }

        /** The share of the rules under test that fired in some case, in percent (100 when there are none). */
        public double coveragePercent() {
            return coverage.isEmpty() ? 100.0 : 100.0 * fired().size() / coverage.size();
        }
    }

    private RuleTests() {
    }

    /** The models below the folders (or the model files named), in path order. */
    public static List<Path> models(List<Path> paths) throws IOException {
        Set<Path> models = new TreeSet<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> files = Files.walk(path)) {
                    files.filter(p -> p.getFileName().toString().endsWith(".chaxu") && Files.isRegularFile(p)).forEach(models::add);
                }
            } else if (Files.isRegularFile(path)) {
                models.add(path);
            } else {
                throw new IllegalArgumentException(Labels.format("test.noSuchPath", java.util.Locale.ENGLISH, path.toString()));
            }
        }
        return List.copyOf(models);
    }

    /**
     * Runs every model below {@code paths} against its golden file with {@code catalog}'s rules as
     * they declare themselves (no user settings). Coverage is counted over {@code underTest} (rule
     * ids), or over every rule of the catalogue when it is null.
     */
    public static Result run(RuleCatalog catalog, List<Path> paths, Set<String> underTest) throws IOException {
        return run(catalog, paths, underTest, java.util.Locale.ENGLISH);
    }

    /** As {@link #run(RuleCatalog, List, Set)}, with the problems of cases that could not run in {@code locale}'s language. */
    public static Result run(RuleCatalog catalog, List<Path> paths, Set<String> underTest, java.util.Locale locale) throws IOException {
        List<Case> cases = new ArrayList<>();
        TreeMap<String, Integer> coverage = new TreeMap<>();
        for (RuleInfo rule : catalog.rules()) {
            if (underTest == null || underTest.contains(rule.id())) {
                coverage.put(rule.id(), 0);
            }
        }
        for (Group group : groups(paths)) {
            for (Case result : run(catalog, group, locale)) {
                cases.add(result);
                result.actual().stream().map(line -> line.split(" ")[0]).distinct()
                        .forEach(id -> coverage.computeIfPresent(id, (k, n) -> n + 1));
            }
        }
        return new Result(List.copyOf(cases), coverage);
    }

    /**
     * The models of one folder, checked together as one project: {@code cases} are compared each
     * with its golden file, and the whole folder with {@code X.expected} beside it when there is one
     * ({@code whole} is then the folder).
     */
    public record Group(List<Path> project, List<Path> cases, Path whole) {
    }

    /** The groups of cases below {@code paths}: the models of one folder form one project, as for {@code chaxu check}. */
    public static List<Group> groups(List<Path> paths) throws IOException {
        java.util.Map<Path, List<Path>> byFolder = new java.util.LinkedHashMap<>();
        for (Path model : models(paths)) {
            byFolder.computeIfAbsent(model.toAbsolutePath().normalize().getParent(), k -> new ArrayList<>()).add(model);
        }
        List<Group> groups = new ArrayList<>();
        for (java.util.Map.Entry<Path, List<Path>> folder : byFolder.entrySet()) {
            // a folder X with X.expected beside it is one case: the findings of all its models against that file
            Path whole = wholeProjectExpected(folder.getKey());
            List<Path> own = whole == null ? folder.getValue()
                    : folder.getValue().stream().filter(m -> Files.isRegularFile(Expected.fileOf(m))).toList();
            groups.add(new Group(List.copyOf(folder.getValue()), List.copyOf(own), whole == null ? null : folder.getKey()));
        }
        return groups;
    }

    /** The cases of one group, checked with {@code catalog}'s rules as they declare themselves. */
    public static List<Case> run(RuleCatalog catalog, Group group, java.util.Locale locale) {
        return runProject(catalog, group.project(), group.cases(), locale, group.whole());
    }

    /**
     * The golden file of a whole project: {@code X.expected} beside the folder {@code X}, as
     * {@code X.expected} is beside the model {@code X.chaxu}; null when there is none.
     */
    public static Path wholeProjectExpected(Path folder) {
        Path name = folder.toAbsolutePath().normalize().getFileName();
        if (name == null) {
            return null;
        }
        Path file = folder.toAbsolutePath().normalize().resolveSibling(name + ".expected");
        return Files.isRegularFile(file) ? file : null;
    }

    /** One case: the model checked with the catalogue's rules, compared with its golden file. */
    public static Case run(RuleCatalog catalog, Path model) {
        return run(catalog, model, java.util.Locale.ENGLISH);
    }

    /**
     * As {@link #run(RuleCatalog, Path)}, with the problem of a case that could not run in
     * {@code locale}'s language. The other models of its folder are its project: their elements
     * are facts too (a province's baseline kept beside the city's file binds it).
     */
    public static Case run(RuleCatalog catalog, Path model, java.util.Locale locale) {
        Path folder = model.toAbsolutePath().normalize().getParent();
        List<Path> project = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(p -> p.getFileName().toString().endsWith(".chaxu") && Files.isRegularFile(p)).sorted().forEach(project::add);
        } catch (IOException | RuntimeException e) {
            project.clear();
        }
        Path self = model.toAbsolutePath().normalize();
        project.removeIf(p -> p.toAbsolutePath().normalize().equals(self));
        project.add(0, model);
        return runProject(catalog, project, List.of(model), locale, null).get(0);
    }

    /**
     * Checks the models of one project together and compares each of {@code cases} with its golden
     * file. A model that cannot be read is a failed case when it is one of them, and is left out of
     * the others' facts.
     */
    private static List<Case> runProject(RuleCatalog catalog, List<Path> project, List<Path> cases, java.util.Locale locale,
            Path wholeFolder) {
        Path folder = project.get(0).toAbsolutePath().getParent();
        ModelLoader loader = new ModelLoader().withRoot(folder);
        java.util.Map<Path, LoadedModel> loaded = new java.util.LinkedHashMap<>();
        java.util.Map<Path, String> unusable = new java.util.HashMap<>();
        for (Path model : project) {
            try {
                LoadedModel m = loader.load(model);
                if (!m.isUsable() || m.hasErrors()) {
                    unusable.put(model, Labels.format("test.cannotCheck", locale, m.problems().stream()
                            .filter(p -> p.severity() == Severity.ERROR).map(ModelProblem::toString).findFirst()
                            .orElse(Labels.word("test.notAModel", locale))));
                } else if (!cases.contains(model) && Registry.isCatalogue(m.resource())) {
                    m.resource().unload(); // a registry beside the cases: reference data, not one of the project's models
                } else {
                    loaded.put(model, m);
                }
            } catch (RuntimeException e) {
                unusable.put(model, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            }
        }
        List<Case> results = new ArrayList<>();
        List<LoadedModel> models = new ArrayList<>(loaded.values());
        List<org.eclipse.emf.ecore.resource.Resource> context = new ArrayList<>();
        models.stream().skip(1).forEach(m -> context.add(m.resource()));
        CheckSession session = null;
        String failure = null;
        try {
            if (!models.isEmpty()) {
                session = new CheckSession(catalog, models.get(0).resource(), CheckOptions.DEFAULT, false, context);
            }
            for (Path model : cases) {
                Path expectedFile = Expected.fileOf(model);
                if (!Files.isRegularFile(expectedFile)) {
                    results.add(new Case(model, List.of(), null,
                            Labels.format("test.noExpected", locale, expectedFile.getFileName().toString())));
                    continue;
                }
                List<String> expected;
                try {
                    expected = Expected.read(expectedFile, locale);
                } catch (IOException e) {
                    results.add(new Case(model, List.of(), null, Labels.format("test.cannotRead", locale, String.valueOf(e.getMessage()))));
                    continue;
                } catch (RuntimeException e) {
                    results.add(new Case(model, List.of(), null, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
                    continue;
                }
                if (unusable.containsKey(model) || session == null) {
                    results.add(new Case(model, List.of(), null, unusable.getOrDefault(model, Labels.word("test.notAModel", locale))));
                    continue;
                }
                if (failure != null) {
                    results.add(new Case(model, List.of(), null, failure));
                    continue;
                }
                try {
                    org.eclipse.emf.ecore.resource.Resource resource = loaded.get(model).resource();
                    List<Finding> findings = context.isEmpty() ? session.findings() : session.findingsIn(resource);
                    List<String> actual = Expected.lines(findings);
                    results.add(new Case(model, actual, Expected.compare(expected, actual), null));
                } catch (RuntimeException e) {
                    failure = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                    results.add(new Case(model, List.of(), null, failure));
                }
            }
            if (wholeFolder != null) {
                results.add(wholeCase(wholeFolder, project, loaded, unusable, session, context, failure, locale));
            }
        } catch (RuntimeException e) {
            String problem = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            for (Path model : cases.subList(Math.min(results.size(), cases.size()), cases.size())) {
                results.add(new Case(model, List.of(), null, problem));
            }
            if (wholeFolder != null && results.size() == cases.size()) {
                results.add(new Case(wholeFolder, List.of(), null, problem));
            }
        } finally {
            if (session != null) {
                session.close();
            }
            for (LoadedModel m : loaded.values()) {
                m.resource().unload();
            }
        }
        return results;
    }

    /** The case of a whole folder: every model's findings together against the folder's golden file. */
    private static Case wholeCase(Path folder, List<Path> project, java.util.Map<Path, LoadedModel> loaded, java.util.Map<Path, String> unusable,
            CheckSession session, List<org.eclipse.emf.ecore.resource.Resource> context, String failure, java.util.Locale locale) {
        Path expectedFile = wholeProjectExpected(folder);
        List<String> expected;
        try {
            expected = Expected.read(expectedFile, locale);
        } catch (IOException e) {
            return new Case(folder, List.of(), null, Labels.format("test.cannotRead", locale, String.valueOf(e.getMessage())));
        } catch (RuntimeException e) {
            return new Case(folder, List.of(), null, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
        for (Path model : project) {
            if (unusable.containsKey(model)) {
                return new Case(folder, List.of(), null, model.getFileName() + ": " + unusable.get(model));
            }
        }
        if (failure != null || session == null) {
            return new Case(folder, List.of(), null, failure != null ? failure : Labels.word("test.notAModel", locale));
        }
        List<Finding> findings = new ArrayList<>();
        for (LoadedModel model : loaded.values()) {
            findings.addAll(context.isEmpty() ? session.findings() : session.findingsIn(model.resource()));
        }
        List<String> actual = Expected.lines(findings);
        return new Case(folder, actual, Expected.compare(expected, actual), null);
    }
}
