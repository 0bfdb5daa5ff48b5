package org.casenotes.core.record;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.casenotes.model.record.Client;
import org.casenotes.model.record.EpisodeOfCare;

/**
 * Admitting a client (Client &gt; Admit…): a new episode of care opens on the day of admission, with who referred
 * the client and why they seek services, and the client becomes active. The intake is then due
 * ({@link IntakeDue}) until an intake note signed in the episode records it. {@link #problems} says, by field, what
 * stops the admission in words a clinician can act on; {@link #admit} refuses while there is anything.
 *
 * @param day                 the day of admission: the episode's start
 * @param referralSource      who referred the client (e.g. "Self", "Dr. Ames, primary care"), or blank
 * @param reasonForServices   why the client seeks services now (required: every later note builds on it)
 * @param primaryClinicianId  the clinician responsible for the episode, or null
 */
public record Admission(LocalDate day, String referralSource, String reasonForServices, String primaryClinicianId) {

    /** The field a problem with the day of admission is reported at. */
    public static final String DAY = "Admitted on";
    /** The field a problem with the reason for services is reported at. */
    public static final String REASON = "Reason for services";
    /** Where a problem with the client's record (an episode already open) is reported: not at a field. */
    public static final String RECORD = "Record";

    public Admission {
        referralSource = referralSource == null ? "" : referralSource.strip();
        reasonForServices = reasonForServices == null ? "" : reasonForServices.strip();
    }

    /**
     * @param client the client to admit
     * @param today  today, after which nobody is admitted
     * @return what stops the admission, by {@link #DAY}, {@link #REASON} or {@link #RECORD}; empty when it can be
     *         made
     */
    public Map<String, String> problems(Client client, LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>();
        alreadyInCare(client).ifPresent(problem -> problems.put(RECORD, problem));
        if (day == null) {
            problems.put(DAY, "Enter the day of admission.");
        } else if (day.isAfter(today)) {
            problems.put(DAY, "An admission cannot be after today (" + today + "); " + day + " is.");
        } else if (client.getDateOfBirth() != null && day.isBefore(client.getDateOfBirth())) {
            problems.put(DAY, "An admission cannot be before the client was born (" + client.getDateOfBirth() + ").");
        } else {
            latestEnd(client).filter(day::isBefore).ifPresent(end -> problems.put(DAY, "The previous episode of "
                    + "care ended on " + end + "; a new one starts on that day or later."));
        }
        if (reasonForServices.isEmpty()) {
            problems.put(REASON, "Enter why the client is seeking services now.");
        }
        return problems;
    }

    /** @return why {@code client} cannot be admitted whatever is entered (an episode is open), if that is so */
    public static Optional<String> alreadyInCare(Client client) {
        return EpisodesOfCare.open(client).map(open -> name(client) + " is already in care since "
                + open.getStartDate() + ": discharge them (Client > Discharge…) before admitting again.");
    }

    /**
     * Opens the episode in {@code client}'s record and makes the client active.
     *
     * @param client    the client; gains the episode
     * @param today     today
     * @param episodeId the new episode's id
     * @return the episode opened
     * @throws IllegalArgumentException with the {@link #problems} if there are any
     */
    public EpisodeOfCare admit(Client client, LocalDate today, String episodeId) {
        Objects.requireNonNull(episodeId, "episodeId");
        Map<String, String> problems = problems(client, today);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join(" ", problems.values()));
        }
        EpisodeOfCare episode = EpisodesOfCare.openFor(client, episodeId, day, primaryClinicianId);
        episode.setReferralSource(referralSource.isEmpty() ? null : referralSource);
        episode.setReasonForServices(reasonForServices);
        return episode;
    }

    private static Optional<LocalDate> latestEnd(Client client) {
        return client.getEpisodes().stream().map(EpisodeOfCare::getEndDate).filter(Objects::nonNull)
                .max(LocalDate::compareTo);
    }

    private static String name(Client client) {
        return client.getPreferredName() == null ? client.getLegalName() : client.getPreferredName();
    }
}
