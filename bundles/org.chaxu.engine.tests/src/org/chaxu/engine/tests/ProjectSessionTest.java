// SPDX-License-Identifier: EPL-2.0
package org.chaxu.engine.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import org.chaxu.engine.CheckOptions;
import org.chaxu.engine.CheckSession;
import org.chaxu.engine.LoadedModel;
import org.chaxu.engine.ModelLoader;
import org.chaxu.engine.ModelMerge;
import org.chaxu.engine.ProjectSession;
import org.chaxu.engine.Registry;
import org.chaxu.engine.RuleCatalog;
import org.chaxu.governance.AdministrativeUnit;
import org.chaxu.governance.Arrangement;
import org.chaxu.governance.GovernanceFactory;
import org.chaxu.governance.GovernanceModel;
import org.chaxu.governance.Standard;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A project kept checked while its files are saved (issue 26): each saved file is applied to its
 * model as edits ({@link ModelMerge}) and one long-lived session over the whole project must give
 * every file, after every save, the findings — in order, with their messages — of a fresh batch
 * check of the project from disk. Random edits of values, binding flags, sectors, superiors and
 * issuers across files, circle members and standards added and removed, on two model shapes: the
 * Chengdu–Deyang project naming the registry, and a province with its cities and a circle, each
 * a file of its own, naming each other's units.
 */
class ProjectSessionTest {

    static final int EDITS = 40;
    static final GovernanceFactory F = GovernanceFactory.eINSTANCE;
    static RuleCatalog catalog;

    @BeforeAll
    static void compile() {
        catalog = RuleCatalog.shipped();
    }

    static final String NS = RegistryTest.NS;

    static String file(String body) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<chaxu:GovernanceModel xmi:version=\"2.0\" " + NS
                + " name=\"m\" asOf=\"2024-12-31\">\n" + body + "</chaxu:GovernanceModel>\n";
    }

    /** A province file with its indicators and baseline; three city files below it; a circle file. */
    static void inlineProject(Path dir) throws IOException {
        Files.writeString(dir.resolve("a-province.chaxu"), file("""
                  <indicators id="voc" name="VOC" unit="mg/m³" direction="UPPER_LIMIT"/>
                  <indicators id="deadline" name="Phase-out deadline" direction="DEADLINE"/>
                  <units id="central" name="Central" level="CENTRAL" rank="NATIONAL">
                    <standards id="c-voc" name="National VOC" indicator="voc" value="80" binding="true"/>
                  </units>
                  <units id="province" name="Province" level="PROVINCIAL" rank="MINISTERIAL" superior="central">
                    <standards id="p-voc" name="Provincial VOC" indicator="voc" value="60" binding="true"/>
                    <standards id="p-voc-paint" name="Provincial VOC, painting" indicator="voc" sector="painting" value="40" binding="true"/>
                    <standards id="p-deadline" name="Provincial deadline" indicator="deadline" deadline="2025-12-31" binding="true"/>
                  </units>
                """));
        for (int k = 1; k <= 3; k++) {
            Files.writeString(dir.resolve("city-" + k + ".chaxu"), file(("""
                      <units id="city-K" name="City K" level="PREFECTURAL" rank="PREFECTURAL" superior="a-province.chaxu#province">
                        <standards id="city-K-voc" name="City K VOC" indicator="a-province.chaxu#voc" value="V"/>
                        <standards id="city-K-voc-paint" name="City K VOC, painting" indicator="a-province.chaxu#voc" sector="painting" value="W"/>
                        <standards id="city-K-deadline" name="City K deadline" indicator="a-province.chaxu#deadline" deadline="2026-0K-28"/>
                      </units>
                    """).replace("K", String.valueOf(k)).replace("V", String.valueOf(40 + 10 * k)).replace("W", String.valueOf(30 + 5 * k))));
        }
        Files.writeString(dir.resolve("circle.chaxu"), file("""
                  <arrangements id="circle" name="Circle" kind="METROPOLITAN_CIRCLE" members="city-1.chaxu#city-1 city-2.chaxu#city-2">
                    <standards id="circle-voc" name="Circle VOC" indicator="a-province.chaxu#voc" value="45"/>
                  </arrangements>
                """));
    }

    static void chengduDeyang(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(Examples.dir().resolve("chengdu-deyang"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".chaxu")).toList()) {
                Files.copy(file, dir.resolve(file.getFileName()));
            }
        }
    }

    static List<Path> models(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".chaxu")).sorted().toList();
        }
    }

    static ProjectSession open(Path dir) throws IOException {
        ModelLoader loader = new ModelLoader().withRoot(dir);
        Map<Path, LoadedModel> models = new LinkedHashMap<>();
        for (Path file : models(dir)) {
            LoadedModel model = loader.load(file);
            if (model.isUsable() && !model.hasErrors()) {
                models.put(file, model);
            }
        }
        return new ProjectSession(catalog, CheckOptions.DEFAULT, loader, models);
    }

    /** Every model's findings from a fresh batch check of the project as it is on disk: "file: RULE SEVERITY id message", in order. */
    static List<String> batch(Path dir) throws IOException {
        try (ProjectSession fresh = open(dir)) {
            return all(fresh);
        }
    }

    static List<String> all(ProjectSession session) {
        List<String> lines = new ArrayList<>();
        for (Path file : session.models().keySet()) {
            RandomEditsTest.ordered(session.findingsIn(file)).forEach(l -> lines.add(file.getFileName() + ": " + l));
        }
        return lines;
    }

    /** Saves a model as the editor does (encoded attributes for references into other files). */
    static void save(Resource resource, Path file) throws IOException {
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_ENCODING, "UTF-8");
        options.put(XMLResource.OPTION_USE_ENCODED_ATTRIBUTE_STYLE, Boolean.TRUE);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        resource.save(bytes, options);
        Files.write(file, bytes.toByteArray());
    }

    @ParameterizedTest(name = "{0}, seed {1}")
    @CsvSource({ "inline, 1", "inline, 2", "registry, 3", "registry, 4" })
    void savedFilesAppliedAsEditsKeepEveryFilesFindingsEqualToABatchCheck(String shape, long seed, @TempDir Path dir) throws IOException {
        if (shape.equals("inline")) {
            inlineProject(dir);
        } else {
            chengduDeyang(dir);
        }
        Random random = new Random(seed);
        List<String> log = new ArrayList<>();
        int changed = 0;
        int reopened = 0;
        ProjectSession session = open(dir);
        try {
            assertEquals(batch(dir), all(session), "before any edit");
            List<String> before = all(session);
            for (int step = 1; step <= EDITS; step++) {
                // an editor of its own: the project read anew, one file edited and saved
                ModelLoader editor = new ModelLoader().withRoot(dir);
                Map<Path, LoadedModel> files = new LinkedHashMap<>();
                for (Path file : models(dir)) {
                    files.put(file, editor.load(file));
                }
                List<Path> paths = new ArrayList<>(files.keySet());
                Path target = paths.get(random.nextInt(paths.size()));
                String did = edit(files.get(target).resource(), files.values(), random, step);
                log.add(target.getFileName() + ": " + did);
                save(files.get(target).resource(), target);
                LoadedModel updated = session.update(target);
                if (updated != session.models().get(target)) {
                    // the file no longer loads (an edit made a cycle, say): the project is checked anew, as the IDE does
                    session.close();
                    session = open(dir);
                    reopened++;
                }
                List<String> incremental = all(session);
                List<String> expected = batch(dir);
                int at = step;
                assertEquals(expected, incremental, () -> "after save " + at + " (" + shape + ", seed " + seed + "): "
                        + String.join("; ", log) + "\nmissing: " + expected.stream().filter(l -> !incremental.contains(l)).toList()
                        + "\nextra: " + incremental.stream().filter(l -> !expected.contains(l)).toList());
                if (!incremental.equals(before)) {
                    changed++;
                }
                before = incremental;
            }
        } finally {
            session.close();
        }
        assertTrue(changed >= EDITS / 4, "only " + changed + " of " + EDITS + " saves changed the findings");
        assertTrue(reopened <= EDITS / 4, reopened + " saves could not be applied as edits");
    }

    /** One random edit of {@code target}, naming elements of every file of the project; returns what it did. */
    static String edit(Resource target, java.util.Collection<LoadedModel> project, Random random, int step) {
        List<EObject> mine = new ArrayList<>();
        target.getAllContents().forEachRemaining(mine::add);
        List<EObject> everywhere = new ArrayList<>();
        for (LoadedModel model : project) {
            if (model.isUsable()) {
                org.chaxu.engine.internal.FactBase.of(model.resource()).forEach(everywhere::add);
            }
        }
        List<Standard> standards = of(mine, Standard.class);
        List<AdministrativeUnit> myUnits = of(mine, AdministrativeUnit.class);
        List<Arrangement> arrangements = of(mine, Arrangement.class);
        List<AdministrativeUnit> units = of(everywhere, AdministrativeUnit.class);
        List<org.chaxu.governance.Indicator> indicators = of(everywhere, org.chaxu.governance.Indicator.class);
        for (int attempt = 0; attempt < 20; attempt++) {
            switch (random.nextInt(9)) {
            case 0, 1 -> {
                Standard s = pick(standards, random);
                if (s != null && s.getValue() != null) {
                    s.setValue(Math.round(s.getValue() * (random.nextBoolean() ? 1.4 : 0.7) * 10) / 10.0);
                    return "value of " + s.getId();
                }
                if (s != null && s.getDeadline() != null) {
                    s.setDeadline(new java.util.Date(s.getDeadline().getTime() + (random.nextBoolean() ? 400L : -400L) * 86_400_000L));
                    return "deadline of " + s.getId();
                }
            }
            case 2 -> {
                Standard s = pick(standards, random);
                if (s != null) {
                    s.setBinding(!s.isBinding());
                    return "binding of " + s.getId();
                }
            }
            case 3 -> {
                Standard s = pick(standards, random);
                if (s != null) {
                    s.setSector(random.nextBoolean() ? null : "painting");
                    return "sector of " + s.getId();
                }
            }
            case 4 -> {
                AdministrativeUnit u = pick(myUnits, random);
                AdministrativeUnit sup = pick(units, random);
                if (u != null && sup != null && sup != u && !sup.superiorChain().contains(u)) {
                    u.setSuperior(sup);
                    return "superior of " + u.getId() + " := " + LoadedModel.fragment(sup);
                }
            }
            case 5 -> {
                Arrangement a = pick(arrangements, random);
                AdministrativeUnit u = pick(units, random);
                if (a != null && u != null) {
                    if (a.getMembers().contains(u)) {
                        a.getMembers().remove(u);
                        return "member " + LoadedModel.fragment(u) + " out of " + a.getId();
                    }
                    a.getMembers().add(u);
                    return "member " + LoadedModel.fragment(u) + " into " + a.getId();
                }
            }
            case 6 -> {
                // a standard added at the top level, issued by a unit of any file
                AdministrativeUnit issuer = pick(units, random);
                org.chaxu.governance.Indicator indicator = pick(indicators, random);
                if (issuer != null && indicator != null && target.getContents().get(0) instanceof GovernanceModel model) {
                    Standard s = F.createStandard();
                    s.setId("added-" + step);
                    s.setName("Added " + step);
                    s.setIndicator(indicator);
                    if (indicator.getDirection() == org.chaxu.governance.Direction.DEADLINE) {
                        s.setDeadline(new java.util.Date(1_760_000_000_000L + random.nextInt(900) * 86_400_000L));
                    } else if (indicator.getDirection() != org.chaxu.governance.Direction.MANDATORY_ACTION) {
                        s.setValue(20.0 + random.nextInt(60));
                        s.setUnit(indicator.getUnit());
                    }
                    s.setBinding(random.nextInt(3) == 0);
                    s.setIssuedBy(issuer);
                    model.getStandards().add(random.nextInt(model.getStandards().size() + 1), s);
                    return "standard " + s.getId() + " by " + LoadedModel.fragment(issuer);
                }
            }
            case 7 -> {
                Standard s = pick(standards, random);
                if (s != null && standards.size() > 2) {
                    EcoreUtil.delete(s);
                    return "standard " + s.getId() + " removed";
                }
            }
            default -> {
                Standard s = pick(standards, random);
                AdministrativeUnit issuer = pick(units, random);
                if (s != null && issuer != null && s.eContainer() instanceof GovernanceModel) {
                    s.setIssuedBy(issuer);
                    return "issuer of " + s.getId() + " := " + LoadedModel.fragment(issuer);
                }
            }
            }
        }
        return "nothing";
    }

    static <T> List<T> of(List<EObject> all, Class<T> type) {
        return all.stream().filter(type::isInstance).map(type::cast).toList();
    }

    static <T> T pick(List<T> list, Random random) {
        return list.isEmpty() ? null : list.get(random.nextInt(list.size()));
    }

    @Test
    void anUntouchedElementStaysTheSameObjectAndAChangedValueIsOneChange(@TempDir Path dir) throws IOException {
        inlineProject(dir);
        ModelLoader loader = new ModelLoader().withRoot(dir);
        Path city = dir.resolve("city-1.chaxu");
        LoadedModel loaded = loader.load(city);
        Standard voc = (Standard) loaded.resource().getEObject("city-1-voc");
        Standard paint = (Standard) loaded.resource().getEObject("city-1-voc-paint");
        Files.writeString(city, Files.readString(city).replace("value=\"50\"", "value=\"70\""));
        LoadedModel fresh = loader.reread(city, loaded.resource().getURI());
        assertEquals(1, ModelMerge.merge(loaded.resource(), fresh.resource()), "one value changed: one change");
        assertSame(voc, loaded.resource().getEObject("city-1-voc"));
        assertEquals(70.0, voc.getValue());
        assertSame(paint, loaded.resource().getEObject("city-1-voc-paint"));
        assertSame(loaded.resource().getResourceSet().getResource(
                org.eclipse.emf.common.util.URI.createFileURI(dir.resolve("a-province.chaxu").toAbsolutePath().toString()), false)
                .getEObject("voc"), voc.getIndicator(), "the indicator of another file is the project's one object");
        // a standard added and one removed
        Files.writeString(city, Files.readString(city).replace("<standards id=\"city-1-deadline\"", "<standards id=\"city-1-new\" "
                + "name=\"New\" indicator=\"a-province.chaxu#voc\" value=\"10\"/>\n    <standards id=\"city-1-deadline-2\""));
        fresh = loader.reread(city, loaded.resource().getURI());
        assertTrue(ModelMerge.merge(loaded.resource(), fresh.resource()) >= 2);
        assertSame(voc, loaded.resource().getEObject("city-1-voc"));
        assertNotSame(null, loaded.resource().getEObject("city-1-new"));
        assertEquals(null, loaded.resource().getEObject("city-1-deadline"));
        assertTrue(Registry.isCatalogue(loaded.resource()) == false);
    }

    /** A fixed action in the province's file, a city of another file below it: un-binding it withdraws the city's finding. */
    @Test
    void aFixedActionMadeNotBindingInItsOwnFileWithdrawsTheFindingOfACityOfAnotherFile(@TempDir Path dir) throws IOException {
        String province = file("""
                  <units id="gd" name="Guangdong" level="PROVINCIAL" rank="MINISTERIAL" superior="chaxu:registry/china#central">
                    <standards id="gd-yellow" name="phase out yellow-label vehicles" indicator="yellow" binding="true"/>
                  </units>
                  <indicators id="yellow" name="yellow-label phase-out" direction="MANDATORY_ACTION"/>
                """);
        Files.writeString(dir.resolve("province.chaxu"), province);
        Files.writeString(dir.resolve("city.chaxu"), file("""
                  <units id="fs" name="Foshan" level="PREFECTURAL" rank="PREFECTURAL" superior="province.chaxu#gd"/>
                """));
        try (ProjectSession session = open(dir)) {
            assertEquals(List.of("city.chaxu: BASE-FIXED-ACTION ERROR fs"), all(session).stream().map(l -> l.substring(0, l.indexOf(" fs") + 3)).toList());
            for (String binding : List.of("false", "true", "false")) {
                Files.writeString(dir.resolve("province.chaxu"), province.replace("binding=\"true\"", "binding=\"" + binding + "\""));
                session.update(dir.resolve("province.chaxu"));
                assertEquals(batch(dir), all(session), "binding " + binding);
            }
        }
    }
}
