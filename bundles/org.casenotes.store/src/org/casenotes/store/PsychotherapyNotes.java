package org.casenotes.store;

import java.util.Optional;

import org.casenotes.model.record.Note;
import org.casenotes.model.record.PsychotherapyNotebook;

/**
 * Psychotherapy (process) notes: the clinician's private impressions, which HIPAA keeps apart from the record.
 * They are stored separately from notes, are never returned by {@link CaseloadStore} record methods, and are
 * obtained only through this interface ({@link CaseloadStore#psychotherapyNotes()}), so exports and letters built
 * from the record cannot include them by accident. Reads and writes are audited with kind
 * {@link RecordKind#PSYCHOTHERAPY_NOTE}. The rules of {@link CaseloadStore} (durability, sealed signed notes,
 * locking) apply.
 */
public interface PsychotherapyNotes {

    /**
     * Loads a client's psychotherapy notes, oldest first. Records an {@link AuditAction#OPEN} entry per note.
     *
     * @param clientId the client
     * @return the notebook (empty if the client has none)
     */
    PsychotherapyNotebook notebook(String clientId);

    /**
     * @param noteId a psychotherapy note's id
     * @return the note, or empty (records an {@link AuditAction#OPEN} entry when found)
     */
    Optional<Note> load(String noteId);

    /**
     * @return full-text search over the psychotherapy notes written by the store's {@linkplain CaseloadStore#actor()
     *         actor}, and no one else's; kept apart from {@link CaseloadStore#noteSearch()}, which never returns one
     */
    NoteSearch search();

    /**
     * Saves one psychotherapy note durably.
     *
     * @param note the note; its {@code clientId} must name a saved client
     * @throws SignedNoteChangeException if it is stored as signed and the save would change it
     */
    void save(Note note);
}
