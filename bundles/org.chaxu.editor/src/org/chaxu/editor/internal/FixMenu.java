// SPDX-License-Identifier: EPL-2.0
package org.chaxu.editor.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.chaxu.editor.QuickFix;
import org.chaxu.engine.Finding;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.swt.widgets.Control;

/**
 * The context menu of a page's tree or matrix: the quick fixes of the live findings on the
 * selected element, each one an undoable command on the editor's stack.
 */
public final class FixMenu {

    private FixMenu() {
    }

    public static void attach(Control control, Supplier<EObject> selected, EditorContext context) {
        MenuManager menu = new MenuManager();
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(manager -> fill(manager, selected.get(), context));
        control.setMenu(menu.createContextMenu(control));
        control.addDisposeListener(e -> menu.dispose());
    }

    private static void fill(IMenuManager manager, EObject element, EditorContext context) {
        MenuManager fixes = new MenuManager(context.messages().get("quickfix.menu"));
        for (Action action : actions(element, context)) {
            fixes.add(action);
        }
        if (fixes.isEmpty()) {
            Action none = new Action(context.messages().get("quickfix.none")) {
            };
            none.setEnabled(false);
            fixes.add(none);
        }
        manager.add(fixes);
        manager.add(new Separator("additions"));
    }

    /** One action per resolution of every live finding on the element. */
    public static List<Action> actions(EObject element, EditorContext context) {
        List<Action> actions = new ArrayList<>();
        if (element == null) {
            return actions;
        }
        for (Finding finding : context.findings().on(element)) {
            for (QuickFix.Resolution resolution : QuickFixes.resolutions(finding.getRuleId(), finding.getElement(),
                    finding.getRelated(), context.domain(), context.messages().locale())) {
                Action action = new Action(finding.tagged(resolution.label())) {
                    @Override
                    public void run() {
                        context.execute(resolution.command());
                    }
                };
                action.setToolTipText(resolution.description());
                actions.add(action);
            }
        }
        return actions;
    }
}
