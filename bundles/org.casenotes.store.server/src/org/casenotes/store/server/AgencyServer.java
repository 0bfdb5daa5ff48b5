package org.casenotes.store.server;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Objects;

import org.casenotes.store.CaseloadStore;
import org.casenotes.store.CaseloadStoreException;
import org.casenotes.store.internal.SessionCaseloadStore;
import org.casenotes.store.server.internal.AgencySetup;
import org.casenotes.store.server.internal.SchemaMigrations;
import org.casenotes.store.server.internal.ServerConnections;
import org.casenotes.store.server.internal.ServerSession;

/**
 * An agency's caseload on a PostgreSQL server: many clinicians' {@link CaseloadStore}s over one database, with the
 * same contract as the embedded store (see {@link CaseloadStore}). The administrator creates it once with
 * {@link #initialise}; each user then {@linkplain #open opens} their own store with their account and password.
 *
 * <pre>{@code
 * AgencyServer server = AgencyServer.at("jdbc:postgresql://db.agency.example/casenotes?sslmode=verify-full");
 * try (CaseloadStore store = server.open("jrivera", password)) {
 *     store.saveNote(note);
 * }
 * }</pre>
 */
public final class AgencyServer {

    private final ServerConnections connections;
    private final Clock clock;

    private AgencyServer(ServerConnections connections, Clock clock) {
        this.connections = connections;
        this.clock = clock;
    }

    /**
     * @param jdbcUrl {@code jdbc:postgresql://host[:port]/database[?sslmode=verify-full&...]}
     * @return the server at that address (nothing is connected yet)
     * @throws IllegalArgumentException if the address is not a PostgreSQL JDBC URL
     */
    public static AgencyServer at(String jdbcUrl) {
        return at(jdbcUrl, Clock.systemUTC());
    }

    /**
     * @param jdbcUrl as {@link #at(String)}
     * @param clock   the clock audit entries are stamped with
     * @return the server
     */
    public static AgencyServer at(String jdbcUrl, Clock clock) {
        return new AgencyServer(new ServerConnections(jdbcUrl), clock);
    }

    /**
     * Creates (or brings up to date) the caseload's schema, records the agency and its first administrator. Run
     * as the database's owner; repeating it on a current schema changes nothing and is refused if the agency is
     * already recorded.
     *
     * @param owner         the database owner's account
     * @param ownerPassword its password (wiped by this call)
     * @param agency        the agency's name
     * @param administrator the first administrator's user id (an account the server knows, or will)
     * @return how many schema migrations were applied
     * @throws CaseloadStoreException if the agency was already set up, or the server refused
     */
    public int initialise(String owner, char[] ownerPassword, String agency, String administrator) {
        requireText(agency, "The agency's name");
        requireText(administrator, "The first administrator's user id");
        try (Connection c = connections.open(owner, ownerPassword)) {
            int applied = SchemaMigrations.migrate(c, owner);
            AgencySetup.record(c, owner, agency.strip(), administrator.strip(), clock);
            return applied;
        } catch (SQLException e) {
            throw ServerConnections.failed(e, "set up the agency server");
        }
    }

    /**
     * Logs in and opens the caseload as one account (recorded as an UNLOCK in the audit log).
     *
     * @param user     the account
     * @param password its password (wiped by this call); {@link CaseloadStore#unlock(char[])} takes it again
     * @return the store, unlocked
     * @throws org.casenotes.store.WrongPassphraseException if the server refused the user name or password
     * @throws CaseloadStoreException                       if it cannot be reached or holds no caseload
     */
    public CaseloadStore open(String user, char[] password) {
        requireText(user, "A user name");
        return new SessionCaseloadStore(ServerSession.open(connections, user, password, clock), clock);
    }

    private static void requireText(String value, String what) {
        if (Objects.requireNonNullElse(value, "").isBlank()) {
            throw new IllegalArgumentException(what + " is empty.");
        }
    }
}
