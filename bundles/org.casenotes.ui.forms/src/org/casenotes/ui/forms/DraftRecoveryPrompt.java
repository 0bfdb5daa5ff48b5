package org.casenotes.ui.forms;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

/**
 * Asks the clinician whether to recover the unsaved changes of a note that a {@link DraftKeeper} kept (after a crash,
 * or after the workbench was closed without saving). The editor asks when it opens the note; "yes" applies the
 * kept working copy as one undoable change, "no" discards it. Replaceable on {@link NoteEditorInput} so that tests
 * (and other front ends) can answer without a dialog.
 */
@FunctionalInterface
public interface DraftRecoveryPrompt {

    /** Asks with a Yes/No question dialog. */
    DraftRecoveryPrompt DIALOG = (shell, question) -> MessageDialog.openQuestion(shell, "Recover Unsaved Changes",
            question);

    /**
     * @param shell    the editor's shell, to parent a dialog
     * @param question the question, e.g. "Recover the unsaved changes from 14:32?"
     * @return whether to recover the kept changes
     */
    boolean recover(Shell shell, String question);
}
