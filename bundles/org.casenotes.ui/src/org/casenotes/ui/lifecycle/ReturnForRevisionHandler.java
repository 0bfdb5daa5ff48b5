package org.casenotes.ui.lifecycle;

import java.util.Optional;

import org.casenotes.model.record.Note;
import org.casenotes.store.CaseloadStore;
import org.casenotes.ui.forms.NoteEditorInput;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;

/** A supervisor returns the submitted note in the active editor to its author with a comment. */
public final class ReturnForRevisionHandler extends ActiveNoteHandler {

    public ReturnForRevisionHandler() {
        super("Return for Revision");
    }

    @Override
    Optional<Note> step(Shell shell, CaseloadStore store, NoteEditorInput input) {
        InputDialog comment = new InputDialog(shell, "Return for Revision", "What should the author revise?", "",
                text -> text == null || text.isBlank() ? "Say what to revise." : null);
        if (comment.open() != Window.OK) {
            return Optional.empty();
        }
        return Optional.of(new NoteReview(store, Workplace.rules(), Workplace.profile())
                .returnForRevision(input.note(), comment.getValue().strip()));
    }
}
