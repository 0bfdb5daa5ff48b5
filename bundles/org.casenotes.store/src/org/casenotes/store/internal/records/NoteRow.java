package org.casenotes.store.internal.records;

import java.time.LocalDate;

/**
 * A note as stored: the queried columns and the serialized note.
 *
 * @param id              note id
 * @param clientId        owning client
 * @param templateId      template the note was written from
 * @param templateVersion that template's version
 * @param status          lifecycle status literal
 * @param author          author's user id
 * @param serviceDate     date of service, or null
 * @param content         the serialized note
 */
public record NoteRow(String id, String clientId, String templateId, String templateVersion, String status,
        String author, LocalDate serviceDate, byte[] content) {
}
