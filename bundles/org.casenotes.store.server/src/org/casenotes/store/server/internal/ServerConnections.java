package org.casenotes.store.server.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Properties;

import org.casenotes.store.CaseloadStoreException;
import org.casenotes.store.WrongPassphraseException;
import org.casenotes.store.server.ServerUnreachableException;
import org.postgresql.Driver;

/**
 * Opens connections to an agency's PostgreSQL server as one account, and says in a sentence why one failed. The
 * driver is called directly rather than through {@code DriverManager}, whose service lookup does not see it inside
 * OSGi. TLS and certificate checks are the URL's business ({@code sslmode=verify-full}, see the README).
 */
public final class ServerConnections {

    private static final Driver DRIVER = new Driver();

    private final String url;

    /**
     * @param url the JDBC URL, {@code jdbc:postgresql://host:port/database?...}
     */
    public ServerConnections(String url) {
        if (url == null || !url.startsWith("jdbc:postgresql://")) {
            throw new IllegalArgumentException("An agency server's address is a PostgreSQL JDBC URL such as"
                    + " jdbc:postgresql://db.agency.example:5432/casenotes?sslmode=verify-full, not '" + url + "'.");
        }
        this.url = url;
    }

    /** @return the URL */
    public String url() {
        return url;
    }

    /**
     * @param user     the account
     * @param password its password (wiped by this call)
     * @return an open connection, autocommit on
     * @throws WrongPassphraseException if the server refused the user name or password
     * @throws CaseloadStoreException   if the server cannot be reached or refused for another reason
     */
    public Connection open(String user, char[] password) {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", new String(password));
        properties.setProperty("ApplicationName", "Casenotes");
        // an unreachable server is said within seconds, and a network that died silently under a query within a
        // minute, not after the system's TCP timeouts (a URL's own connectTimeout or socketTimeout wins)
        properties.setProperty("connectTimeout", "10");
        properties.setProperty("socketTimeout", "60");
        Arrays.fill(password, '\0');
        try {
            Connection connection = DRIVER.connect(url, properties);
            if (connection == null) {
                throw new CaseloadStoreException("The PostgreSQL driver does not accept the address " + url + ".");
            }
            return connection;
        } catch (SQLException e) {
            throw refused(e, user);
        } finally {
            properties.clear();
        }
    }

    private CaseloadStoreException refused(SQLException e, String user) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (state.equals("28P01") || state.equals("28000")) {
            // PostgreSQL tells a client no more than this: an expired account (VALID UNTIL) or a disabled login is
            // refused with the same answer as a wrong password, so that nobody can probe which accounts exist
            return new WrongPassphraseException("The agency server refused the user name " + user
                    + " or its password: the password is wrong, or the account has expired or been disabled."
                    + " Nothing was read. Check the password, or ask your agency's administrator.");
        }
        if (isUnreachable(e)) {
            return new ServerUnreachableException("The agency server cannot be reached at " + url + ": "
                    + e.getMessage(), e);
        }
        return new CaseloadStoreException("The agency server refused the connection: " + e.getMessage(), e);
    }

    /**
     * @param e    a failure of work on an open connection
     * @param what what was being done, e.g. "save the change"
     * @return the exception to throw: a sentence with the server's reason
     */
    public static CaseloadStoreException failed(SQLException e, String what) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (isUnreachable(e)) {
            return new ServerUnreachableException("Could not " + what + ": the agency server cannot be reached ("
                    + e.getMessage() + "). Nothing was saved by this attempt.", e);
        }
        if (state.equals("42501")) {
            return new CaseloadStoreException("Could not " + what + ": your account is not allowed to ("
                    + e.getMessage() + ").", e);
        }
        return new CaseloadStoreException("Could not " + what + " on the agency server: " + e.getMessage(), e);
    }

    /**
     * @param e a driver failure
     * @return whether it means the server cannot be reached: a connection failure (SQLSTATE class 08), or the server
     *         shutting down or starting (57P01, 57P02, 57P03), which ends the connection
     */
    public static boolean isUnreachable(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        return state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03");
    }
}
