package org.casenotes.core.record;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

import org.casenotes.model.record.Client;
import org.casenotes.model.record.ClientStatus;
import org.casenotes.model.record.EpisodeOfCare;
import org.casenotes.model.record.EpisodeStatus;
import org.casenotes.model.record.RecordFactory;

/** The episodes of care of a client: one continuous period of services each, from admission to discharge. */
public final class EpisodesOfCare {

    private EpisodesOfCare() {
    }

    /**
     * Opens a new episode of care in the client's record and makes the client active: the one way every admission
     * starts (Client &gt; Admit…, an intake or a treatment plan signed for a client not in care, a plan written by
     * hand). Callers check first that the client may be admitted ({@link Admission}) where a person chose the day.
     *
     * @param client      the client; gains the episode
     * @param episodeId   the new episode's id
     * @param startDate   the first day of the episode
     * @param clinicianId the episode's primary clinician
     * @return the episode opened
     */
    public static EpisodeOfCare openFor(Client client, String episodeId, LocalDate startDate, String clinicianId) {
        EpisodeOfCare episode = RecordFactory.eINSTANCE.createEpisodeOfCare();
        episode.setId(Objects.requireNonNull(episodeId, "episodeId"));
        episode.setStartDate(startDate);
        episode.setStatus(EpisodeStatus.OPEN);
        episode.setPrimaryClinicianId(clinicianId);
        client.getEpisodes().add(episode);
        client.setStatus(ClientStatus.ACTIVE);
        return episode;
    }

    /** @return the client's open episode (the latest-started if, unusually, several are open), or empty */
    public static Optional<EpisodeOfCare> open(Client client) {
        return client.getEpisodes().stream().filter(episode -> episode.getStatus() == EpisodeStatus.OPEN)
                .max(Comparator.comparing(EpisodeOfCare::getStartDate,
                        Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder())));
    }
}
