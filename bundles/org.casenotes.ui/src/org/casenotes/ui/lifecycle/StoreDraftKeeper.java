package org.casenotes.ui.lifecycle;

import java.time.Instant;
import java.util.Optional;

import org.casenotes.model.record.Note;
import org.casenotes.store.CaseloadStore;
import org.casenotes.ui.forms.DraftKeeper;

/**
 * Keeps the working copy of a record note being edited in the caseload store's autosave slot, which is not part of
 * the record and is replaced by each autosave and cleared by saving the note.
 */
final class StoreDraftKeeper implements DraftKeeper {

    private final CaseloadStore store;

    StoreDraftKeeper(CaseloadStore store) {
        this.store = store;
    }

    @Override
    public void keep(Note draft) {
        store.autosaveDraft(draft);
    }

    @Override
    public Optional<Note> recover(String noteId) {
        return store.autosavedDraft(noteId);
    }

    @Override
    public Optional<Instant> keptAt(String noteId) {
        return store.autosavedAt(noteId);
    }

    @Override
    public void discard(String noteId) {
        store.discardAutosavedDraft(noteId);
    }
}
