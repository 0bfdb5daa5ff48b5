package org.casenotes.core.record;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;

import org.casenotes.model.record.Client;
import org.casenotes.model.record.EpisodeOfCare;
import org.casenotes.model.record.EpisodeStatus;

/** The episodes of care of a client: one continuous period of services each, from admission to discharge. */
public final class EpisodesOfCare {

    private EpisodesOfCare() {
    }

    /** @return the client's open episode (the latest-started if, unusually, several are open), or empty */
    public static Optional<EpisodeOfCare> open(Client client) {
        return client.getEpisodes().stream().filter(episode -> episode.getStatus() == EpisodeStatus.OPEN)
                .max(Comparator.comparing(EpisodeOfCare::getStartDate,
                        Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder())));
    }
}
