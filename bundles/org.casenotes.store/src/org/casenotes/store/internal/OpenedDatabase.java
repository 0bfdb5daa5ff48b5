package org.casenotes.store.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;

import org.casenotes.store.CaseloadStoreException;
import org.casenotes.store.internal.crypto.CaseloadKey;
import org.casenotes.store.internal.h2.H2Engine;
import org.casenotes.store.internal.h2.Schema;
import org.casenotes.store.internal.h2.Transactions;
import org.casenotes.store.internal.layout.CaseloadFolderLayout;
import org.casenotes.store.internal.layout.CaseloadHeader;

/**
 * A caseload's database, opened and checked for a {@link EmbeddedSession}: claimed in this process, format checked
 * (an older one upgraded when opened for work, refused when opened for reading, which never writes), the log's end
 * compared with the header's anchor, and, when opened for work, the folder made private. On any failure the
 * database is closed again and the claim released.
 *
 * @param connection   the open connection
 * @param transactions transactions on it
 * @param anchor       the keeper of the header's audit anchor
 */
record OpenedDatabase(Connection connection, Transactions transactions, AuditAnchorKeeper anchor) {

    static OpenedDatabase open(CaseloadFolderLayout directory, CaseloadHeader header, CaseloadKey key,
            boolean forReading, Clock clock) {
        OpenCaseloads.claim(directory.location());
        Connection opened;
        try {
            opened = H2Engine.open(directory, key, forReading ? H2Engine.Access.READ_ONLY : H2Engine.Access.READ_WRITE);
        } catch (RuntimeException e) {
            OpenCaseloads.release(directory.location());
            throw e;
        }
        try {
            int version = Schema.check(opened);
            if (version < Schema.CURRENT_VERSION) {
                if (forReading) {
                    throw new CaseloadStoreException("This caseload was written by an older Casenotes (database"
                            + " format " + version + "). Open it once in the workbench to bring it up to date, then"
                            + " check it again; it was left as it is.");
                }
                FormatUpgrade.toCurrent(opened, clock);
            }
            Transactions transactions = new Transactions(opened);
            AuditAnchorKeeper anchor = AuditAnchorKeeper.check(directory, header, key, transactions);
            if (!forReading) {
                directory.restrictPermissions();
            }
            return new OpenedDatabase(opened, transactions, anchor);
        } catch (RuntimeException e) {
            closeQuietly(opened);
            OpenCaseloads.release(directory.location());
            throw e;
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            // the open already failed; that failure is the one to report
        }
    }
}
