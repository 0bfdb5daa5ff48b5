package org.casenotes.store.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

import org.casenotes.store.RecordKind;
import org.casenotes.store.VerificationReport;
import org.casenotes.store.internal.audit.AuditTable;
import org.casenotes.store.internal.h2.SqlWork;

/**
 * The database beneath a {@link SessionCaseloadStore}: one user's serialised access to the caseload's tables, with
 * the transactions, locking and audit-anchoring of one kind of store. The embedded store's is
 * {@link EmbeddedSession} (an encrypted H2 file); an agency server's is a PostgreSQL connection. Both hold the same
 * tables (see {@code org.casenotes.store.internal.h2.Schema}) and write them through the same
 * {@link org.casenotes.store.internal.records.RecordLedger}, so the two stores cannot drift apart in what a save
 * means. Every method except {@link #actor()}, {@link #isLocked()}, {@link #lock()}, {@link #unlock(char[])} and
 * {@link #close()} refuses while locked, as {@link CaseloadStore} says.
 */
public interface RecordSession extends AutoCloseable {

    /** @return who is working (every audit entry's actor) */
    String actor();

    /** @return the audit table */
    AuditTable audit();

    /** @return true while locked */
    boolean isLocked();

    /** Records the lock and lets go of the database; does nothing if locked. */
    void lock();

    /**
     * @param secret the passphrase or password (wiped by this call)
     * @throws org.casenotes.store.WrongPassphraseException if it is wrong
     */
    void unlock(char[] secret);

    /**
     * Runs a write in one transaction that is durable when this returns.
     *
     * @param <T>  result type
     * @param work the work (appends its audit entries inside it)
     * @return the result
     */
    <T> T write(SqlWork<T> work);

    /**
     * Runs a write in one transaction that may become durable a little later (audit entries of reads, unlock).
     *
     * @param <T>  result type
     * @param work the work
     * @return the result
     */
    <T> T writeQuietly(SqlWork<T> work);

    /**
     * Runs a read whose records' opening is audited through {@link #recordOpened}.
     *
     * @param <T>  result type
     * @param work the work
     * @return the result
     */
    <T> T readRecords(SqlWork<T> work);

    /**
     * Records that a record was opened, inside {@link #readRecords}.
     *
     * @param connection the work's connection
     * @param kind       the record's kind
     * @param objectId   its id
     * @throws SQLException on failure
     */
    void recordOpened(Connection connection, RecordKind kind, String objectId) throws SQLException;

    /**
     * @param <T>  result type
     * @param work read-only work
     * @return the result
     */
    <T> T read(SqlWork<T> work);

    /** @return the audit chain, the sealed records and the recorded end of the log, checked */
    VerificationReport verifyAuditTrail();

    /**
     * Writes a backup of the whole caseload, as {@link CaseloadStore#backupTo(Path)} says.
     *
     * @param backupFile the file
     */
    void backupTo(Path backupFile);

    @Override
    void close();
}
