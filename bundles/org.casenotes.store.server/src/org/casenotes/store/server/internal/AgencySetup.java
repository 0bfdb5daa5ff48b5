package org.casenotes.store.server.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;

import org.casenotes.store.AuditAction;
import org.casenotes.store.CaseloadStoreException;
import org.casenotes.store.internal.h2.Transactions;
import org.casenotes.store.server.Role;

/** Records a new agency server's agency and first administrator, and opens its audit log. */
public final class AgencySetup {

    private AgencySetup() {
    }

    /**
     * @param c a connection as the schema's owner
     * @throws SQLException           on failure
     * @throws CaseloadStoreException if the database already holds an agency (nothing is changed)
     */
    public static void requireNew(Connection c) throws SQLException {
        if (SchemaMigrations.version(c) == 0) {
            return;
        }
        try (Statement statement = c.createStatement();
                ResultSet agency = statement.executeQuery("SELECT 1 FROM agency")) {
            if (agency.next()) {
                throw new CaseloadStoreException("This agency server is already set up; nothing was changed."
                        + " ('casenotes server migrate' brings its schema up to date.)");
            }
        }
    }

    /**
     * In one transaction: the agency, its first administrator's account, and the log's first entry
     * ({@link AuditAction#CREATE_CASELOAD}, by the owner who set it up).
     *
     * @param c             a connection as the schema's owner (autocommit on; left so)
     * @param owner         the owner's account
     * @param agency        the agency's name
     * @param administrator the first administrator's user id (a login created if the cluster lacks it)
     * @param administratorPassword its password (wiped by this call)
     * @param clock         the store clock
     * @throws SQLException           on failure (nothing is recorded)
     * @throws CaseloadStoreException if the agency is already recorded (nothing is changed)
     */
    public static void record(Connection c, String owner, String agency, String administrator,
            char[] administratorPassword, Clock clock) throws SQLException {
        Transactions.commitOrRollBack(c, tx -> {
            try (PreparedStatement insert = tx.prepareStatement(
                    "INSERT INTO agency (id, name, created_at) VALUES (1, ?, ?) ON CONFLICT (id) DO NOTHING")) {
                insert.setString(1, agency);
                insert.setLong(2, clock.millis());
                if (insert.executeUpdate() == 0) {
                    throw new CaseloadStoreException("This agency server is already set up; nothing was changed.");
                }
            }
            ServerSession.recordCaseloadEvent(tx, clock, owner, AuditAction.CREATE_CASELOAD, "agency server");
            AgencyAccounts.add(tx, administrator, administratorPassword, Role.ADMINISTRATOR, null,
                    AgencyAccounts.Signer.NONE, clock);
            return null;
        });
    }
}
