package org.casenotes.store.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.casenotes.store.AuditAction;
import org.casenotes.store.RecordKind;
import org.casenotes.store.internal.audit.AuditTable;
import org.casenotes.store.internal.crypto.CaseloadKey;
import org.casenotes.store.internal.h2.EngineFailures;
import org.casenotes.store.internal.h2.H2Engine;
import org.casenotes.store.internal.h2.Transactions;
import org.casenotes.store.internal.layout.CaseloadFolderLayout;
import org.casenotes.store.internal.layout.CaseloadHeader;

/**
 * What a session opened for reading has read, for the one audit entry that records the whole access when it ends,
 * and whether anything went wrong (then nothing is recorded, so a damaged or tampered caseload is left exactly as it
 * was found).
 */
final class ReadingAccess {

    private final Map<RecordKind, Integer> opened = new EnumMap<>(RecordKind.class);
    private boolean verified;
    private boolean troubled;

    synchronized void opened(RecordKind kind) {
        opened.merge(kind, 1, Integer::sum);
    }

    synchronized void verified() {
        verified = true;
    }

    /** A read failed, or verification found the caseload altered: from now on nothing is written to it. */
    synchronized void troubled() {
        troubled = true;
    }

    synchronized boolean isTroubled() {
        return troubled;
    }

    /** @return the audit entry's detail, e.g. "read only: 12 clients, 3 notes opened; audit trail verified" */
    synchronized String detail() {
        String counts = opened.isEmpty() ? "no records opened"
                : opened.entrySet().stream().map(e -> e.getValue() + " " + noun(e.getKey(), e.getValue()))
                        .collect(Collectors.joining(", ")) + " opened";
        return "read only: " + counts + (verified ? "; audit trail verified" : "");
    }

    /**
     * Records the access as one audit entry. The read-only database is closed by now: this opens it for work just
     * long enough to append the entry and anchor it, after checking that nobody cut the log in between (then
     * nothing is written).
     *
     * @param directory the caseload
     * @param key       its key (still owned by the caller)
     * @param audit     the audit table
     * @param actor     who read
     */
    void record(CaseloadFolderLayout directory, CaseloadKey key, AuditTable audit, String actor) {
        CaseloadHeader header = directory.readHeader();
        OpenCaseloads.claim(directory.location());
        try (Connection writing = H2Engine.open(directory, key, H2Engine.Access.READ_WRITE)) {
            Transactions work = new Transactions(writing);
            try (AuditAnchorKeeper keeper = AuditAnchorKeeper.check(directory, header, key, work)) {
                if (!keeper.findingsAtOpen().isEmpty()) {
                    return;
                }
                work.durably(c -> audit.append(c, actor, AuditAction.OPEN, RecordKind.CASELOAD, "", detail(), null));
                keeper.advance(work, true);
            }
        } catch (SQLException e) {
            throw EngineFailures.translate(e, "close the caseload");
        } finally {
            OpenCaseloads.release(directory.location());
        }
    }

    private static String noun(RecordKind kind, int count) {
        String singular = switch (kind) {
        case CLIENT -> "client";
        case NOTE -> "note";
        case PSYCHOTHERAPY_NOTE -> "psychotherapy note";
        case CASELOAD -> "caseload";
        };
        return count == 1 ? singular : singular + "s";
    }
}
