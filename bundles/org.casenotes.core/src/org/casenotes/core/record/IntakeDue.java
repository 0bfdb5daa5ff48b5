package org.casenotes.core.record;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import org.casenotes.model.record.Client;
import org.casenotes.model.record.EpisodeOfCare;

/**
 * The intake assessment an open episode of care still waits for: the client was admitted and no intake note
 * (a note on a form of kind intake) has been signed in the episode yet, so {@link EpisodeOfCare#getIntakeOn()} is
 * unset. It is due {@link #DAYS} days after admission and overdue from the day after.
 *
 * <p>Why 14 days: neither the primer nor the practitioner's guide names a deadline, and rules differ (Colorado asks
 * for the assessment within seven business days of admission, 2 CCR 502-1 21.190.3; New Jersey for the intake
 * appointment within 14 calendar days, N.J.A.C. 10:37F-2.2). Two weeks is the common ceiling; an agency setting
 * can replace the constant when one asks for it.
 *
 * @param episode    the open episode without its intake
 * @param admittedOn the day the episode started
 * @param dueBy      the last day the intake is on time
 */
public record IntakeDue(EpisodeOfCare episode, LocalDate admittedOn, LocalDate dueBy) {

    /** Days after admission within which the intake is signed. */
    public static final int DAYS = 14;

    public IntakeDue {
        Objects.requireNonNull(admittedOn, "admittedOn");
        Objects.requireNonNull(dueBy, "dueBy");
    }

    /** @return the client's open episode's intake, while it is due; empty when no episode is open or it is done */
    public static Optional<IntakeDue> of(Client client) {
        return EpisodesOfCare.open(client).filter(open -> open.getIntakeOn() == null && open.getStartDate() != null)
                .map(open -> new IntakeDue(open, open.getStartDate(), deadline(open.getStartDate())));
    }

    /** @return the last day on which the intake of an episode started on {@code admittedOn} is on time */
    public static LocalDate deadline(LocalDate admittedOn) {
        return admittedOn.plusDays(DAYS);
    }

    /** @return whether the intake is late on {@code today} */
    public boolean overdueOn(LocalDate today) {
        return today.isAfter(dueBy);
    }
}
