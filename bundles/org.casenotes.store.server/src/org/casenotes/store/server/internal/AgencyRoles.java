package org.casenotes.store.server.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

import org.casenotes.store.CaseloadStoreException;
import org.casenotes.store.server.Role;

/**
 * Which of the three group roles a session's login is a member of. A login whose role was revoked (REVOKE
 * casenotes_clinician FROM ...) still logs in, but may read nothing: it is told so in a sentence before any table
 * is touched, rather than meeting a permission error on the first read.
 */
public final class AgencyRoles {

    private AgencyRoles() {
    }

    /**
     * @param c a connection as the login
     * @return the login's role (supervisor before clinician before administrator, if it has several); empty if it
     *         has none, or if the server holds no agency (the group roles do not exist)
     * @throws SQLException on failure
     */
    public static Optional<Role> of(Connection c) throws SQLException {
        for (Role role : new Role[] { Role.SUPERVISOR, Role.CLINICIAN, Role.ADMINISTRATOR }) {
            try (Statement statement = c.createStatement(); ResultSet member = statement.executeQuery(
                    "SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '" + role.groupRole() + "') AND pg_has_role("
                            + "session_user, (SELECT oid FROM pg_roles WHERE rolname = '" + role.groupRole()
                            + "'), 'MEMBER')")) {
                if (member.next() && member.getBoolean(1)) {
                    return Optional.of(role);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * @param c   a connection as the login
     * @param url the server's address, for the message
     * @throws CaseloadStoreException if the login has none of the roles while the agency's roles exist
     * @throws SQLException           on failure
     */
    static void requireRole(Connection c, String url) throws SQLException {
        if (of(c).isPresent() || !agencyHeldOrOwned(c)) {
            return; // no caseload here (the schema check says so next), or the schema's owner (migrations, checks)
        }
        throw new CaseloadStoreException("Your account " + c.getMetaData().getUserName() + " has no Casenotes role"
                + " on the agency server at " + url + " (it was revoked): nothing can be read. Ask your agency's"
                + " administrator to restore it.");
    }

    /** @return whether this database holds an agency's schema that the login does not own */
    private static boolean agencyHeldOrOwned(Connection c) throws SQLException {
        try (Statement statement = c.createStatement(); ResultSet held = statement.executeQuery(
                "SELECT to_regclass('public.schema_version') IS NOT NULL AND NOT EXISTS (SELECT 1 FROM pg_tables"
                        + " WHERE schemaname = 'public' AND tablename = 'schema_version'"
                        + " AND tableowner = session_user)")) {
            return held.next() && held.getBoolean(1);
        }
    }
}
