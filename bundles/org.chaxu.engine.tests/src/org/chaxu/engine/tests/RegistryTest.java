// SPDX-License-Identifier: EPL-2.0
package org.chaxu.engine.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.chaxu.engine.CheckOptions;
import org.chaxu.engine.CheckSession;
import org.chaxu.engine.Finding;
import org.chaxu.engine.Labels;
import org.chaxu.engine.LoadedModel;
import org.chaxu.engine.ModelLoader;
import org.chaxu.engine.ModelProblem;
import org.chaxu.engine.Registry;
import org.chaxu.engine.RuleCatalog;
import org.chaxu.governance.AdministrativeUnit;
import org.chaxu.governance.Arrangement;
import org.chaxu.governance.GovernanceFactory;
import org.chaxu.governance.Standard;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Models that name units of the shipped national registry instead of defining them: the rules see
 * the model with the units it names (and their superiors) as one fact base; a finding on a registry
 * unit is reported on the model, at the line that names the unit, with the unit's code; the rest of
 * the registry is not checked; what a model may refer to stays bounded.
 */
class RegistryTest {

    static final String NS = "xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
            + "xmlns:chaxu=\"http://chaxu.org/governance/1.0\"";
    static final String R = "chaxu:registry/china#";

    Path dir;

    @BeforeEach
    void createDir() throws IOException {
        dir = Files.createTempDirectory("chaxu-registry");
    }

    @AfterEach
    void deleteDir() throws IOException {
        try (var files = Files.walk(dir)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    static String model(String body) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<chaxu:GovernanceModel xmi:version=\"2.0\" " + NS
                + " name=\"m\" asOf=\"2020-12-31\">\n" + body + "</chaxu:GovernanceModel>\n";
    }

    Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    static List<Finding> check(LoadedModel model) {
        return CheckSession.check(RuleCatalog.shipped(), model.resource(), CheckOptions.DEFAULT);
    }

    /** Guangdong's fixed action, adopted by Guangzhou, not by Foshan; both named as members of a conference (line 4). */
    static final String PRD = model("""
              <indicators id="yellow" name="yellow-label phase-out" direction="MANDATORY_ACTION"/>
              <standards id="gd-yellow" name="Guangdong: phase out yellow-label vehicles" indicator="yellow" binding="true" issuedBy="chaxu:registry/china#440000"/>
              <arrangements id="conf" name="PRD conference" kind="JOINT_CONFERENCE" convener="chaxu:registry/china#440000"
                  members="chaxu:registry/china#440100 chaxu:registry/china#440600"/>
              <standards id="gz-yellow" name="Guangzhou adopts it" indicator="yellow" issuedBy="chaxu:registry/china#440100"/>
            """);

    @Test
    void aFixedActionNotAdoptedByARegistryCityIsReportedOnTheModelAtTheLineNamingTheCity() throws IOException {
        LoadedModel loaded = new ModelLoader().withRoot(dir).load(write("prd.chaxu", PRD));
        assertEquals(List.of(), loaded.problems());
        List<Finding> findings = check(loaded);
        assertEquals(List.of("BASE-FIXED-ACTION ERROR 440600"), Examples.lines(findings), findings::toString);
        Finding foshan = findings.get(0);
        assertEquals(loaded.resource().getResourceSet().getResource(Registry.CHINA, false), foshan.getElement().eResource(),
                "the element is the registry's unit itself, not a copy");
        assertEquals(6, loaded.line(foshan.getElement()), "the line of members=\"… chaxu:registry/china#440600\"");
        assertEquals("440600", ((AdministrativeUnit) foshan.getElement()).getCode());
        assertEquals("chaxu:registry/china#440600 (佛山市)", Labels.path(foshan.getElement()));
        assertTrue(foshan.getMessage().contains("Foshan City") && foshan.getMessage().contains("Guangdong Province"), foshan::getMessage);
        assertTrue(!foshan.getMessage().contains("佛山市"), "no Chinese name spliced into an English sentence: " + foshan.getMessage());
    }

    /** The registry's units have English names (pinyin with their kind, customary spellings where there are), Chinese in Chinese. */
    @Test
    void registryUnitsAreNamedInTheReadersLanguage() throws Exception {
        Resource shipped = new ModelLoader().withRoot(dir).load(write("named.chaxu", PRD)).resource().getResourceSet()
                .getResource(Registry.CHINA, true);
        java.util.Map<String, String> expected = java.util.Map.of("440600", "Foshan City", "440000", "Guangdong Province",
                "500000", "Chongqing", "150000", "Inner Mongolia Autonomous Region", "350200", "Xiamen City", "610100", "Xi'an City",
                "222400", "Yanbian Korean Autonomous Prefecture", "610000", "Shaanxi Province", "140000", "Shanxi Province");
        expected.forEach((id, english) -> {
            org.eclipse.emf.ecore.EObject unit = shipped.getEObject(id);
            assertEquals(english, Registry.englishName(unit), id);
            assertEquals(english, Labels.label(unit, java.util.Locale.ENGLISH));
            assertEquals(((AdministrativeUnit) unit).getName(), Labels.label(unit, java.util.Locale.CHINESE), "Chinese in Chinese");
        });
        // every unit has one, and no two units of one superior share it
        java.util.Map<String, String> seen = new java.util.HashMap<>();
        for (org.eclipse.emf.ecore.EObject o : ((org.chaxu.governance.GovernanceModel) shipped.getContents().get(0)).getUnits()) {
            AdministrativeUnit unit = (AdministrativeUnit) o;
            String english = Registry.englishName(unit);
            assertTrue(english != null && english.matches("[A-Z][A-Za-z'ü ,()\\-]+"), unit.getId() + " " + unit.getName() + ": " + english);
            String key = (unit.getSuperior() == null ? "" : unit.getSuperior().getId()) + "/" + english;
            assertEquals(null, seen.put(key, unit.getName()), key);
        }
        // an element of a model is named as written, whatever the language
        assertEquals(null, Registry.englishName(org.chaxu.governance.GovernanceFactory.eINSTANCE.createAdministrativeUnit()));
    }

    @Test
    void theRestOfTheRegistryIsNotChecked() throws IOException {
        // Guangdong has 21 prefectures; only the two the model names are subordinates the rules see
        LoadedModel loaded = new ModelLoader().withRoot(dir).load(write("prd.chaxu", PRD));
        assertFalse(check(loaded).stream().anyMatch(f -> f.getElement().eResource() != loaded.resource()
                && !"440600".equals(LoadedModel.fragment(f.getElement()))));
    }

    @Test
    void aUnitReachedOnlyAsASuperiorIsPlacedAtTheLineOfTheUnitBelowIt() throws IOException {
        LoadedModel loaded = new ModelLoader().withRoot(dir).load(write("prd.chaxu", PRD));
        Arrangement conference = loaded.model().getArrangements().get(0);
        AdministrativeUnit guangzhou = conference.getMembers().get(0);
        assertEquals("广州市", guangzhou.getName());
        assertEquals(4, loaded.line(guangzhou.getSuperior()), "Guangdong is named first as the issuer of gd-yellow, line 4");
        assertEquals(4, loaded.line(guangzhou.getSuperior().getSuperior()), "central is not named: the line naming a unit below it");
    }

    @Test
    void aStandardAtTheTopLevelBelongsToTheIssuerItNames() throws IOException {
        LoadedModel loaded = new ModelLoader().withRoot(dir).load(write("prd.chaxu", PRD));
        Standard gd = loaded.model().getStandards().get(0);
        assertEquals("广东省", gd.getIssuer().getName());
        assertEquals("440000", ((AdministrativeUnit) gd.getIssuer()).getCode());
    }

    @Test
    void theRelativeFormReadsTheRepositorysRegistryBelowTheRoot() throws IOException {
        Files.copy(Examples.root().resolve("registry/china.chaxu"), write("registry/china.chaxu", ""),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        LoadedModel loaded = new ModelLoader().withRoot(dir).load(write("models/prd.chaxu", PRD.replace(R, "../registry/china.chaxu#")));
        assertEquals(List.of(), loaded.problems());
        List<Finding> findings = check(loaded);
        assertEquals(List.of("BASE-FIXED-ACTION ERROR 440600"), Examples.lines(findings));
        assertEquals(6, loaded.line(findings.get(0).getElement()));
    }

    /** Chengdu named by the short URI, Deyang through the repository's file: Sichuan steps into their talks. */
    static final String MIXED = model("""
              <negotiations id="talks" name="Chengdu–Deyang talks" parties="chaxu:registry/china#510100 registry/china.chaxu#510600"
                  started="2019-01-01" status="DEADLOCKED" statusSince="2019-06-01">
                <interventions id="sichuan-steps-in" name="Sichuan steps in" intervener="chaxu:registry/china#510000"
                    means="POLICY_DOCUMENT" start="2020-01-01" exitCondition="Withdraw once the talks resume" outcome="ONGOING"/>
              </negotiations>
            """);

    @Test
    void everySpellingOfARegistryUnitIsOneObject() throws IOException {
        Files.copy(Examples.root().resolve("registry/china.chaxu"), write("registry/china.chaxu", ""),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        LoadedModel loaded = new ModelLoader().withRoot(dir).load(write("talks.chaxu", MIXED));
        assertEquals(List.of(), loaded.problems());
        var talks = loaded.model().getNegotiations().get(0);
        AdministrativeUnit chengdu = talks.getParties().get(0);
        AdministrativeUnit deyang = talks.getParties().get(1);
        assertEquals("德阳市", deyang.getName());
        assertEquals(chengdu.getSuperior(), deyang.getSuperior(), "one Sichuan, whichever way its cities are named");
        assertTrue(Registry.contains(deyang), "the repository's copy is the shipped registry");
        assertEquals(List.of(), Examples.lines(check(loaded)).stream().filter(l -> l.startsWith("ESC-NOT-SUPERIOR")).toList(),
                "Sichuan is above both parties: no ESC-NOT-SUPERIOR");
        assertEquals(1, loaded.resource().getResourceSet().getResources().stream()
                .filter(r -> r != loaded.resource()).count(), "the registry is loaded once");
    }

    @Test
    void aRegistryFileThatDiffersInOneByteIsARegistryOfItsOwn() throws IOException {
        // control for the test above: a file that is not the shipped registry keeps its own units
        String copy = Files.readString(Examples.root().resolve("registry/china.chaxu"), StandardCharsets.UTF_8);
        write("registry/china.chaxu", copy.replace("name=\"德阳市\"", "name=\"德阳市 \""));
        LoadedModel loaded = new ModelLoader().withRoot(dir).load(write("talks.chaxu", MIXED));
        assertEquals(List.of(), loaded.problems());
        var talks = loaded.model().getNegotiations().get(0);
        assertFalse(Registry.contains(talks.getParties().get(1)));
        assertTrue(Examples.lines(check(loaded)).contains("ESC-NOT-SUPERIOR ERROR sichuan-steps-in"),
                "the other file's Sichuan is another unit, not above Deyang");
    }

    @Test
    void aReferenceOutsideTheRootIsRefusedWithTheLineAndWhy() throws IOException {
        Path outside = Files.createTempDirectory("chaxu-outside");
        try {
            Files.copy(Examples.root().resolve("registry/china.chaxu"), outside.resolve("china.chaxu"));
            Path root = dir.resolve("project");
            LoadedModel loaded = new ModelLoader().withRoot(root).load(write("project/prd.chaxu",
                    PRD.replace(R, outside.resolve("china.chaxu").toUri().toString() + "#")));
            ModelProblem problem = loaded.problems().stream().filter(p -> p.message().contains("not read")).findFirst()
                    .orElseThrow(() -> new AssertionError(loaded.problems().toString()));
            assertTrue(problem.message().contains("below " + root), problem::message);
            assertTrue(problem.line() > 0, problem::toString);
        } finally {
            Files.deleteIfExists(outside.resolve("china.chaxu"));
            Files.deleteIfExists(outside);
        }
    }

    @Test
    void aRemoteRegistryIsRefused() throws IOException {
        LoadedModel loaded = new ModelLoader().withRoot(dir).load(write("prd.chaxu",
                PRD.replace(R, "http://127.0.0.1:9/china.chaxu#")));
        assertTrue(loaded.problems().stream().anyMatch(p -> p.message().contains("not read")
                && p.message().contains("shipped registry chaxu:registry/china")), loaded.problems()::toString);
    }

    @Test
    void anotherRegistryNameIsRefused() throws IOException {
        LoadedModel loaded = new ModelLoader().withRoot(dir).load(write("prd.chaxu",
                PRD.replace(R, "chaxu:registry/atlantis#")));
        assertTrue(loaded.hasErrors(), loaded.problems()::toString);
    }

    @Test
    void findingsThatConcernOnlyAnotherFileAreNotReported() throws IOException {
        // the province file's own BASE-LOOSER (a city looser than its province) is that file's business
        write("province.chaxu", model("""
                  <units id="gd" name="Guangdong" level="PROVINCIAL" rank="MINISTERIAL" superior="chaxu:registry/china#central">
                    <standards id="gd-voc" indicator="voc" value="30" unit="mg/m³" binding="true"/>
                  </units>
                  <units id="fs" name="Foshan" level="PREFECTURAL" rank="PREFECTURAL" superior="gd">
                    <standards id="fs-voc" indicator="voc" value="40" unit="mg/m³"/>
                  </units>
                  <indicators id="voc" name="VOC" unit="mg/m³" direction="UPPER_LIMIT"/>
                """));
        LoadedModel province = new ModelLoader().withRoot(dir).load(dir.resolve("province.chaxu"));
        assertEquals(List.of("BASE-LOOSER ERROR fs-voc"), Examples.lines(check(province)), "control: the province file has it");
        LoadedModel city = new ModelLoader().withRoot(dir).load(write("city.chaxu", model("""
                  <units id="chancheng" name="Chancheng" level="COUNTY" rank="COUNTY" superior="province.chaxu#fs">
                    <standards id="cc-voc" indicator="province.chaxu#voc" value="20" unit="mg/m³"/>
                  </units>
                """)));
        assertEquals(List.of(), city.problems());
        List<String> lines = Examples.lines(check(city));
        assertEquals(List.of("BASE-RAISED INFO cc-voc"), lines, "the city file's own finding only, not the province's BASE-LOOSER");
    }

    @Test
    void anEditThatNamesAnotherRegistryCityChecksItToo() throws IOException {
        LoadedModel loaded = new ModelLoader().withRoot(dir).load(write("prd.chaxu", PRD));
        try (CheckSession session = new CheckSession(RuleCatalog.shipped(), loaded.resource(), CheckOptions.DEFAULT)) {
            assertEquals(List.of("BASE-FIXED-ACTION ERROR 440600"), Examples.lines(session.findings()));
            Resource registry = loaded.resource().getResourceSet().getResource(Registry.CHINA, false);
            AdministrativeUnit shenzhen = (AdministrativeUnit) registry.getEObject("440300");
            Arrangement conference = loaded.model().getArrangements().get(0);
            conference.getMembers().add(shenzhen);
            assertEquals(List.of("BASE-FIXED-ACTION ERROR 440300", "BASE-FIXED-ACTION ERROR 440600"),
                    Examples.lines(session.findings()));
            conference.getMembers().remove(shenzhen);
            assertEquals(List.of("BASE-FIXED-ACTION ERROR 440600"), Examples.lines(session.findings()));
            Standard adoption = GovernanceFactory.eINSTANCE.createStandard();
            adoption.setId("fs-yellow");
            adoption.setIndicator(loaded.model().getIndicators().get(0));
            adoption.setIssuedBy(conference.getMembers().get(1));
            loaded.model().getStandards().add(adoption);
            assertEquals(List.of(), Examples.lines(session.findings()), "Foshan adopted it");
        }
    }

    /**
     * The worked cases written against the registry give the findings of the originals; only the ids of
     * findings on units that became registry units change, to their codes.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "prd-air|dongguan=441900|",
            "jjj-air||xiongan",
            "xian-xianyang-transport||" })
    void aWorkedCaseNamingTheRegistryGivesTheFindingsOfTheOriginal(String name, String renamed, String ownUnits) throws IOException {
        String model = "registry/" + name + ".chaxu";
        LoadedModel named = new ModelLoader().withRoot(Examples.root()).load(Examples.file(model));
        assertFalse(named.hasErrors(), named.problems()::toString);
        assertEquals(ownUnits == null ? List.of() : List.of(ownUnits.split(" ")),
                named.model().getUnits().stream().map(AdministrativeUnit::getId).toList(),
                "the real governments are the registry's; only deliberate fictions stay the model's");
        assertTrue(named.model().eResource().getResourceSet().getResources().stream().anyMatch(r -> Registry.isShipped(r.getURI())),
                "it names the shipped registry");
        List<String> lines = Examples.lines(check(named));
        assertEquals(Examples.expected(model), lines);
        LoadedModel original = new ModelLoader().load(Examples.file(name + ".chaxu"));
        List<String> originalLines = Examples.lines(check(original)).stream().map(line -> {
            if (renamed != null) {
                for (String pair : renamed.split(" ")) {
                    String[] ids = pair.split("=");
                    line = line.endsWith(" " + ids[0]) ? line.substring(0, line.length() - ids[0].length()) + ids[1] : line;
                }
            }
            return line;
        }).sorted().toList();
        assertEquals(originalLines, lines, "the same findings; units that are the registry's carry their codes");
    }

    @Test
    void anEditorOffersTheRegistryUnitsNearThoseTheModelNames() throws IOException {
        LoadedModel loaded = new ModelLoader().withRoot(dir).load(write("prd.chaxu", PRD));
        List<String> near = Registry.unitsNear(loaded.resource()).stream().map(AdministrativeUnit::getName).toList();
        assertTrue(near.containsAll(List.of("中央人民政府（国务院）", "广东省", "广州市", "佛山市", "东莞市", "汕尾市")), near::toString);
        assertTrue(near.contains("越秀区"), "a district of Guangzhou, which the model names: " + near);
        assertTrue(near.contains("禅城区"), "a district of Foshan: " + near);
        assertTrue(near.contains("江苏省"), "the provinces, below the central government the model reaches: " + near);
        assertFalse(near.contains("南京市"), "nothing below Jiangsu, which the model does not reach: " + near);
        assertTrue(near.contains("江门市"), "a city of Guangdong: " + near);
        assertFalse(near.contains("蓬江区"), "not the districts of Jiangmen, which the model does not name: " + near);
    }

    @Test
    void theShippedRegistryIsTheRepositorysFile() throws IOException {
        LoadedModel loaded = new ModelLoader().withRoot(dir).load(write("prd.chaxu", PRD));
        Resource shipped = loaded.resource().getResourceSet().getResource(Registry.CHINA, true);
        Resource file = new ModelLoader().load(Examples.root().resolve("registry/china.chaxu")).resource();
        assertTrue(org.eclipse.emf.ecore.util.EcoreUtil.equals(file.getContents(), shipped.getContents()),
                "the engine's copy (binary) and registry/china.chaxu hold the same units");
        assertEquals("佛山市", ((AdministrativeUnit) shipped.getEObject("440600")).getName());
    }
}
