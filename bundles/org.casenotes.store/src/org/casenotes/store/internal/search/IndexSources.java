package org.casenotes.store.internal.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.casenotes.store.RecordKind;

/**
 * Reads what the search index is derived from: the stored records in batches (for building it), and which records
 * were written since an audit sequence (for catching up an index kept from an earlier session). Reads only; the
 * records' content is decoded by the caller.
 */
final class IndexSources {

    /** A stored record to index ({@code author}: who saved a psychotherapy note, else empty). */
    record Stored(RecordKind kind, String id, byte[] content, String author) {
    }

    /** A record written since a sequence (content may since have gone nowhere: records are never deleted). */
    record Written(RecordKind kind, String id) {
    }

    private static final String[] BATCHES = {
        "SELECT n.id, c.content, '' FROM note n JOIN note_content c ON c.id = n.id WHERE n.id > ? ORDER BY n.id"
                + " FETCH FIRST ? ROWS ONLY",
        "SELECT id, content, '' FROM client WHERE id > ? ORDER BY id FETCH FIRST ? ROWS ONLY",
        "SELECT id, content, author FROM psychotherapy_note WHERE id > ? ORDER BY id FETCH FIRST ? ROWS ONLY",
    };
    private static final RecordKind[] KINDS = {RecordKind.NOTE, RecordKind.CLIENT, RecordKind.PSYCHOTHERAPY_NOTE};

    private IndexSources() {
    }

    /**
     * @param connection open connection
     * @return how many records there are to index
     * @throws SQLException on failure
     */
    static int count(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet count = statement.executeQuery(
                "SELECT (SELECT COUNT(*) FROM note) + (SELECT COUNT(*) FROM client)"
                        + " + (SELECT COUNT(*) FROM psychotherapy_note)")) {
            count.next();
            return count.getInt(1);
        }
    }

    /**
     * @param connection open connection
     * @param kind       NOTE, CLIENT or PSYCHOTHERAPY_NOTE
     * @param after      the last id of the previous batch ("" for the first)
     * @param size       the batch size
     * @return the next records of that kind by id
     * @throws SQLException on failure
     */
    static List<Stored> batch(Connection connection, RecordKind kind, String after, int size) throws SQLException {
        int table = List.of(KINDS).indexOf(kind);
        List<Stored> batch = new ArrayList<>(size);
        try (PreparedStatement query = connection.prepareStatement(BATCHES[table])) {
            query.setString(1, after);
            query.setInt(2, size);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    batch.add(new Stored(kind, rows.getString(1), rows.getBytes(2), rows.getString(3)));
                }
            }
        }
        return batch;
    }

    /**
     * @param connection open connection
     * @param kind       NOTE, CLIENT or PSYCHOTHERAPY_NOTE
     * @param id         the record's id
     * @return the stored record, if there is one
     * @throws SQLException on failure
     */
    static Optional<Stored> stored(Connection connection, RecordKind kind, String id) throws SQLException {
        String sql = switch (kind) {
            case NOTE -> "SELECT content, '' FROM note_content WHERE id = ?";
            case CLIENT -> "SELECT content, '' FROM client WHERE id = ?";
            case PSYCHOTHERAPY_NOTE -> "SELECT content, author FROM psychotherapy_note WHERE id = ?";
            case CASELOAD -> throw new IllegalArgumentException("A caseload has no content to index.");
        };
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, id);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(new Stored(kind, id, row.getBytes(1), row.getString(2)))
                        : Optional.empty();
            }
        }
    }

    /**
     * @param connection open connection
     * @param after      an audit sequence
     * @return the records written (any action but opening) after it
     * @throws SQLException on failure
     */
    static List<Written> writtenAfter(Connection connection, long after) throws SQLException {
        List<Written> written = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT DISTINCT kind, object_id FROM audit_event"
                + " WHERE seq > ? AND action <> 'OPEN' AND kind IN ('NOTE', 'CLIENT', 'PSYCHOTHERAPY_NOTE')")) {
            query.setLong(1, after);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    written.add(new Written(RecordKind.valueOf(rows.getString(1)), rows.getString(2)));
                }
            }
        }
        return written;
    }

    /**
     * @param connection open connection
     * @return the last audit sequence (0 for an empty log)
     * @throws SQLException on failure
     */
    static long lastAuditSequence(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet last = statement.executeQuery("SELECT COALESCE(MAX(seq), 0) FROM audit_event")) {
            last.next();
            return last.getLong(1);
        }
    }

    /** @return the kinds, in the order a build indexes them */
    static List<RecordKind> kinds() {
        return List.of(KINDS);
    }
}
