package org.casenotes.store.server.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.casenotes.model.record.NoteStatus;
import org.casenotes.store.server.AgencyAccount;
import org.casenotes.store.server.NoteInReview;
import org.casenotes.store.server.Role;

/**
 * What a session reads about supervision: its own account, and the notes its supervisees wait on it for. Row-level
 * security applies as to every read: a supervisor sees only notes of clients they may see.
 */
public final class SupervisionQueries {

    private SupervisionQueries() {
    }

    /**
     * @param c    the session's connection
     * @param role the role the server gives the login
     * @return the session's account, with the name and credentials its signatures carry (a login without an account
     *         row, such as the schema's owner, has no supervisor and signs with its user id)
     * @throws SQLException on failure
     */
    public static AgencyAccount account(Connection c, Role role) throws SQLException {
        String user = c.getMetaData().getUserName();
        try (PreparedStatement query = c.prepareStatement(
                "SELECT supervisor_id, display_name, credentials FROM account WHERE user_id = ?")) {
            query.setString(1, user);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? new AgencyAccount(user, role, row.getString(1), row.getString(2), row.getString(3))
                        : new AgencyAccount(user, role, null);
            }
        }
    }

    /**
     * @param c the session's connection (a supervisor's)
     * @return the notes submitted for review or signed by the session's supervisees, oldest first
     * @throws SQLException on failure
     */
    public static List<NoteInReview> reviewQueue(Connection c) throws SQLException {
        List<NoteInReview> queue = new ArrayList<>();
        try (PreparedStatement query = c.prepareStatement("SELECT n.id, n.client_id, n.author, n.status,"
                + " n.service_date, n.updated_at, n.template_id, n.template_version, a.display_name FROM note n"
                + " JOIN account a ON a.user_id = n.author WHERE a.supervisor_id = session_user"
                + " AND n.status IN ('SUBMITTED', 'SIGNED') ORDER BY n.updated_at, n.id");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                Date served = rows.getDate(5);
                queue.add(new NoteInReview(rows.getString(1), rows.getString(2), rows.getString(3),
                        rows.getString(9), NoteStatus.valueOf(rows.getString(4)),
                        served == null ? null : served.toLocalDate(), Instant.ofEpochMilli(rows.getLong(6)),
                        rows.getString(7), version(rows.getString(8))));
            }
        }
        return queue;
    }

    private static int version(String recorded) {
        try {
            return Integer.parseInt(recorded.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
