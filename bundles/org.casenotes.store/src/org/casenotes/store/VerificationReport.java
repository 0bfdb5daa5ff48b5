package org.casenotes.store;

import java.util.List;

/**
 * The result of {@link AuditLog#verify()}.
 *
 * @param auditEntriesChecked how many audit entries were re-hashed
 * @param recordsChecked      how many stored objects were compared against their recorded digests
 * @param findings            every inconsistency found, in audit order; empty when intact
 * @param anchoredSequence    the last entry as recorded outside the log (in the caseload header), which the log was
 *                            checked to still reach; {@code 0} when the caseload has no such record yet (written by
 *                            an older Casenotes and not opened for work since), so cuts from the end could not be
 *                            checked
 */
public record VerificationReport(long auditEntriesChecked, long recordsChecked, List<TamperFinding> findings,
        long anchoredSequence) {

    public VerificationReport {
        findings = List.copyOf(findings);
    }

    /** A report on a log whose end was not checked against an anchor. */
    public VerificationReport(long auditEntriesChecked, long recordsChecked, List<TamperFinding> findings) {
        this(auditEntriesChecked, recordsChecked, findings, 0);
    }

    /** @return true when the chain and every stored object match what was recorded */
    public boolean isIntact() {
        return findings.isEmpty();
    }

    /** @return true if the log's end was checked against the caseload's record of its last entry */
    public boolean isEndAnchored() {
        return anchoredSequence > 0;
    }
}
