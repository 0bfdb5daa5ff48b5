package org.casenotes.store.server;

import java.util.Objects;

import org.casenotes.model.record.Note;

/**
 * What became of a draft kept on this computer when the server could be reached again
 * ({@link AgencySession#saveKeptDrafts()}).
 *
 * @param draft   the kept draft
 * @param outcome what became of it
 * @param reason  the store's reason when it was not simply saved, else empty
 */
public record KeptDraftSave(Note draft, Outcome outcome, String reason) {

    /** What became of a kept draft. */
    public enum Outcome {
        /** Saved on the server (or found there already); the copy on this computer is deleted. */
        SAVED,
        /**
         * Someone else changed the note meanwhile: the draft is the note's working copy on the server, to merge when
         * the note is opened; the copy on this computer is deleted.
         */
        TO_MERGE,
        /** Not saved (the server refused it for a reason given): the copy on this computer stays. */
        NOT_SAVED,
        /**
         * Not saved because the note was signed on the server meanwhile (a signed note does not change): the copy on
         * this computer stays until the clinician, having read it (to write an addendum if something is missing),
         * {@linkplain KeptDrafts#discard discards} it.
         */
        SIGNED_MEANWHILE
    }

    public KeptDraftSave {
        Objects.requireNonNull(draft, "draft");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(reason, "reason");
    }
}
