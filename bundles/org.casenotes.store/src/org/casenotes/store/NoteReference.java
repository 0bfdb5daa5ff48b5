package org.casenotes.store;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import org.casenotes.model.record.NoteStatus;

/**
 * A note as the store's index knows it, without its content: enough to decide whether to load it
 * ({@link CaseloadStore#loadNote(String)}) and with which form.
 *
 * @param noteId          the note's id
 * @param clientId        its client's id
 * @param status          its lifecycle status
 * @param dateOfService   its date of service, or null
 * @param templateId      the template it was written from (empty if unknown)
 * @param templateVersion that template's version
 */
public record NoteReference(String noteId, String clientId, NoteStatus status, LocalDate dateOfService,
        String templateId, int templateVersion) {

    public NoteReference {
        Objects.requireNonNull(noteId, "noteId");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(templateId, "templateId");
    }

    /** @return the date of service, if recorded */
    public Optional<LocalDate> serviceDate() {
        return Optional.ofNullable(dateOfService);
    }
}
