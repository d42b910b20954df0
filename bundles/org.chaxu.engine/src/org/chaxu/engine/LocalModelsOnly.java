// SPDX-License-Identifier: EPL-2.0
package org.chaxu.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.URIHandler;

/**
 * How a model may reach other files while it is loaded: only {@code .chaxu} files on this
 * machine, below the root (the Eclipse project; in the CLI the current folder or
 * {@code --root}) or named by the user, and the registry shipped with Chaxu
 * ({@link Registry#CHINA}, read from the engine's class path). A reference ({@code href}) or a namespace to an http
 * address, to a file elsewhere, or to anything that is not a Chaxu model is refused with a
 * message naming it — nothing is fetched from the network, nothing else is read. Models are
 * never written through it.
 */
final class LocalModelsOnly implements URIHandler {

    private final Set<Path> roots = ConcurrentHashMap.newKeySet();
    private final Set<Path> files = ConcurrentHashMap.newKeySet();

    void allowFolder(Path folder) {
        roots.add(folder.toAbsolutePath().normalize());
    }

    /** Allows what {@code other} allows. */
    void allowAllOf(LocalModelsOnly other) {
        roots.addAll(other.roots);
        files.addAll(other.files);
    }

    void allowFile(Path file) {
        files.add(file.toAbsolutePath().normalize());
    }

    @Override
    public boolean canHandle(URI uri) {
        return true; // every URI goes through the check
    }

    /** Why the URI may not be read, or null when it may. */
    String refusal(URI uri) {
        if (Registry.isShipped(uri)) {
            return null;
        }
        Path local = localPath(uri);
        if (local == null) {
            return "a model may refer only to .chaxu files on this machine and to the shipped registry " + Registry.CHINA
                    + ", not to " + uri;
        }
        if (files.contains(local)) {
            return null;
        }
        if (!local.getFileName().toString().endsWith(".chaxu")) {
            return "a model may refer only to .chaxu files, not to " + local;
        }
        Path real = realPath(local);
        boolean there = java.nio.file.Files.exists(local, java.nio.file.LinkOption.NOFOLLOW_LINKS);
        if (there && (real == null || !java.nio.file.Files.isRegularFile(real))) {
            // a device, a pipe, a link to standard input or to nowhere readable: never opened
            return "a model may refer only to regular .chaxu files, not to " + local;
        }
        for (Path root : roots) {
            // below the root by its name and, once links are followed, by where it really is
            if (local.startsWith(root) && (real == null || within(real, root))) {
                return null;
            }
        }
        return "a model may refer only to files below " + (roots.isEmpty() ? "its own folder" : roots.iterator().next())
                + ", not to " + local + " (the CLI's --root sets that folder)";
    }

    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static boolean within(Path real, Path root) {
        Path realRoot = realPath(root);
        return real.startsWith(realRoot != null ? realRoot : root);
    }

    private static Path localPath(URI uri) {
        try {
            if (uri.isFile() && uri.toFileString() != null) {
                return Path.of(uri.toFileString()).toAbsolutePath().normalize();
            }
            if (uri.isPlatformResource()) {
                URI resolved = EcorePlugin.resolvePlatformResourcePath(uri.toPlatformString(true));
                if (resolved != null && resolved.isFile()) {
                    return Path.of(resolved.toFileString()).toAbsolutePath().normalize();
                }
            }
        } catch (RuntimeException e) {
            return null;
        }
        return null;
    }

    private URIHandler delegate(URI uri) throws IOException {
        String refusal = refusal(uri);
        if (refusal != null) {
            throw new IOException(refusal);
        }
        for (URIHandler handler : URIHandler.DEFAULT_HANDLERS) {
            if (handler.canHandle(uri)) {
                return handler;
            }
        }
        throw new IOException("cannot read " + uri);
    }

    @Override
    public InputStream createInputStream(URI uri, Map<?, ?> options) throws IOException {
        if (Registry.isShipped(uri)) {
            return Registry.open();
        }
        return delegate(uri).createInputStream(uri, options);
    }

    @Override
    public Map<String, ?> contentDescription(URI uri, Map<?, ?> options) throws IOException {
        if (Registry.isShipped(uri)) {
            return Map.of();
        }
        return delegate(uri).contentDescription(uri, options);
    }

    @Override
    public boolean exists(URI uri, Map<?, ?> options) {
        if (Registry.isShipped(uri)) {
            return true;
        }
        try {
            return delegate(uri).exists(uri, options);
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public Map<String, ?> getAttributes(URI uri, Map<?, ?> options) {
        if (Registry.isShipped(uri)) {
            return Map.of();
        }
        try {
            return delegate(uri).getAttributes(uri, options);
        } catch (IOException e) {
            return Map.of();
        }
    }

    @Override
    public OutputStream createOutputStream(URI uri, Map<?, ?> options) throws IOException {
        throw new IOException("Chaxu never writes a model while checking it: " + uri);
    }

    @Override
    public void delete(URI uri, Map<?, ?> options) throws IOException {
        throw new IOException("Chaxu never deletes a model: " + uri);
    }

    @Override
    public void setAttributes(URI uri, Map<String, ?> attributes, Map<?, ?> options) throws IOException {
        throw new IOException("Chaxu never changes a model's attributes: " + uri);
    }
}
