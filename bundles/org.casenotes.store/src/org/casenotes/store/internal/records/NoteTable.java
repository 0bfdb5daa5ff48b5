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
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.casenotes.model.record.NoteStatus;
import org.casenotes.store.NoteReference;

/**
 * SQL for the {@code note} table (queried columns), {@code note_content} (the serialized notes) and
 * {@code unsigned_note} (the unsigned ones, kept in step on every write).
 */
public final class NoteTable {

    private static final String COLUMNS = "n.id, n.client_id, n.template_id, n.template_version, n.status, n.author,"
            + " n.service_date, c.content";
    private static final String FROM = " FROM note n JOIN note_content c ON c.id = n.id";

    /** Unsigned notes: draft, submitted for review, returned for correction. */
    private static final Set<NoteStatus> UNSIGNED = EnumSet.of(NoteStatus.DRAFT, NoteStatus.SUBMITTED,
            NoteStatus.RETURNED);
    private static final String UNSIGNED_STATUSES = UNSIGNED.stream().map(status -> "'" + status.getLiteral() + "'")
            .collect(Collectors.joining(", "));
    private static final String REFERENCE = "SELECT id, client_id, status, service_date, template_id, template_version"
            + " FROM note WHERE ";
    private static final String REFERENCE_ORDER = " ORDER BY client_id, service_date, id";

    private static final KeyedUpsert NOTE = new KeyedUpsert("note", "id", List.of("client_id", "template_id",
            "template_version", "status", "author", "service_date", "updated_at"));
    private static final KeyedUpsert NOTE_CONTENT = new KeyedUpsert("note_content", "id", List.of("content"));
    private static final KeyedUpsert UNSIGNED_NOTE = new KeyedUpsert("unsigned_note", "note_id",
            List.of("client_id", "service_date", "status"));

    private final Clock clock;

    public NoteTable(Clock clock) {
        this.clock = clock;
    }

    /**
     * Inserts or replaces a note.
     *
     * @param connection connection in a transaction
     * @param row        the row
     * @throws SQLException on failure
     */
    public void upsert(Connection connection, NoteRow row) throws SQLException {
        NOTE.write(connection, row.id(), (merge, i) -> {
            merge.setString(i, row.clientId());
            merge.setString(i + 1, row.templateId());
            merge.setString(i + 2, row.templateVersion());
            merge.setString(i + 3, row.status());
            merge.setString(i + 4, row.author());
            merge.setDate(i + 5, row.serviceDate() == null ? null : Date.valueOf(row.serviceDate()));
            merge.setLong(i + 6, clock.millis());
        });
        NOTE_CONTENT.write(connection, row.id(), (merge, i) -> merge.setBytes(i, row.content()));
        indexUnsigned(connection, row);
    }

    private static void indexUnsigned(Connection connection, NoteRow row) throws SQLException {
        if (UNSIGNED.contains(NoteStatus.get(row.status()))) {
            UNSIGNED_NOTE.write(connection, row.id(), (merge, i) -> {
                merge.setString(i, row.clientId());
                merge.setDate(i + 1, row.serviceDate() == null ? null : Date.valueOf(row.serviceDate()));
                merge.setString(i + 2, NoteStatus.get(row.status()).getLiteral());
            });
            return;
        }
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM unsigned_note WHERE note_id = ?")) {
            delete.setString(1, row.id());
            delete.executeUpdate();
        }
    }

    /**
     * Fills {@code unsigned_note} from the note table (for upgrading caseloads written before it existed).
     *
     * @param connection connection in a transaction
     * @throws SQLException on failure
     */
    public void rebuildUnsignedIndex(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM unsigned_note");
            statement.executeUpdate("INSERT INTO unsigned_note (note_id, client_id, service_date, status)"
                    + " SELECT id, client_id, service_date, status FROM note WHERE status IN (" + UNSIGNED_STATUSES
                    + ")");
        }
    }

    /**
     * Locks a note's row until the transaction ends, so that a concurrent save of the same note waits and then
     * reads what this one stored (both engines: {@code SELECT ... FOR UPDATE}).
     *
     * @param connection connection in a transaction
     * @param id         note id
     * @throws SQLException on failure
     */
    public void lock(Connection connection, String id) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT id FROM note WHERE id = ? FOR UPDATE")) {
            query.setString(1, id);
            query.executeQuery().close();
        }
    }

    /**
     * @param connection open connection
     * @param id         note id
     * @return the stored note, if any
     * @throws SQLException on failure
     */
    public Optional<NoteRow> find(Connection connection, String id) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT " + COLUMNS + FROM + " WHERE n.id = ?")) {
            query.setString(1, id);
            List<NoteRow> rows = collect(query);
            return rows.stream().findFirst();
        }
    }

    /**
     * @param connection open connection
     * @param clientId   client id
     * @return the client's notes by date of service, then id
     * @throws SQLException on failure
     */
    public List<NoteRow> ofClient(Connection connection, String clientId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT " + COLUMNS + FROM
                + " WHERE n.client_id = ? ORDER BY n.service_date, n.id")) {
            query.setString(1, clientId);
            return collect(query);
        }
    }

    /**
     * @param connection open connection
     * @return the unsigned notes (over the status index), without content
     * @throws SQLException on failure
     */
    public List<NoteReference> unsigned(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                REFERENCE + "status IN (" + UNSIGNED_STATUSES + ")" + REFERENCE_ORDER)) {
            return references(query);
        }
    }

    /**
     * @param connection open connection
     * @param firstDay   first date of service wanted
     * @return the notes served on or after that day (over the date index), without content
     * @throws SQLException on failure
     */
    public List<NoteReference> servedSince(Connection connection, LocalDate firstDay) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(REFERENCE + "service_date >= ?" + REFERENCE_ORDER)) {
            query.setDate(1, Date.valueOf(firstDay));
            return references(query);
        }
    }

    private static List<NoteReference> references(PreparedStatement query) throws SQLException {
        List<NoteReference> references = new ArrayList<>();
        try (ResultSet row = query.executeQuery()) {
            while (row.next()) {
                Date date = row.getDate(4);
                references.add(new NoteReference(row.getString(1), row.getString(2), NoteStatus.get(row.getString(3)),
                        date == null ? null : date.toLocalDate(), row.getString(5), templateVersion(row.getString(6))));
            }
        }
        return references;
    }

    private static int templateVersion(String stored) {
        try {
            return Integer.parseInt(stored);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static List<NoteRow> collect(PreparedStatement query) throws SQLException {
        List<NoteRow> rows = new ArrayList<>();
        try (ResultSet row = query.executeQuery()) {
            while (row.next()) {
                Date date = row.getDate(7);
                rows.add(new NoteRow(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                        row.getString(5), row.getString(6), date == null ? null : date.toLocalDate(),
                        row.getBytes(8)));
            }
        }
        return rows;
    }
}
