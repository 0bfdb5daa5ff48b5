package org.casenotes.store.internal.search;

import java.util.Collection;

import org.casenotes.model.record.Client;
import org.casenotes.model.record.Note;
import org.casenotes.store.NoteSearch;

/**
 * What a store's saves tell its note search, and the two searches it answers: the record's notes, addenda and letters,
 * and the searching clinician's own psychotherapy notes. The embedded store keeps them in {@link CaseloadSearch};
 * a store without an index of its own (the agency server, for now) has {@link UnavailableSearch}.
 */
public interface NoteIndexing {

    /** @return the search over notes, addenda and letters */
    NoteSearch records();

    /** @return the search over the clinician's own psychotherapy notes */
    NoteSearch psychotherapyNotes();

    /** Indexes notes just saved. */
    void notesSaved(Collection<Note> notes);

    /** Indexes the addenda and letters of clients just saved. */
    void clientsSaved(Collection<Client> clients);

    /** Indexes a psychotherapy note just saved. */
    void psychotherapyNoteSaved(Note note);

    /** Stops indexing and keeps what is indexed, as the store locks or closes. */
    void stop();
}
