package org.casenotes.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One immutable line of the audit log: who did what to which object, when.
 *
 * @param sequence      position in the log, starting at 1 with no gaps
 * @param at            when the event was recorded (store clock, millisecond precision)
 * @param actor         who did it (the clinician's user id given when the caseload was opened)
 * @param action        what was done
 * @param kind          the kind of object it was done to
 * @param objectId      the id of that object ({@code ""} for the caseload itself)
 * @param detail        short free text without client data (e.g. "template soap 1.2")
 * @param contentDigest hex SHA-256 of the stored content after the event, for events that wrote content;
 *                      {@code null} otherwise. Verification compares stored content against the latest digest.
 * @param previousHash  the {@link #hash} of the entry before ({@code 64 zeros} for the first entry)
 * @param hash          hex SHA-256 over this entry's fields and {@code previousHash}: the chain link
 */
public record AuditEntry(long sequence, Instant at, String actor, AuditAction action, RecordKind kind,
        String objectId, String detail, String contentDigest, String previousHash, String hash) {

    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(objectId, "objectId");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(previousHash, "previousHash");
        Objects.requireNonNull(hash, "hash");
    }

    /** @return the content digest, if this event wrote content */
    public Optional<String> digest() {
        return Optional.ofNullable(contentDigest);
    }
}
