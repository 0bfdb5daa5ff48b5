package org.casenotes.store;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One client in the {@link CaseloadOverview}: the client as listed and what needs attention, all read from indexed
 * columns without loading (or auditing) the record.
 *
 * @param client         the client as listed
 * @param pronouns       the client's pronouns, or empty
 * @param nextPlanReview the earliest next review date of an active treatment plan in an open episode, or null
 * @param unsignedNotes  notes not signed yet (draft, submitted for review, returned for correction)
 * @param overdueNotes   of those, the notes whose date of service is before the overview's overdue cut-off
 * @param awaitingIntakeSince the start of the client's open episode of care while its intake note is not signed
 *                       (see {@code org.casenotes.core.record.IntakeDue}), or null
 */
public record CaseloadEntry(ClientSummary client, String pronouns, LocalDate nextPlanReview, int unsignedNotes,
        int overdueNotes, LocalDate awaitingIntakeSince) {

    public CaseloadEntry {
        Objects.requireNonNull(client, "client");
        pronouns = pronouns == null ? "" : pronouns;
        if (overdueNotes < 0 || overdueNotes > unsignedNotes) {
            throw new IllegalArgumentException(
                    "Overdue notes (" + overdueNotes + ") must be among the unsigned ones (" + unsignedNotes + ").");
        }
    }

    /** @return the day the client was admitted, while the intake of that admission is due */
    public Optional<LocalDate> awaitingIntake() {
        return Optional.ofNullable(awaitingIntakeSince);
    }

    /** @return the next plan review, if an active plan has one */
    public Optional<LocalDate> nextReview() {
        return Optional.ofNullable(nextPlanReview);
    }
}
