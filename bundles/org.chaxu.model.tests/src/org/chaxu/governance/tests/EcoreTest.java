// SPDX-License-Identifier: EPL-2.0
package org.chaxu.governance.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.chaxu.governance.GovernancePackage;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EOperation;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EParameter;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The metamodel itself: governance.ecore passes EMF's Ecore validation, the generated package is in
 * step with the file, and every concept of DOMAIN.md's concept table is there by name.
 */
class EcoreTest {

    private static final EPackage GOVERNANCE = GovernancePackage.eINSTANCE;

    private static EPackage loadEcoreFile() {
        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore",
                new EcoreResourceFactoryImpl());
        URI uri = URI.createFileURI(
                ExampleModels.root().resolve("bundles/org.chaxu.model/model/governance.ecore").toString());
        Resource resource = resourceSet.getResource(uri, true);
        assertTrue(resource.getErrors().isEmpty(), () -> "errors: " + resource.getErrors());
        assertTrue(resource.getWarnings().isEmpty(), () -> "warnings: " + resource.getWarnings());
        return assertInstanceOf(EPackage.class, resource.getContents().get(0));
    }

    // ---- Ecore validation --------------------------------------------------------------------

    @Test
    void theEcoreFilePassesEcoreValidation() {
        EPackage file = loadEcoreFile();
        assertEquals(GovernancePackage.eNS_URI, file.getNsURI());
        Diagnostic diagnostic = Diagnostician.INSTANCE.validate(file);
        assertEquals(Diagnostic.OK, diagnostic.getSeverity(), () -> describe(diagnostic));
    }

    @Test
    void theGeneratedPackagePassesEcoreValidation() {
        Diagnostic diagnostic = Diagnostician.INSTANCE.validate(GOVERNANCE);
        assertEquals(Diagnostic.OK, diagnostic.getSeverity(), () -> describe(diagnostic));
    }

    /** Control: the same validation does reject a broken package (so the two tests above can fail). */
    @Test
    void ecoreValidationRejectsABrokenPackage() {
        EcoreFactory f = EcoreFactory.eINSTANCE;
        EPackage broken = f.createEPackage();
        broken.setName("broken");
        broken.setNsPrefix("broken");
        broken.setNsURI("http://chaxu.org/test/broken");
        EClass a = f.createEClass();
        a.setName("Twice");
        EClass b = f.createEClass();
        b.setName("Twice");
        EReference untyped = f.createEReference();
        untyped.setName("untyped");
        a.getEStructuralFeatures().add(untyped);
        broken.getEClassifiers().addAll(List.of(a, b));
        assertEquals(Diagnostic.ERROR, Diagnostician.INSTANCE.validate(broken).getSeverity());
    }

    /** The generated Java (GovernancePackage) describes exactly what governance.ecore says: no drift. */
    @Test
    void theGeneratedPackageIsInStepWithTheEcoreFile() {
        List<String> file = signature(loadEcoreFile());
        List<String> generated = signature(GOVERNANCE);
        assertEquals(String.join("\n", file), String.join("\n", generated));
        assertTrue(file.size() > 100, "the signature covers the whole package: " + file.size());
    }

    // ---- DOMAIN.md's concept table -----------------------------------------------------------

    /** kind: A attribute, R cross reference, C containment, P container (opposite of a containment), D derived (read-only). */
    @ParameterizedTest(name = "{0}.{1} : {2} {3} {4}")
    @CsvSource({
        "GovernanceModel, name, EString, 1, A",
        "GovernanceModel, asOf, EDate, 1, A",
        "GovernanceModel, units, AdministrativeUnit, *, C",
        "GovernanceModel, indicators, Indicator, *, C",
        "GovernanceModel, arrangements, Arrangement, *, C",
        "GovernanceModel, negotiations, Negotiation, *, C",
        "AdministrativeUnit, id, EString, 1, A",
        "AdministrativeUnit, name, EString, 1, A",
        "AdministrativeUnit, level, Level, 1, A",
        "AdministrativeUnit, rank, Rank, 1, A",
        "AdministrativeUnit, superior, AdministrativeUnit, 1, R",
        "AdministrativeUnit, standards, Standard, *, C",
        "Indicator, id, EString, 1, A",
        "Indicator, name, EString, 1, A",
        "Indicator, unit, EString, 1, A",
        "Indicator, direction, Direction, 1, A",
        "Standard, indicator, Indicator, 1, R",
        "Standard, sector, EString, 1, A",
        "Standard, value, EDoubleObject, 1, A",
        "Standard, unit, EString, 1, A",
        "Standard, deadline, EDate, 1, A",
        "Standard, issuer, Issuer, 1, D",
        "Standard, issuedBy, AdministrativeUnit, 1, R",
        "GovernanceModel, standards, Standard, *, C",
        "AdministrativeUnit, code, EString, 1, A",
        "Standard, binding, EBoolean, 1, A",
        "Standard, source, EString, 1, A",
        "Standard, sourceDate, EDate, 1, A",
        "Arrangement, kind, ArrangementKind, 1, A",
        "Arrangement, members, AdministrativeUnit, *, R",
        "Arrangement, subArrangements, Arrangement, *, C",
        "Arrangement, parent, Arrangement, 1, P",
        "Arrangement, convener, AdministrativeUnit, 1, R",
        "Arrangement, initiation, Initiation, 1, A",
        "Arrangement, reportsTo, AdministrativeUnit, 1, R",
        "Arrangement, established, EDate, 1, A",
        "Arrangement, standards, Standard, *, C",
        "Negotiation, topic, EString, 1, A",
        "Negotiation, parties, AdministrativeUnit, *, R",
        "Negotiation, venue, Arrangement, 1, R",
        "Negotiation, status, NegotiationStatus, 1, A",
        "Negotiation, statusSince, EDate, 1, A",
        "Negotiation, agreements, Agreement, *, C",
        "Negotiation, interventions, Intervention, *, C",
        "Agreement, commitments, Commitment, *, C",
        "Commitment, responsible, AdministrativeUnit, 1, R",
        "Commitment, task, EString, 1, A",
        "Commitment, due, EDate, 1, A",
        "Commitment, status, CommitmentStatus, 1, A",
        "Intervention, intervener, AdministrativeUnit, 1, R",
        "Intervention, target, Negotiation, 1, P",
        "Intervention, means, InterventionMeans, *, A",
        "Intervention, start, EDate, 1, A",
        "Intervention, end, EDate, 1, A",
        "Intervention, exitCondition, EString, 1, A",
        "Intervention, outcome, InterventionOutcome, 1, A",
        "Intervention, escalatedFrom, Intervention, 1, R",
    })
    void everyConceptOfTheDomainIsAFeature(String className, String featureName, String typeName, String many,
            String kind) {
        EClass eClass = eClass(className);
        EStructuralFeature feature = eClass.getEStructuralFeature(featureName);
        assertNotNull(feature, () -> className + " has no feature '" + featureName + "'");
        assertEquals(typeName, feature.getEType().getName(), "type");
        assertEquals("*".equals(many), feature.isMany(), "many");
        switch (kind) {
        case "A" -> assertInstanceOf(EAttribute.class, feature);
        case "R" -> {
            EReference reference = assertInstanceOf(EReference.class, feature);
            assertFalse(reference.isContainment() || reference.isContainer(), "a cross reference");
        }
        case "C" -> assertTrue(assertInstanceOf(EReference.class, feature).isContainment(), "containment");
        case "P" -> assertTrue(assertInstanceOf(EReference.class, feature).isContainer(), "container");
        case "D" -> assertTrue(assertInstanceOf(EReference.class, feature).isDerived() && !feature.isChangeable(), "derived, read-only");
        default -> throw new IllegalArgumentException(kind);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "Level, CENTRAL PROVINCIAL PREFECTURAL COUNTY",
        "Rank, NATIONAL MINISTERIAL SUB_PROVINCIAL PREFECTURAL COUNTY",
        "Direction, UPPER_LIMIT LOWER_LIMIT DEADLINE LEVEL MANDATORY_ACTION",
        "Strictness, LOOSER EQUAL STRICTER INCOMPARABLE",
        "ArrangementKind, JOINT_CONFERENCE METROPOLITAN_CIRCLE LEADING_GROUP COORDINATION_OFFICE",
        "Initiation, TOP_DOWN SELF_INITIATED",
        "NegotiationStatus, ONGOING AGREED DEADLOCKED NOT_IMPLEMENTED INEFFECTIVE RESOLVED",
        "CommitmentStatus, PENDING DONE ABANDONED",
        "InterventionMeans, POLICY_DOCUMENT PERFORMANCE_ASSESSMENT LEADERSHIP_PARTICIPATION INSPECTION ESCALATED_MANAGEMENT EXPERT_SUPPORT",
        "InterventionOutcome, ONGOING EFFECTIVE INEFFECTIVE",
    })
    void everyEnumerationHasTheLiteralsOfTheDomain(String enumName, String literals) {
        EEnum eEnum = assertInstanceOf(EEnum.class, GOVERNANCE.getEClassifier(enumName), enumName);
        List<String> actual = eEnum.getELiterals().stream().map(EEnumLiteral::getName).toList();
        List<String> expected = Arrays.asList(literals.split(" "));
        assertTrue(actual.containsAll(expected), () -> enumName + ": " + actual + " lacks some of " + expected);
    }

    /** ARR-HIERARCHY and ARR-COORDINATOR compare levels and ranks: the literals run from the top down. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "Level, CENTRAL PROVINCIAL PREFECTURAL COUNTY",
        "Rank, NATIONAL MINISTERIAL SUB_PROVINCIAL PREFECTURAL COUNTY",
    })
    void levelsAndRanksAreOrderedFromTheTopDown(String enumName, String topDown) {
        EEnum eEnum = (EEnum) GOVERNANCE.getEClassifier(enumName);
        int previous = Integer.MIN_VALUE;
        for (String name : topDown.split(" ")) {
            int value = eEnum.getEEnumLiteral(name).getValue();
            assertTrue(value > previous, () -> enumName + "." + name + " must come below the one before it");
            previous = value;
        }
    }

    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({
        "GovernanceModel, lowestCommonSuperior, AdministrativeUnit, 1, AdministrativeUnit*",
        "AdministrativeUnit, isAbove, EBoolean, 1, AdministrativeUnit",
        "AdministrativeUnit, superiorChain, AdministrativeUnit, *, ''",
        "AdministrativeUnit, authorityChain, Issuer, *, ''",
        "Arrangement, authorityChain, Issuer, *, ''",
        "Standard, compareTo, Strictness, 1, Standard",
        "Standard, effectiveUnit, EString, 1, ''",
        "Negotiation, directSuperior, AdministrativeUnit, 1, ''",
    })
    void everyDerivedNotionIsAnOperation(String className, String operationName, String returnType, String many,
            String parameters) {
        EOperation operation = eClass(className).getEAllOperations().stream()
                .filter(o -> o.getName().equals(operationName)).findFirst().orElse(null);
        assertNotNull(operation, () -> className + " has no operation '" + operationName + "'");
        assertEquals(returnType, operation.getEType().getName());
        assertEquals("*".equals(many), operation.isMany());
        List<String> actual = operation.getEParameters().stream()
                .map(p -> p.getEType().getName() + (p.isMany() ? "*" : "")).toList();
        assertEquals(parameters.isEmpty() ? List.of() : List.of(parameters.split(" ")), actual);
    }

    @Test
    void everyConceptBelowTheRootIsAnElementWithARequiredId() {
        EClass element = eClass("Element");
        EAttribute id = assertInstanceOf(EAttribute.class, element.getEStructuralFeature("id"));
        assertTrue(id.isID(), "the id is the EMF ID (URI fragment, IDREF target)");
        assertTrue(id.isRequired());
        int concrete = 0;
        for (EClassifier classifier : GOVERNANCE.getEClassifiers()) {
            if (classifier instanceof EClass eClass && !eClass.isAbstract() && !"GovernanceModel".equals(eClass.getName())) {
                assertTrue(element.isSuperTypeOf(eClass), eClass.getName() + " is an Element");
                assertEquals(id, eClass.getEIDAttribute(), eClass.getName());
                concrete++;
            }
        }
        assertEquals(8, concrete, "AdministrativeUnit, Indicator, Standard, Arrangement, Negotiation, Agreement, "
                + "Commitment, Intervention");
        assertTrue(eClass("Issuer").isSuperTypeOf(eClass("AdministrativeUnit")));
        assertTrue(eClass("Issuer").isSuperTypeOf(eClass("Arrangement")), "an arrangement issues standards too");
    }

    @Test
    void requiredValuesAreRequired() {
        for (String required : List.of("GovernanceModel.asOf", "Element.id", "AdministrativeUnit.level",
                "Indicator.direction", "Standard.indicator", "Arrangement.kind", "Negotiation.status",
                "Intervention.intervener", "Intervention.start")) {
            String[] parts = required.split("\\.");
            assertTrue(eClass(parts[0]).getEStructuralFeature(parts[1]).isRequired(), required);
        }
        assertEquals(2, eClass("Negotiation").getEStructuralFeature("parties").getLowerBound(),
                "a negotiation is between at least two parties");
    }

    private static EClass eClass(String name) {
        return assertInstanceOf(EClass.class, GOVERNANCE.getEClassifier(name), () -> "no class " + name);
    }

    /** A line per classifier, feature, operation and literal, with everything that shapes the generated API. */
    private static List<String> signature(EPackage ePackage) {
        List<String> lines = new ArrayList<>();
        lines.add("package " + ePackage.getName() + " " + ePackage.getNsURI() + " " + ePackage.getNsPrefix());
        for (EClassifier classifier : ePackage.getEClassifiers()) {
            if (classifier instanceof EClass eClass) {
                lines.add("class " + eClass.getName() + (eClass.isAbstract() ? " abstract" : "")
                        + (eClass.isInterface() ? " interface" : "") + " extends "
                        + eClass.getESuperTypes().stream().map(EClass::getName).toList());
                for (EStructuralFeature feature : eClass.getEStructuralFeatures()) {
                    StringBuilder line = new StringBuilder("  ").append(eClass.getName()).append('.')
                            .append(feature.getName()).append(" : ").append(typeName(feature.getEType())).append(" [")
                            .append(feature.getLowerBound()).append("..").append(feature.getUpperBound()).append(']');
                    line.append(feature.isChangeable() ? "" : " readonly").append(feature.isDerived() ? " derived" : "")
                            .append(feature.isTransient() ? " transient" : "")
                            .append(feature.isVolatile() ? " volatile" : "")
                            .append(feature.isUnsettable() ? " unsettable" : "")
                            .append(feature.isUnique() ? "" : " nonunique")
                            .append(feature.isOrdered() ? "" : " unordered");
                    if (feature.getDefaultValueLiteral() != null) {
                        line.append(" default=").append(feature.getDefaultValueLiteral());
                    }
                    if (feature instanceof EAttribute attribute && attribute.isID()) {
                        line.append(" id");
                    }
                    if (feature instanceof EReference reference) {
                        // The generator turns proxy resolution off for containments and their
                        // opposites (containmentProxies=false); only cross references keep the flag.
                        boolean crossReference = !reference.isContainment() && !reference.isContainer();
                        line.append(reference.isContainment() ? " containment" : "")
                                .append(crossReference && !reference.isResolveProxies() ? " noproxies" : "");
                        if (reference.getEOpposite() != null) {
                            line.append(" opposite=").append(reference.getEOpposite().getName());
                        }
                    }
                    lines.add(line.toString());
                }
                for (EOperation operation : eClass.getEOperations()) {
                    lines.add("  " + eClass.getName() + "." + operation.getName() + "("
                            + operation.getEParameters().stream().map(EcoreTest::parameter).toList() + ") : "
                            + typeName(operation.getEType()) + " [" + operation.getLowerBound() + ".."
                            + operation.getUpperBound() + "]");
                }
            } else if (classifier instanceof EEnum eEnum) {
                lines.add("enum " + eEnum.getName());
                for (EEnumLiteral literal : eEnum.getELiterals()) {
                    lines.add("  " + eEnum.getName() + "." + literal.getName() + "=" + literal.getValue() + " \""
                            + literal.getLiteral() + "\"");
                }
            } else {
                lines.add("datatype " + classifier.getName() + " " + classifier.getInstanceClassName());
            }
        }
        return lines;
    }

    private static String parameter(EParameter parameter) {
        return parameter.getName() + " : " + typeName(parameter.getEType()) + " [" + parameter.getLowerBound() + ".."
                + parameter.getUpperBound() + "]";
    }

    private static String typeName(EClassifier type) {
        if (type == null) {
            return "void";
        }
        String owner = type.getEPackage() == null ? "?" : type.getEPackage().getNsURI();
        return (EcorePackage.eNS_URI.equals(owner) ? "ecore:" : "") + type.getName();
    }

    private static String describe(Diagnostic diagnostic) {
        StringBuilder text = new StringBuilder(diagnostic.getSeverity() + " " + diagnostic.getMessage());
        for (Diagnostic child : diagnostic.getChildren()) {
            text.append("\n  ").append(describe(child).replace("\n", "\n  "));
        }
        return text.toString();
    }
}
