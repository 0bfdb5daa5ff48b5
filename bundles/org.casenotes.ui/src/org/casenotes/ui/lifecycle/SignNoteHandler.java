package org.casenotes.ui.lifecycle;

import java.util.Optional;

import org.casenotes.model.record.Note;
import org.casenotes.store.CaseloadStore;
import org.casenotes.ui.forms.NoteEditorInput;
import org.eclipse.swt.widgets.Shell;

/** Signs the note in the active editor as the clinician of the profile (see {@link NoteSigning}). */
public final class SignNoteHandler extends ActiveNoteHandler {

    public SignNoteHandler() {
        super("Sign Note");
    }

    @Override
    Optional<Note> step(Shell shell, CaseloadStore store, NoteEditorInput input) {
        return new NoteSigning(store, Workplace.rules(), Workplace.profile(), new DialogSigningPrompts(shell))
                .sign(input.note(), input.form());
    }
}
