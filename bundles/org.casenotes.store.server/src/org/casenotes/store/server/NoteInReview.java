package org.casenotes.store.server;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import org.casenotes.model.record.NoteStatus;

/**
 * A supervisee's note waiting for its supervisor, as the server's index knows it (no content): submitted for review
 * (the supervisor returns it with comments) or signed (the supervisor co-signs it, if its form asks for that).
 *
 * @param noteId          the note
 * @param clientId        its client
 * @param authorId        the supervisee who wrote it
 * @param authorName      the name their account gives them ({@code server add-account --name}), or null
 * @param status          {@link NoteStatus#SUBMITTED} or {@link NoteStatus#SIGNED}
 * @param dateOfService   its date of service, or null
 * @param waitingSince    when it was last saved (submitted or signed)
 * @param templateId      its template
 * @param templateVersion that template's version
 */
public record NoteInReview(String noteId, String clientId, String authorId, String authorName, NoteStatus status,
        LocalDate dateOfService, Instant waitingSince, String templateId, int templateVersion) {

    public NoteInReview {
        Objects.requireNonNull(noteId, "noteId");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(authorId, "authorId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(waitingSince, "waitingSince");
    }

    /** @return who wrote the note as a supervisor reads it: the account's name with its id, e.g. "Maya Chen (mchen)" */
    public String author() {
        return authorName == null || authorName.isBlank() ? authorId : authorName + " (" + authorId + ")";
    }
}
