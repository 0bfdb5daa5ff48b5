package org.casenotes.store.server.tests;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;

import org.casenotes.store.server.AgencyServer;
import org.casenotes.store.server.Role;
import org.postgresql.Driver;

/**
 * Agency servers set up as {@code casenotes server init} sets them up, each in a database of its own on the test
 * run's PostgreSQL.
 *
 * @param server   the server
 * @param url      its JDBC URL
 * @param postgres the PostgreSQL it is on
 */
public record AgencyServers(AgencyServer server, String url, LocalPostgres postgres) {

    /** The first administrator every test agency is set up with. */
    public static final String ADMINISTRATOR = "admin-1";
    public static final String ADMINISTRATOR_PASSWORD = "administrator-secret-for-tests";

    /**
     * @param user     a login to create (or re-use) with its password, allowed to work with the caseload's tables
     * @param password its password
     * @return a newly initialised agency server
     */
    static AgencyServers initialised(String user, String password) {
        return initialised(LocalPostgres.get(), user, password);
    }

    /**
     * @param postgres the PostgreSQL to set it up on
     * @param user     as {@link #initialised(String, String)}
     * @param password its password
     * @return a newly initialised agency server there
     */
    static AgencyServers initialised(LocalPostgres postgres, String user, String password) {
        return initialised(postgres, user, password, Role.CLINICIAN);
    }

    /**
     * @param postgres the PostgreSQL to set it up on
     * @param user     the first account besides the administrator
     * @param password its password
     * @param role     its role
     * @return a newly initialised agency server there
     */
    public static AgencyServers initialised(LocalPostgres postgres, String user, String password, Role role) {
        String url = postgres.newDatabase();
        AgencyServers agency = new AgencyServers(AgencyServer.at(url), url, postgres);
        agency.server().initialise(LocalPostgres.OWNER, LocalPostgres.OWNER_PASSWORD.toCharArray(),
                "Riverside Counseling", ADMINISTRATOR, ADMINISTRATOR_PASSWORD.toCharArray());
        agency.addAccount(user, password, role, null);
        return agency;
    }

    /** @return a server on a new, empty database */
    static AgencyServers uninitialised() {
        LocalPostgres postgres = LocalPostgres.get();
        String url = postgres.newDatabase();
        return new AgencyServers(AgencyServer.at(url), url, postgres);
    }

    /**
     * Adds an account as the agency's IT does (the login is re-used if an earlier test's database made it).
     *
     * @param user       the login
     * @param password   its password
     * @param role       its role
     * @param supervisor its supervisor, or null
     */
    public void addAccount(String user, String password, Role role, String supervisor) {
        server.addAccount(LocalPostgres.OWNER, LocalPostgres.OWNER_PASSWORD.toCharArray(), user,
                password.toCharArray(), role, supervisor);
    }

    /**
     * @param user     a login
     * @param password its password
     * @return a plain connection as that login, for SQL written by hand
     * @throws SQLException if the server refuses
     */
    Connection connectAs(String user, String password) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        return new Driver().connect(url, properties);
    }

    /**
     * @param author the account saving the note first (the server refuses a note saved first by anyone else)
     * @param note   a note
     * @return the note, written by {@code author}
     */
    public static org.casenotes.model.record.Note writtenBy(String author, org.casenotes.model.record.Note note) {
        note.setAuthorId(author);
        return note;
    }

    /** @param statements SQL run as the database's owner, behind the store's back */
    public void asOwner(String... statements) {
        postgres.execute(LocalPostgres.databaseOf(url), statements);
    }
}
