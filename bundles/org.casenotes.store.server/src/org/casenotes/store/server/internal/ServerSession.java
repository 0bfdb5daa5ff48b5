package org.casenotes.store.server.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import org.casenotes.store.server.ServerUnreachableException;

/**
 * One account's session on an agency server: one PostgreSQL connection, serialised like the embedded store's.
 * Writes are transactions committed synchronously (durable on the server when they return) that insert their audit
 * entries without taking any lock, so many clinicians' commits reach the disk together. Right after each commit a
 * short transaction of its own links the queued entries into the one hash chain and records its end in
 * {@code audit_anchor} ({@code casenotes_chain_audit()}, see {@code V5__audit_chain_apart.sql}); its advisory lock
 * is held for that short transaction only, never through a write's commit. A write returns once its entries are
 * linked, so the log reads as it always did. Locking closes the connection; unlocking is logging in again with the
 * account's password.
 *
 * <p>When the server cannot be reached (network down, server stopped or restarted) the work fails with a
 * {@link ServerUnreachableException} and the connection is taken for lost; the next use logs in again, with the
 * password kept in memory while the session is unlocked (never written anywhere; wiped when it locks or closes), so
 * the session goes on where it was, with the store's record of which note versions it has seen.
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

    private final ServerConnections server;
    private final String actor;
    private final AuditTable audit;
    /** The ids of the audit entries the current write inserted, in order (they are linked after its commit). */
    private final List<Long> inserted = new ArrayList<>();
    private Connection connection;
    /** Whether {@link #connection} was lost with the server; the next use logs in again. */
    private boolean lost;
    /** The account's password while unlocked, for logging in again after the server was unreachable. */
    private char[] password;

    private ServerSession(ServerConnections server, String actor, Clock clock) {
        this.server = server;
        this.actor = actor;
        this.audit = new AuditTable(clock, (c, entry) -> {
            inserted.add(insertRecord(c, entry));
            return entry;
        });
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
        char[] kept = password.clone();
        Connection opened;
        try {
            opened = server.open(actor, password);
        } catch (RuntimeException e) {
            java.util.Arrays.fill(kept, '\0');
            throw e;
        }
        try {
            AgencyRoles.requireRole(opened, server.url());
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
            java.util.Arrays.fill(kept, '\0');
            throw e instanceof SQLException sql ? ServerConnections.failed(sql, "open the caseload") : (RuntimeException) e;
        }
        connection = opened;
        lost = false;
        this.password = kept;
        writeQuietly(c -> audit.append(c, actor, AuditAction.UNLOCK, RecordKind.CASELOAD, "", "", null));
    }

    @Override
    public synchronized void lock() {
        if (connection == null) {
            return;
        }
        try {
            write(c -> audit.append(c, actor, AuditAction.LOCK, RecordKind.CASELOAD, "", "", null));
        } catch (CaseloadStoreException e) {
            if (!lost) {
                throw e;
            }
            // the server cannot be reached (or no longer takes the password): locked all the same, the connection
            // is gone with it
        }
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

    /**
     * Reads what is not a record (accounts, the review queue's index, published templates) on this session's
     * connection, without auditing.
     *
     * @param work the reading
     * @return its result
     */
    public synchronized <T> T readAgency(SqlWork<T> work) {
        try {
            return work.run(unlocked());
        } catch (SQLException e) {
            throw failed(e, "read from the agency server");
        }
    }

    /**
     * Checks that the server answers, logging in again if the connection was lost.
     *
     * @throws ServerUnreachableException if it does not
     * @throws CaseloadLockedException    while locked
     */
    public synchronized void checkReachable() {
        readAgency(c -> {
            try (Statement statement = c.createStatement()) {
                statement.execute("SELECT 1");
            }
            return null;
        });
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
            throw failed(e, "read the caseload");
        }
    }

    private <T> T inTransaction(SqlWork<T> work, boolean durable) {
        Connection c = unlocked();
        T result;
        try {
            inserted.clear();
            result = Transactions.commitOrRollBack(c, tx -> {
                if (!durable) {
                    // a read's audit entry may reach the disk a moment later; a save's must be there on return, which
                    // is PostgreSQL's default (synchronous_commit on: the README tells an agency's IT to keep it)
                    try (Statement statement = tx.createStatement()) {
                        statement.execute("SET LOCAL synchronous_commit = off");
                    }
                }
                return work.run(tx);
            });
        } catch (SQLException e) {
            throw failed(e, "save the change to the caseload");
        }
        if (inserted.isEmpty()) {
            return result;
        }
        long last = inserted.get(inserted.size() - 1);
        try {
            chain(c);
            if (result instanceof AuditEntry entry && entry.sequence() == 0) {
                // the entry the work appended (AuditLog.record), as linked
                @SuppressWarnings("unchecked")
                T linked = (T) linkedEntry(c, last).orElse(entry);
                return linked;
            }
        } catch (SQLException e) {
            // The write is committed and durable; its entries stay queued in the log and the next write's
            // chaining, or verification, links them. Nothing the caller saved is lost by this failure.
        }
        return result;
    }

    /**
     * Links every queued audit entry into the chain, in a short transaction of its own whose commit need not wait
     * for the disk (the chain is derived from entries that are durable already; the next durable commit on the
     * server carries it to the disk, and entries whose links a crash lost are linked again).
     *
     * @param c a connection with autocommit on (left so)
     * @return how many entries were linked
     * @throws SQLException on failure
     */
    static long chain(Connection c) throws SQLException {
        // one statement, one round trip: its own transaction, set_config(..., true) lasting until that commits
        try (Statement statement = c.createStatement(); ResultSet linked = statement.executeQuery(
                "SELECT set_config('synchronous_commit', 'off', true), casenotes_chain_audit()")) {
            linked.next();
            return linked.getLong(2);
        }
    }

    private static Optional<AuditEntry> linkedEntry(Connection c, long recordId) throws SQLException {
        try (PreparedStatement query = c.prepareStatement("SELECT seq FROM audit_event WHERE record_id = ?")) {
            query.setLong(1, recordId);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? AuditTable.at(c, row.getLong(1)) : Optional.empty();
            }
        }
    }

    /**
     * Inserts an entry into the log, unlinked (a trigger queues it for {@link #chain}).
     *
     * @return its record id
     */
    private static long insertRecord(Connection c, AuditEntry entry) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO audit_record (at_millis, actor, action,"
                + " kind, object_id, detail, content_digest) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id")) {
            insert.setLong(1, entry.at().toEpochMilli());
            insert.setString(2, entry.actor());
            insert.setString(3, entry.action().name());
            insert.setString(4, entry.kind().name());
            insert.setString(5, entry.objectId());
            insert.setString(6, entry.detail());
            insert.setString(7, entry.contentDigest());
            try (ResultSet id = insert.executeQuery()) {
                id.next();
                return id.getLong(1);
            }
        }
    }

    /**
     * Appends an entry about the caseload itself (set-up, accounts, assignments) in the caller's transaction and
     * links it before that transaction commits (these are rare: holding the chain's lock through their commit is
     * no burden).
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
        insertRecord(c, new AuditEntry(0, java.time.Instant.ofEpochMilli(clock.millis()), actor, action,
                RecordKind.CASELOAD, "", detail, null, "", ""));
        try (Statement statement = c.createStatement()) {
            statement.execute("SELECT casenotes_chain_audit()");
        }
    }

    /**
     * Links what is queued, then checks, in one snapshot of the log: the chain, the sealed records, the recorded end,
     * and that every entry ever inserted is linked or still queued (one taken out of the queue unlinked was hidden
     * from the chain by someone with the schema owner's rights).
     */
    @Override
    public synchronized VerificationReport verifyAuditTrail() {
        Connection c = unlocked();
        try {
            chain(c);
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            c.setReadOnly(true);
            try {
                VerificationReport report = verifyInSnapshot(c);
                c.commit();
                return report;
            } finally {
                c.rollback();
                c.setReadOnly(false);
                c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw failed(e, "verify the audit trail");
        }
    }

    private static VerificationReport verifyInSnapshot(Connection c) throws SQLException {
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
        try (Statement statement = c.createStatement();
                var rows = statement.executeQuery("SELECT r.id, r.action, r.kind, r.object_id FROM audit_record r"
                        + " WHERE NOT EXISTS (SELECT 1 FROM audit_link l WHERE l.record_id = r.id)"
                        + " AND NOT EXISTS (SELECT 1 FROM audit_unlinked u WHERE u.record_id = r.id) ORDER BY r.id")) {
            while (rows.next()) {
                findings.add(new TamperFinding(TamperFinding.Problem.AUDIT_CHAIN_BROKEN, 0, RecordKind.CASELOAD, "",
                        "An audit entry (" + rows.getString(2) + " of " + rows.getString(3).toLowerCase(Locale.ROOT)
                                + " " + rows.getString(4) + ", inserted as record " + rows.getLong(1) + ") was"
                                + " taken out of the queue before it was linked into the chain."));
            }
        }
        return new VerificationReport(chain.auditEntriesChecked(), chain.recordsChecked(), findings,
                anchor.sequence());
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
        if (lost) {
            signInAgain();
        }
        return connection;
    }

    /** Replaces the lost connection by a new one (the server is back), recorded as an unlock. */
    private void signInAgain() {
        Connection fresh = server.open(actor, password.clone());
        try {
            AgencyRoles.requireRole(fresh, server.url());
        } catch (SQLException | RuntimeException e) {
            closeQuietly(fresh, e);
            throw e instanceof SQLException sql ? failed(sql, "sign in again") : (RuntimeException) e;
        }
        Connection old = connection;
        connection = fresh;
        lost = false;
        closeQuietly(old, new SQLException("closing the lost connection"));
        writeQuietly(c -> audit.append(c, actor, AuditAction.UNLOCK, RecordKind.CASELOAD, "",
                "signed in again: the server could not be reached before", null));
    }

    /** Translates a failure, taking the connection for lost when the server could not be reached. */
    private CaseloadStoreException failed(SQLException e, String what) {
        CaseloadStoreException failure = ServerConnections.failed(e, what);
        if (failure instanceof ServerUnreachableException || isClosed(connection)) {
            lost = connection != null;
        }
        return failure;
    }

    private static boolean isClosed(Connection c) {
        try {
            return c != null && c.isClosed();
        } catch (SQLException e) {
            return true;
        }
    }

    @Override
    public synchronized void close() {
        if (connection == null) {
            return;
        }
        Connection closing = connection;
        connection = null;
        java.util.Arrays.fill(password, '\0');
        password = null;
        if (lost) {
            lost = false;
            closeQuietly(closing, new SQLException("closing the lost connection"));
            return;
        }
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
