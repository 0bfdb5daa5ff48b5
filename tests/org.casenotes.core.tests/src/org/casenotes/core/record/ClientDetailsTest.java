package org.casenotes.core.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.casenotes.model.record.ClientStatus;
import org.junit.jupiter.api.Test;

/**
 * What New Client, Edit Client and the client import refuse at the field: besides empty names, taken ids and
 * impossible dates, an id, a name or pronouns longer than the caseload keeps (which the database used to refuse as
 * "value too long", an engine error the clinician could not act on).
 */
class ClientDetailsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    private static ClientDetails details(String id, String legalName, String preferredName, String pronouns) {
        return new ClientDetails(id, legalName, preferredName, pronouns, "1990-04-23", ClientStatus.ACTIVE, "", false,
                "", "", "", "");
    }

    @Test
    void detailsWithinTheLimitsHaveNoProblems() {
        String longestName = "N".repeat(ClientDetails.MAX_NAME);
        ClientDetails details = details("c".repeat(ClientDetails.MAX_ID), longestName, longestName,
                "p".repeat(ClientDetails.MAX_PRONOUNS));
        assertEquals(Map.of(), details.problems(Set.of(), TODAY));
    }

    @Test
    void overlongPronounsNamesAndIdsAreRefusedAtTheirFieldSayingHowLong() {
        ClientDetails details = details("c".repeat(ClientDetails.MAX_ID + 1), "N".repeat(ClientDetails.MAX_NAME + 1),
                "P".repeat(ClientDetails.MAX_NAME + 20), "they/them ".repeat(11));
        Map<String, String> problems = details.problems(Set.of(), TODAY);

        assertEquals(ClientDetails.CHECKED_FIELDS.stream().filter(field -> !field.equals(ClientDetails.DATE_OF_BIRTH))
                .toList(), problems.keySet().stream().toList(), problems.toString());
        assertEquals("Pronouns has at most 60 characters; this one has 109.", problems.get(ClientDetails.PRONOUNS));
        assertTrue(problems.get(ClientDetails.ID).startsWith("A client id has at most 64 characters"),
                problems.get(ClientDetails.ID));
        assertTrue(problems.get(ClientDetails.PREFERRED_NAME).endsWith("this one has 170."),
                problems.get(ClientDetails.PREFERRED_NAME));
    }

    @Test
    void blanksAroundANameDoNotCountTowardsItsLength() {
        ClientDetails details = details("c-1", "  " + "N".repeat(ClientDetails.MAX_NAME) + "  ", "", " she/her ");
        assertEquals(Map.of(), details.problems(Set.of(), TODAY));
    }
}
