package org.casenotes.store;

import java.time.Instant;
import java.util.Optional;

import org.casenotes.model.record.Note;

/**
 * A save of a note that another session changed since this store last read or wrote it (optimistic locking: two
 * clinicians, or one clinician in two workbenches, editing the same draft). Nothing of the save was stored: the
 * other session's version stays as it is. The refused version is kept here, and as the note's autosaved working copy
 * when the stored note is still unsigned, so its text can be merged: reopen the note ({@link CaseloadStore#loadNote})
 * to see the other version, merge, and save again.
 */
public final class NoteChangedElsewhereException extends CaseloadStoreException {

    private static final long serialVersionUID = 1L;

    private final String noteId;
    private final String changedBy;
    private final transient Instant changedAt;
    private final transient Note unsaved;

    /**
     * @param noteId    the note
     * @param changedBy who saved the version now stored (empty if the log does not say)
     * @param changedAt when, or null if the log does not say
     * @param unsaved   the version this save offered (not stored)
     */
    public NoteChangedElsewhereException(String noteId, String changedBy, Instant changedAt, Note unsaved) {
        super("Note " + noteId + " was changed" + (changedBy.isEmpty() ? " in another session" : " by " + changedBy)
                + (changedAt == null ? "" : " at " + changedAt) + " after you opened it. Your version was not saved;"
                + " it is kept so you can merge it: reopen the note to see the other version, then save again.");
        this.noteId = noteId;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
        this.unsaved = unsaved;
    }

    /** @return the note */
    public String noteId() {
        return noteId;
    }

    /** @return the user id of whoever saved the version now stored ({@code ""} if unknown) */
    public String changedBy() {
        return changedBy;
    }

    /** @return when that version was saved, if known */
    public Optional<Instant> changedAt() {
        return Optional.ofNullable(changedAt);
    }

    /** @return the version this save offered, which was not stored */
    public Note unsaved() {
        return unsaved;
    }
}
