package org.casenotes.ui.forms.tests;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.casenotes.model.record.Note;
import org.casenotes.ui.forms.DraftKeeper;

/** A draft keeper that remembers what the editor kept and discarded, and offers a prepared copy for recovery. */
final class RecordingKeeper implements DraftKeeper {

    final List<Note> kept = new ArrayList<>();
    final List<String> discarded = new ArrayList<>();
    /** While set, keeping fails with this message, as a store that became unavailable would. */
    String failure;
    private Note recoverable;
    private Instant keptAt;

    /** @return this keeper, offering {@code draft} (kept at {@code at}, or at an unknown time) for recovery */
    RecordingKeeper offering(Note draft, Instant at) {
        this.recoverable = draft;
        this.keptAt = at;
        return this;
    }

    @Override
    public void keep(Note draft) {
        if (failure != null) {
            throw new IllegalStateException(failure);
        }
        kept.add(draft);
    }

    @Override
    public Optional<Note> recover(String noteId) {
        return Optional.ofNullable(recoverable).filter(note -> note.getId().equals(noteId));
    }

    @Override
    public void discard(String noteId) {
        discarded.add(noteId);
    }

    @Override
    public Optional<Instant> keptAt(String noteId) {
        return Optional.ofNullable(keptAt);
    }

    Note lastKept() {
        return kept.get(kept.size() - 1);
    }
}
