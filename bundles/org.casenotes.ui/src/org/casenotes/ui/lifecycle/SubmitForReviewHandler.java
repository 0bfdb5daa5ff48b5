package org.casenotes.ui.lifecycle;

import java.util.Optional;

import org.casenotes.model.record.Note;
import org.casenotes.store.CaseloadStore;
import org.casenotes.ui.forms.NoteEditorInput;
import org.eclipse.swt.widgets.Shell;

/** Submits the note in the active editor to the author's supervisor. */
public final class SubmitForReviewHandler extends ActiveNoteHandler {

    public SubmitForReviewHandler() {
        super("Submit for Review");
    }

    @Override
    Optional<Note> step(Shell shell, CaseloadStore store, NoteEditorInput input) {
        return Optional.of(new NoteReview(store, Workplace.rules(), Workplace.profile()).submit(input.note()));
    }
}
