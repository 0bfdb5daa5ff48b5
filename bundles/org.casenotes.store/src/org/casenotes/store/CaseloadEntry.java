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
 * @param inReview       of the unsigned notes, those submitted for co-signature and those returned for revision
 * @param lastMeasureOn  the day of the client's latest measure result, or null when the record holds none
 */
public record CaseloadEntry(ClientSummary client, String pronouns, LocalDate nextPlanReview, int unsignedNotes,
        int overdueNotes, LocalDate awaitingIntakeSince, InReview inReview, LocalDate lastMeasureOn) {

    /**
     * The client's notes in supervisor review.
     *
     * @param awaitingCosignature notes submitted and not yet co-signed or returned
     * @param returnedForRevision notes the supervisor returned with comments
     */
    public record InReview(int awaitingCosignature, int returnedForRevision) {
        /** No note in review. */
        public static final InReview NONE = new InReview(0, 0);

        public InReview {
            if (awaitingCosignature < 0 || returnedForRevision < 0) {
                throw new IllegalArgumentException("Notes in review cannot be fewer than none.");
            }
        }
    }

    /** An entry with no note in review and no measure result. */
    public CaseloadEntry(ClientSummary client, String pronouns, LocalDate nextPlanReview, int unsignedNotes,
            int overdueNotes, LocalDate awaitingIntakeSince) {
        this(client, pronouns, nextPlanReview, unsignedNotes, overdueNotes, awaitingIntakeSince, InReview.NONE, null);
    }

    public CaseloadEntry {
        Objects.requireNonNull(client, "client");
        inReview = inReview == null ? InReview.NONE : inReview;
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

    /** @return the day of the latest measure result, if the record holds one */
    public Optional<LocalDate> lastMeasure() {
        return Optional.ofNullable(lastMeasureOn);
    }

    /** @return the next plan review, if an active plan has one */
    public Optional<LocalDate> nextReview() {
        return Optional.ofNullable(nextPlanReview);
    }
}
