package org.casenotes.store.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.casenotes.store.AuditAction;
import org.casenotes.store.CaseloadLockedException;
import org.casenotes.store.CaseloadStoreException;
import org.casenotes.store.CaseloadWriteException;
import org.casenotes.store.RecordKind;
import org.casenotes.store.TamperFinding;
import org.casenotes.store.VerificationReport;
import org.casenotes.store.WrongPassphraseException;
import org.casenotes.store.internal.audit.AuditTable;
import org.casenotes.store.internal.audit.AuditVerifier;
import org.casenotes.store.internal.backup.CaseloadBackups;
import org.casenotes.store.internal.crypto.CaseloadKey;
import org.casenotes.store.internal.h2.EngineFailures;
import org.casenotes.store.internal.h2.Schema;
import org.casenotes.store.internal.h2.SqlWork;
import org.casenotes.store.internal.h2.Transactions;
import org.casenotes.store.internal.layout.CaseloadFolderLayout;
import org.casenotes.store.internal.layout.CaseloadHeader;

/**
 * An unlocked (or locked) embedded caseload: owns the database connection, serialises all access to it, and
 * turns lock/unlock into closing/re-opening the encrypted database. All work goes through {@link #write},
 * {@link #writeQuietly}, {@link #readRecords} or {@link #read}, which refuse while locked.
 *
 * <p>A session opened {@linkplain #openForReading for reading} opens the database read-only (the engine writes
 * nothing to the file), never upgrades or repairs, refuses writes, and records the whole access as one audit entry
 * when it ends, and only if nothing failed and nothing was found altered: a damaged or tampered caseload is left
 * byte for byte as it was.
 */
public final class EmbeddedSession implements RecordSession {

    private final CaseloadFolderLayout directory;
    private final String actor;
    private final AuditTable audit;
    private final Clock clock;
    private final ReadingAccess reading;
    private Connection connection;
    private Transactions transactions;
    private AuditAnchorKeeper anchor;
    private CaseloadKey readingKey;
    /** Why the database was closed under the clinician, if a write failed in the engine (see {@link #write}). */
    private CaseloadWriteException failedWrite;

    private EmbeddedSession(CaseloadFolderLayout directory, String actor, Clock clock, boolean forReading) {
        this.directory = directory;
        this.actor = actor;
        this.audit = new AuditTable(clock);
        this.clock = clock;
        this.reading = forReading ? new ReadingAccess() : null;
    }

    /**
     * Opens an existing caseload for work: header checks, passphrase check, then the database, upgrading a database
     * of an older format (see {@link Schema}).
     *
     * @param directory  the caseload
     * @param passphrase the passphrase (wiped by this call)
     * @param actor      who is working
     * @param clock      the store clock
     * @return the unlocked session
     */
    public static EmbeddedSession open(CaseloadFolderLayout directory, char[] passphrase, String actor, Clock clock) {
        EmbeddedSession session = new EmbeddedSession(directory, actor, clock, false);
        session.unlock(passphrase);
        return session;
    }

    /**
     * Opens an existing caseload for reading only (see the class comment).
     *
     * @param directory  the caseload
     * @param passphrase the passphrase (wiped by this call)
     * @param actor      who is reading
     * @param clock      the store clock
     * @return the unlocked session
     */
    public static EmbeddedSession openForReading(CaseloadFolderLayout directory, char[] passphrase, String actor,
            Clock clock) {
        EmbeddedSession session = new EmbeddedSession(directory, actor, clock, true);
        session.unlock(passphrase);
        return session;
    }

    /**
     * Opens the database of a caseload created a moment ago with {@code key} (no second key derivation).
     *
     * @param directory the caseload
     * @param key       its key (closed by this call)
     * @param actor     who is working
     * @param clock     the store clock
     * @return the unlocked session
     */
    static EmbeddedSession openCreated(CaseloadFolderLayout directory, CaseloadKey key, String actor, Clock clock) {
        EmbeddedSession session = new EmbeddedSession(directory, actor, clock, false);
        try (key) {
            session.connect(directory.readHeader(), key);
        }
        return session;
    }

    /** @return the caseload's directory */
    public CaseloadFolderLayout directory() {
        return directory;
    }

    /** @return who is working */
    @Override
    public String actor() {
        return actor;
    }

    /** @return the audit table */
    @Override
    public AuditTable audit() {
        return audit;
    }

    /** @return true if this session was opened for reading only */
    public boolean isForReading() {
        return reading != null;
    }

    /** @return true while locked */
    @Override
    public synchronized boolean isLocked() {
        return connection == null;
    }

    /**
     * Checks the passphrase against the header, then opens the database and (when opened for work) records the
     * unlock.
     *
     * @param passphrase the passphrase (wiped by this call)
     * @throws WrongPassphraseException if it does not match; the store stays locked and nothing is written
     */
    @Override
    public synchronized void unlock(char[] passphrase) {
        if (connection != null) {
            Arrays.fill(passphrase, '\0');
            return;
        }
        CaseloadHeader header = directory.readHeader();
        CaseloadKey key;
        try {
            key = CaseloadKey.derive(passphrase, header.salt(), header.iterations());
        } finally {
            Arrays.fill(passphrase, '\0');
        }
        if (!key.matches(header.keyCheck())) {
            key.close();
            throw new WrongPassphraseException("The passphrase does not unlock this caseload.");
        }
        if (isForReading()) {
            try {
                connect(header, key);
            } catch (RuntimeException e) {
                key.close();
                throw e;
            }
            readingKey = key;
            return;
        }
        try (key) {
            directory.requireWritable();
            connect(header, key);
        }
        try {
            writeQuietly(c -> audit.append(c, actor, AuditAction.UNLOCK, RecordKind.CASELOAD, "", "", null));
        } catch (RuntimeException e) {
            if (connection != null) {
                disconnectQuietly(e);
            }
            throw e;
        }
        failedWrite = null;
    }

    private void connect(CaseloadHeader header, CaseloadKey key) {
        OpenedDatabase opened = OpenedDatabase.open(directory, header, key, isForReading(), clock);
        if (isForReading() && !opened.anchor().findingsAtOpen().isEmpty()) {
            reading.troubled();
        }
        connection = opened.connection();
        transactions = opened.transactions();
        anchor = opened.anchor();
    }

    /** Records the lock, closes the database and forgets the key. Locking a locked session does nothing. */
    @Override
    public synchronized void lock() {
        if (connection == null) {
            return;
        }
        if (isForReading()) {
            close();
            return;
        }
        write(c -> audit.append(c, actor, AuditAction.LOCK, RecordKind.CASELOAD, "", "", null));
        anchor.advance(transactions, true);
        disconnect();
    }

    /**
     * Runs a write in one transaction that is on disk when this returns, then moves the header's audit anchor to
     * the log's new end (see {@link AuditAnchorKeeper} for the order).
     *
     * @param <T>  result type
     * @param work the work (append its audit entry inside it)
     * @return the result
     */
    @Override
    public synchronized <T> T write(SqlWork<T> work) {
        Transactions unlocked = forWork();
        directory.requireRoom("save the change to the caseload", CaseloadFolderLayout.SAVE_RESERVE_BYTES);
        T result;
        try {
            result = unlocked.durably(work);
        } catch (CaseloadWriteException e) {
            throw closedAfter(e);
        }
        anchor.advance(transactions, false);
        return result;
    }

    /**
     * Runs a write in one transaction without forcing it to disk (it follows within the engine's write delay or
     * with the next durable write). For audit entries of reads and unlock.
     *
     * @param <T>  result type
     * @param work the work
     * @return the result
     */
    @Override
    public synchronized <T> T writeQuietly(SqlWork<T> work) {
        Transactions unlocked = forWork();
        directory.requireRoom("record this in the caseload", CaseloadFolderLayout.QUIET_WRITE_RESERVE_BYTES);
        try {
            return unlocked.inTransaction(work);
        } catch (CaseloadWriteException e) {
            throw closedAfter(e);
        }
    }

    /**
     * Closes the database after the engine failed to write its file (the disk filled up, or became read-only,
     * midway through a write): the engine cannot be trusted with another statement then (it may never return), and
     * what it had made durable before is safe on the disk. The session stays locked, every call says why, and
     * {@link #unlock} opens the database again once the cause is fixed.
     *
     * @return the exception to throw: the engine's reason and what became of the caseload
     */
    private CaseloadWriteException closedAfter(CaseloadWriteException e) {
        failedWrite = new CaseloadWriteException(e.getMessage() + " The caseload was closed to keep what was saved"
                + " safe; open it again once that is fixed.", e, true);
        disconnectQuietly(failedWrite);
        return failedWrite;
    }

    private void disconnectQuietly(Exception failure) {
        try {
            disconnect();
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    /**
     * Runs a read of records whose opening is audited: the work calls {@link #recordOpened} for each record it
     * returns. Opened for work, each becomes an OPEN entry in the same (quiet) transaction; opened for reading, they
     * are counted for the one entry recorded at the end.
     *
     * @param <T>  result type
     * @param work the work
     * @return the result
     */
    @Override
    public synchronized <T> T readRecords(SqlWork<T> work) {
        return isForReading() ? read(work) : writeQuietly(work);
    }

    /**
     * Records that a record was opened (inside {@link #readRecords}).
     *
     * @param connection the connection the work was given
     * @param kind       the record's kind
     * @param objectId   its id
     * @throws SQLException on failure
     */
    @Override
    public void recordOpened(Connection connection, RecordKind kind, String objectId) throws SQLException {
        if (isForReading()) {
            reading.opened(kind);
        } else {
            audit.append(connection, actor, AuditAction.OPEN, kind, objectId, "", null);
        }
    }

    /**
     * @param <T>  result type
     * @param work read-only work
     * @return the result
     */
    @Override
    public synchronized <T> T read(SqlWork<T> work) {
        Transactions unlocked = unlocked();
        try {
            return unlocked.read(work);
        } catch (RuntimeException e) {
            if (isForReading()) {
                reading.troubled();
            }
            throw e;
        }
    }

    /**
     * Re-computes the audit chain, compares every sealed record with its digest, and checks that the log still
     * reaches the entry the header anchors. A session opened for reading that finds anything records nothing.
     *
     * @return the report
     */
    @Override
    public synchronized VerificationReport verifyAuditTrail() {
        VerificationReport chain = read(new AuditVerifier(Schema.SEALED_TABLES)::verify);
        List<TamperFinding> findings = new ArrayList<>(chain.findings());
        findings.addAll(read(anchor::verify));
        VerificationReport report = new VerificationReport(chain.auditEntriesChecked(), chain.recordsChecked(),
                findings, anchor.anchoredSequence());
        if (isForReading()) {
            if (report.isIntact()) {
                reading.verified();
            } else {
                reading.troubled();
            }
        }
        return report;
    }

    @Override
    public void backupTo(Path backupFile) {
        CaseloadBackups.backup(this, backupFile);
    }

    private Transactions forWork() {
        Transactions unlocked = unlocked();
        if (isForReading()) {
            throw new CaseloadStoreException("This caseload was opened for reading only; nothing can be saved in it.");
        }
        return unlocked;
    }

    private Transactions unlocked() {
        if (connection == null && failedWrite != null) {
            throw new CaseloadWriteException(failedWrite.getMessage(), failedWrite, true);
        }
        if (connection == null) {
            throw new CaseloadLockedException();
        }
        return transactions;
    }

    /**
     * Closes the database (making everything durable and anchoring the log's end) without recording a lock.
     * Opened for reading, records the access as one audit entry if nothing failed and nothing was found altered.
     */
    @Override
    public synchronized void close() {
        if (connection == null) {
            return;
        }
        if (!isForReading()) {
            try {
                transactions.sync();
                anchor.advance(transactions, true);
            } finally {
                disconnect();
            }
            return;
        }
        try {
            disconnect();
            if (!reading.isTroubled()) {
                reading.record(directory, readingKey, audit, actor);
            }
        } finally {
            readingKey.close();
            readingKey = null;
        }
    }

    private void disconnect() {
        Connection closing = connection;
        connection = null;
        transactions = null;
        try {
            closing.close();
        } catch (SQLException e) {
            throw EngineFailures.translate(e, "close the caseload");
        } finally {
            anchor.close();
            anchor = null;
            OpenCaseloads.release(directory.location());
        }
    }
}
