package org.casenotes.ui.lifecycle;

import java.util.Objects;

import org.casenotes.store.CaseloadStore;
import org.casenotes.ui.forms.DraftKeeper;
import org.casenotes.ui.forms.NoteEditorInput.NoteSaver;

/**
 * Where an opened note belongs: where saving it goes, where the working copy of a draft is kept between saves, and
 * whether it is a psychotherapy note, shown apart from the clinical record.
 *
 * @param saver         where saving goes
 * @param drafts        where the working copy of a draft is kept between saves
 * @param psychotherapy whether the note is a psychotherapy note
 */
public record NoteHome(NoteSaver saver, DraftKeeper drafts, boolean psychotherapy) {

    public NoteHome {
        Objects.requireNonNull(saver, "saver");
        Objects.requireNonNull(drafts, "drafts");
    }

    /**
     * @return the clinical record of {@code store}, with its autosave slot for working copies; for the open agency
     *         server's store, drafts are kept on this computer, encrypted, while the server cannot be reached
     *         ({@link ServerNoteHome})
     */
    public static NoteHome record(CaseloadStore store) {
        return org.casenotes.ui.caseload.CaseloadSession.current().agency()
                .filter(session -> session.store() == store && session.keptDrafts().isPresent())
                .map(ServerNoteHome::of)
                .orElseGet(() -> new NoteHome(store::saveNote, new StoreDraftKeeper(store), false));
    }

    /**
     * @return the separately kept psychotherapy notes of {@code store}; their working copies are not autosaved,
     *         because the store's autosave slot belongs to the record and private notes must not enter it
     */
    public static NoteHome psychotherapyNotes(CaseloadStore store) {
        return new NoteHome(store.psychotherapyNotes()::save, DraftKeeper.NONE, true);
    }
}
