// SPDX-License-Identifier: EPL-2.0
package org.chaxu.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.chaxu.engine.CheckOptions;
import org.chaxu.engine.Finding;
import org.chaxu.engine.LoadedModel;
import org.chaxu.engine.ModelLoader;
import org.chaxu.engine.ProjectSession;
import org.chaxu.engine.RuleCatalog;

/**
 * The project benchmark (issue 26): a project of many files — a national file with the
 * indicators, a file per province with its baseline, a file per city with its counties and their
 * standards, a file of circles naming cities of other files — kept checked by one
 * {@link ProjectSession} while files are saved, as the IDE's builder keeps it. Prints and writes
 * the time of the first check of the whole project and, per kind of save, the time from the saved
 * file to every file's findings (median and 90th percentile), on two shapes: units of the
 * project's own files, and cities of the national registry named by code. After the saves every
 * file's findings must equal a fresh batch check's, or the benchmark stops.
 */
final class Saves {

    private final int files;
    private final int elements;
    private final int saves;
    private final long seed;
    private final Path out;
    private final Path work;

    Saves(int files, int elements, int saves, long seed, Path out, Path work) {
        this.files = files;
        this.elements = elements;
        this.saves = saves;
        this.seed = seed;
        this.out = out;
        this.work = work;
    }

    enum Shape {
        OWN_UNITS("the project's own units (a file per province, a file per city with its counties)"),
        REGISTRY("registry units named by code (top-level standards with issuedBy)");

        final String label;

        Shape(String label) {
            this.label = label;
        }
    }

    enum Save {
        CITY_VALUE("a city's standard value"),
        PROVINCE_BASELINE("a province's baseline value"),
        CITY_STANDARD_ADDED("a standard added to a city file"),
        CIRCLE_MEMBER("a circle's members");

        final String label;

        Save(String label) {
            this.label = label;
        }
    }

    record Result(Shape shape, int files, int elements, int findings, double load, double first, Map<Save, double[]> saves) {
    }

    void run() throws Exception {
        List<Result> results = new ArrayList<>();
        for (Shape shape : Shape.values()) {
            results.add(run(shape));
        }
        write(results);
        System.out.println("written: " + out);
    }

    Result run(Shape shape) throws Exception {
        Path dir = work.resolve("project-" + shape.name().toLowerCase(Locale.ROOT));
        Project project = Project.write(dir, shape, files, elements, seed);
        RuleCatalog catalog = RuleCatalog.shipped();
        long t = System.nanoTime();
        ModelLoader loader = new ModelLoader().withRoot(dir);
        Map<Path, LoadedModel> models = new LinkedHashMap<>();
        for (Path file : project.files()) {
            LoadedModel model = loader.load(file);
            if (!model.isUsable() || model.hasErrors()) {
                throw new IllegalStateException(file + ": " + model.problems());
            }
            models.put(file, model);
        }
        double load = ms(t);
        Map<Save, double[]> figures = new LinkedHashMap<>();
        int findings;
        double first;
        try (ProjectSession session = new ProjectSession(catalog, CheckOptions.DEFAULT, loader, models)) {
            t = System.nanoTime();
            findings = all(session).size();
            first = ms(t);
            System.out.printf(Locale.ROOT, "%s: %d files, %,d elements, %,d findings; load %.0f ms, first check %.0f ms%n", shape.label,
                    project.files().size(), project.elements(), findings, load, first);
            Random random = new Random(seed);
            for (Save kind : Save.values()) {
                List<Double> times = new ArrayList<>();
                for (int i = 0; i < saves; i++) {
                    Path file = project.save(kind, random, i);
                    t = System.nanoTime();
                    LoadedModel updated = session.update(file);
                    if (updated != session.models().get(file)) {
                        throw new IllegalStateException(file + " no longer loads: " + updated.problems());
                    }
                    all(session);
                    times.add(ms(t));
                }
                double[] f = figures(times);
                figures.put(kind, f);
                System.out.printf(Locale.ROOT, "  %-34s %8.1f ms (p90 %8.1f)%n", kind.label, f[0], f[1]);
            }
            List<String> incremental = lines(session);
            try (ProjectSession fresh = open(catalog, dir, project.files())) {
                if (!incremental.equals(lines(fresh))) {
                    throw new IllegalStateException("after the saves the findings differ from a fresh check's: " + incremental.size()
                            + " against " + lines(fresh).size());
                }
            }
        }
        return new Result(shape, project.files().size(), project.elements(), findings, load, first, figures);
    }

    static ProjectSession open(RuleCatalog catalog, Path dir, List<Path> files) {
        ModelLoader loader = new ModelLoader().withRoot(dir);
        Map<Path, LoadedModel> models = new LinkedHashMap<>();
        for (Path file : files) {
            models.put(file, loader.load(file));
        }
        return new ProjectSession(catalog, CheckOptions.DEFAULT, loader, models);
    }

    /** Every file's findings, as the builder asks for them after a save. */
    static List<Finding> all(ProjectSession session) {
        List<Finding> all = new ArrayList<>();
        for (Path file : session.models().keySet()) {
            all.addAll(session.findingsIn(file));
        }
        return all;
    }

    static List<String> lines(ProjectSession session) {
        List<String> lines = new ArrayList<>();
        for (Path file : session.models().keySet()) {
            for (Finding f : session.findingsIn(file)) {
                lines.add(file.getFileName() + " " + f.getRuleId() + " " + LoadedModel.fragment(f.getElement()) + " " + f.getMessage());
            }
        }
        return lines;
    }

    private static double[] figures(List<Double> times) {
        List<Double> sorted = new ArrayList<>(times);
        sorted.sort(null);
        return new double[] { sorted.get(sorted.size() / 2), sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.9) - 1)) };
    }

    private static double ms(long start) {
        return (System.nanoTime() - start) / 1e6;
    }

    private void write(List<Result> results) throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("# Saving a file of a large project\n\n");
        md.append("Measured by `releng/bench.sh saves --files ").append(files).append(" --elements ").append(elements)
                .append(" --saves ").append(saves).append(" --seed ").append(seed).append("` on ")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores, Java ").append(System.getProperty("java.version"))
                .append(". A project of many files is kept checked by one session (`ProjectSession`, as the IDE's builder keeps it); ")
                .append("each save is the file written to disk, read again and applied to its model as edits (`ModelMerge`), ")
                .append("then every file's findings asked for, as the builder does before it rewrites the markers of the files ")
                .append("whose findings changed. After the saves every file's findings equal a fresh check's, or the benchmark stops.\n\n");
        for (Result r : results) {
            md.append("## ").append(r.shape().label).append("\n\n");
            md.append(String.format(Locale.ROOT, "%d files, %,d elements, %,d findings. Loading the project: %.0f ms; its first check: %.0f ms.%n%n",
                    r.files(), r.elements(), r.findings(), r.load(), r.first()));
            md.append("| save | median | 90th percentile |\n|---|---:|---:|\n");
            r.saves().forEach((kind, f) -> md.append(String.format(Locale.ROOT, "| %s | %.1f ms | %.1f ms |%n", kind.label, f[0], f[1])));
            md.append('\n');
        }
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, md.toString(), StandardCharsets.UTF_8);
    }

    /** A generated project on disk, and the saves made to it. */
    static final class Project {
        private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<chaxu:GovernanceModel xmi:version=\"2.0\" "
                + "xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:chaxu=\"http://chaxu.org/governance/1.0\" name=\"NAME\" asOf=\"2024-12-31\">\n";
        private static final String TAIL = "</chaxu:GovernanceModel>\n";
        private static final String[] SECTORS = { "painting", "printing", "furniture" };

        private final Path dir;
        private final Shape shape;
        private final List<Path> files = new ArrayList<>();
        private final List<Path> cities = new ArrayList<>();
        private final List<Path> provinces = new ArrayList<>();
        private final Map<Path, String> text = new LinkedHashMap<>();
        private final List<String> cityIds = new ArrayList<>();
        private int elements;

        private Project(Path dir, Shape shape) {
            this.dir = dir;
            this.shape = shape;
        }

        List<Path> files() {
            return files;
        }

        int elements() {
            return elements;
        }

        static Project write(Path dir, Shape shape, int fileCount, int elementTarget, long seed) throws IOException {
            Files.createDirectories(dir);
            try (var old = Files.list(dir)) {
                for (Path p : old.toList()) {
                    Files.delete(p);
                }
            }
            Project project = new Project(dir, shape);
            project.generate(Math.max(4, fileCount), Math.max(500, elementTarget), new Random(seed));
            return project;
        }

        private void generate(int fileCount, int elementTarget, Random random) throws IOException {
            int provinceCount = Math.max(1, (fileCount - 2) / 10);
            int cityCount = fileCount - 2 - provinceCount;
            int perCity = Math.max(4, elementTarget / Math.max(1, cityCount));
            List<String[]> registryProvinces = shape == Shape.REGISTRY ? RegistryCodes.provinces(provinceCount, cityCount) : null;
            StringBuilder national = new StringBuilder(HEAD.replace("NAME", "national"));
            national.append("  <indicators id=\"voc\" name=\"VOC\" unit=\"mg/m³\" direction=\"UPPER_LIMIT\"/>\n");
            national.append("  <indicators id=\"pm25\" name=\"PM2.5\" unit=\"µg/m³\" direction=\"UPPER_LIMIT\"/>\n");
            national.append("  <indicators id=\"deadline\" name=\"Phase-out deadline\" direction=\"DEADLINE\"/>\n");
            elements += 3;
            if (shape == Shape.OWN_UNITS) {
                national.append("  <units id=\"central\" name=\"Central\" level=\"CENTRAL\" rank=\"NATIONAL\">\n");
                national.append("    <standards id=\"c-voc\" name=\"National VOC\" indicator=\"voc\" value=\"90\" binding=\"true\"/>\n");
                national.append("  </units>\n");
                elements += 2;
            }
            national.append(TAIL);
            file("a-national.chaxu", national.toString(), null);
            int city = 0;
            for (int p = 0; p < provinceCount; p++) {
                String provinceRef;
                StringBuilder province = new StringBuilder(HEAD.replace("NAME", "province " + p));
                if (shape == Shape.OWN_UNITS) {
                    province.append("  <units id=\"p" + p + "\" name=\"Province " + p + "\" level=\"PROVINCIAL\" rank=\"MINISTERIAL\" "
                            + "superior=\"a-national.chaxu#central\">\n");
                    baseline(province, "    ", "p" + p, "");
                    province.append("  </units>\n");
                    provinceRef = "b-province-" + p + ".chaxu#p" + p;
                    elements += 1;
                } else {
                    provinceRef = "chaxu:registry/china#" + registryProvinces.get(p)[0];
                    baseline(province, "  ", "p" + p, " issuedBy=\"" + provinceRef + "\"");
                }
                province.append(TAIL);
                provinces.add(file("b-province-" + p + ".chaxu", province.toString(), null));
                int citiesHere = cityCount / provinceCount + (p < cityCount % provinceCount ? 1 : 0);
                for (int c = 0; c < citiesHere; c++, city++) {
                    StringBuilder body = new StringBuilder(HEAD.replace("NAME", "city " + city));
                    String id = "c" + city;
                    if (shape == Shape.OWN_UNITS) {
                        body.append("  <units id=\"" + id + "\" name=\"City " + city + "\" level=\"PREFECTURAL\" rank=\"PREFECTURAL\" "
                                + "superior=\"" + provinceRef + "\"/>\n");
                        elements++;
                        int counties = Math.max(1, perCity / 11);
                        for (int k = 0; k < counties; k++) {
                            body.append("  <units id=\"" + id + "-" + k + "\" name=\"County " + city + "." + k + "\" level=\"COUNTY\" rank=\"COUNTY\" "
                                    + "superior=\"" + id + "\">\n");
                            elements++;
                            standards(body, "    ", id + "-" + k, "", 10, random);
                            body.append("  </units>\n");
                        }
                        cityIds.add("d-city-" + city + ".chaxu#" + id);
                    } else {
                        String code = registryProvinces.get(p)[1 + c];
                        standards(body, "  ", id, " issuedBy=\"chaxu:registry/china#" + code + "\"", perCity - 1, random);
                        cityIds.add("chaxu:registry/china#" + code);
                    }
                    body.append(TAIL);
                    cities.add(file("d-city-" + city + ".chaxu", body.toString(), null));
                }
            }
            StringBuilder circles = new StringBuilder(HEAD.replace("NAME", "circles"));
            for (int k = 0; k + 1 < cityIds.size(); k += 3) {
                circles.append("  <arrangements id=\"circle-" + k + "\" name=\"Circle " + k + "\" kind=\"METROPOLITAN_CIRCLE\" members=\""
                        + cityIds.get(k) + " " + cityIds.get(k + 1) + "\">\n");
                circles.append("    <standards id=\"circle-" + k + "-voc\" name=\"Circle VOC\" indicator=\"a-national.chaxu#voc\" value=\"35\"/>\n");
                circles.append("  </arrangements>\n");
                elements += 2;
            }
            circles.append(TAIL);
            file("c-circles.chaxu", circles.toString(), null);
            files.sort(null);
        }

        private void baseline(StringBuilder out, String indent, String id, String issuedBy) {
            out.append(indent + "<standards id=\"" + id + "-voc\" name=\"VOC baseline\" indicator=\"a-national.chaxu#voc\" value=\"60\" binding=\"true\""
                    + issuedBy + "/>\n");
            out.append(indent + "<standards id=\"" + id + "-pm25\" name=\"PM2.5 baseline\" indicator=\"a-national.chaxu#pm25\" value=\"35\" unit=\"µg/m³\" binding=\"true\""
                    + issuedBy + "/>\n");
            out.append(indent + "<standards id=\"" + id + "-deadline\" name=\"Deadline\" indicator=\"a-national.chaxu#deadline\" deadline=\"2025-12-31\" binding=\"true\""
                    + issuedBy + "/>\n");
            elements += 3;
        }

        private void standards(StringBuilder out, String indent, String id, String issuedBy, int count, Random random) {
            for (int s = 0; s < count; s++) {
                String sector = SECTORS[s % SECTORS.length] + (s / SECTORS.length);
                switch (s % 3) {
                case 0 -> out.append(indent + "<standards id=\"" + id + "-s" + s + "\" name=\"VOC " + sector + "\" indicator=\"a-national.chaxu#voc\" sector=\""
                        + sector + "\" value=\"" + (40 + random.nextInt(30)) + "\"" + issuedBy + "/>\n");
                case 1 -> out.append(indent + "<standards id=\"" + id + "-s" + s + "\" name=\"PM2.5 " + sector + "\" indicator=\"a-national.chaxu#pm25\" sector=\""
                        + sector + "\" value=\"" + (25 + random.nextInt(20)) + "\" unit=\"µg/m³\"" + issuedBy + "/>\n");
                default -> out.append(indent + "<standards id=\"" + id + "-s" + s + "\" name=\"Deadline " + sector
                        + "\" indicator=\"a-national.chaxu#deadline\" sector=\"" + sector + "\" deadline=\"202" + (4 + random.nextInt(3))
                        + "-06-30\"" + issuedBy + "/>\n");
                }
                elements++;
            }
        }

        private Path file(String name, String content, Path existing) throws IOException {
            Path file = existing != null ? existing : dir.resolve(name);
            Files.writeString(file, content, StandardCharsets.UTF_8);
            text.put(file, content);
            if (existing == null) {
                files.add(file);
            }
            return file;
        }

        /** Makes one save of the kind and returns the file saved. */
        Path save(Save kind, Random random, int step) throws IOException {
            switch (kind) {
            case CITY_VALUE -> {
                Path file = cities.get(random.nextInt(cities.size()));
                String content = text.get(file);
                String changed = content.replaceFirst("value=\"(\\d+)\"", "value=\"" + (30 + random.nextInt(50)) + "\"");
                return file(null, changed, file);
            }
            case PROVINCE_BASELINE -> {
                Path file = provinces.get(random.nextInt(provinces.size()));
                String content = text.get(file);
                return file(null, content.replaceFirst("value=\"\\d+\" binding", "value=\"" + (40 + random.nextInt(40)) + "\" binding"), file);
            }
            case CITY_STANDARD_ADDED -> {
                Path file = cities.get(random.nextInt(cities.size()));
                String content = text.get(file);
                int at = content.indexOf("<standards ");
                String issuedBy = shape == Shape.REGISTRY ? content.replaceFirst("(?s).*?( issuedBy=\"[^\"]*\").*", "$1") : "";
                String added = "<standards id=\"added-" + step + "\" name=\"Added " + step + "\" indicator=\"a-national.chaxu#voc\" value=\""
                        + (30 + random.nextInt(50)) + "\"" + issuedBy + "/>\n" + content.substring(content.lastIndexOf('\n', at) + 1, at);
                return file(null, content.substring(0, at) + added + content.substring(at), file);
            }
            default -> {
                Path file = files.stream().filter(f -> f.getFileName().toString().equals("c-circles.chaxu")).findFirst().orElseThrow();
                String content = text.get(file);
                String member = cityIds.get(random.nextInt(cityIds.size()));
                java.util.regex.Matcher members = java.util.regex.Pattern.compile("members=\"([^\"]*)\"").matcher(content);
                members.find();
                List<String> list = new ArrayList<>(List.of(members.group(1).split(" ")));
                if (!list.remove(member)) {
                    list.add(member);
                }
                String changed = content.substring(0, members.start(1)) + String.join(" ", list) + content.substring(members.end(1));
                return file(null, changed, file);
            }
            }
        }
    }

    /** Provinces of the national registry and their prefectural cities, by code. */
    static final class RegistryCodes {
        static List<String[]> provinces(int provinceCount, int cityCount) {
            org.eclipse.emf.ecore.resource.ResourceSet set = new org.eclipse.emf.ecore.resource.impl.ResourceSetImpl();
            new ModelLoader(set);
            org.eclipse.emf.ecore.resource.Resource registry = set.getResource(org.chaxu.engine.Registry.CHINA, true);
            Map<String, List<String>> cities = new LinkedHashMap<>();
            for (var it = registry.getAllContents(); it.hasNext();) {
                if (it.next() instanceof org.chaxu.governance.AdministrativeUnit unit && unit.getLevel() == org.chaxu.governance.Level.PREFECTURAL
                        && unit.getSuperior() != null && unit.getSuperior().getLevel() == org.chaxu.governance.Level.PROVINCIAL) {
                    cities.computeIfAbsent(unit.getSuperior().getId(), k -> new ArrayList<>()).add(unit.getId());
                }
            }
            List<Map.Entry<String, List<String>>> biggest = new ArrayList<>(cities.entrySet());
            biggest.sort((a, b) -> Integer.compare(b.getValue().size(), a.getValue().size()));
            List<String[]> provinces = new ArrayList<>();
            for (int p = 0; p < provinceCount; p++) {
                Map.Entry<String, List<String>> province = biggest.get(p % biggest.size());
                int needed = cityCount / provinceCount + (p < cityCount % provinceCount ? 1 : 0);
                if (province.getValue().size() < needed) {
                    throw new IllegalArgumentException("the registry's province " + province.getKey() + " has only "
                            + province.getValue().size() + " cities; use fewer files");
                }
                List<String> codes = new ArrayList<>(List.of(province.getKey()));
                codes.addAll(province.getValue().subList(0, needed));
                provinces.add(codes.toArray(String[]::new));
            }
            return provinces;
        }
    }
}
