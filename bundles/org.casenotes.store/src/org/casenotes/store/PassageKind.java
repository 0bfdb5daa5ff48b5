package org.casenotes.store;

/** What a {@link SearchHit} was found in. */
public enum PassageKind {
    /** A text field of a note (any status). */
    NOTE_FIELD,
    /** An addendum to a signed note. */
    ADDENDUM,
    /** A letter in the client's record. */
    LETTER,
    /** A psychotherapy note (only in {@link PsychotherapyNotes#search()}, only the searching author's own). */
    PSYCHOTHERAPY_NOTE
}
