package org.casenotes.ui.forms.internal;

import org.casenotes.ui.forms.NoteEditorInput;
import org.eclipse.ui.PartInitException;

/** A note opens only with the version of the form it was written on: later template edits never change it. */
final class PinnedForm {

    private PinnedForm() {
    }

    /** @throws PartInitException saying which version the note needs, if {@code input} gives another form */
    static void require(NoteEditorInput input) throws PartInitException {
        if (!input.form().getId().equals(input.note().getTemplateId())
                || input.form().getVersion() != input.note().getTemplateVersion()) {
            throw new PartInitException("This note was written on " + input.note().getTemplateId() + " version "
                    + input.note().getTemplateVersion() + "; it opens only with that version of the form, not with "
                    + input.form().getId() + " version " + input.form().getVersion() + ".");
        }
    }
}
