package org.casenotes.store;

import java.util.Objects;

/**
 * One inconsistency found by {@link AuditLog#verify()}: exactly which audit entry or which stored object no longer
 * matches what the hash chain recorded.
 *
 * @param problem       what is wrong
 * @param auditSequence the audit entry concerned (the altered entry, the first entry after a gap, the entry the
 *                      header anchored, or the entry whose digest the stored content no longer matches); {@code 0}
 *                      if none applies
 * @param kind          the kind of object concerned
 * @param objectId      the object concerned ({@code ""} for problems of the log itself)
 * @param description   a sentence for the user, naming the entry and object, never their content
 */
public record TamperFinding(Problem problem, long auditSequence, RecordKind kind, String objectId,
        String description) {

    /** The kinds of inconsistency verification can find. */
    public enum Problem {
        /** An audit entry's fields were changed after it was written (its hash no longer matches). */
        AUDIT_ENTRY_ALTERED,
        /** Audit entries are missing, reordered or inserted: an entry does not link to its predecessor. */
        AUDIT_CHAIN_BROKEN,
        /** Stored content of an object differs from the digest its latest audit entry recorded. */
        CONTENT_ALTERED,
        /**
         * Entries were cut from the end of the log, or the last ones replaced: the log no longer reaches the entry
         * the caseload header recorded as its last one.
         */
        AUDIT_END_REMOVED,
        /** The header's record of the log's last entry was altered by someone without the passphrase. */
        AUDIT_ANCHOR_ALTERED,
        /** An object is stored that no audit entry ever recorded writing. */
        CONTENT_UNRECORDED,
        /** The audit log recorded content for an object that is no longer stored. */
        CONTENT_MISSING
    }

    public TamperFinding {
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(objectId, "objectId");
        Objects.requireNonNull(description, "description");
    }
}
