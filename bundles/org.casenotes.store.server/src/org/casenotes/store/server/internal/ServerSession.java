package org.casenotes.store.server.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.casenotes.store.AuditAction;
import org.casenotes.store.AuditEntry;
import org.casenotes.store.CaseloadLockedException;
import org.casenotes.store.CaseloadStoreException;
import org.casenotes.store.RecordKind;
import org.casenotes.store.TamperFinding;
import org.casenotes.store.UnsupportedFormatException;
import org.casenotes.store.VerificationReport;
import org.casenotes.store.internal.RecordSession;
import org.casenotes.store.internal.audit.AuditAnchorCheck;
import org.casenotes.store.internal.audit.AuditTable;
import org.casenotes.store.internal.audit.AuditVerifier;
import org.casenotes.store.internal.audit.ContentTable;
import org.casenotes.store.internal.h2.SqlWork;
import org.casenotes.store.internal.h2.Transactions;
import org.casenotes.store.internal.layout.AuditAnchor;

/**
 * One account's session on an agency server: one PostgreSQL connection, serialised like the embedded store's.
 * Writes are transactions committed synchronously (durable on the server when they return); each takes a
 * transaction-scoped advisory lock first, so the audit entries of many clinicians' sessions form one chain, and
 * records the log's new end in {@code audit_anchor} in the same transaction. Locking closes the connection;
 * unlocking is logging in again with the account's password.
 */
public final class ServerSession implements RecordSession {

    /**
     * The sealed records as verification reads them: digests from views that every account may read (see
     * {@code V3__sealed_digests.sql}), so that checking the trail needs no right to read the records.
     */
    private static final List<ContentTable> SEALED_DIGESTS = List.of(
            new ContentTable(RecordKind.CLIENT, "sealed_client", true),
            new ContentTable(RecordKind.NOTE, "sealed_note", true),
            new ContentTable(RecordKind.PSYCHOTHERAPY_NOTE, "sealed_psychotherapy_note", true));

    /** The advisory lock that serialises appends to the audit chain (an arbitrary, fixed number: "CASENOTE"). */
    private static final long AUDIT_CHAIN_LOCK = 0x434153454E4F5445L;

    private final ServerConnections server;
    private final String actor;
    private final AuditTable audit;
    private Connection connection;

    private ServerSession(ServerConnections server, String actor, Clock clock) {
        this.server = server;
        this.actor = actor;
        this.audit = new AuditTable(clock);
    }

    /**
     * Logs in and records the unlock.
     *
     * @param server   the server
     * @param user     the account (every audit entry's actor)
     * @param password its password (wiped by this call)
     * @param clock    the store clock
     * @return the unlocked session
     * @throws UnsupportedFormatException if the schema is missing or not the version this code writes
     */
    public static ServerSession open(ServerConnections server, String user, char[] password, Clock clock) {
        ServerSession session = new ServerSession(server, user, clock);
        session.unlock(password);
        return session;
    }

    @Override
    public String actor() {
        return actor;
    }

    @Override
    public AuditTable audit() {
        return audit;
    }

    @Override
    public synchronized boolean isLocked() {
        return connection == null;
    }

    @Override
    public synchronized void unlock(char[] password) {
        if (connection != null) {
            java.util.Arrays.fill(password, '\0');
            return;
        }
        Connection opened = server.open(actor, password);
        try {
            int version = SchemaMigrations.version(opened);
            if (version == 0) {
                throw new CaseloadStoreException("The agency server at " + server.url() + " holds no Casenotes"
                        + " caseload yet; its administrator creates it with 'casenotes server init'.");
            }
            if (version > SchemaMigrations.currentVersion()) {
                throw new UnsupportedFormatException(version, SchemaMigrations.currentVersion());
            }
            if (version < SchemaMigrations.currentVersion()) {
                throw new CaseloadStoreException("The agency server's schema is version " + version + "; this"
                        + " Casenotes needs version " + SchemaMigrations.currentVersion() + ". Its administrator"
                        + " migrates it with 'casenotes server migrate' of this version.");
            }
        } catch (SQLException | RuntimeException e) {
            closeQuietly(opened, e);
            throw e instanceof SQLException sql ? ServerConnections.failed(sql, "open the caseload") : (RuntimeException) e;
        }
        connection = opened;
        writeQuietly(c -> audit.append(c, actor, AuditAction.UNLOCK, RecordKind.CASELOAD, "", "", null));
    }

    @Override
    public synchronized void lock() {
        if (connection == null) {
            return;
        }
        write(c -> audit.append(c, actor, AuditAction.LOCK, RecordKind.CASELOAD, "", "", null));
        close();
    }

    @Override
    public synchronized <T> T write(SqlWork<T> work) {
        return inTransaction(work, true);
    }

    @Override
    public synchronized <T> T writeQuietly(SqlWork<T> work) {
        return inTransaction(work, false);
    }

    @Override
    public synchronized <T> T readRecords(SqlWork<T> work) {
        return writeQuietly(work);
    }

    @Override
    public void recordOpened(Connection c, RecordKind kind, String objectId) throws SQLException {
        audit.append(c, actor, AuditAction.OPEN, kind, objectId, "", null);
    }

    @Override
    public synchronized <T> T read(SqlWork<T> work) {
        try {
            return work.run(unlocked());
        } catch (SQLException e) {
            throw ServerConnections.failed(e, "read the caseload");
        }
    }

    private <T> T inTransaction(SqlWork<T> work, boolean durable) {
        Connection c = unlocked();
        try {
            return Transactions.commitOrRollBack(c, tx -> {
                try (Statement statement = tx.createStatement()) {
                    // a read's audit entry may reach the disk a moment later; a save's must be there on return
                    statement.execute("SET LOCAL synchronous_commit = " + (durable ? "on" : "off"));
                }
                lockAuditChain(tx);
                T result = work.run(tx);
                anchorEnd(tx);
                return result;
            });
        } catch (SQLException e) {
            throw ServerConnections.failed(e, "save the change to the caseload");
        }
    }

    /**
     * Appends an entry about the caseload itself (set-up, accounts, assignments) in the caller's transaction, as a
     * session's writes append theirs.
     *
     * @param c      a connection in a transaction
     * @param clock  the store clock
     * @param actor  who
     * @param action what
     * @param detail a short text without client data
     * @throws SQLException on failure
     */
    static void recordCaseloadEvent(Connection c, Clock clock, String actor, AuditAction action, String detail)
            throws SQLException {
        lockAuditChain(c);
        new AuditTable(clock).append(c, actor, action, RecordKind.CASELOAD, "", detail, null);
        anchorEnd(c);
    }

    /**
     * Waits until no other transaction appends to the audit chain, and keeps that until this one ends.
     *
     * @param c a connection in a transaction
     * @throws SQLException on failure
     */
    static void lockAuditChain(Connection c) throws SQLException {
        try (Statement statement = c.createStatement()) {
            statement.execute("SELECT pg_advisory_xact_lock(" + AUDIT_CHAIN_LOCK + ")");
        }
    }

    /**
     * Records the log's last entry as its end, outside the log, in the caller's transaction.
     *
     * @param c a connection in a transaction
     * @throws SQLException on failure
     */
    static void anchorEnd(Connection c) throws SQLException {
        Optional<AuditEntry> last = AuditTable.last(c);
        if (last.isEmpty()) {
            return;
        }
        try (PreparedStatement update = c.prepareStatement(
                "UPDATE audit_anchor SET seq = ?, hash = ? WHERE id = 1 AND seq < ?")) {
            update.setLong(1, last.get().sequence());
            update.setString(2, last.get().hash());
            update.setLong(3, last.get().sequence());
            update.executeUpdate();
        }
    }

    @Override
    public synchronized VerificationReport verifyAuditTrail() {
        return read(c -> {
            VerificationReport chain = new AuditVerifier(SEALED_DIGESTS).verify(c);
            List<TamperFinding> findings = new ArrayList<>(chain.findings());
            AuditAnchor anchor = AuditAnchor.NONE;
            try (Statement statement = c.createStatement();
                    var row = statement.executeQuery("SELECT seq, hash FROM audit_anchor WHERE id = 1")) {
                if (row.next() && row.getLong(1) > 0) {
                    anchor = new AuditAnchor(row.getLong(1), row.getString(2), new byte[0]);
                }
            }
            if (anchor.isPresent()) {
                findings.addAll(AuditAnchorCheck.check(c, anchor));
            }
            return new VerificationReport(chain.auditEntriesChecked(), chain.recordsChecked(), findings,
                    anchor.sequence());
        });
    }

    @Override
    public void backupTo(Path backupFile) {
        unlocked();
        throw new CaseloadStoreException("An agency server's caseload is backed up on the server by its"
                + " administrators (pg_dump or their database backups), not from a workbench.");
    }

    private Connection unlocked() {
        if (connection == null) {
            throw new CaseloadLockedException();
        }
        return connection;
    }

    @Override
    public synchronized void close() {
        if (connection == null) {
            return;
        }
        Connection closing = connection;
        connection = null;
        try {
            closing.close();
        } catch (SQLException e) {
            throw ServerConnections.failed(e, "close the connection");
        }
    }

    private static void closeQuietly(Connection c, Exception failure) {
        try {
            c.close();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }
}
