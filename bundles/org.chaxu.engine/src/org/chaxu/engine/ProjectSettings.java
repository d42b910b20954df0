// SPDX-License-Identifier: EPL-2.0
package org.chaxu.engine;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A project's Chaxu settings, {@code .chaxu/settings.properties} at the project's root: the one
 * file the Eclipse IDE (the project's property page reads and writes it), {@code chaxu check} and
 * the Maven plugin all read, so that a rule switched off in Eclipse is switched off in CI too.
 * A properties file (UTF-8), keys as in the workspace preferences:
 * <pre>
 * language=zh                              # en or zh; absent: the platform's
 * ruleFolders=rules, more-rules            # project folders with extra DRL files (default: rules)
 * rule.BASE-RAISED.enabled=false           # a rule switched off
 * rule.ESC-NO-EXIT.severity=ERROR          # a rule's severity overridden (ERROR, WARNING or INFO)
 * baseline=.chaxu/baseline.txt             # findings known when the baseline was written are not reported
 * suppress.ESC-SKIP.jjj-central-2016=the State Council acted on a national emergency
 * </pre>
 * A suppression names a rule id and an element id, and its value is the reason, which is
 * required. Every problem (an unknown key, a bad value, a suppression without a reason) is
 * reported with the file and line. Folders and the baseline are relative to the project's root
 * (the folder holding {@code .chaxu/}).
 */
public final class ProjectSettings {

    public static final String FOLDER = ".chaxu";
    /** The settings file, relative to the project's root. */
    public static final String PATH = FOLDER + "/settings.properties";
    public static final String LANGUAGE = "language";
    public static final String RULE_FOLDERS = "ruleFolders";
    public static final String DEFAULT_RULE_FOLDERS = "rules";
    public static final String BASELINE = "baseline";
    public static final String SUPPRESS = "suppress.";

    private static final Pattern ENABLED = Pattern.compile("rule\\.([^.]+)\\.enabled");
    private static final Pattern SEVERITY = Pattern.compile("rule\\.([^.]+)\\.severity");
    private static final Pattern SUPPRESSION = Pattern.compile("suppress\\.([^.]+)\\.(.+)");

    /** A suppression: findings of {@code ruleId} on the element {@code elementId} are not reported, for {@code reason}. */
    public record Suppression(String ruleId, String elementId, String reason, int line) {
    }

    private record Entry(String value, int line) {
    }

    private final Path file;
    private final Path root;
    private final Map<String, Entry> entries;
    private final List<Suppression> suppressions = new ArrayList<>();
    /** The language of the settings' own problems. */
    private final Locale words;

    private ProjectSettings(Path file, Path root, Map<String, Entry> entries, Locale words) {
        this.file = file;
        this.root = root;
        this.entries = entries;
        this.words = words;
        validate();
    }

    public static String enabledKey(String ruleId) {
        return "rule." + ruleId + ".enabled";
    }

    public static String severityKey(String ruleId) {
        return "rule." + ruleId + ".severity";
    }

    /** No settings file: every default, folders and baseline relative to {@code root}. */
    public static ProjectSettings none(Path root) {
        return new ProjectSettings(null, root.toAbsolutePath().normalize(), Map.of(), platformLanguage());
    }

    /**
     * The settings file that applies to {@code start} (a model file or a folder): the first
     * {@code .chaxu/settings.properties} in its folder or a folder above; null when there is none.
     */
    public static Path find(Path start) {
        Path folder = start.toAbsolutePath().normalize();
        if (!Files.isDirectory(folder)) {
            folder = folder.getParent();
        }
        for (; folder != null; folder = folder.getParent()) {
            Path candidate = folder.resolve(PATH);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /**
     * Reads a settings file. The project's root is the folder above {@code .chaxu/} (for a file
     * elsewhere, its own folder). Throws IllegalArgumentException "file:line: what is wrong", in the
     * language the file sets ({@code language=}), else the platform's.
     */
    public static ProjectSettings read(Path file) throws IOException {
        return read(file, null);
    }

    /**
     * As {@link #read(Path)}, with the file's problems in {@code language} (the command line's
     * {@code --lang}); null: the language the file sets, else the platform's.
     */
    public static ProjectSettings read(Path file, Locale language) throws IOException {
        Path absolute = file.toAbsolutePath().normalize();
        Path folder = absolute.getParent();
        Path root = folder.getFileName() != null && folder.getFileName().toString().equals(FOLDER) ? folder.getParent() : folder;
        String text;
        Locale fallback = language != null ? language : platformLanguage();
        if (!Files.isRegularFile(absolute) || Files.isSymbolicLink(absolute) && !within(realPath(absolute), realPath(root))) {
            // a settings file that is a link to a file outside its project (a token, say) is not read: nothing of it is shown
            throw new IllegalArgumentException(file + ":1: " + Labels.format("settings.notInProject", fallback, root.toString()));
        }
        if (Files.size(absolute) > MAX_BYTES) {
            throw new IllegalArgumentException(file + ":1: " + Labels.format("settings.tooLarge", fallback, String.valueOf(MAX_BYTES / 1024)));
        }
        byte[] bytes = Files.readAllBytes(absolute);
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new IllegalArgumentException(file + ":" + lineOfFirstBadByte(bytes) + ": " + Labels.word("settings.notUtf8", fallback));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1); // a byte order mark, as some editors write one, is not part of the first key
        }
        Locale words = language;
        if (words == null) {
            Matcher declared = DECLARED_LANGUAGE.matcher(text);
            words = declared.find() ? (declared.group(1).equals("zh") ? Locale.CHINESE : Locale.ENGLISH) : platformLanguage();
        }
        return new ProjectSettings(file, root, parse(file, text, words), words);
    }

    /**
     * The language a settings file sets ({@code language=en} or {@code zh}), read from its text even
     * when the file cannot be used, so that its problems are shown in that language; null when it
     * sets none or cannot be read.
     */
    public static Locale declaredLanguage(Path file) {
        try {
            Matcher declared = DECLARED_LANGUAGE.matcher(Files.readString(file, StandardCharsets.UTF_8));
            return declared.find() ? (declared.group(1).equals("zh") ? Locale.CHINESE : Locale.ENGLISH) : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** A {@code language=en} or {@code language=zh} line, read before the file is parsed so that its problems are in that language. */
    private static final Pattern DECLARED_LANGUAGE = Pattern.compile("(?m)^[ \\t]*language[ \\t]*[=:][ \\t]*(en|zh)[ \\t]*$");

    private static Locale platformLanguage() {
        return "zh".equals(Locale.getDefault().getLanguage()) ? Locale.CHINESE : Locale.ENGLISH;
    }

    /** key → value and the line it is on, one logical line of a properties file at a time. */
    private static Map<String, Entry> parse(Path file, String text, Locale words) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            int first = i + 1;
            String trimmed = lines[i].strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("!")) {
                continue;
            }
            StringBuilder logical = new StringBuilder(lines[i]);
            while (continues(logical) && i + 1 < lines.length) {
                logical.append('\n').append(lines[++i]);
            }
            Properties one = new Properties();
            try {
                one.load(new StringReader(logical.toString()));
            } catch (IOException | IllegalArgumentException e) {
                throw new IllegalArgumentException(file + ":" + first + ": " + Labels.format("settings.notKeyValue", words, e.getMessage()));
            }
            for (String key : one.stringPropertyNames()) {
                Entry previous = entries.put(key, new Entry(one.getProperty(key).strip(), first));
                if (previous != null) {
                    throw new IllegalArgumentException(file + ":" + first + ": "
                            + Labels.format("settings.setTwice", words, key, String.valueOf(previous.line())));
                }
            }
        }
        return entries;
    }

    private static boolean continues(CharSequence line) {
        int backslashes = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    private void validate() {
        entries.forEach((key, entry) -> {
            String value = entry.value();
            java.util.regex.Matcher suppression = SUPPRESSION.matcher(key);
            if (key.equals(LANGUAGE)) {
                if (!value.isEmpty() && !value.equals("en") && !value.equals("zh")) {
                    throw problem(entry, "settings.unknownLanguage", value);
                }
            } else if (key.equals(RULE_FOLDERS) || key.equals(BASELINE)) {
                // paths, checked where they are used
            } else if (ENABLED.matcher(key).matches()) {
                if (!value.equals("true") && !value.equals("false")) {
                    throw problem(entry, "settings.trueOrFalse", key, value);
                }
            } else if (SEVERITY.matcher(key).matches()) {
                try {
                    Severity.parse(value);
                } catch (IllegalArgumentException e) {
                    throw problem(entry, "settings.unknownSeverity", key, value);
                }
            } else if (suppression.matches()) {
                if (value.isEmpty()) {
                    throw problem(entry, "settings.noReason", key);
                }
                suppressions.add(new Suppression(suppression.group(1), suppression.group(2), value, entry.line()));
            } else {
                throw problem(entry, "settings.unknownKey", key, LANGUAGE + ", " + RULE_FOLDERS + ", " + BASELINE
                        + ", rule.<ID>.enabled, rule.<ID>.severity, suppress.<ID>.<element-id>");
            }
        });
    }

    /** "file:line: " and the text of {@code key} in the settings' language. */
    private IllegalArgumentException problem(Entry entry, String key, Object... args) {
        return new IllegalArgumentException(file + ":" + entry.line() + ": " + Labels.format(key, words, args));
    }

    /** The settings file, or null for {@link #none}. */
    public Path file() {
        return file;
    }

    /** The project's root: folders, the baseline and the models' fingerprints are relative to it. */
    public Path root() {
        return root;
    }

    /** The value of a key as written, or null. */
    public String get(String key) {
        Entry entry = entries.get(key);
        return entry == null ? null : entry.value();
    }

    /** Every key and value, in file order. */
    public Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        entries.forEach((key, entry) -> values.put(key, entry.value()));
        return values;
    }

    /** The message language, or {@code fallback} when the file sets none. */
    public Locale locale(Locale fallback) {
        String language = get(LANGUAGE);
        if (language == null || language.isEmpty()) {
            return fallback;
        }
        return language.equals("zh") ? Locale.CHINESE : Locale.ENGLISH;
    }

    /** The rule folders as written (relative to the root), default {@code rules}; none without a settings file. */
    public List<String> ruleFolderNames() {
        String value = get(RULE_FOLDERS);
        List<String> names = new ArrayList<>();
        if (file == null) {
            return names;
        }
        for (String name : (value == null ? DEFAULT_RULE_FOLDERS : value).split(",")) {
            if (!name.isBlank()) {
                names.add(name.strip());
            }
        }
        return names;
    }

    /**
     * The rule folders that exist. The default {@code rules} may be absent; a folder the file names
     * that does not exist is an error at its line.
     */
    public List<Path> ruleFolders() {
        List<Path> folders = new ArrayList<>();
        for (String name : ruleFolderNames()) {
            Path folder = entries.containsKey(RULE_FOLDERS) ? inProject(entries.get(RULE_FOLDERS), RULE_FOLDERS, name)
                    : root.resolve(name).normalize();
            if (!entries.containsKey(RULE_FOLDERS) && Files.isDirectory(folder) && !within(realPath(folder), realPath(root))) {
                continue; // the default rules/ is a link out of the project: not the project's rules
            }
            if (Files.isDirectory(folder)) {
                folders.add(folder);
            } else if (entries.containsKey(RULE_FOLDERS)) {
                throw problem(entries.get(RULE_FOLDERS), "settings.noFolder", RULE_FOLDERS, name, root.toString());
            }
        }
        return folders;
    }

    /** The baseline file the settings name, or null. */
    public Path baseline() {
        String value = get(BASELINE);
        return value == null || value.isEmpty() ? null : inProject(entries.get(BASELINE), BASELINE, value);
    }

    /** The line (1-based) of the first byte that is not UTF-8: where the settings must be fixed. */
    static int lineOfFirstBadByte(byte[] bytes) {
        java.nio.charset.CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT).onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
        java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
        java.nio.charset.CoderResult result = decoder.decode(in, out, true);
        int bad = result.isError() ? in.position() : bytes.length;
        int line = 1;
        for (int i = 0; i < bad && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    /** Settings files and baselines are small; a larger file is refused before it is read. */
    static final long MAX_BYTES = 1024 * 1024;
    static final long MAX_BASELINE_BYTES = 64L * 1024 * 1024;

    /**
     * The project's file or folder a value names: relative to the root, and inside it once links are
     * followed. An absolute path, a way out by {@code ..}, or a link out of the project is an error
     * at the key's line — a settings file from a pull request may not make the checker read, or
     * print, anything else on the machine.
     */
    private Path inProject(Entry entry, String key, String value) {
        Path named;
        try {
            named = Path.of(value);
        } catch (java.nio.file.InvalidPathException e) {
            throw problem(entry, "settings.outside", key, value, root.toString());
        }
        Path resolved = root.resolve(named).normalize();
        if (named.isAbsolute() || !resolved.startsWith(root) || Files.exists(resolved) && !within(realPath(resolved), realPath(root))) {
            throw problem(entry, "settings.outside", key, value, root.toString());
        }
        return resolved;
    }

    private static boolean within(Path path, Path folder) {
        return path != null && folder != null && path.startsWith(folder);
    }

    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return null;
        }
    }

    public List<Suppression> suppressions() {
        return List.copyOf(suppressions);
    }

    /** The check options: rules switched off, severity overrides, and the language ({@code fallback} when unset). */
    public CheckOptions options(Locale fallback) {
        Set<String> disabled = new HashSet<>();
        Map<String, Severity> overrides = new HashMap<>();
        entries.forEach((key, entry) -> {
            java.util.regex.Matcher enabled = ENABLED.matcher(key);
            java.util.regex.Matcher severity = SEVERITY.matcher(key);
            if (enabled.matches() && entry.value().equals("false")) {
                disabled.add(enabled.group(1));
            } else if (severity.matches()) {
                overrides.put(severity.group(1), Severity.parse(entry.value()));
            }
        });
        return new CheckOptions(locale(fallback), disabled, overrides);
    }

    /**
     * The shipped catalogue (or {@code base}), plus the DRL files of the settings' rule folders and
     * of {@code extra} (files or folders), with the messages lying beside them.
     */
    public RuleCatalog compile(Collection<RuleSource> base, MessageCatalog messages, List<Path> extra) throws IOException {
        return compile(base, messages, extra, true);
    }

    /**
     * As {@link #compile(Collection, MessageCatalog, List)}; with {@code ruleFolders} false the
     * settings' rule folders are left out (no DRL file of the project runs).
     */
    public RuleCatalog compile(Collection<RuleSource> base, MessageCatalog messages, List<Path> extra, boolean ruleFolders)
            throws IOException {
        List<RuleSource> sources = new ArrayList<>(base);
        List<Path> paths = new ArrayList<>(ruleFolders ? ruleFolders() : List.of());
        paths.addAll(extra);
        for (Path path : paths) {
            if (!Files.exists(path)) {
                throw new IllegalArgumentException(Labels.format("settings.noSuchPath", words, path.toString()));
            }
            sources.addAll(RuleSource.load(path));
            messages.addFolder(Files.isDirectory(path) ? path : path.toAbsolutePath().getParent());
        }
        return RuleCatalog.compile(sources, messages);
    }

    /** The model's path as findings are fingerprinted: relative to the root, forward slashes, URI-escaped. */
    public String modelUri(Path model) {
        return Fingerprint.uri(root, model);
    }

    /**
     * The findings a user is shown: without the suppressed ones and without those in {@code known}
     * (the fingerprints of a baseline; empty for none).
     */
    public List<Finding> filter(Path model, List<Finding> findings, Set<String> known) {
        String uri = modelUri(model);
        List<Finding> shown = new ArrayList<>();
        for (Finding finding : findings) {
            boolean suppressed = isSuppressed(finding);
            String fingerprint = known.isEmpty() ? null : Fingerprint.of(uri, finding);
            if (fingerprint != null && known.contains(fingerprint)) {
                matchedFingerprints.add(fingerprint);
            } else if (!suppressed) {
                shown.add(finding);
            }
        }
        return shown;
    }

    /**
     * The filter of the check options that applies these settings: a model's findings without the
     * suppressed ones and without those in {@code known} (a baseline's fingerprints), each model
     * fingerprinted at the path {@code pathOf} gives it (null: shown as they are). Two filters of the
     * same settings, baseline and paths are equal.
     */
    public FindingFilter hiding(Set<String> known, java.util.function.Function<org.eclipse.emf.ecore.resource.Resource, Path> pathOf) {
        return new Hiding(this, known, pathOf);
    }

    private record Hiding(ProjectSettings settings, Set<String> known,
            java.util.function.Function<org.eclipse.emf.ecore.resource.Resource, Path> pathOf) implements FindingFilter {
        @Override
        public List<Finding> shown(org.eclipse.emf.ecore.resource.Resource model, List<Finding> findings) {
            Path path = pathOf.apply(model);
            return path == null ? findings : java.util.Collections.unmodifiableList(settings.filter(path, findings, known));
        }
    }

    /** The suppressions and baseline fingerprints that hid a finding so far (for the unused ones' warnings). */
    private final Set<Suppression> matchedSuppressions = new HashSet<>();
    private final Set<String> matchedFingerprints = new HashSet<>();

    private boolean isSuppressed(Finding finding) {
        String element = LoadedModel.fragment(finding.getElement());
        for (Suppression suppression : suppressions) {
            if (suppression.ruleId().equals(finding.getRuleId()) && suppression.elementId().equals(element)) {
                matchedSuppressions.add(suppression);
                return true;
            }
        }
        return false;
    }

    /**
     * Warnings about what the settings say in vain, as "file:line: warning: …", in the settings'
     * language: a rule id the catalogue does not have (switched off, re-graded or suppressed:
     * a typo silently does nothing); and, when {@code wholeProject} (every model of the project was
     * checked), a suppression that hid no finding and baseline entries that matched none — as
     * linters report unused disable directives.
     */
    public List<String> warnings(Set<String> ruleIds, boolean wholeProject, Set<String> known, Path baselineFile) {
        List<String> warnings = new ArrayList<>();
        entries.forEach((key, entry) -> {
            for (Pattern pattern : List.of(ENABLED, SEVERITY, SUPPRESSION)) {
                Matcher m = pattern.matcher(key);
                if (m.matches() && !ruleIds.contains(m.group(1))) {
                    warnings.add(file + ":" + entry.line() + ": " + Labels.severity(Severity.WARNING, words) + ": "
                            + Labels.format("settings.unknownRule", words, key, m.group(1)));
                }
            }
        });
        if (wholeProject) {
            for (Suppression suppression : suppressions) {
                if (ruleIds.contains(suppression.ruleId()) && !matchedSuppressions.contains(suppression)) {
                    warnings.add(file + ":" + suppression.line() + ": " + Labels.severity(Severity.WARNING, words) + ": "
                            + Labels.format("settings.unusedSuppression", words, SUPPRESS + suppression.ruleId() + "."
                                    + suppression.elementId()));
                }
            }
            long stale = known.stream().filter(f -> !matchedFingerprints.contains(f)).count();
            if (stale > 0) {
                Path baseline = baselineFile != null ? baselineFile : baseline();
                warnings.add((baseline != null ? baseline : file) + ": " + Labels.severity(Severity.WARNING, words) + ": "
                        + Labels.format("settings.staleBaseline", words, stale, String.valueOf(stale)));
                // and each stale entry at its line (the first few: a baseline can hold thousands)
                if (baseline != null) {
                    try {
                        List<String> lines = Files.readAllLines(baseline, StandardCharsets.UTF_8);
                        int shown = 0;
                        for (int i = 0; i < lines.size() && shown < 20; i++) {
                            String entry = lines.get(i).strip();
                            String fingerprint = entry.isEmpty() ? "" : entry.split("\\s+")[0];
                            if (known.contains(fingerprint) && !matchedFingerprints.contains(fingerprint)) {
                                warnings.add(baseline + ":" + (i + 1) + ": " + Labels.severity(Severity.WARNING, words) + ": "
                                        + Labels.word("settings.staleEntry", words));
                                shown++;
                            }
                        }
                    } catch (IOException | RuntimeException e) {
                        // read once already; the count above says enough
                    }
                }
            }
        }
        warnings.sort(null);
        return warnings;
    }

    /** The fingerprints of the baseline the settings name (none when they name none). */
    public Set<String> knownFindings() {
        Path baseline = baseline();
        if (baseline == null) {
            return Set.of();
        }
        try {
            if (!Files.isRegularFile(baseline)) {
                throw problem(entries.get(BASELINE), "settings.baselineNotAFile", BASELINE, baseline.toString());
            }
            if (Files.size(baseline) > MAX_BASELINE_BYTES) {
                throw problem(entries.get(BASELINE), "settings.tooLargeFile", BASELINE, baseline.toString(),
                        String.valueOf(MAX_BASELINE_BYTES / 1024 / 1024));
            }
            return Fingerprint.readBaseline(baseline);
        } catch (IOException e) {
            throw problem(entries.get(BASELINE), "settings.cannotReadBaseline", BASELINE, baseline.toString(), String.valueOf(e.getMessage()));
        }
    }

    /**
     * The text of a settings file with {@code changes} applied: a key set to a value replaces its
     * line or is added at the end, a key mapped to null loses its line; comments, suppressions and
     * every other line stay as they are (the IDE's property page writes through this).
     */
    public static String update(String text, Map<String, String> changes) {
        List<String> lines = new ArrayList<>(text.isEmpty() ? List.of() : List.of(text.split("\\R", -1)));
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        Map<String, String> pending = new LinkedHashMap<>(changes);
        List<String> result = new ArrayList<>();
        for (String line : lines) {
            String key = keyOf(line);
            if (key != null && pending.containsKey(key)) {
                String value = pending.remove(key);
                if (value != null) {
                    result.add(line(key, value));
                }
            } else {
                result.add(line);
            }
        }
        pending.forEach((key, value) -> {
            if (value != null) {
                result.add(line(key, value));
            }
        });
        return String.join("\n", result) + "\n";
    }

    private static String keyOf(String line) {
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("!")) {
            return null;
        }
        Properties one = new Properties();
        try {
            one.load(new StringReader(line));
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
        return one.stringPropertyNames().stream().findFirst().orElse(null);
    }

    private static String line(String key, String value) {
        Properties one = new Properties();
        one.setProperty(key, value);
        java.io.StringWriter out = new java.io.StringWriter();
        try {
            one.store(out, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // store() writes a date comment first and escapes non-ASCII; keep the key=value line, in UTF-8
        String stored = out.toString().lines().filter(l -> !l.startsWith("#")).findFirst().orElse(key + "=");
        return unescapeUnicode(stored);
    }

    private static String unescapeUnicode(String text) {
        java.util.regex.Matcher m = Pattern.compile("\\\\u([0-9a-fA-F]{4})").matcher(text);
        StringBuilder result = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(result, java.util.regex.Matcher.quoteReplacement(
                    String.valueOf((char) Integer.parseInt(m.group(1), 16))));
        }
        m.appendTail(result);
        return result.toString();
    }
}
