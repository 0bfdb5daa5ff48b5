package org.casenotes.ui.forms.internal;

import org.eclipse.jface.action.Action;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.contexts.IContextService;

/**
 * The editor's handlers of the workbench's global actions: Undo/Redo on the note's command stack (Ctrl+Z, Ctrl+Y),
 * and Next/Previous to step through the note's findings (Ctrl+. and Ctrl+, as for annotations in Eclipse's editors;
 * bound in this bundle's plugin.xml for the note editor's key context, which the editor activates).
 */
final class EditorActions {

    /** Steps to the next or previous finding. */
    @FunctionalInterface
    interface FindingStep {
        void step(boolean forward);
    }

    private final StackAction undo;
    private final StackAction redo;

    /** The key context of the note editor, in which Ctrl+. and Ctrl+, step through findings. */
    static final String CONTEXT = "org.casenotes.ui.forms.noteEditorScope";

    EditorActions(IEditorSite site, NoteEditing editing, FindingStep step) {
        IActionBars bars = site.getActionBars();
        undo = StackAction.undo(editing.stack());
        redo = StackAction.redo(editing.stack());
        bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
        bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
        bars.setGlobalActionHandler(ActionFactory.NEXT.getId(),
                finding("Next Finding", IWorkbenchCommandConstants.NAVIGATE_NEXT, () -> step.step(true)));
        bars.setGlobalActionHandler(ActionFactory.PREVIOUS.getId(),
                finding("Previous Finding", IWorkbenchCommandConstants.NAVIGATE_PREVIOUS, () -> step.step(false)));
        bars.updateActionBars();
        IContextService contexts = site.getService(IContextService.class);
        if (contexts != null) {
            contexts.activateContext(CONTEXT);
        }
    }

    /** Follows the command stack (enablement and labels of Undo and Redo). */
    void update() {
        undo.update();
        redo.update();
    }

    private static Action finding(String label, String commandId, Runnable run) {
        Action action = new Action(label) {
            @Override
            public void run() {
                run.run();
            }
        };
        action.setActionDefinitionId(commandId);
        return action;
    }
}
