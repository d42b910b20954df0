package org.chaxu.engine;

import java.io.IOException;
import java.io.InputStream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * The national registry of administrative divisions shipped with Chaxu: every provincial-,
 * prefectural- and county-level unit with its GB/T 2260 code as id, under the central government
 * ({@code central}). The repository's {@code registry/china.chaxu} is copied into the engine
 * (as {@code chaxu-registry/china.chaxu}) by the build, so the CLI and Eclipse read the same file
 * from the engine's class path; nothing is fetched.
 *
 * <p>A model names a registry unit by its short URI {@code chaxu:registry/china#440600}, in an
 * IDREF attribute ({@code superior="chaxu:registry/china#440000"}, {@code members="guangzhou
 * chaxu:registry/china#440600"}) or as {@code href} — or by a relative path to the repository's
 * file ({@code ../registry/china.chaxu#440600}), which is read like any other model below the root.
 * A model should use one of the two forms: they are two files to EMF.
 */
public final class Registry {

    /** The short URI of the shipped registry; an element is {@code chaxu:registry/china#CODE}. */
    public static final URI CHINA = URI.createURI("chaxu:registry/china");

    /** Where the engine keeps the registry on its class path (and in its bundle). */
    static final String RESOURCE = "chaxu-registry/china.chaxu";

    private Registry() {
    }

    /** True when the URI (with or without a fragment) names the shipped registry. */
    public static boolean isShipped(URI uri) {
        return uri != null && CHINA.equals(uri.trimFragment());
    }

    /** True when the element lives in the shipped registry. */
    public static boolean contains(EObject element) {
        Resource resource = element == null ? null : element.eResource();
        return resource != null && isShipped(resource.getURI());
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
