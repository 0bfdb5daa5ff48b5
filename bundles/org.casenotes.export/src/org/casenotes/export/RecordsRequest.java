package org.casenotes.export;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * What a records request asks for: one client's documents of some kinds, dated within a period. Psychotherapy notes
 * cannot be asked for ({@link DocumentKind} has no such kind).
 *
 * @param clientId the client
 * @param from     the first day wanted, or {@code null} for the start of the record
 * @param to       the last day wanted, or {@code null} for today
 * @param kinds    the kinds wanted (at least one)
 */
public record RecordsRequest(String clientId, LocalDate from, LocalDate to, Set<DocumentKind> kinds) {

    public RecordsRequest {
        Objects.requireNonNull(clientId, "clientId");
        if (kinds.isEmpty()) {
            throw new IllegalArgumentException("Choose at least one kind of document.");
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("The period ends (" + to + ") before it starts (" + from + ").");
        }
        kinds = Set.copyOf(EnumSet.copyOf(kinds));
    }

    /** @return a request for every kind of document of a client, of all dates */
    public static RecordsRequest everything(String clientId) {
        return new RecordsRequest(clientId, null, null, EnumSet.allOf(DocumentKind.class));
    }

    /** @return whether a document dated {@code day} falls in the period (an undated one only without a period) */
    public boolean covers(LocalDate day) {
        if (day == null) {
            return from == null && to == null;
        }
        return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }
}
