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

    /** File names of every {@code examples/*.chaxu}, sorted. */
    static Stream<String> names() {
        try (Stream<Path> files = Files.list(dir())) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".chaxu")).sorted().toList()
                    .stream();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir(), e);
        }
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
        return URI.createFileURI(dir().resolve(name).toString());
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
}
