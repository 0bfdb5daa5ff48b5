package org.casenotes.store;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One search result: where the words were found and a snippet of the passage around them.
 *
 * @param kind       what kind of passage matched
 * @param clientId   the client whose record it is in
 * @param documentId the note's id (for a note field, an addendum or a psychotherapy note) or the letter's id
 * @param fieldId    the note's field id for {@link PassageKind#NOTE_FIELD} and {@link PassageKind#PSYCHOTHERAPY_NOTE},
 *                   the addendum's id for {@link PassageKind#ADDENDUM}, empty for a letter
 * @param date       the note's date of service or the letter's date, or null if it has none
 * @param status     the note's status literal (e.g. "SIGNED", "DRAFT"), empty for a letter
 * @param templateId the form the note or letter was written on
 * @param snippet    the passage (or its best part) with the matching words marked
 * @param score      relevance; higher is better, comparable only within one search
 */
public record SearchHit(PassageKind kind, String clientId, String documentId, String fieldId, LocalDate date,
        String status, String templateId, Snippet snippet, float score) {

    public SearchHit {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(snippet, "snippet");
    }
}
