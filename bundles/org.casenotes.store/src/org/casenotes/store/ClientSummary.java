package org.casenotes.store;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A client as listed in the caseload, read from indexed columns without loading the record.
 *
 * @param id              the client's id
 * @param displayName     the name to show (preferred name if any, else legal name)
 * @param status          the client's status (the record model's literal, e.g. "active")
 * @param noteCount       how many notes the client has
 * @param lastServiceDate the latest note's date of service, or null if none
 */
public record ClientSummary(String id, String displayName, String status, int noteCount, LocalDate lastServiceDate) {

    public ClientSummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(status, "status");
    }

    /** @return the latest date of service, if the client has notes */
    public Optional<LocalDate> lastService() {
        return Optional.ofNullable(lastServiceDate);
    }
}
