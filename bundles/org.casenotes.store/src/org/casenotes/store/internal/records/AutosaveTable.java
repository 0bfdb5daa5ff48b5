package org.casenotes.store.internal.records;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * SQL for {@code draft_autosave}: the latest unsaved working copy of each draft note, kept so that a crash loses at
 * most one autosave interval of typing. Saving the note clears its autosave.
 */
public final class AutosaveTable {

    private static final KeyedUpsert UPSERT = new KeyedUpsert("draft_autosave", "note_id",
            List.of("client_id", "saved_at", "content"));

    private final Clock clock;

    public AutosaveTable(Clock clock) {
        this.clock = clock;
    }

    /**
     * @param connection connection in a transaction
     * @param noteId     note id
     * @param clientId   client id
     * @param content    serialized working copy
     * @throws SQLException on failure
     */
    public void put(Connection connection, String noteId, String clientId, byte[] content) throws SQLException {
        UPSERT.write(connection, noteId, (merge, i) -> {
            merge.setString(i, clientId);
            merge.setLong(i + 1, clock.millis());
            merge.setBytes(i + 2, content);
        });
    }

    /**
     * @param connection open connection
     * @param noteId     note id
     * @return the working copy, if one is kept
     * @throws SQLException on failure
     */
    public Optional<byte[]> find(Connection connection, String noteId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT content FROM draft_autosave WHERE note_id = ?")) {
            query.setString(1, noteId);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(row.getBytes(1)) : Optional.empty();
            }
        }
    }

    /**
     * @param connection open connection
     * @param noteId     note id
     * @return when the working copy was kept, if one is kept
     * @throws SQLException on failure
     */
    public Optional<Instant> keptAt(Connection connection, String noteId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT saved_at FROM draft_autosave WHERE note_id = ?")) {
            query.setString(1, noteId);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(Instant.ofEpochMilli(row.getLong(1))) : Optional.empty();
            }
        }
    }

    /**
     * @param connection connection in a transaction
     * @param noteId     note id
     * @throws SQLException on failure
     */
    public void remove(Connection connection, String noteId) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM draft_autosave WHERE note_id = ?")) {
            delete.setString(1, noteId);
            delete.executeUpdate();
        }
    }
}
