// SPDX-License-Identifier: EPL-2.0
package org.chaxu.governance.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.chaxu.governance.AdministrativeUnit;
import org.chaxu.governance.Element;
import org.chaxu.governance.GovernanceModel;
import org.chaxu.governance.Issuer;
import org.chaxu.governance.Negotiation;
import org.chaxu.governance.Standard;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example model is a well-formed Chaxu file: it loads cleanly with the generated resource
 * factory, satisfies the metamodel's structural constraints, survives a save/reload round trip
 * unchanged, and identifies each element by a unique id.
 */
class ExamplesTest {

    private static final Map<String, Object> SAVE_OPTIONS = Map.of(XMLResource.OPTION_ENCODING, "UTF-8");

    static Stream<String> examples() {
        return ExampleModels.names();
    }

    @Test
    void everyWorkedCaseIsShippedAsAnExample() {
        List<String> names = examples().toList();
        assertTrue(names.containsAll(ExampleModels.WORKED_CASES),
                () -> "examples in " + ExampleModels.dir() + ": " + names);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void loadsWithoutErrorsOrWarnings(String name) {
        Resource resource = ExampleModels.newResourceSet().getResource(ExampleModels.uri(name), true);
        assertTrue(resource.getErrors().isEmpty(), () -> "errors: " + resource.getErrors());
        assertTrue(resource.getWarnings().isEmpty(), () -> "warnings: " + resource.getWarnings());
        assertEquals(1, resource.getContents().size(), "exactly one root");
        GovernanceModel model = assertInstanceOf(GovernanceModel.class, resource.getContents().get(0));
        assertNotNull(model.getAsOf(), "asOf is the reference date of every deadline check");
        assertFalse(model.getUnits().isEmpty(), "a model without units checks nothing");
        assertTrue(EcoreUtil.UnresolvedProxyCrossReferencer.find(resource).isEmpty(),
                () -> "unresolved references: " + EcoreUtil.UnresolvedProxyCrossReferencer.find(resource));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void satisfiesTheStructuralConstraintsOfTheMetamodel(String name) {
        GovernanceModel model = ExampleModels.model(name);
        Diagnostic diagnostic = Diagnostician.INSTANCE.validate(model);
        assertEquals(Diagnostic.OK, diagnostic.getSeverity(), () -> describe(diagnostic));
    }

    /** Control for the test above: the same validation does report a broken model. */
    @Test
    void theDiagnosticianReportsBrokenMultiplicitiesAndIds() {
        GovernanceModel model = ExampleModels.model("xian-xianyang-transport.chaxu");
        assertEquals(Diagnostic.OK, Diagnostician.INSTANCE.validate(model).getSeverity());

        Negotiation transport = ExampleModels.byId(model, "xx-transport", Negotiation.class);
        transport.getParties().remove(ExampleModels.byId(model, "xianyang", AdministrativeUnit.class));
        Diagnostic oneParty = Diagnostician.INSTANCE.validate(model);
        assertEquals(Diagnostic.ERROR, oneParty.getSeverity(), "a negotiation needs at least two parties");
        assertTrue(describe(oneParty).contains("parties"), () -> describe(oneParty));

        GovernanceModel other = ExampleModels.model("xian-xianyang-transport.chaxu");
        ExampleModels.byId(other, "xianyang", AdministrativeUnit.class).setId(null);
        assertEquals(Diagnostic.ERROR, Diagnostician.INSTANCE.validate(other).getSeverity(), "id is required");

        GovernanceModel duplicate = ExampleModels.model("xian-xianyang-transport.chaxu");
        ExampleModels.byId(duplicate, "xianyang", AdministrativeUnit.class).setId("xian");
        assertEquals(Diagnostic.ERROR, Diagnostician.INSTANCE.validate(duplicate).getSeverity(), "ids are unique");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void savesAndReloadsIdentically(String name) throws IOException {
        Resource original = ExampleModels.load(name);
        byte[] first = save(original);

        Resource reloaded = ExampleModels.newResourceSet().createResource(URI.createURI("memory:/reloaded/" + name));
        reloaded.load(new ByteArrayInputStream(first), null);
        assertTrue(reloaded.getErrors().isEmpty(), () -> "errors on reload: " + reloaded.getErrors());
        assertTrue(reloaded.getWarnings().isEmpty(), () -> "warnings on reload: " + reloaded.getWarnings());

        assertEquals(count(original), count(reloaded), "same number of elements");
        assertTrue(count(original) > 1);
        assertTrue(EcoreUtil.equals(original.getContents(), reloaded.getContents()),
                () -> "reloaded model differs: " + firstDifference(original, reloaded));

        byte[] second = save(reloaded);
        assertEquals(new String(first, StandardCharsets.UTF_8), new String(second, StandardCharsets.UTF_8),
                "the second save must be byte-identical to the first");
        assertArrayEquals(first, second);
    }

    /** Control for the round trip: the equality used above does see a change of one value. */
    @Test
    void theRoundTripComparisonSeesAChangedValue() throws IOException {
        Resource original = ExampleModels.load("prd-air.chaxu");
        Resource changed = ExampleModels.newResourceSet().createResource(URI.createURI("memory:/changed.chaxu"));
        changed.load(new ByteArrayInputStream(save(original)), null);
        assertTrue(EcoreUtil.equals(original.getContents(), changed.getContents()));
        Standard foshan = ExampleModels.byId(changed.getContents().get(0), "foshan-voc-furniture", Standard.class);
        foshan.setValue(30.0);
        assertFalse(EcoreUtil.equals(original.getContents(), changed.getContents()));
        assertNotEquals(new String(save(original), StandardCharsets.UTF_8),
                new String(save(changed), StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void everyElementHasAUniqueNonEmptyIdThatIsItsUriFragment(String name) {
        Resource resource = ExampleModels.load(name);
        EObject root = resource.getContents().get(0);
        Set<String> seen = new HashSet<>();
        int elements = 0;
        for (EObject object : (Iterable<EObject>) resource::getAllContents) {
            if (object == root) {
                continue;
            }
            Element element = assertInstanceOf(Element.class, object, "everything below the root is an Element");
            String id = element.getId();
            assertNotNull(id, () -> "an " + object.eClass().getName() + " without id");
            assertTrue(id.matches("\\S+"), () -> "id '" + id + "' must be non-empty without blanks (ids are IDREFS)");
            assertTrue(seen.add(id), () -> "duplicate id '" + id + "'");
            assertEquals(id, resource.getURIFragment(element), "the id is the element's URI fragment");
            assertSame(element, resource.getEObject(id));
            elements++;
        }
        assertTrue(elements > 0);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void neitherLoadingNorQueryingMarksTheResourceModified(String name) throws IOException {
        Resource resource = ExampleModels.newResourceSet().createResource(ExampleModels.uri(name));
        resource.setTrackingModification(true);
        resource.load(null);
        assertFalse(resource.isModified(), "loading marked the resource modified");

        // Every derived operation is a query: running all of them must not touch the model.
        GovernanceModel model = (GovernanceModel) resource.getContents().get(0);
        List<Standard> standards = new ArrayList<>();
        for (EObject object : (Iterable<EObject>) resource::getAllContents) {
            if (object instanceof AdministrativeUnit unit) {
                unit.superiorChain();
                model.getUnits().forEach(other -> unit.isAbove(other));
            }
            if (object instanceof Issuer issuer) {
                issuer.authorityChain();
            }
            if (object instanceof Negotiation negotiation) {
                negotiation.directSuperior();
            }
            if (object instanceof Standard standard) {
                standards.add(standard);
            }
        }
        model.lowestCommonSuperior(model.getUnits());
        for (Standard a : standards) {
            a.effectiveUnit();
            standards.forEach(a::compareTo);
        }
        assertFalse(resource.isModified(), "a derived operation modified the model");

        // Control: the tracking is live, a real change is seen.
        model.setDescription("changed");
        assertTrue(resource.isModified());
    }

    private static byte[] save(Resource resource) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        resource.save(out, SAVE_OPTIONS);
        return out.toByteArray();
    }

    private static int count(Resource resource) {
        int n = 0;
        for (var it = resource.getAllContents(); it.hasNext(); it.next()) {
            n++;
        }
        return n;
    }

    /** The first element (in document order) whose attributes differ, for a readable failure. */
    private static String firstDifference(Resource a, Resource b) {
        var left = a.getAllContents();
        var right = b.getAllContents();
        while (left.hasNext() && right.hasNext()) {
            EObject l = left.next();
            EObject r = right.next();
            if (l.eClass() != r.eClass()) {
                return l + " vs " + r;
            }
            for (EAttribute attribute : l.eClass().getEAllAttributes()) {
                Object lv = l.eGet(attribute);
                Object rv = r.eGet(attribute);
                if (lv == null ? rv != null : !lv.equals(rv)) {
                    return EcoreUtil.getURI(l).fragment() + "." + attribute.getName() + ": " + lv + " vs " + rv;
                }
            }
        }
        return left.hasNext() || right.hasNext() ? "different element counts" : "a reference differs";
    }

    private static String describe(Diagnostic diagnostic) {
        StringBuilder text = new StringBuilder();
        describe(diagnostic, "", text);
        return text.toString();
    }

    private static void describe(Diagnostic diagnostic, String indent, StringBuilder text) {
        text.append(indent).append(diagnostic.getSeverity()).append(' ').append(diagnostic.getMessage()).append('\n');
        for (Diagnostic child : diagnostic.getChildren()) {
            describe(child, indent + "  ", text);
        }
    }
}
