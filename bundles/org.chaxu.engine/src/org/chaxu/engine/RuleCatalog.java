// SPDX-License-Identifier: EPL-2.0
package org.chaxu.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.chaxu.engine.internal.Drools;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.model.KieModuleModel;
import org.kie.internal.builder.InternalKieBuilder;
import org.kie.internal.builder.conf.ParallelRulesBuildThresholdOption;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * A compiled set of DRL files: the KieBase (built once, shared by every session), the
 * metadata of every rule, and the problems of files that did not compile. A file with
 * errors is left out and the other files still work.
 */
public final class RuleCatalog {

    private static final String BASE_DRL = """
            package org.chaxu.rules;
            import org.chaxu.engine.Finding;
            import org.chaxu.engine.facts.Baseline;
            global org.chaxu.engine.Reporter reporter;
            query "chaxu findings"
                $finding : Finding()
            end
            query "chaxu baselines"
                $baseline : Baseline()
            end
            """;

    private final KieBase kieBase;
    private final List<RuleProblem> problems;
    private List<RuleProblem> warnings = List.of();
    private List<RuleSource> sources = List.of();
    private final Map<String, RuleInfo> byRuleName = new HashMap<>();
    private final Map<String, RuleInfo> byId = new LinkedHashMap<>();
    private final MessageCatalog messages;

    private RuleCatalog(KieBase kieBase, List<RuleProblem> problems, Map<String, String> fileByRule,
            MessageCatalog messages) {
        this.kieBase = kieBase;
        this.problems = List.copyOf(problems);
        this.messages = messages;
        List<RuleInfo> infos = new ArrayList<>();
        Set<String> declaredIds = new HashSet<>();
        for (KiePackage kiePackage : kieBase.getKiePackages()) {
            for (Rule rule : kiePackage.getRules()) {
                if (rule.getMetaData().containsKey("id")) {
                    declaredIds.add(String.valueOf(rule.getMetaData().get("id")));
                }
                RuleInfo info = toInfo(rule, fileByRule.getOrDefault(kiePackage.getName() + "." + rule.getName(), "?"));
                byRuleName.put(kiePackage.getName() + "." + rule.getName(), info);
                infos.add(info);
            }
        }
        infos.sort(Comparator.comparing(RuleInfo::id).thenComparing(RuleInfo::name));
        // Only rules that declare an @id report findings; the others derive facts.
        infos.stream().filter(info -> declaredIds.contains(info.id())).forEach(info -> byId.putIfAbsent(info.id(), info));
    }

    /** Compiles the shipped catalogue plus the extra sources, with the shipped messages plus the extra ones. */
    public static RuleCatalog withShipped(Collection<RuleSource> extra, MessageCatalog messages) {
        List<RuleSource> sources = new ArrayList<>(RuleSource.shipped());
        sources.addAll(extra);
        return compile(sources, messages);
    }

    /** The shipped catalogue alone. */
    public static RuleCatalog shipped() {
        return withShipped(List.of(), shippedMessages());
    }

    /** The rules' own message catalogue, packaged beside the shipped DRL files. */
    public static MessageCatalog shippedMessages() {
        return new MessageCatalog().addResources(RuleCatalog.class.getClassLoader(), "chaxu-rules/messages");
    }

    /** Compiles exactly these sources. */
    public static RuleCatalog compile(List<RuleSource> sources, MessageCatalog messages) {
        return Drools.call(() -> {
            List<RuleProblem> problems = new ArrayList<>();
            List<RuleProblem> warnings = new ArrayList<>();
            Set<Integer> broken = new HashSet<>();
            // What Drools accepts but Chaxu cannot use, or a rule author should hear: errors leave
            // their file out, warnings are passed on.
            Map<String, Integer> indexByFile = new HashMap<>();
            for (int i = 0; i < sources.size(); i++) {
                indexByFile.putIfAbsent(sources.get(i).file(), i);
            }
            for (RuleProblem problem : RuleLint.check(sources, messages)) {
                if (problem.isError()) {
                    problems.add(problem);
                    broken.add(indexByFile.get(problem.file()));
                } else {
                    warnings.add(problem);
                }
            }
            Build build = build(sources, broken);
            // Leave out every file with an error and build the rest again, so that one bad
            // file does not take the other rules down with it.
            while (!build.errors.isEmpty()) {
                Set<String> locatedFiles = new HashSet<>();
                build.errors.stream().filter(e -> e.getLine() > 0).forEach(e -> locatedFiles.add(e.getPath()));
                for (Message error : build.errors) {
                    if (error.getLine() <= 0 && locatedFiles.contains(error.getPath())) {
                        continue; // a follow-up of a located error in the same file ("Parser returned a null Package")
                    }
                    int index = build.indexOf(error.getPath());
                    problems.add(index >= 0 ? located(sources.get(index), error, Severity.ERROR)
                            : new RuleProblem(String.valueOf(error.getPath()), error.getLine(), column(error), error.getText().trim()));
                    if (index < 0) {
                        throw new IllegalStateException("Chaxu's own rule base does not compile: " + error);
                    }
                    broken.add(index);
                }
                build = build(sources, broken);
            }
            for (Message warning : build.builder().getResults().getMessages(Message.Level.WARNING)) {
                int index = build.indexOf(warning.getPath());
                if (index >= 0) {
                    warnings.add(located(sources.get(index), warning, Severity.WARNING));
                }
            }
            RuleCatalog catalog = new RuleCatalog(build.kieBase(), problems, build.fileByRule(sources), messages);
            catalog.warnings = List.copyOf(warnings);
            catalog.sources = List.copyOf(sources);
            for (int i = 0; i < sources.size(); i++) {
                catalog.readsLabels |= !broken.contains(i) && readsLabels(sources.get(i).text());
            }
            return catalog;
        });
    }

    private record Build(KieBuilder builder, List<Message> errors, Map<String, Integer> pathToIndex) {
        int indexOf(String path) {
            return path == null ? -1 : pathToIndex.getOrDefault(path, -1);
        }

        KieBase kieBase() {
            KieServices services = KieServices.Factory.get();
            return services.newKieContainer(builder.getKieModule().getReleaseId(), Drools.loader()).getKieBase();
        }

        Map<String, String> fileByRule(List<RuleSource> sources) {
            Map<String, String> result = new HashMap<>();
            pathToIndex.forEach((path, index) -> {
                String text = sources.get(index).text();
                String pkg = packageOf(text);
                for (String rule : ruleNames(text)) {
                    result.put(pkg + "." + rule, sources.get(index).file());
                }
            });
            return result;
        }
    }

    private static Build build(List<RuleSource> sources, Set<Integer> leaveOut) {
        KieServices services = KieServices.Factory.get();
        if (services == null) {
            throw new IllegalStateException("Drools is not available: KieServices not found on the engine's class loader");
        }
        KieFileSystem files = services.newKieFileSystem();
        files.write("src/main/resources/org/chaxu/rules/chaxu-base.drl", BASE_DRL);
        Map<String, Integer> pathToIndex = new HashMap<>();
        for (int i = 0; i < sources.size(); i++) {
            if (!leaveOut.contains(i)) {
                String path = "src/main/resources/chaxu/source" + i + ".drl";
                files.write(path, sources.get(i).text());
                pathToIndex.put(path.substring("src/main/resources/".length()), i);
                pathToIndex.put(path, i);
            }
        }
        // The rules are compiled on the calling thread. Drools otherwise hands them to a pool of its
        // own; when memory runs out while that pool starts a thread, the task is never run and the
        // caller waits for it for ever, where it should fail with "out of memory".
        KieModuleModel module = services.newKieModuleModel();
        module.setConfigurationProperty(ParallelRulesBuildThresholdOption.PROPERTY_NAME, "-1");
        module.newKieBaseModel("chaxu").setDefault(true);
        KieBuilder builder = ((InternalKieBuilder) services.newKieBuilder(files, Drools.loader())).withKModuleModel(module)
                .buildAll();
        return new Build(builder, builder.getResults().getMessages(Message.Level.ERROR), pathToIndex);
    }

    /** Whether a compiled rule's conditions (or a DRL function) may read an element's name, id or source. */
    private boolean readsLabels;

    /**
     * Whether the conditions of these rules may read an element's name, id or source: when none does,
     * a rename changes the messages that name the element and no rule's match, and the session need
     * not give the renamed element to Drools again. Messages are made from elements when read, so the
     * shipped rules never read a name in a condition; a rule file that does (or reads features by
     * reflection) is found here, conservatively, in the text that is left without comments, strings,
     * metadata and consequences.
     */
    public boolean readsLabels() {
        return readsLabels;
    }

    private static final java.util.regex.Pattern NOT_CONDITIONS = java.util.regex.Pattern.compile(
            "(?s)/\\*.*?\\*/|//[^\n]*|\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'|@\\w+\\s*\\([^)]*\\)");
    private static final java.util.regex.Pattern CONSEQUENCE = java.util.regex.Pattern.compile("(?s)\\bthen\\b.*?\\bend\\b");
    private static final java.util.regex.Pattern LABEL_READ = java.util.regex.Pattern.compile(
            "\\b(name|id|source|getName|getId|getSource|eGet)\\b");

    static boolean readsLabels(String drl) {
        String conditions = CONSEQUENCE.matcher(NOT_CONDITIONS.matcher(drl).replaceAll(" ")).replaceAll(" ");
        return LABEL_READ.matcher(conditions).find();
    }

    /** Drools' message about a source, placed and said in one line; Drools' whole text kept as the detail. */
    private static RuleProblem located(RuleSource source, Message message, Severity severity) {
        String text = message.getText().trim();
        org.chaxu.engine.internal.DrlErrors.Located at = org.chaxu.engine.internal.DrlErrors.locate(source.text(), message.getLine(),
                column(message), text);
        return new RuleProblem(source.file(), at.line(), at.column(), at.message(), severity, null, List.of(),
                at.message().equals(text) ? null : text);
    }

    /** The 1-based column: Drools leaves it 0 for parser errors and puts "Line 6:27" (0-based) in the text. */
    private static int column(Message error) {
        if (error.getColumn() > 0) {
            return error.getColumn();
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("Line \\d+:(\\d+)").matcher(error.getText());
        return m.find() ? Integer.parseInt(m.group(1)) + 1 : 0;
    }

    private static String packageOf(String drl) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)").matcher(drl);
        return m.find() ? m.group(1) : "defaultpkg";
    }

    private static List<String> ruleNames(String drl) {
        List<String> names = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^\\s*rule\\s+(\"([^\"]+)\"|(\\S+))").matcher(drl);
        while (m.find()) {
            names.add(m.group(2) != null ? m.group(2) : m.group(3));
        }
        return names;
    }

    private static RuleInfo toInfo(Rule rule, String file) {
        Map<String, Object> meta = rule.getMetaData();
        String id = String.valueOf(meta.getOrDefault("id", rule.getName()));
        Severity severity = meta.containsKey("severity") ? Severity.parse(String.valueOf(meta.get("severity")))
                : Severity.WARNING;
        return new RuleInfo(id, severity, String.valueOf(meta.getOrDefault("principle", "")), rule.getName(),
                String.valueOf(meta.getOrDefault("source", "")), file);
    }

    /** The shared, compiled rule base. */
    public KieBase kieBase() {
        return kieBase;
    }

    /** The errors of the files that did not compile (left out of the rule base). */
    public List<RuleProblem> problems() {
        return problems;
    }

    /** Warnings about files that compiled (Drools' own, metadata filled in by default, conditions Drools cannot index). */
    public List<RuleProblem> warnings() {
        return warnings;
    }

    /** One entry per rule id, in id order (the first DRL rule declaring an id gives its metadata). */
    public List<RuleInfo> rules() {
        return List.copyOf(byId.values());
    }

    /** The DRL file of the rule with this name (any package, with or without an id), or null. */
    public String fileOf(String ruleName) {
        for (RuleInfo info : byRuleName.values()) {
            if (info.name().equals(ruleName)) {
                return info.file();
            }
        }
        return null;
    }

    public RuleInfo info(Rule rule) {
        RuleInfo info = byRuleName.get(rule.getPackageName() + "." + rule.getName());
        return info != null ? info : toInfo(rule, "?");
    }

    /** The DRL files this catalogue was compiled from (those left out for their errors too), in order. */
    public List<RuleSource> sources() {
        return sources;
    }

    /**
     * This catalogue compiled again with the text of {@code file} replaced (a mutant of it, or a
     * file being edited), with the same messages.
     */
    public RuleCatalog with(String file, String text) {
        List<RuleSource> changed = new ArrayList<>();
        boolean found = false;
        for (RuleSource source : sources) {
            found |= source.file().equals(file);
            changed.add(source.file().equals(file) ? new RuleSource(file, text) : source);
        }
        if (!found) {
            throw new IllegalArgumentException(file + " is not one of the catalogue's files");
        }
        return compile(changed, messages);
    }

    /** The metadata of the rule {@code name} in {@code file} (its id, or its name when it declares none); null when there is none. */
    public RuleInfo info(String file, String name) {
        for (RuleInfo info : byRuleName.values()) {
            if (info.name().equals(name) && info.file().equals(file)) {
                return info;
            }
        }
        return null;
    }

    public MessageCatalog messages() {
        return messages;
    }
}
