package org.casenotes.ui.lifecycle;

import java.util.Optional;

import org.casenotes.model.record.Note;
import org.casenotes.store.CaseloadStore;
import org.casenotes.ui.forms.NoteEditorInput;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

/** A supervisor co-signs the signed note in the active editor. */
public final class CosignHandler extends ActiveNoteHandler {

    public CosignHandler() {
        super("Co-sign Note");
    }

    @Override
    Optional<Note> step(Shell shell, CaseloadStore store, NoteEditorInput input) {
        if (!MessageDialog.openConfirm(shell, "Co-sign Note", "Co-sign as " + Workplace.profile().signatureLine()
                + "?")) {
            return Optional.empty();
        }
        return Optional.of(new NoteReview(store, Workplace.rules(), Workplace.profile()).cosign(input.note()));
    }
}
