package org.casenotes.store.internal.search;

import java.time.LocalDate;

import org.casenotes.store.PassageKind;

/**
 * One searchable piece of a record: a note's text field, an addendum, a letter, or a psychotherapy note's field.
 *
 * @param kind       what it is
 * @param clientId   whose record
 * @param documentId the note's or letter's id
 * @param fieldId    the field id (note, psychotherapy note), the addendum's id, or empty (letter)
 * @param date       date of service or of the letter, or null
 * @param status     the note's status literal, or empty
 * @param templateId the form it was written on
 * @param author     who wrote it (used to keep psychotherapy notes to their author)
 * @param text       the words
 */
record Passage(PassageKind kind, String clientId, String documentId, String fieldId, LocalDate date, String status,
        String templateId, String author, String text) {
}
