package org.casenotes.store.server.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Arrays;

import org.casenotes.store.AuditAction;
import org.casenotes.store.internal.h2.Transactions;
import org.casenotes.store.server.Role;
import org.postgresql.PGConnection;

/**
 * Accounts of an agency server: a PostgreSQL login per user, member of its {@link Role}'s group role, recorded in
 * {@code account}. Passwords are hashed (SCRAM-SHA-256) by the driver before they are sent, so no server log ever
 * holds one.
 */
public final class AgencyAccounts {

    private AgencyAccounts() {
    }

    /**
     * Creates the login if the cluster lacks it (else sets its password), makes it a member of the role's group role
     * and records the account, in the caller's transaction.
     *
     * @param c          a connection as a role that may create roles (the schema's owner)
     * @param userId     the login
     * @param password   its password (wiped by this call)
     * @param role       its role
     * @param supervisor its supervisor's user id, or null
     * @param signer     the name and credentials its signatures carry (the name blank: its user id)
     * @param clock      the store clock
     * @throws SQLException on failure
     */
    public static void add(Connection c, String userId, char[] password, Role role, String supervisor,
            Signer signer, Clock clock) throws SQLException {
        PGConnection postgres = c.unwrap(PGConnection.class);
        String login = postgres.escapeIdentifier(userId);
        try (Statement statement = c.createStatement()) {
            if (!exists(c, userId)) {
                statement.execute("CREATE ROLE " + login + " LOGIN");
            }
            statement.execute("GRANT " + role.groupRole() + " TO " + login);
        }
        try {
            postgres.alterUserPassword(userId, password, "scram-sha-256");
        } finally {
            Arrays.fill(password, '\0');
        }
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO account (user_id, display_name, role,"
                + " supervisor_id, created_at, credentials) VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, userId);
            insert.setString(2, signer.name().isBlank() ? userId : signer.name().strip());
            insert.setString(3, role.recorded());
            insert.setString(4, supervisor);
            insert.setLong(5, clock.millis());
            insert.setString(6, signer.credentials().isBlank() ? null : signer.credentials().strip());
            insert.executeUpdate();
        }
        ServerSession.recordCaseloadEvent(c, clock, c.getMetaData().getUserName(), AuditAction.CHANGE, "account "
                + userId + " added as " + role.recorded() + (supervisor == null ? "" : ", supervised by " + supervisor));
    }

    /**
     * Gives a user access to a client (and so to the client's notes).
     *
     * @param c        a connection as an administrator or the owner
     * @param clientId the client
     * @param userId   the account
     * @param clock    the store clock
     * @throws SQLException on failure (nothing is assigned)
     */
    public static void assign(Connection c, String clientId, String userId, Clock clock) throws SQLException {
        Transactions.commitOrRollBack(c, tx -> {
            try (PreparedStatement insert = tx.prepareStatement(
                    "INSERT INTO client_assignment (client_id, user_id) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
                insert.setString(1, clientId);
                insert.setString(2, userId);
                insert.executeUpdate();
            }
            ServerSession.recordCaseloadEvent(tx, clock, tx.getMetaData().getUserName(), AuditAction.CHANGE,
                    "client " + clientId + " assigned to " + userId);
            return null;
        });
    }

    private static boolean exists(Connection c, String userId) throws SQLException {
        try (PreparedStatement query = c.prepareStatement("SELECT 1 FROM pg_roles WHERE rolname = ?")) {
            query.setString(1, userId);
            try (ResultSet row = query.executeQuery()) {
                return row.next();
            }
        }
    }

    /**
     * The name and credentials an account's signatures carry.
     *
     * @param name        its name (blank: the user id)
     * @param credentials its credentials, e.g. LCSW (blank: none)
     */
    public record Signer(String name, String credentials) {

        /** No name (the user id is used) and no credentials. */
        public static final Signer NONE = new Signer("", "");

        public Signer {
            name = name == null ? "" : name;
            credentials = credentials == null ? "" : credentials;
        }
    }
}
