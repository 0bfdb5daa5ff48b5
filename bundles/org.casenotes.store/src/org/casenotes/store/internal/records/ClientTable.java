package org.casenotes.store.internal.records;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.casenotes.store.ClientSummary;

/** SQL for the {@code client} table. */
public final class ClientTable {

    private static final String SUMMARY =
            "SELECT id, display_name, status, note_count, last_service_date FROM client";

    private final Clock clock;

    public ClientTable(Clock clock) {
        this.clock = clock;
    }

    /**
     * Inserts or replaces a client.
     *
     * @param connection connection in a transaction
     * @param row        the row
     * @return true if the client was new
     * @throws SQLException on failure
     */
    public boolean upsert(Connection connection, ClientRow row) throws SQLException {
        boolean created = !exists(connection, row.id());
        try (PreparedStatement merge = connection.prepareStatement("""
                MERGE INTO client (id, display_name, sort_name, search_text, status, updated_at, content)
                KEY (id) VALUES (?, ?, ?, ?, ?, ?, ?)""")) {
            merge.setString(1, row.id());
            merge.setString(2, row.displayName());
            merge.setString(3, row.sortName());
            merge.setString(4, row.searchText());
            merge.setString(5, row.status());
            merge.setLong(6, clock.millis());
            merge.setBytes(7, row.content());
            merge.executeUpdate();
        }
        return created;
    }

    /**
     * Refreshes a client's note count and latest date of service after a note write (an index range scan over the
     * client's notes).
     *
     * @param connection connection in a transaction
     * @param id         client id
     * @throws SQLException on failure
     */
    public void refreshNoteSummary(Connection connection, String id) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("""
                UPDATE client SET (note_count, last_service_date) =
                  (SELECT COUNT(*), MAX(service_date) FROM note WHERE client_id = ?) WHERE id = ?""")) {
            update.setString(1, id);
            update.setString(2, id);
            update.executeUpdate();
        }
    }

    /**
     * @param connection open connection
     * @param id         client id
     * @return true if the client is stored
     * @throws SQLException on failure
     */
    public boolean exists(Connection connection, String id) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM client WHERE id = ?")) {
            query.setString(1, id);
            try (ResultSet row = query.executeQuery()) {
                return row.next();
            }
        }
    }

    /**
     * @param connection open connection
     * @param id         client id
     * @return the serialized client, if stored
     * @throws SQLException on failure
     */
    public Optional<byte[]> content(Connection connection, String id) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT content FROM client WHERE id = ?")) {
            query.setString(1, id);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(row.getBytes(1)) : Optional.empty();
            }
        }
    }

    /**
     * @param connection open connection
     * @param text       words that must all occur in a client's names or id (case-insensitive); blank for all
     * @return matching clients sorted by name
     * @throws SQLException on failure
     */
    public List<ClientSummary> summaries(Connection connection, String text) throws SQLException {
        String[] words = text.isBlank() ? new String[0] : text.toLowerCase(Locale.ROOT).trim().split("\\s+");
        StringBuilder sql = new StringBuilder(SUMMARY);
        for (int i = 0; i < words.length; i++) {
            sql.append(i == 0 ? " WHERE" : " AND").append(" search_text LIKE ? ESCAPE '\\'");
        }
        sql.append(" ORDER BY sort_name, id");
        try (PreparedStatement query = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < words.length; i++) {
                query.setString(i + 1, '%' + words[i].replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
                        + '%');
            }
            List<ClientSummary> result = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    java.sql.Date last = rows.getDate(5);
                    result.add(new ClientSummary(rows.getString(1), rows.getString(2), rows.getString(3),
                            rows.getInt(4), last == null ? null : last.toLocalDate()));
                }
            }
            return result;
        }
    }
}
