package org.casenotes.store.internal.audit;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.casenotes.store.AuditEntry;
import org.casenotes.store.RecordKind;
import org.casenotes.store.TamperFinding;
import org.casenotes.store.TamperFinding.Problem;
import org.casenotes.store.internal.crypto.AnchorSeal;
import org.casenotes.store.internal.layout.AnchorSlots;
import org.casenotes.store.internal.layout.AuditAnchor;

/**
 * Compares the audit log with the anchor the header keeps: the anchor must be sealed by this caseload's key, and
 * the log must still hold the anchored entry, unchanged. The log may reach further than the anchor (a crash
 * between a write and the header update leaves the anchor one write behind), never less far.
 */
public final class AuditAnchorCheck {

    private AuditAnchorCheck() {
    }

    /**
     * @param connection an open connection
     * @param anchors    the header's anchor places
     * @param seal       the caseload's anchor seal
     * @return what is wrong (empty when the log reaches the anchor, or when nothing is anchored)
     * @throws SQLException on failure
     */
    public static List<TamperFinding> check(Connection connection, AnchorSlots anchors, AnchorSeal seal)
            throws SQLException {
        List<TamperFinding> findings = new ArrayList<>();
        for (AuditAnchor place : List.of(anchors.first(), anchors.second())) {
            if (place.isPresent() && !seal.isAuthentic(place)) {
                findings.add(finding(Problem.AUDIT_ANCHOR_ALTERED, place.sequence(), "The caseload header's record"
                        + " of the audit log's end (entry #" + place.sequence() + ") does not verify: it was altered"
                        + " by someone without the passphrase, or damaged while it was written."));
            }
        }
        Optional<AuditAnchor> newest = anchors.newest(seal::isAuthentic);
        if (newest.isPresent()) {
            findings.addAll(check(connection, newest.get()));
        }
        return findings;
    }

    /**
     * @param anchors the header's anchor places
     * @param seal    the caseload's anchor seal
     * @return the anchor in force: the newest one sealed by the caseload's key ({@link AuditAnchor#NONE} if none)
     */
    public static AuditAnchor inForce(AnchorSlots anchors, AnchorSeal seal) {
        return anchors.newest(seal::isAuthentic).orElse(AuditAnchor.NONE);
    }

    /**
     * @param connection an open connection
     * @param anchor     the log's end as recorded outside the log (not {@link AuditAnchor#NONE})
     * @return what is wrong: empty when the log still holds that entry, unchanged
     * @throws SQLException on failure
     */
    public static List<TamperFinding> check(Connection connection, AuditAnchor anchor) throws SQLException {
        Optional<AuditEntry> anchored = AuditTable.at(connection, anchor.sequence());
        if (anchored.isEmpty()) {
            long last = AuditTable.last(connection).map(AuditEntry::sequence).orElse(0L);
            return List.of(finding(Problem.AUDIT_END_REMOVED, anchor.sequence(), "Audit entries #" + (last + 1)
                    + " to #" + anchor.sequence() + " were removed from the end of the log: the caseload header"
                    + " recorded #" + anchor.sequence() + " as the last entry, the log now ends at #" + last + "."));
        }
        if (!anchored.get().hash().equals(anchor.hash())) {
            return List.of(finding(Problem.AUDIT_END_REMOVED, anchor.sequence(), "Audit entry #"
                    + anchor.sequence() + " is not the entry the caseload header recorded as the last one:"
                    + " entries at the end of the log were removed and others written in their place, or replaced."));
        }
        return List.of();
    }

    private static TamperFinding finding(Problem problem, long sequence, String description) {
        return new TamperFinding(problem, sequence, RecordKind.CASELOAD, "", description);
    }
}
