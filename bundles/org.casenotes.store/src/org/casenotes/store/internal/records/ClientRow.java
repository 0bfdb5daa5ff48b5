package org.casenotes.store.internal.records;

import java.time.LocalDate;

/**
 * A client as stored: the queried columns and the serialized record.
 *
 * @param id             client id
 * @param displayName    name shown in lists
 * @param sortName       name lists are sorted by (family name first, lower case)
 * @param searchText     lower-case text searched by {@code searchClients} (names, id)
 * @param status         status literal
 * @param pronouns       pronouns shown in the caseload, or empty
 * @param nextPlanReview earliest next review of an active plan in an open episode, or null
 * @param awaitingIntakeSince the start of the open episode whose intake is due, or null
 * @param lastMeasureOn  the day of the client's latest measure result, or null
 * @param content        the serialized client
 */
public record ClientRow(String id, String displayName, String sortName, String searchText, String status,
        String pronouns, LocalDate nextPlanReview, LocalDate awaitingIntakeSince, LocalDate lastMeasureOn,
        byte[] content) {
}
