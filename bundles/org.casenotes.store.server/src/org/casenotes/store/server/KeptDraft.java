package org.casenotes.store.server;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import org.casenotes.model.record.Note;

/**
 * A draft kept on this computer, encrypted, while the agency server could not be reached (see {@link KeptDrafts}).
 *
 * @param draft       the note as the clinician last had it
 * @param keptAt      when it was kept
 * @param baseVersion the version of the note on the server the draft was written over (the digest the store's
 *                    optimistic locking compares), or null if the session had not read the note from the server
 */
public record KeptDraft(Note draft, Instant keptAt, String baseVersion) {

    public KeptDraft {
        Objects.requireNonNull(draft, "draft");
        Objects.requireNonNull(keptAt, "keptAt");
    }

    /** @return the note's id */
    public String noteId() {
        return draft.getId();
    }

    /** @return the version it was written over, if known */
    public Optional<String> base() {
        return Optional.ofNullable(baseVersion);
    }
}
