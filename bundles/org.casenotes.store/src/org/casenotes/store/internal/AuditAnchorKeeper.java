package org.casenotes.store.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.casenotes.store.AuditEntry;
import org.casenotes.store.TamperFinding;
import org.casenotes.store.internal.audit.AuditAnchorCheck;
import org.casenotes.store.internal.audit.AuditTable;
import org.casenotes.store.internal.crypto.AnchorSeal;
import org.casenotes.store.internal.crypto.CaseloadKey;
import org.casenotes.store.internal.h2.Transactions;
import org.casenotes.store.internal.layout.CaseloadDirectory;
import org.casenotes.store.internal.layout.CaseloadHeader;

/**
 * Keeps the header's {@link org.casenotes.store.internal.layout.AuditAnchor audit anchor} level with the end of an
 * open caseload's audit log.
 *
 * <p><b>Crash ordering.</b> The log lives in the database file and the anchor in the header file, and no file system
 * writes two files atomically, so the order is chosen to make the only possible disagreement a harmless one: the
 * anchor is moved only <em>after</em> the database has made the anchored entry durable (commit and
 * {@code CHECKPOINT SYNC}), and the header is replaced atomically (temporary file, fsync, rename, fsync of the
 * folder). A crash before the rename leaves the old header, whose anchor names an earlier entry that the log still
 * holds: the anchor is behind the log, never ahead of it, and verification accepts a log that reaches past its anchor
 * (a log that stops short of it, or holds a different entry at its place, is reported). Entries written quietly
 * (reads' OPEN entries, UNLOCK) are anchored with the next durable write or at close, after a sync. The price of this
 * order: entries written after the last anchor move (those of the write a crash interrupted, or quiet ones) could be
 * cut unnoticed until the next move; every durable write and every close moves it.
 *
 * <p>If the log and the anchor already disagree when the caseload is opened, the anchor is never moved again, so the
 * evidence survives further work until the caseload is restored from a backup.
 */
final class AuditAnchorKeeper implements AutoCloseable {

    private final CaseloadDirectory directory;
    private final AnchorSeal seal;
    private final List<TamperFinding> findingsAtOpen;
    private CaseloadHeader header;

    private AuditAnchorKeeper(CaseloadDirectory directory, CaseloadHeader header, AnchorSeal seal,
            List<TamperFinding> findingsAtOpen) {
        this.directory = directory;
        this.header = header;
        this.seal = seal;
        this.findingsAtOpen = List.copyOf(findingsAtOpen);
    }

    /**
     * Checks the log of a caseload just opened against its header's anchor.
     *
     * @param directory    the caseload
     * @param header       its header as read before opening
     * @param key          its key (still owned by the caller)
     * @param transactions the opened database
     * @return the keeper
     */
    static AuditAnchorKeeper check(CaseloadDirectory directory, CaseloadHeader header, CaseloadKey key,
            Transactions transactions) {
        AnchorSeal seal = AnchorSeal.of(key);
        try {
            List<TamperFinding> findings = transactions.read(c -> AuditAnchorCheck.check(c, header.anchor(), seal));
            return new AuditAnchorKeeper(directory, header, seal, findings);
        } catch (RuntimeException e) {
            seal.close();
            throw e;
        }
    }

    /** @return what was wrong with the log's end when the caseload was opened (empty when it reached the anchor) */
    List<TamperFinding> findingsAtOpen() {
        return findingsAtOpen;
    }

    /** @return the sequence number the header anchors now (0 if none) */
    long anchoredSequence() {
        return header.anchor().sequence();
    }

    /**
     * @param connection an open connection
     * @return what is wrong with the log's end now
     * @throws SQLException on failure
     */
    List<TamperFinding> verify(Connection connection) throws SQLException {
        return AuditAnchorCheck.check(connection, header.anchor(), seal);
    }

    /**
     * Moves the anchor to the log's last entry. Call only when everything committed is durable (after a durable
     * write or a sync); does nothing if the anchor is already there, or if the log disagreed with it at open.
     *
     * @param transactions the open database
     */
    void advance(Transactions transactions) {
        if (!findingsAtOpen.isEmpty()) {
            return;
        }
        Optional<AuditEntry> last = transactions.read(AuditTable::last);
        if (last.isEmpty() || last.get().sequence() == header.anchor().sequence()
                && last.get().hash().equals(header.anchor().hash())) {
            return;
        }
        CaseloadHeader moved = header.withAnchor(seal.seal(last.get().sequence(), last.get().hash()));
        directory.writeHeader(moved);
        header = moved;
    }

    /** Wipes the seal's key. */
    @Override
    public void close() {
        seal.close();
    }
}
