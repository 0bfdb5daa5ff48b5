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
import org.casenotes.store.internal.layout.CaseloadFolderLayout;
import org.casenotes.store.internal.layout.AnchorSlots;
import org.casenotes.store.internal.layout.AuditAnchor;
import org.casenotes.store.internal.layout.CaseloadHeader;

/**
 * Keeps the header's {@link org.casenotes.store.internal.layout.AuditAnchor audit anchor} level with the end of an
 * open caseload's audit log.
 *
 * <p><b>Crash ordering.</b> The log lives in the database file and the anchor in the header file, and no file system
 * writes two files atomically, so the order is chosen to make the only possible disagreement a harmless one: the
 * anchor is moved only <em>after</em> the database has made the anchored entry durable (commit and
 * {@code CHECKPOINT SYNC}). It is then written into the older of the header's two anchor places, in place
 * ({@link org.casenotes.store.internal.layout.AnchorSlots}); the newer place keeps the previous anchor meanwhile.
 * Whatever a crash keeps of that write, the anchor in force names an entry the durable log holds: the anchor can be
 * behind the log, never ahead of it, and verification accepts a log that reaches past its anchor (a log that stops
 * short of it, or holds a different entry at its place, is reported). A write torn by the crash leaves one place
 * unreadable (its MAC fails, and verification says so) and the other in force.
 *
 * <p>After a save the anchor write is not forced to disk: an fdatasync per save doubled the durable save time, and
 * the operating system writes the page within seconds and keeps it if the process crashes; only a crash of the whole
 * machine can lose it, and then the anchor is behind by the saves of those seconds. Close and lock force it. Entries
 * written quietly (reads' OPEN entries, UNLOCK) are anchored with the next durable write or at close, after a sync.
 * The price: the entries of the writes a machine crash caught before their anchor reached the disk could be cut
 * unnoticed until the next write moves the anchor past them.
 *
 * <p>If the log and the anchor already disagree when the caseload is opened, the anchor is never moved again, so the
 * evidence survives further work until the caseload is restored from a backup.
 */
final class AuditAnchorKeeper implements AutoCloseable {

    private final CaseloadFolderLayout directory;
    private final AnchorSeal seal;
    private final List<TamperFinding> findingsAtOpen;
    private CaseloadHeader header;

    private AuditAnchorKeeper(CaseloadFolderLayout directory, CaseloadHeader header, AnchorSeal seal,
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
    static AuditAnchorKeeper check(CaseloadFolderLayout directory, CaseloadHeader header, CaseloadKey key,
            Transactions transactions) {
        AnchorSeal seal = AnchorSeal.of(key);
        try {
            List<TamperFinding> findings = transactions.read(c -> AuditAnchorCheck.check(c, header.anchors(), seal));
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
        return AuditAnchorCheck.inForce(header.anchors(), seal).sequence();
    }

    /**
     * @param connection an open connection
     * @return what is wrong with the log's end now
     * @throws SQLException on failure
     */
    List<TamperFinding> verify(Connection connection) throws SQLException {
        return AuditAnchorCheck.check(connection, header.anchors(), seal);
    }

    /**
     * Moves the anchor to the log's last entry. Call only when everything committed is durable (after a durable
     * write or a sync); does nothing if the anchor is already there, or if the log disagreed with it at open.
     *
     * @param transactions the open database
     * @param force        true to force the header to disk before returning (at close and lock); false after each
     *                     save, where the operating system writes it within seconds (see the class comment)
     */
    void advance(Transactions transactions, boolean force) {
        if (!findingsAtOpen.isEmpty()) {
            return;
        }
        Optional<AuditEntry> last = transactions.read(AuditTable::last);
        AuditAnchor current = AuditAnchorCheck.inForce(header.anchors(), seal);
        if (last.isEmpty() || last.get().sequence() == current.sequence() && last.get().hash().equals(current.hash())) {
            if (force && current.isPresent()) {
                directory.forceHeader();
            }
            return;
        }
        AuditAnchor next = seal.seal(last.get().sequence(), last.get().hash());
        if (header.formatVersion() < CaseloadHeader.CURRENT_FORMAT) {
            CaseloadHeader rewritten = header.withAnchors(new AnchorSlots(next, AuditAnchor.NONE));
            directory.writeHeader(rewritten);
            header = rewritten;
            return;
        }
        int place = header.anchors().placeFor(current);
        directory.writeAnchor(place, next, force);
        header = header.withAnchors(header.anchors().with(place, next));
    }

    /** Wipes the seal's key. */
    @Override
    public void close() {
        seal.close();
    }
}
