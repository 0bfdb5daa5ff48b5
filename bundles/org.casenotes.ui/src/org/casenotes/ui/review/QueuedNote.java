package org.casenotes.ui.review;

import java.util.List;

import org.casenotes.core.rules.Finding;
import org.casenotes.model.record.Client;
import org.casenotes.model.record.Note;
import org.casenotes.model.record.NoteStatus;
import org.casenotes.store.server.NoteInReview;

/**
 * A row of the Review Queue: a supervisee's note waiting for its supervisor, with what the rules find in it.
 *
 * @param entry         the note as the server's queue lists it
 * @param client        its client's record
 * @param note          the note as stored
 * @param templateTitle the title of its template
 * @param findings      the rules' findings under the agency's settings, most severe first
 */
public record QueuedNote(NoteInReview entry, Client client, Note note, String templateTitle,
        List<Finding> findings) {

    /** @return what the supervisor is asked to do: return a submitted note, co-sign a signed one */
    public String waitingFor() {
        return entry.status() == NoteStatus.SUBMITTED ? "Review (submitted)" : "Co-signature (signed)";
    }

    /** @return whether the note can be co-signed now (signed by its author) */
    public boolean canBeCosigned() {
        return entry.status() == NoteStatus.SIGNED;
    }

    /** @return whether the note can be returned with comments now (submitted for review) */
    public boolean canBeReturned() {
        return entry.status() == NoteStatus.SUBMITTED;
    }

    /** @return the findings in one line: how many, and the first */
    public String findingsSummary() {
        if (findings.isEmpty()) {
            return "None";
        }
        return findings.size() + (findings.size() == 1 ? " finding: " : " findings, first: ")
                + findings.get(0).message();
    }
}
