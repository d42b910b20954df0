// SPDX-License-Identifier: EPL-2.0
package org.chaxu.governance.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.chaxu.governance.GovernanceModel;
import org.chaxu.governance.GovernancePackage;
import org.chaxu.governance.util.GovernanceResourceFactoryImpl;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;

/** The worked cases in {@code <chaxu.root>/examples}, loaded the way a client of the model would. */
final class ExampleModels {

    /** The worked cases of DOMAIN.md plus the negative control; each must exist. */
    static final List<String> WORKED_CASES = List.of("clean-region.chaxu", "jjj-air.chaxu", "prd-air.chaxu",
            "xian-xianyang-transport.chaxu");

    private ExampleModels() {
    }

    /** The repository root: the {@code chaxu.root} system property set by the build, else two levels up. */
    static Path root() {
        String root = System.getProperty("chaxu.root");
        return (root != null && !root.isBlank() ? Path.of(root) : Path.of("../..")).toAbsolutePath().normalize();
    }

    static Path dir() {
        return root().resolve("examples");
    }

    /** File names of every single-file worked case (examples/*.chaxu, examples/NAME/NAME.chaxu), sorted. */
    static Stream<String> names() {
        return singleFileCases(dir()).stream();
    }

    /** A fresh resource set that knows only what a standalone client registers: the factory and the package. */
    static ResourceSet newResourceSet() {
        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("chaxu",
                new GovernanceResourceFactoryImpl());
        resourceSet.getPackageRegistry().put(GovernancePackage.eNS_URI, GovernancePackage.eINSTANCE);
        return resourceSet;
    }

    static URI uri(String name) {
        return URI.createFileURI(caseFile(dir(), name).toString());
    }

    /** Loads an example into a fresh resource set; fails the test on any load error. */
    static Resource load(String name) {
        Resource resource = newResourceSet().getResource(uri(name), true);
        assertTrue(resource.getErrors().isEmpty(), () -> name + ": load errors " + resource.getErrors());
        return resource;
    }

    static GovernanceModel model(String name) {
        Resource resource = load(name);
        assertEquals(1, resource.getContents().size(), name + ": one root");
        return assertInstanceOf(GovernanceModel.class, resource.getContents().get(0), name + ": root");
    }

    /** The element with the given id (ids are the URI fragments), of the given type. */
    static <T extends EObject> T byId(EObject anyElement, String id, Class<T> type) {
        EObject found = anyElement.eResource().getEObject(id);
        assertNotNull(found, () -> "no element '" + id + "' in " + anyElement.eResource().getURI().lastSegment());
        return assertInstanceOf(type, found, id);
    }

    /**
     * A worked case by its name ({@code jjj-air.chaxu}, {@code registry/prd-air.expected}): the file
     * at examples/NAME, else in the case's own folder, examples/STEM/NAME — each region is a
     * project (a folder) of its own.
     */
    static Path caseFile(Path examples, String name) {
        Path flat = examples.resolve(name);
        if (java.nio.file.Files.exists(flat)) {
            return flat;
        }
        Path given = Path.of(name);
        String file = given.getFileName().toString();
        String stem = file.replaceFirst("\\.[^.]+$", "");
        return examples.resolve(given.getParent() == null ? Path.of(stem) : given.getParent().resolve(stem)).resolve(file);
    }

    /** The single-file worked cases' names: examples/*.chaxu and each examples/NAME/NAME.chaxu alone in its folder. */
    static java.util.List<String> singleFileCases(Path examples) {
        java.util.List<String> names = new java.util.ArrayList<>();
        try (java.util.stream.Stream<Path> entries = java.nio.file.Files.list(examples)) {
            for (Path entry : entries.sorted().toList()) {
                String name = entry.getFileName().toString();
                if (java.nio.file.Files.isRegularFile(entry) && name.endsWith(".chaxu")) {
                    names.add(name);
                } else if (java.nio.file.Files.isRegularFile(entry.resolve(name + ".chaxu"))) {
                    try (java.util.stream.Stream<Path> inside = java.nio.file.Files.list(entry)) {
                        if (inside.filter(p -> p.getFileName().toString().endsWith(".chaxu")).count() == 1) {
                            names.add(name + ".chaxu");
                        }
                    }
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot list " + examples, e);
        }
        java.util.Collections.sort(names);
        return names;
    }
}
