package org.casenotes.store.internal.records;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.casenotes.store.CaseloadEntry;
import org.casenotes.store.ClientSummary;

/** SQL for the {@code client} table, and the caseload overview read from it and the note index. */
public final class ClientTable {

    private static final String SUMMARY_COLUMNS =
            "SELECT c.id, c.display_name, c.status, c.note_count, c.last_service_date";

    private static final KeyedUpsert UPSERT = new KeyedUpsert("client", "id", List.of("display_name", "sort_name",
            "search_text", "status", "pronouns", "next_plan_review", "awaiting_intake_since", "last_measure_on",
            "updated_at", "content"));

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
        return UPSERT.write(connection, row.id(), (merge, i) -> {
            merge.setString(i, row.displayName());
            merge.setString(i + 1, row.sortName());
            merge.setString(i + 2, row.searchText());
            merge.setString(i + 3, row.status());
            merge.setString(i + 4, row.pronouns());
            merge.setDate(i + 5, date(row.nextPlanReview()));
            merge.setDate(i + 6, date(row.awaitingIntakeSince()));
            merge.setDate(i + 7, date(row.lastMeasureOn()));
            merge.setLong(i + 8, clock.millis());
            merge.setBytes(i + 9, row.content());
        });
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
        // the client's row is locked first (an update that changes nothing: on PostgreSQL a no-key-update lock, which
        // the key-share lock of another session's note insert does not block), so that the count below, a new
        // statement, is read after any other session's note write for this client has committed; a count read as
        // the update's own sub-select, under read committed, left out the note of the session that held the row:
        // two clinicians saving notes of one client at once lost one from the count on the agency server
        try (PreparedStatement lock = connection.prepareStatement(
                "UPDATE client SET note_count = note_count WHERE id = ?")) {
            lock.setString(1, id);
            lock.executeUpdate();
        }
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
     * Rewrites the columns a client's overview reads from its record, leaving the record itself (and so its audit
     * digest) as it is. For upgrading caseloads written before those columns existed.
     *
     * @param connection connection in a transaction
     * @param row        the client's row as {@link RecordRows} makes it from the stored record
     * @throws SQLException on failure
     */
    public void refreshOverviewColumns(Connection connection, ClientRow row) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE client SET pronouns = ?, next_plan_review = ?, awaiting_intake_since = ?, last_measure_on = ?"
                        + " WHERE id = ?")) {
            update.setString(1, row.pronouns());
            update.setDate(2, row.nextPlanReview() == null ? null : Date.valueOf(row.nextPlanReview()));
            update.setDate(3, date(row.awaitingIntakeSince()));
            update.setDate(4, date(row.lastMeasureOn()));
            update.setString(5, row.id());
            update.executeUpdate();
        }
    }

    /**
     * @param connection open connection
     * @return every client id with its serialized record (for upgrades that re-derive columns)
     * @throws SQLException on failure
     */
    public Map<String, byte[]> allContent(Connection connection) throws SQLException {
        Map<String, byte[]> contents = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT id, content FROM client ORDER BY id")) {
            while (rows.next()) {
                contents.put(rows.getString(1), rows.getBytes(2));
            }
        }
        return contents;
    }

    /**
     * Every client with its unsigned and overdue note counts: the client rows, then one grouped count over the small
     * {@code unsigned_note} table, and one over the same table's notes submitted for co-signature or returned for
     * revision (never the note table). Separate queries, because H2 would evaluate a joined grouping once per
     * client.
     *
     * @param connection    open connection
     * @param overdueBefore unsigned notes served before this day are overdue
     * @return the entries, sorted by name
     * @throws SQLException on failure
     */
    public List<CaseloadEntry> overview(Connection connection, LocalDate overdueBefore) throws SQLException {
        Map<String, int[]> counts = unsignedCounts(connection, overdueBefore);
        Map<String, int[]> inReview = reviewCounts(connection);
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(SUMMARY_COLUMNS
                        + ", c.pronouns, c.next_plan_review, c.awaiting_intake_since, c.last_measure_on FROM client c"
                        + " ORDER BY c.sort_name, c.id")) {
            List<CaseloadEntry> result = new ArrayList<>();
            while (rows.next()) {
                int[] unsignedAndOverdue = counts.getOrDefault(rows.getString(1), new int[2]);
                int[] submittedAndReturned = inReview.getOrDefault(rows.getString(1), new int[2]);
                result.add(new CaseloadEntry(summary(rows), rows.getString(6), day(rows.getDate(7)),
                        unsignedAndOverdue[0], unsignedAndOverdue[1], day(rows.getDate(8)),
                        new CaseloadEntry.InReview(submittedAndReturned[0], submittedAndReturned[1]),
                        day(rows.getDate(9))));
            }
            return result;
        }
    }

    /** @return per client, the notes submitted for co-signature and those returned for revision */
    private static Map<String, int[]> reviewCounts(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT client_id,"
                        + " SUM(CASE WHEN status = 'SUBMITTED' THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN status = 'RETURNED' THEN 1 ELSE 0 END) FROM unsigned_note"
                        + " WHERE status IN ('SUBMITTED', 'RETURNED') GROUP BY client_id")) {
            Map<String, int[]> counts = new HashMap<>();
            while (rows.next()) {
                counts.put(rows.getString(1), new int[] {rows.getInt(2), rows.getInt(3)});
            }
            return counts;
        }
    }

    private static LocalDate day(Date date) {
        return date == null ? null : date.toLocalDate();
    }

    private static Map<String, int[]> unsignedCounts(Connection connection, LocalDate overdueBefore)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT client_id, COUNT(*), SUM(CASE WHEN service_date < ? THEN 1 ELSE 0 END) FROM unsigned_note
                GROUP BY client_id""")) {
            query.setDate(1, Date.valueOf(overdueBefore));
            Map<String, int[]> counts = new HashMap<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    counts.put(rows.getString(1), new int[] {rows.getInt(2), rows.getInt(3)});
                }
            }
            return counts;
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
        StringBuilder sql = new StringBuilder(SUMMARY_COLUMNS).append(" FROM client c");
        for (int i = 0; i < words.length; i++) {
            sql.append(i == 0 ? " WHERE" : " AND").append(" c.search_text LIKE ? ESCAPE '\\'");
        }
        sql.append(" ORDER BY c.sort_name, c.id");
        try (PreparedStatement query = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < words.length; i++) {
                query.setString(i + 1, '%' + words[i].replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
                        + '%');
            }
            List<ClientSummary> result = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    result.add(summary(rows));
                }
            }
            return result;
        }
    }

    private static Date date(LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }

    private static ClientSummary summary(ResultSet rows) throws SQLException {
        Date last = rows.getDate(5);
        return new ClientSummary(rows.getString(1), rows.getString(2), rows.getString(3), rows.getInt(4),
                last == null ? null : last.toLocalDate());
    }
}
