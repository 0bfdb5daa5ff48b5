package org.casenotes.store;

/** What happened to client data, as recorded in the {@link AuditLog}. */
public enum AuditAction {
    /** A caseload was created. */
    CREATE_CASELOAD,
    /** The caseload was unlocked with the passphrase. */
    UNLOCK,
    /** The caseload was locked (explicitly or after idling). */
    LOCK,
    /** A record was created. */
    CREATE,
    /** A record was opened for reading. */
    OPEN,
    /** A record was changed (for notes: a draft, or a signed note re-saved unchanged). */
    CHANGE,
    /** A note was submitted for supervisor review. */
    SUBMIT,
    /** A submitted note was returned to its author with comments. */
    RETURN,
    /** A note was signed; its content is sealed from here on. */
    SIGN,
    /** A signed note was co-signed by a supervisor. */
    COSIGN,
    /** An addendum was added to a signed note. */
    ADDENDUM,
    /** Client data left the workbench as an export. */
    EXPORT,
    /** Client data was printed. */
    PRINT,
    /** The whole caseload was backed up. */
    BACKUP,
    /** The caseload was restored from a backup. */
    RESTORE
}
