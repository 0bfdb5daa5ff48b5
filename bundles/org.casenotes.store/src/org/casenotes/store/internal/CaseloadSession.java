package org.casenotes.store.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Arrays;

import org.casenotes.store.AuditAction;
import org.casenotes.store.CaseloadLockedException;
import org.casenotes.store.CaseloadStoreException;
import org.casenotes.store.RecordKind;
import org.casenotes.store.WrongPassphraseException;
import org.casenotes.store.internal.audit.AuditTable;
import org.casenotes.store.internal.crypto.CaseloadKey;
import org.casenotes.store.internal.h2.H2Engine;
import org.casenotes.store.internal.h2.Schema;
import org.casenotes.store.internal.h2.SqlWork;
import org.casenotes.store.internal.h2.Transactions;
import org.casenotes.store.internal.layout.CaseloadDirectory;
import org.casenotes.store.internal.layout.CaseloadHeader;

/**
 * An unlocked (or locked) embedded caseload: owns the database connection, serialises all access to it, and
 * turns lock/unlock into closing/re-opening the encrypted database. All work goes through {@link #write},
 * {@link #writeQuietly} or {@link #read}, which refuse while locked.
 */
public final class CaseloadSession implements AutoCloseable {

    private final CaseloadDirectory directory;
    private final String actor;
    private final AuditTable audit;
    private final Clock clock;
    private Connection connection;
    private Transactions transactions;

    private CaseloadSession(CaseloadDirectory directory, String actor, Clock clock) {
        this.directory = directory;
        this.actor = actor;
        this.audit = new AuditTable(clock);
        this.clock = clock;
    }

    /**
     * Opens an existing caseload: header checks, passphrase check, then the database, upgrading a database of an
     * older format (see {@link Schema}).
     *
     * @param directory  the caseload
     * @param passphrase the passphrase (wiped by this call)
     * @param actor      who is working
     * @param clock      the store clock
     * @return the unlocked session
     */
    public static CaseloadSession open(CaseloadDirectory directory, char[] passphrase, String actor, Clock clock) {
        CaseloadSession session = new CaseloadSession(directory, actor, clock);
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
    static CaseloadSession openCreated(CaseloadDirectory directory, CaseloadKey key, String actor, Clock clock) {
        CaseloadSession session = new CaseloadSession(directory, actor, clock);
        session.connect(key);
        return session;
    }

    /** @return the caseload's directory */
    public CaseloadDirectory directory() {
        return directory;
    }

    /** @return who is working */
    public String actor() {
        return actor;
    }

    /** @return the audit table */
    public AuditTable audit() {
        return audit;
    }

    /** @return true while locked */
    public synchronized boolean isLocked() {
        return connection == null;
    }

    /**
     * Checks the passphrase against the header, then opens the database and records the unlock.
     *
     * @param passphrase the passphrase (wiped by this call)
     * @throws WrongPassphraseException if it does not match; the store stays locked and nothing is written
     */
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
        try (key) {
            if (!key.matches(header.keyCheck())) {
                throw new WrongPassphraseException("The passphrase does not unlock this caseload.");
            }
            connect(key);
        }
        writeQuietly(c -> audit.append(c, actor, AuditAction.UNLOCK, RecordKind.CASELOAD, "", "", null));
    }

    private void connect(CaseloadKey key) {
        try (key) {
            OpenCaseloads.claim(directory.location());
            Connection opened;
            try {
                opened = H2Engine.open(directory, key, false);
            } catch (RuntimeException e) {
                OpenCaseloads.release(directory.location());
                throw e;
            }
            try {
                if (Schema.check(opened) < Schema.CURRENT_VERSION) {
                    FormatUpgrade.toCurrent(opened, clock);
                }
            } catch (SQLException | RuntimeException e) {
                closeQuietly(opened);
                OpenCaseloads.release(directory.location());
                throw e instanceof CaseloadStoreException failure ? failure
                        : new CaseloadStoreException("Cannot read the caseload: " + e.getMessage(), e);
            }
            connection = opened;
            transactions = new Transactions(opened);
        }
    }

    /** Records the lock, closes the database and forgets the key. Locking a locked session does nothing. */
    public synchronized void lock() {
        if (connection == null) {
            return;
        }
        write(c -> audit.append(c, actor, AuditAction.LOCK, RecordKind.CASELOAD, "", "", null));
        disconnect();
    }

    /**
     * Runs a write in one transaction that is on disk when this returns.
     *
     * @param <T>  result type
     * @param work the work (append its audit entry inside it)
     * @return the result
     */
    public synchronized <T> T write(SqlWork<T> work) {
        return unlocked().durably(work);
    }

    /**
     * Runs a write in one transaction without forcing it to disk (it follows within the engine's write delay or
     * with the next durable write). For audit entries of reads, unlock and autosaves.
     *
     * @param <T>  result type
     * @param work the work
     * @return the result
     */
    public synchronized <T> T writeQuietly(SqlWork<T> work) {
        return unlocked().inTransaction(work);
    }

    /**
     * @param <T>  result type
     * @param work read-only work
     * @return the result
     */
    public synchronized <T> T read(SqlWork<T> work) {
        return unlocked().read(work);
    }

    private Transactions unlocked() {
        if (connection == null) {
            throw new CaseloadLockedException();
        }
        return transactions;
    }

    /** Closes the database (making everything durable) without recording a lock. */
    @Override
    public synchronized void close() {
        if (connection != null) {
            disconnect();
        }
    }

    private void disconnect() {
        Connection closing = connection;
        connection = null;
        transactions = null;
        try {
            closing.close();
        } catch (SQLException e) {
            throw new CaseloadStoreException("The caseload did not close cleanly: " + e.getMessage(), e);
        } finally {
            OpenCaseloads.release(directory.location());
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            // the open already failed; that failure is the one to report
        }
    }
}
