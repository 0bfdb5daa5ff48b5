package org.casenotes.store;

import java.util.List;

/**
 * The caseload's append-only audit log. Every write the store performs appends its own entry in the same
 * transaction as the write; callers record what happens outside the store (export, print) through
 * {@link #record}. Entries are never changed or removed. Each entry carries the hash of its predecessor
 * (see {@link AuditEntry}), so {@link #verify()} can name the exact entry or object that was altered on disk.
 *
 * <p>Implementations must: number entries from 1 without gaps; compute {@link AuditEntry#hash()} as SHA-256 over
 * a length-prefixed UTF-8 encoding of sequence, time (epoch millis), actor, action name, kind name, object id,
 * detail, content digest (empty if none) and previous hash (see {@code internal.audit.AuditChain} for the exact
 * encoding, which a second implementation must reproduce so that logs stay comparable); and make an entry durable
 * no later than the write it describes.
 */
public interface AuditLog {

    /**
     * Appends an event that happened outside the store, durably, attributed to the store's actor.
     *
     * @param action   what was done (typically {@link AuditAction#EXPORT} or {@link AuditAction#PRINT})
     * @param kind     the kind of object it was done to
     * @param objectId the object's id
     * @param detail   short text without client data
     * @return the appended entry
     * @throws CaseloadLockedException if the store is locked
     */
    AuditEntry record(AuditAction action, RecordKind kind, String objectId, String detail);

    /**
     * @param fromSequence first sequence number wanted (1 for the start)
     * @param max          at most this many entries
     * @return entries in sequence order
     */
    List<AuditEntry> entries(long fromSequence, int max);

    /** @return every entry about one object, in sequence order */
    List<AuditEntry> entriesFor(RecordKind kind, String objectId);

    /** @return the number of entries (= the sequence number of the last entry) */
    long size();

    /**
     * Re-computes the whole hash chain, compares every stored client, note and psychotherapy note against the
     * digest its latest audit entry recorded, and checks that the log still reaches the last entry recorded outside
     * it (so entries cut from the end are reported; see {@link VerificationReport#anchoredSequence()}). Reads
     * everything; meant for an explicit "verify" command, not for every open. On a store
     * {@linkplain CaseloadStoreFactory#openForReading opened for reading}, a report with findings also means that
     * nothing will be recorded of this access.
     *
     * @return the findings; {@link VerificationReport#isIntact()} when nothing was tampered with
     */
    VerificationReport verify();
}
