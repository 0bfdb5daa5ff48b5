package org.casenotes.store.internal.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.casenotes.store.AuditAction;
import org.casenotes.store.AuditEntry;
import org.casenotes.store.RecordKind;

/**
 * Appends to and reads the {@code audit_event} table (on an agency server a view of the chained entries, see
 * {@link Appending}). The only SQL it issues against the log is INSERT and SELECT: the log is append-only by
 * construction, and {@link AuditVerifier} detects anything done behind its back.
 * Callers append inside the transaction of the write being audited, so entry and write commit together.
 */
public final class AuditTable {

    static final String COLUMNS =
            "seq, at_millis, actor, action, kind, object_id, detail, content_digest, previous_hash, hash";

    /**
     * How an entry enters the log: the embedded store links it into the chain at once ({@link #CHAINED}); an agency
     * server inserts it and links it after the write commits (see {@code V5__audit_chain_apart.sql}).
     */
    @FunctionalInterface
    public interface Appending {
        /**
         * @param connection a connection inside the write's transaction
         * @param entry      the entry, without sequence and hashes
         * @return the entry as appended
         * @throws SQLException on failure
         */
        AuditEntry append(Connection connection, AuditEntry entry) throws SQLException;
    }

    /** Appends linked to the current last entry, in the write's transaction (the embedded store's one writer). */
    public static final Appending CHAINED = AuditTable::appendChained;

    private final Clock clock;
    private final Appending appending;

    public AuditTable(Clock clock) {
        this(clock, CHAINED);
    }

    /**
     * @param clock     the store clock
     * @param appending how entries enter the log
     */
    public AuditTable(Clock clock, Appending appending) {
        this.clock = clock;
        this.appending = appending;
    }

    /**
     * Appends one entry.
     *
     * @param connection    a connection inside the write's transaction
     * @param actor         who
     * @param action        what
     * @param kind          kind of object
     * @param objectId      which object
     * @param detail        short text without client data
     * @param contentDigest digest of the content written, or null
     * @return the appended entry
     * @throws SQLException on failure
     */
    public AuditEntry append(Connection connection, String actor, AuditAction action, RecordKind kind,
            String objectId, String detail, String contentDigest) throws SQLException {
        return appending.append(connection, new AuditEntry(0, Instant.ofEpochMilli(clock.millis()), actor, action,
                kind, objectId, detail, contentDigest, "", ""));
    }

    private static AuditEntry appendChained(Connection connection, AuditEntry unchained) throws SQLException {
        long sequence = 1;
        String previousHash = AuditChain.GENESIS;
        try (Statement statement = connection.createStatement();
                ResultSet last = statement.executeQuery(
                        "SELECT seq, hash FROM audit_event ORDER BY seq DESC FETCH FIRST ROW ONLY")) {
            if (last.next()) {
                sequence = last.getLong(1) + 1;
                previousHash = last.getString(2);
            }
        }
        AuditEntry unsealed = new AuditEntry(sequence, unchained.at(), unchained.actor(), unchained.action(),
                unchained.kind(), unchained.objectId(), unchained.detail(), unchained.contentDigest(), previousHash,
                "");
        AuditEntry entry = new AuditEntry(sequence, unsealed.at(), unsealed.actor(), unsealed.action(),
                unsealed.kind(), unsealed.objectId(), unsealed.detail(), unsealed.contentDigest(), previousHash,
                AuditChain.hashOf(unsealed));
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO audit_event (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, entry.sequence());
            insert.setLong(2, entry.at().toEpochMilli());
            insert.setString(3, entry.actor());
            insert.setString(4, entry.action().name());
            insert.setString(5, entry.kind().name());
            insert.setString(6, entry.objectId());
            insert.setString(7, entry.detail());
            insert.setString(8, entry.contentDigest());
            insert.setString(9, entry.previousHash());
            insert.setString(10, entry.hash());
            insert.executeUpdate();
        }
        return entry;
    }

    /**
     * @param connection   an open connection
     * @param fromSequence first sequence wanted
     * @param max          at most this many
     * @return entries in order
     * @throws SQLException on failure
     */
    public List<AuditEntry> entries(Connection connection, long fromSequence, int max) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM audit_event WHERE seq >= ? ORDER BY seq FETCH FIRST ? ROWS ONLY")) {
            query.setLong(1, fromSequence);
            query.setInt(2, max);
            return collect(query);
        }
    }

    /**
     * @param connection an open connection
     * @param kind       kind of object
     * @param objectId   which object
     * @return its entries in order
     * @throws SQLException on failure
     */
    public List<AuditEntry> entriesFor(Connection connection, RecordKind kind, String objectId)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT " + COLUMNS
                + " FROM audit_event WHERE kind = ? AND object_id = ? ORDER BY seq")) {
            query.setString(1, kind.name());
            query.setString(2, objectId);
            return collect(query);
        }
    }

    /**
     * @param connection an open connection
     * @return the last entry, if there is one
     * @throws SQLException on failure
     */
    public static Optional<AuditEntry> last(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM audit_event ORDER BY seq DESC FETCH FIRST ROW ONLY")) {
            return collect(query).stream().findFirst();
        }
    }

    /**
     * @param connection an open connection
     * @param sequence   a sequence number
     * @return the entry with that number, if there is one
     * @throws SQLException on failure
     */
    public static Optional<AuditEntry> at(Connection connection, long sequence) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM audit_event WHERE seq = ?")) {
            query.setLong(1, sequence);
            return collect(query).stream().findFirst();
        }
    }

    /**
     * @param connection an open connection
     * @return the number of entries
     * @throws SQLException on failure
     */
    public long size(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet count = statement.executeQuery("SELECT COALESCE(MAX(seq), 0) FROM audit_event")) {
            count.next();
            return count.getLong(1);
        }
    }

    private static List<AuditEntry> collect(PreparedStatement query) throws SQLException {
        List<AuditEntry> entries = new ArrayList<>();
        try (ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                entries.add(read(rows));
            }
        }
        return entries;
    }

    static AuditEntry read(ResultSet row) throws SQLException {
        return new AuditEntry(row.getLong(1), Instant.ofEpochMilli(row.getLong(2)), row.getString(3),
                AuditAction.valueOf(row.getString(4)), RecordKind.valueOf(row.getString(5)), row.getString(6),
                row.getString(7), row.getString(8), row.getString(9), row.getString(10));
    }
}
