package org.casenotes.ui.forms.internal;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.action.Action;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;

/** Undo or Redo on the note's command stack, installed as the workbench's global Undo/Redo handler (Ctrl+Z/Ctrl+Y). */
final class StackAction extends Action {

    private final BasicCommandStack stack;
    private final boolean undo;

    private StackAction(BasicCommandStack stack, boolean undo) {
        this.stack = stack;
        this.undo = undo;
        setId(undo ? ActionFactory.UNDO.getId() : ActionFactory.REDO.getId());
        setActionDefinitionId(undo ? "org.eclipse.ui.edit.undo" : "org.eclipse.ui.edit.redo");
        setImageDescriptor(PlatformUI.getWorkbench().getSharedImages()
                .getImageDescriptor(undo ? ISharedImages.IMG_TOOL_UNDO : ISharedImages.IMG_TOOL_REDO));
        update();
    }

    static StackAction undo(BasicCommandStack stack) {
        return new StackAction(stack, true);
    }

    static StackAction redo(BasicCommandStack stack) {
        return new StackAction(stack, false);
    }

    /** Follows the stack: enabled when there is something to undo (redo), named after it. */
    void update() {
        Command next = undo ? stack.getUndoCommand() : stack.getRedoCommand();
        setEnabled(undo ? stack.canUndo() : stack.canRedo());
        String verb = undo ? "&Undo" : "&Redo";
        setText(next == null || next.getLabel() == null ? verb : verb + " " + next.getLabel());
    }

    @Override
    public void run() {
        if (undo) {
            stack.undo();
        } else {
            stack.redo();
        }
    }
}
