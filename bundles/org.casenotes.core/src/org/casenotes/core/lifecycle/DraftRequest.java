package org.casenotes.core.lifecycle;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What a new draft note is about: whose record, who writes it, and which service it documents.
 *
 * @param clientId      the client the note is about (required)
 * @param authorId      the clinician writing it (required)
 * @param episodeId     the episode of care, or null
 * @param sessionId     the documented session, or null (e.g. a contact note)
 * @param dateOfService the day of the service (required: the signing window counts from it)
 * @param serviceEnd    when the service ended, or null to use the end of the day of service
 */
public record DraftRequest(String clientId, String authorId, String episodeId, String sessionId, LocalDate dateOfService,
        Instant serviceEnd) {

    public DraftRequest {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(authorId, "authorId");
        Objects.requireNonNull(dateOfService, "dateOfService");
    }

    /** A request for a note about one day's service, with no session or episode link. */
    public static DraftRequest of(String clientId, String authorId, LocalDate dateOfService) {
        return new DraftRequest(clientId, authorId, null, null, dateOfService, null);
    }
}
