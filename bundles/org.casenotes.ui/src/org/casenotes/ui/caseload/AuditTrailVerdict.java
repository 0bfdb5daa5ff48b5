package org.casenotes.ui.caseload;

import org.casenotes.store.TamperFinding;
import org.casenotes.store.VerificationReport;

/** What a verification of the audit trail found, said plainly for the clinician. */
public final class AuditTrailVerdict {

    private AuditTrailVerdict() {
    }

    /**
     * @param report an intact report
     * @return what was verified
     */
    public static String intact(VerificationReport report) {
        return "The audit trail is intact.\n\n" + String.format("%,d audit entries were re-hashed and each links to"
                + " the one before it; %,d stored records match the content their audit entries sealed.",
                report.auditEntriesChecked(), report.recordsChecked()) + "\n\n"
                + (report.isEndAnchored()
                        ? "Nothing was cut from the end: the log still reaches entry #" + report.anchoredSequence()
                                + ", the last one the caseload header vouches for."
                        : "Whether entries were cut from the end could not be checked: the caseload header does not"
                                + " record the log's end yet (it will from the next save).");
    }

    /**
     * @param report a report with findings
     * @return what is wrong, finding by finding, and what to do
     */
    public static String altered(VerificationReport report) {
        StringBuilder text = new StringBuilder("The audit trail does not match what was recorded: ")
                .append(report.findings().size()).append(report.findings().size() == 1 ? " problem" : " problems")
                .append(" found.\n");
        for (TamperFinding finding : report.findings()) {
            text.append("\n\u2022 ").append(finding.description());
        }
        return text.append("\n\nRestore the caseload from a backup made before the problem, or keep it as it is as"
                + " evidence; tell your agency's privacy officer.").toString();
    }
}
