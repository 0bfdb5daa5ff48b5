package org.casenotes.store;

/** The kind of object an {@link AuditEntry} is about. */
public enum RecordKind {
    /** The caseload as a whole (unlock, lock, backup). */
    CASELOAD,
    /** A client with demographics, plans and sessions. */
    CLIENT,
    /** A clinical note (progress note, intake, letter, ...), part of the record. */
    NOTE,
    /** A psychotherapy (process) note, kept apart from the record. */
    PSYCHOTHERAPY_NOTE
}
