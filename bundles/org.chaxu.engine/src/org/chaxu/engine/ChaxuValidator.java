// SPDX-License-Identifier: EPL-2.0
package org.chaxu.engine;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.chaxu.governance.GovernancePackage;
import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EObjectValidator;

/**
 * Chaxu's rules as an EMF {@link EValidator}: EMF's {@code Diagnostician} (and so every EMF
 * tool, including an editor's <em>Validate</em>) returns each finding as a {@link Diagnostic}
 * on its element, whose data holds the element first and then the related elements.
 * The structural constraints of {@link EObjectValidator} run first. The rules run once per
 * resource and validation (cached in the context map), not once per object.
 */
public final class ChaxuValidator extends EObjectValidator {

    /** The diagnostic source of rule findings. */
    public static final String DIAGNOSTIC_SOURCE = "org.chaxu.rules";

    private final Supplier<RuleCatalog> catalog;
    private final CheckOptions options;

    public ChaxuValidator(Supplier<RuleCatalog> catalog, CheckOptions options) {
        this.catalog = catalog;
        this.options = options;
    }

    /** Registers a validator with the shipped rules for the Chaxu package in the global registry. */
    public static ChaxuValidator register(Supplier<RuleCatalog> catalog, CheckOptions options) {
        ChaxuValidator validator = new ChaxuValidator(catalog, options);
        EValidator.Registry.INSTANCE.put(GovernancePackage.eINSTANCE, validator);
        return validator;
    }

    @Override
    protected EPackage getEPackage() {
        return GovernancePackage.eINSTANCE;
    }

    /** EMF's default (structural) constraints for every Chaxu class; the rules are added in the method below. */
    @Override
    protected boolean validate(int classifierID, Object object, DiagnosticChain diagnostics, Map<Object, Object> context) {
        // Chaxu's data types are enumerations: every literal is valid.
        return !(object instanceof EObject eObject) || validate_EveryDefaultConstraint(eObject, diagnostics, context);
    }

    @Override
    public boolean validate(EClass eClass, EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
        boolean valid = super.validate(eClass, object, diagnostics, context);
        Resource resource = object.eResource();
        if (resource == null) {
            return valid;
        }
        for (Finding finding : findingsOf(resource, context).getOrDefault(object, List.of())) {
            if (finding.getSeverity() != Severity.INFO) {
                valid = false;
            }
            if (diagnostics == null) {
                if (!valid) {
                    return false;
                }
                continue;
            }
            Object[] data = new Object[finding.getRelated().size() + 1];
            data[0] = finding.getElement();
            for (int i = 0; i < finding.getRelated().size(); i++) {
                data[i + 1] = finding.getRelated().get(i);
            }
            diagnostics.add(new BasicDiagnostic(toDiagnosticSeverity(finding.getSeverity()), DIAGNOSTIC_SOURCE,
                    finding.getRule().id().hashCode(), finding.text(), data));
        }
        return valid;
    }

    @SuppressWarnings("unchecked")
    private Map<EObject, List<Finding>> findingsOf(Resource resource, Map<Object, Object> context) {
        Map<Resource, Map<EObject, List<Finding>>> cache = context == null ? new IdentityHashMap<>()
                : (Map<Resource, Map<EObject, List<Finding>>>) context.computeIfAbsent(ChaxuValidator.class,
                        k -> new IdentityHashMap<>());
        return cache.computeIfAbsent(resource, r -> {
            Map<EObject, List<Finding>> byElement = new IdentityHashMap<>();
            for (Finding finding : CheckSession.check(catalog.get(), r, options)) {
                byElement.computeIfAbsent(finding.getElement(), e -> new java.util.ArrayList<>()).add(finding);
            }
            return byElement;
        });
    }

    static int toDiagnosticSeverity(Severity severity) {
        return switch (severity) {
        case ERROR -> Diagnostic.ERROR;
        case WARNING -> Diagnostic.WARNING;
        case INFO -> Diagnostic.INFO;
        };
    }
}
