package org.casenotes.store.internal;

import java.sql.Connection;
import java.time.Clock;
import java.util.Map;

import org.casenotes.model.record.Client;
import org.casenotes.store.internal.h2.Schema;
import org.casenotes.store.internal.h2.Transactions;
import org.casenotes.store.internal.records.ClientTable;
import org.casenotes.store.internal.records.NoteTable;
import org.casenotes.store.internal.records.RecordCodec;
import org.casenotes.store.internal.records.RecordRows;

/**
 * Brings a caseload database written by an older Casenotes up to {@link Schema#CURRENT_VERSION} when it is opened,
 * in one durable transaction: a crash part-way leaves the old version recorded and the upgrade runs again on the
 * next open. Only index columns and tables are derived from the stored records; the records and the audit log stay as they
 * are (their digests still match), and nothing is audited as opened.
 */
final class FormatUpgrade {

    private FormatUpgrade() {
    }

    /**
     * @param connection the opened database, in auto-commit mode
     * @param clock      the store clock
     */
    static void toCurrent(Connection connection, Clock clock) {
        RecordCodec codec = new RecordCodec();
        RecordRows rows = new RecordRows(codec);
        ClientTable clients = new ClientTable(clock);
        new Transactions(connection).durably(c -> {
            Schema.addFormat2Structures(c);
            Schema.addFormat3Structures(c);
            Schema.addFormat4Structures(c);
            new NoteTable(clock).rebuildUnsignedIndex(c);
            for (Map.Entry<String, byte[]> stored : clients.allContent(c).entrySet()) {
                clients.refreshOverviewColumns(c, rows.client(codec.decode(stored.getValue(), Client.class)));
            }
            Schema.recordCurrentVersion(c);
            return null;
        });
    }
}
