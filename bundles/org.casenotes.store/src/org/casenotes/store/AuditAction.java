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
    VIEW,
    /** A record was changed (drafts only, for notes). */
    CHANGE,
    /** A note was signed; its content is sealed from here on. */
    SIGN,
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
