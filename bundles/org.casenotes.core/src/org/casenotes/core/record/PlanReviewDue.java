package org.casenotes.core.record;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

import org.casenotes.model.record.Client;
import org.casenotes.model.record.EpisodeOfCare;
import org.casenotes.model.record.EpisodeStatus;

/**
 * A treatment-plan review that needs the clinician's attention: due within {@value #WINDOW_DAYS} days, or overdue.
 * Payers expect plans reviewed on schedule (often every 90 days), and a review needs a session with the client, so
 * two weeks' notice leaves time to book one.
 *
 * @param reviewBy the plan's next review date
 * @param today    the day seen from
 */
public record PlanReviewDue(LocalDate reviewBy, LocalDate today) {

    /** How many days ahead a review counts as due. */
    public static final int WINDOW_DAYS = 14;

    public PlanReviewDue {
        Objects.requireNonNull(reviewBy, "reviewBy");
        Objects.requireNonNull(today, "today");
    }

    /** @return the review due by {@code reviewBy}, if it is overdue or due within the window; empty without a date */
    public static Optional<PlanReviewDue> of(LocalDate reviewBy, LocalDate today) {
        return reviewBy == null || reviewBy.isAfter(today.plusDays(WINDOW_DAYS)) ? Optional.empty()
                : Optional.of(new PlanReviewDue(reviewBy, today));
    }

    /**
     * @return the review of the client's current plan ({@link PlanVersions#current(Client)}) if the client is in
     *         care (its episode is open) and the review is overdue or due within the window
     */
    public static Optional<PlanReviewDue> of(Client client, LocalDate today) {
        return PlanVersions.current(client)
                .filter(plan -> plan.eContainer() instanceof EpisodeOfCare episode
                        && episode.getStatus() == EpisodeStatus.OPEN)
                .flatMap(plan -> of(plan.getNextReviewDate(), today));
    }

    /** @return days until the review date: 0 on the day, negative once overdue */
    public long daysLeft() {
        return ChronoUnit.DAYS.between(today, reviewBy);
    }

    /** @return whether the review date has passed */
    public boolean overdue() {
        return reviewBy.isBefore(today);
    }
}
