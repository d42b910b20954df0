// SPDX-License-Identifier: EPL-2.0
package org.chaxu.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.chaxu.engine.internal.FactBase;
import org.chaxu.governance.AdministrativeUnit;
import org.chaxu.governance.GovernanceModel;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * The national registry of administrative divisions shipped with Chaxu: every provincial-,
 * prefectural- and county-level unit with its GB/T 2260 code as id, under the central government
 * ({@code central}). The repository's {@code registry/china.chaxu} (with the importer's binary
 * copy, {@code china.chaxu.bin}) is copied into the engine ({@code chaxu-registry/}) by the build, so the CLI and Eclipse read the same file
 * from the engine's class path; nothing is fetched.
 *
 * <p>A model names a registry unit by its short URI {@code chaxu:registry/china#440600}, in an
 * IDREF attribute ({@code superior="chaxu:registry/china#440000"}, {@code members="guangzhou
 * chaxu:registry/china#440600"}) or as {@code href} — or by a relative path to the repository's
 * file ({@code ../registry/china.chaxu#440600}). Every spelling names the same unit: a file whose
 * bytes are those of {@code registry/china.chaxu} (the repository's, or a copy a project keeps) is
 * the shipped registry, so that Sichuan named one way is the superior of Deyang named the other
 * (see {@link #isShippedCopy}). A file that differs in any byte is a registry of its own.
 */
public final class Registry {

    /** The short URI of the shipped registry; an element is {@code chaxu:registry/china#CODE}. */
    public static final URI CHINA = URI.createURI("chaxu:registry/china");

    /**
     * Where the engine keeps the registry on its class path (and in its bundle): the importer's
     * binary copy of registry/china.chaxu (EMF's binary resource format, read four times faster
     * than the XML).
     */
    static final String RESOURCE = "chaxu-registry/china.chaxu.bin";

    /** Where the build writes the size and SHA-256 digest of registry/china.chaxu, the XML the binary copy was made from. */
    static final String SOURCE = "chaxu-registry/china.chaxu.source";

    private Registry() {
    }

    /** Size and digest of the shipped registry's XML source, read once; {@code null} when this installation lacks them. */
    private static volatile String[] source;

    /** The answers of {@link #isShippedCopy} so far, by real path, with the size and time they were given for. */
    private static final Map<Path, String> COPIES = new ConcurrentHashMap<>();

    /**
     * True when {@code file} is a copy of the shipped registry's source, byte for byte: a model
     * that names {@code ../registry/china.chaxu#510600} names the unit that
     * {@code chaxu:registry/china#510600} names. Only a regular file of exactly the registry's size
     * is read (to compute its digest), and each file once while it is unchanged.
     */
    public static boolean isShippedCopy(Path file) {
        try {
            String[] expected = source();
            if (expected == null || !Files.isRegularFile(file)) {
                return false;
            }
            Path real = file.toRealPath();
            long size = Files.size(real);
            if (size != Long.parseLong(expected[0])) {
                return false;
            }
            String stamp = size + "@" + Files.getLastModifiedTime(real).toMillis();
            String known = COPIES.get(real);
            if (known != null && known.startsWith(stamp + "=")) {
                return known.endsWith("=true");
            }
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (InputStream in = Files.newInputStream(real)) {
                byte[] buffer = new byte[1 << 16];
                long left = size;
                for (int n; left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0; left -= n) {
                    digest.update(buffer, 0, n);
                }
            }
            boolean copy = HexFormat.of().formatHex(digest.digest()).equalsIgnoreCase(expected[1]);
            COPIES.put(real, stamp + "=" + copy);
            return copy;
        } catch (IOException | RuntimeException | NoSuchAlgorithmException e) {
            return false;
        }
    }

    private static String[] source() throws IOException {
        String[] known = source;
        if (known == null) {
            try (InputStream in = Registry.class.getClassLoader().getResourceAsStream(SOURCE)) {
                if (in == null) {
                    return null;
                }
                Properties properties = new Properties();
                properties.load(in);
                String size = properties.getProperty("size", "").trim();
                String sha = properties.getProperty("sha256", "").trim();
                if (size.isEmpty() || sha.isEmpty()) {
                    return null;
                }
                known = source = new String[] {size, sha};
            }
        }
        return known;
    }

    /** True when the URI (with or without a fragment) names the shipped registry. */
    public static boolean isShipped(URI uri) {
        return uri != null && CHINA.equals(uri.trimFragment());
    }

    /**
     * True when the resource is a registry — a catalogue of units and nothing else (no indicator,
     * standard, arrangement or negotiation), as {@code registry/china.chaxu} or a copy of it is.
     * A registry kept among a project's models is reference data, not one of its models: its
     * units are facts as far as the models name them, like the shipped registry's, never all of
     * them (a province's fixed action binds the cities the project names, not every city listed).
     */
    public static boolean isCatalogue(Resource resource) {
        if (resource == null || resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof GovernanceModel m)) {
            return false;
        }
        if (!m.getIndicators().isEmpty() || !m.getStandards().isEmpty() || !m.getArrangements().isEmpty()
                || !m.getNegotiations().isEmpty() || m.getUnits().isEmpty()) {
            return false;
        }
        for (AdministrativeUnit unit : m.getUnits()) {
            if (!unit.getStandards().isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** True when the element lives in the shipped registry. */
    /** The English names of the shipped registry's units by id, read once (empty when this installation lacks them). */
    private static final class EnglishNames {
        static final java.util.Properties NAMES = new java.util.Properties();

        static {
            try (InputStream in = Registry.class.getClassLoader().getResourceAsStream("chaxu-registry/china.names_en.properties")) {
                if (in != null) {
                    NAMES.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                // no English names: units are named as the registry names them
            }
        }
    }

    /**
     * The English name of a unit of the shipped registry ("Huizhou City" for 惠州市, "Inner Mongolia
     * Autonomous Region"), made by the importer from its Chinese name; null for any other element.
     */
    public static String englishName(EObject element) {
        if (!(element instanceof org.chaxu.governance.Element unit) || !contains(element) || unit.getId() == null) {
            return null;
        }
        return EnglishNames.NAMES.getProperty(unit.getId());
    }

    public static boolean contains(EObject element) {
        Resource resource = element == null ? null : element.eResource();
        return resource != null && isShipped(resource.getURI());
    }

    /**
     * The units of other files a model is likely to name next, for an editor's pickers: the units it
     * reaches already (the registry's units it names, their superiors) and the units directly below
     * them, in the order of their files — name Guangdong, and its 21 cities are offered.
     */
    public static List<AdministrativeUnit> unitsNear(Resource model) {
        Set<AdministrativeUnit> reached = new LinkedHashSet<>();
        for (EObject element : FactBase.of(model)) {
            if (element instanceof AdministrativeUnit unit && element.eResource() != model) {
                reached.add(unit);
            }
        }
        Set<Resource> files = new LinkedHashSet<>();
        reached.forEach(unit -> files.add(unit.eResource()));
        List<AdministrativeUnit> near = new ArrayList<>();
        for (Resource file : files) {
            if (!file.getContents().isEmpty() && file.getContents().get(0) instanceof GovernanceModel other) {
                for (AdministrativeUnit unit : other.getUnits()) {
                    if (reached.contains(unit) || reached.contains(unit.getSuperior())) {
                        near.add(unit);
                    }
                }
            }
        }
        return near;
    }

    /** A resource for the shipped registry: EMF's binary format, its units found by id through an index. */
    static Resource newResource(URI uri) {
        org.eclipse.emf.ecore.resource.impl.BinaryResourceImpl resource = new org.eclipse.emf.ecore.resource.impl.BinaryResourceImpl(uri);
        resource.setIntrinsicIDToEObjectMap(new java.util.HashMap<>());
        return resource;
    }

    /** The registry file's bytes, from the engine's class path. */
    static InputStream open() throws IOException {
        InputStream in = Registry.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IOException("the shipped registry " + CHINA + " is missing from this installation of Chaxu");
        }
        return in;
    }
}
