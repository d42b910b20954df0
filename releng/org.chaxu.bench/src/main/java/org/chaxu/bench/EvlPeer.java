// SPDX-License-Identifier: EPL-2.0
package org.chaxu.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.chaxu.governance.GovernancePackage;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.epsilon.emc.emf.InMemoryEmfModel;
import org.eclipse.epsilon.evl.EvlModule;
import org.eclipse.epsilon.evl.execute.UnsatisfiedConstraint;

/**
 * The rule catalogue in Epsilon EVL ({@code chaxu.evl} beside this class) run on a loaded
 * model: a fresh module per check, the model wrapped as an in-memory EMF model. Each
 * unsatisfied constraint is one or more findings (its message says how many).
 */
public final class EvlPeer {

    private static final String SCRIPT;

    static {
        try (InputStream in = EvlPeer.class.getResourceAsStream("chaxu.evl")) {
            SCRIPT = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private EvlPeer() {
    }

    public static List<HandWrittenValidator.Violation> validate(Resource resource) {
        try {
            EvlModule module = new EvlModule();
            if (!module.parse(SCRIPT)) {
                throw new IllegalStateException("chaxu.evl does not parse: " + module.getParseProblems());
            }
            InMemoryEmfModel model = new InMemoryEmfModel("Chaxu", resource, GovernancePackage.eINSTANCE);
            module.getContext().getModelRepository().addModel(model);
            module.execute();
            List<HandWrittenValidator.Violation> out = new ArrayList<>();
            for (UnsatisfiedConstraint u : module.getContext().getUnsatisfiedConstraints()) {
                String name = u.getConstraint().getName();
                String[] parts = name.split("_");
                String ruleId = parts[0] + "-" + parts[1] + (parts.length > 2 && Character.isUpperCase(parts[2].charAt(0)) ? "-" + parts[2] : "");
                int times = Integer.parseInt(u.getMessage().trim());
                for (int i = 0; i < times; i++) {
                    out.add(new HandWrittenValidator.Violation(ruleId, (EObject) u.getInstance()));
                }
            }
            return out;
        } catch (Exception e) {
            throw new IllegalStateException("EVL failed: " + e.getMessage(), e);
        }
    }
}
