package org.casenotes.store;

import java.util.List;

/**
 * The result of {@link AuditLog#verify()}.
 *
 * @param auditEntriesChecked how many audit entries were re-hashed
 * @param recordsChecked      how many stored objects were compared against their recorded digests
 * @param findings            every inconsistency found, in audit order; empty when intact
 */
public record VerificationReport(long auditEntriesChecked, long recordsChecked, List<TamperFinding> findings) {

    public VerificationReport {
        findings = List.copyOf(findings);
    }

    /** @return true when the chain and every stored object match what was recorded */
    public boolean isIntact() {
        return findings.isEmpty();
    }
}
