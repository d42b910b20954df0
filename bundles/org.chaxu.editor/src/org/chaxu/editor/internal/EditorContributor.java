// SPDX-License-Identifier: EPL-2.0
package org.chaxu.editor.internal;

import java.util.EventObject;

import org.chaxu.editor.ChaxuEditor;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.action.Action;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.EditorActionBarContributor;

/**
 * Edit → Undo / Redo (labelled with the command they undo or redo) and File → Revert for the
 * active Chaxu editor, on its command stack.
 */
public final class EditorContributor extends EditorActionBarContributor {

    private ChaxuEditor editor;
    private final Action undo = new Action() {
        @Override
        public void run() {
            if (editor != null) {
                editor.commandStack().undo();
            }
        }
    };
    private final Action redo = new Action() {
        @Override
        public void run() {
            if (editor != null) {
                editor.commandStack().redo();
            }
        }
    };
    private final Action revert = new Action() {
        @Override
        public void run() {
            if (editor != null) {
                editor.revert();
            }
        }
    };
    private final CommandStackListener listener = this::update;

    public EditorContributor() {
        ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
        undo.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_UNDO));
        redo.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_REDO));
        undo.setActionDefinitionId("org.eclipse.ui.edit.undo");
        redo.setActionDefinitionId("org.eclipse.ui.edit.redo");
    }

    @Override
    public void init(IActionBars bars) {
        super.init(bars);
        bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
        bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
        bars.setGlobalActionHandler(ActionFactory.REVERT.getId(), revert);
    }

    @Override
    public void setActiveEditor(IEditorPart part) {
        if (editor != null && editor.getEditingDomain() != null) {
            editor.commandStack().removeCommandStackListener(listener);
        }
        editor = part instanceof ChaxuEditor chaxu ? chaxu : null;
        if (editor != null && editor.getEditingDomain() != null) {
            editor.commandStack().addCommandStackListener(listener);
        }
        update(null);
    }

    private void update(EventObject event) {
        CommandStack stack = editor == null || editor.getEditingDomain() == null ? null : editor.commandStack();
        Messages messages = editor == null ? null : editor.messages();
        Command toUndo = stack == null ? null : stack.getUndoCommand();
        Command toRedo = stack == null ? null : stack.getRedoCommand();
        undo.setEnabled(stack != null && stack.canUndo());
        redo.setEnabled(stack != null && stack.canRedo());
        revert.setEnabled(editor != null && editor.isDirty());
        if (messages != null) {
            undo.setText(messages.get("action.undo", label(toUndo)));
            redo.setText(messages.get("action.redo", label(toRedo)));
            revert.setText(messages.get("action.revert"));
        }
    }

    private static String label(Command command) {
        return command == null || command.getLabel() == null ? "" : command.getLabel();
    }

    @Override
    public void dispose() {
        setActiveEditor(null);
        super.dispose();
    }
}
