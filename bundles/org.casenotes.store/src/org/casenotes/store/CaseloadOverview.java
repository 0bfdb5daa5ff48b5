package org.casenotes.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The whole caseload at a glance, as {@link CaseloadStore#overview(LocalDate)} reads it from indexed data: every
 * client with unsigned and overdue note counts and the next plan review, sorted as {@link CaseloadStore#listClients()}.
 *
 * @param entries       one entry per client
 * @param overdueBefore the cut-off: unsigned notes whose date of service is before this day are counted overdue
 */
public record CaseloadOverview(List<CaseloadEntry> entries, LocalDate overdueBefore) {

    public CaseloadOverview {
        entries = List.copyOf(entries);
        Objects.requireNonNull(overdueBefore, "overdueBefore");
    }

    /** @return the number of clients */
    public int clientCount() {
        return entries.size();
    }

    /** @return unsigned notes across the caseload */
    public int unsignedNotes() {
        return entries.stream().mapToInt(CaseloadEntry::unsignedNotes).sum();
    }

    /** @return overdue notes across the caseload */
    public int overdueNotes() {
        return entries.stream().mapToInt(CaseloadEntry::overdueNotes).sum();
    }
}
