package org.casenotes.store.internal.records;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** SQL for the {@code psychotherapy_note} table, which nothing but the psychotherapy-note API reads. */
public final class PsychotherapyNoteTable {

    private static final KeyedUpsert UPSERT = new KeyedUpsert("psychotherapy_note", "id",
            List.of("client_id", "author", "updated_at", "content"));

    private final Clock clock;

    public PsychotherapyNoteTable(Clock clock) {
        this.clock = clock;
    }

    /**
     * Inserts or replaces a psychotherapy note.
     *
     * @param connection connection in a transaction
     * @param id         note id
     * @param clientId   client id
     * @param author     author's user id
     * @param content    serialized note
     * @return true if the note was new
     * @throws SQLException on failure
     */
    public boolean upsert(Connection connection, String id, String clientId, String author, byte[] content)
            throws SQLException {
        return UPSERT.write(connection, id, (merge, i) -> {
            merge.setString(i, clientId);
            merge.setString(i + 1, author);
            merge.setLong(i + 2, clock.millis());
            merge.setBytes(i + 3, content);
        });
    }

    /**
     * @param connection open connection
     * @param id         note id
     * @return the serialized note, if stored
     * @throws SQLException on failure
     */
    public Optional<byte[]> find(Connection connection, String id) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT content FROM psychotherapy_note WHERE id = ?")) {
            query.setString(1, id);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(row.getBytes(1)) : Optional.empty();
            }
        }
    }

    /**
     * @param connection open connection
     * @param clientId   client id
     * @return the client's serialized psychotherapy notes, oldest first
     * @throws SQLException on failure
     */
    public List<byte[]> ofClient(Connection connection, String clientId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT content FROM psychotherapy_note WHERE client_id = ? ORDER BY updated_at, id")) {
            query.setString(1, clientId);
            List<byte[]> contents = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    contents.add(rows.getBytes(1));
                }
            }
            return contents;
        }
    }
}
