package org.casenotes.store.server;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Arrays;
import java.util.Objects;

import org.casenotes.store.CaseloadStore;
import org.casenotes.store.CaseloadStoreException;
import org.casenotes.store.internal.SessionCaseloadStore;
import org.casenotes.store.internal.h2.Transactions;
import org.casenotes.store.server.internal.AgencyAccounts;
import org.casenotes.store.server.internal.AgencyRoles;
import org.casenotes.store.server.internal.AgencySetup;
import org.casenotes.store.server.internal.SchemaMigrations;
import org.casenotes.store.server.internal.ServerConnections;
import org.casenotes.store.server.internal.ServerSession;
import org.casenotes.store.server.internal.SupervisionQueries;

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
     * Creates (or brings up to date) the caseload's schema, records the agency and its first administrator (a login
     * created if the cluster lacks it). Run as the database's owner, which needs the right to create roles; refused,
     * with nothing changed, once the agency is set up (then {@link #migrate} brings its schema up to date).
     *
     * @param owner                 the database owner's account
     * @param ownerPassword         its password (wiped by this call)
     * @param agency                the agency's name
     * @param administrator         the first administrator's user id
     * @param administratorPassword the administrator's password (wiped by this call)
     * @return how many schema migrations were applied
     * @throws CaseloadStoreException if the agency was already set up (nothing changed), or the server refused
     */
    public int initialise(String owner, char[] ownerPassword, String agency, String administrator,
            char[] administratorPassword) {
        requireText(agency, "The agency's name");
        requireText(administrator, "The first administrator's user id");
        try (Connection c = connections.open(owner, ownerPassword)) {
            AgencySetup.requireNew(c);
            int applied = SchemaMigrations.migrate(c, owner);
            AgencySetup.record(c, owner, agency.strip(), administrator.strip(), administratorPassword, clock);
            return applied;
        } catch (SQLException e) {
            throw ServerConnections.failed(e, "set up the agency server");
        } finally {
            Arrays.fill(administratorPassword, '\0');
        }
    }

    /**
     * Brings the schema of a set-up agency server to this version's, applying the migrations it lacks.
     *
     * @param owner         the database owner's account
     * @param ownerPassword its password (wiped by this call)
     * @return how many migrations were applied (0 when it was current)
     * @throws org.casenotes.store.UnsupportedFormatException if a newer Casenotes migrated it
     */
    public int migrate(String owner, char[] ownerPassword) {
        try (Connection c = connections.open(owner, ownerPassword)) {
            return SchemaMigrations.migrate(c, owner);
        } catch (SQLException e) {
            throw ServerConnections.failed(e, "migrate the agency server's schema");
        }
    }

    /**
     * Adds an account: a login in the role's group, recorded with its supervisor. Run as the database's owner (the
     * right to create logins is the agency IT's, not the application's).
     *
     * @param owner         the database owner's account
     * @param ownerPassword its password (wiped by this call)
     * @param userId        the new account's user id
     * @param password      its password (wiped by this call)
     * @param role          its role
     * @param supervisorId  the user id of its supervisor, or null
     */
    public void addAccount(String owner, char[] ownerPassword, String userId, char[] password, Role role,
            String supervisorId) {
        addAccount(owner, ownerPassword, userId, password, role, supervisorId, "", "");
    }

    /**
     * Adds an account as {@link #addAccount(String, char[], String, char[], Role, String)} does, with the name and
     * credentials its signatures carry on every workbench (the server's record of who signs, not each workbench's
     * preferences).
     *
     * @param owner         the database owner's account
     * @param ownerPassword its password (wiped by this call)
     * @param userId        the new account's user id
     * @param password      its password (wiped by this call)
     * @param role          its role
     * @param supervisorId  the user id of its supervisor, or null
     * @param name          the name on its signatures, e.g. "Robin Vale" (blank: the user id)
     * @param credentials   the credentials on its signatures, e.g. "LCSW" (blank: none)
     */
    public void addAccount(String owner, char[] ownerPassword, String userId, char[] password, Role role,
            String supervisorId, String name, String credentials) {
        requireText(userId, "A user id");
        try (Connection c = connections.open(owner, ownerPassword)) {
            Transactions.commitOrRollBack(c, tx -> {
                AgencyAccounts.add(tx, userId.strip(), password, role, supervisorId,
                        new AgencyAccounts.Signer(name, credentials), clock);
                return null;
            });
        } catch (SQLException e) {
            throw ServerConnections.failed(e, "add the account " + userId);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /**
     * Assigns a client to an account, which then sees the client's record and notes (the client's creator is
     * assigned when the client is saved first).
     *
     * @param administrator an administrator's user id
     * @param password      its password (wiped by this call)
     * @param clientId      the client
     * @param userId        the account
     */
    public void assign(String administrator, char[] password, String clientId, String userId) {
        try (Connection c = connections.open(administrator, password)) {
            AgencyAccounts.assign(c, clientId, userId, clock);
        } catch (SQLException e) {
            throw ServerConnections.failed(e, "assign client " + clientId + " to " + userId);
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
        return SessionCaseloadStore.withoutNoteSearch(ServerSession.open(connections, user, password, clock), clock,
                "Searching what notes say is not available on the agency server yet; search by client name or id.");
    }

    /**
     * Logs in as one account, as {@link #open} does, and reads the account's role and supervisor: what a workbench
     * needs to work on the agency's caseload (review queue, published templates) besides the store.
     *
     * @param user     the account
     * @param password its password (wiped by this call)
     * @return the session, its store unlocked
     * @throws org.casenotes.store.WrongPassphraseException if the server refused the user name or password (or the
     *                                                      account expired)
     * @throws CaseloadStoreException                       if it cannot be reached, holds no caseload, or the
     *                                                      account's role was revoked
     */
    public AgencySession signIn(String user, char[] password) {
        return signIn(user, password, null);
    }

    /**
     * Signs in as {@link #signIn(String, char[])} does, with a folder on this computer where the session keeps the
     * drafts it could not save while the server was unreachable ({@link KeptDrafts}, encrypted under a key derived
     * from {@code password}); drafts kept there by an earlier session of the account, before a crash for instance,
     * are read back ({@link AgencySession#keptDrafts()}).
     *
     * @param user       the account
     * @param password   its password (wiped by this call)
     * @param keptDrafts the user's local folder for kept drafts, or null to keep none
     * @return the session, its store unlocked
     * @throws org.casenotes.store.WrongPassphraseException as {@link #signIn(String, char[])}
     * @throws CaseloadStoreException                       as {@link #signIn(String, char[])}
     */
    public AgencySession signIn(String user, char[] password, Path keptDrafts) {
        requireText(user, "A user name");
        char[] kept = keptDrafts == null ? null : password.clone();
        try {
            return signIn(user, password, kept, keptDrafts);
        } finally {
            if (kept != null) {
                Arrays.fill(kept, '\0');
            }
        }
    }

    private AgencySession signIn(String user, char[] password, char[] keyPassword, Path keptDrafts) {
        ServerSession session = ServerSession.open(connections, user, password, clock);
        CaseloadStore store = SessionCaseloadStore.withoutNoteSearch(session, clock,
                "Searching what notes say is not available on the agency server yet; search by client name or id.");
        try {
            AgencyAccount account = session.readAgency(c -> SupervisionQueries.account(c,
                    AgencyRoles.of(c).orElseThrow(() -> new CaseloadStoreException("The account " + user
                            + " has no Casenotes role on the agency server."))));
            KeptDrafts drafts = keptDrafts == null ? null
                    : KeptDrafts.open(keptDrafts, connections.url(), account.userId(), keyPassword, clock);
            return new AgencySession(connections.url(), session, store, account, clock, drafts);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    private static void requireText(String value, String what) {
        if (Objects.requireNonNullElse(value, "").isBlank()) {
            throw new IllegalArgumentException(what + " is empty.");
        }
    }
}
