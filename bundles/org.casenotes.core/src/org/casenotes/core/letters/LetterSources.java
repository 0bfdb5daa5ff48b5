package org.casenotes.core.letters;

import java.time.LocalDate;
import java.util.Objects;

import org.casenotes.model.record.Client;

/**
 * Where a letter's standard merge fields come from: the client's record, the writing clinician, the agency's
 * letterhead and the day the letter is written.
 *
 * @param client the client, as loaded from the caseload
 * @param author the clinician writing the letter
 * @param agency the agency's letterhead
 * @param today  the day of writing ({@code {date.today}})
 */
public record LetterSources(Client client, LetterAuthor author, Letterhead agency, LocalDate today) {

    public LetterSources {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(today, "today");
    }
}
