package org.casenotes.ui.findings;

import java.util.function.Predicate;

import org.casenotes.core.rules.Severity;

/**
 * Which caseload findings the view shows: of one rule, one client and at least a severity; null means any.
 *
 * @param ruleId      only this rule, or null
 * @param clientId    only this client, or null
 * @param minSeverity only findings at least this severe, or null
 */
public record FindingsFilter(String ruleId, String clientId, Severity minSeverity)
        implements Predicate<CaseloadFinding> {

    /** Shows everything. */
    public static final FindingsFilter ALL = new FindingsFilter(null, null, null);

    @Override
    public boolean test(CaseloadFinding finding) {
        return (ruleId == null || ruleId.equals(finding.finding().ruleId()))
                && (clientId == null || clientId.equals(finding.clientId()))
                && (minSeverity == null || finding.finding().severity().compareTo(minSeverity) >= 0);
    }
}
