package org.casenotes.ui.forms;

import java.time.Instant;
import java.util.Optional;

import org.casenotes.model.record.Note;

/**
 * Keeps a working copy of a draft note while it is edited, so that a crash loses at most the changes since the last
 * keep, and offers it back when the note is opened again. The note editor calls {@link #keep} a few seconds after the
 * clinician stops typing (never for a signed or locked note, never on the undo stack or the dirty state), asks
 * {@link #recover} when it opens a note, and calls {@link #discard} when the clinician throws unsaved changes away
 * (closes without saving, declines a recovery). Saving the note is expected to discard the working copy on its own,
 * as {@code CaseloadStore.saveNote} does. The default, {@link #NONE}, keeps nothing.
 * <p>
 * The editor calls these methods on the UI thread; implementations should be quick (a single store write).
 */
public interface DraftKeeper {

    /** Keeps nothing and recovers nothing: for notes that live only in memory (template previews, tests). */
    DraftKeeper NONE = new DraftKeeper() {
        @Override
        public void keep(Note draft) {
            // nowhere to keep it
        }

        @Override
        public Optional<Note> recover(String noteId) {
            return Optional.empty();
        }

        @Override
        public void discard(String noteId) {
            // nothing kept
        }
    };

    /**
     * Keeps {@code draft}, replacing the copy kept before. The editor passes a copy of the note, which the keeper
     * may hold on to. Throws if it cannot keep it; the editor then tells the clinician once and keeps editing.
     */
    void keep(Note draft);

    /** @return the working copy kept for the note with id {@code noteId} since it was last saved, if any */
    Optional<Note> recover(String noteId);

    /** Throws away the working copy of the note with id {@code noteId}; does nothing if there is none. */
    void discard(String noteId);

    /**
     * @return when the working copy of {@code noteId} was kept, if the keeper knows; the recovery question then
     *         names the time ("Recover the unsaved changes from 14:32?")
     */
    default Optional<Instant> keptAt(String noteId) {
        return Optional.empty();
    }
}
