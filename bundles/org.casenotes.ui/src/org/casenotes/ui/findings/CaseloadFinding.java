package org.casenotes.ui.findings;

import java.time.LocalDate;
import java.util.Objects;

import org.casenotes.core.rules.Finding;

/**
 * One open finding of one note of the caseload, with what the findings view shows and needs to open the note.
 *
 * @param clientId      the client's id
 * @param clientName    the client's display name
 * @param noteId        the note's id
 * @param noteTitle     the note's template title
 * @param dateOfService the note's day of service, or null
 * @param finding       what the rule found
 */
public record CaseloadFinding(String clientId, String clientName, String noteId, String noteTitle,
        LocalDate dateOfService, Finding finding) {

    public CaseloadFinding {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(noteId, "noteId");
        Objects.requireNonNull(finding, "finding");
    }

    /** @return where the finding is, e.g. "SOAP progress note 2026-11-20 · response" */
    public String location() {
        return noteTitle + (dateOfService == null ? "" : " " + dateOfService)
                + (finding.fieldId() == null ? "" : " \u00b7 " + finding.fieldId());
    }
}
