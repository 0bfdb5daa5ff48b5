package org.casenotes.ui.caseload;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;

import org.casenotes.core.lifecycle.SigningDeadline;
import org.casenotes.demo.DemoCaseload;
import org.casenotes.demo.FormCatalog;
import org.casenotes.model.form.FormDefinition;
import org.casenotes.model.form.FormFactory;
import org.casenotes.model.record.Client;
import org.casenotes.model.record.ClientStatus;
import org.casenotes.model.record.EpisodeOfCare;
import org.casenotes.model.record.EpisodeStatus;
import org.casenotes.model.record.Note;
import org.casenotes.model.record.NoteStatus;
import org.casenotes.model.record.PlanStatus;
import org.casenotes.model.record.TreatmentPlan;
import org.casenotes.store.ClientSummary;

/**
 * One line of the caseload: a client with what needs attention.
 *
 * @param id              client id
 * @param name            display name
 * @param pronouns        pronouns, or empty
 * @param status          status, e.g. "Active"
 * @param nextPlanReview  when the active treatment plan is due for review, or null
 * @param unsigned        notes not signed yet
 * @param overdue         of those, notes whose signing window has closed
 * @param lastService     latest date of service, or null
 * @param detailed        whether the record was loaded; if not, pronouns, review and counts are not known yet
 */
record CaseloadRow(String id, String name, String pronouns, String status, LocalDate nextPlanReview, int unsigned,
        int overdue, LocalDate lastService, boolean detailed) {

    /** The agency default signing window, used for notes whose form definition is not known here. */
    private static final int DEFAULT_SIGNING_DAYS = 3;
    private static final FormDefinition NO_FORM = FormFactory.eINSTANCE.createFormDefinition();

    /** @return the row of a listed client whose record is not loaded yet */
    static CaseloadRow listed(ClientSummary summary) {
        return new CaseloadRow(summary.id(), summary.displayName(), "", Labels.status(ClientStatus.get(summary.status())),
                null, 0, 0, summary.lastServiceDate(), false);
    }

    /**
     * @param summary the client as listed
     * @param client  the loaded record
     * @param now     the current time, against which signing windows are checked
     * @param forms   form definitions, for their signing windows
     */
    static CaseloadRow of(ClientSummary summary, Client client, Instant now, FormCatalog forms) {
        SigningDeadline deadline = new SigningDeadline(DEFAULT_SIGNING_DAYS, DemoCaseload.ZONE);
        int unsigned = 0;
        int overdue = 0;
        for (Note note : client.getNotes()) {
            if (isUnsigned(note)) {
                unsigned++;
                FormDefinition form = forms.form(note.getTemplateId()).orElse(NO_FORM);
                if (now.isAfter(deadline.of(note, form))) {
                    overdue++;
                }
            }
        }
        return new CaseloadRow(summary.id(), summary.displayName(), Objects.toString(client.getPronouns(), ""),
                Labels.status(client.getStatus()), nextReview(client), unsigned, overdue, summary.lastServiceDate(), true);
    }

    static boolean isUnsigned(Note note) {
        return note.getStatus() == NoteStatus.DRAFT || note.getStatus() == NoteStatus.SUBMITTED
                || note.getStatus() == NoteStatus.RETURNED;
    }

    private static LocalDate nextReview(Client client) {
        return client.getEpisodes().stream().filter(episode -> episode.getStatus() == EpisodeStatus.OPEN)
                .map(EpisodeOfCare::getTreatmentPlans).flatMap(plans -> plans.stream())
                .filter(plan -> plan.getStatus() == PlanStatus.ACTIVE).map(TreatmentPlan::getNextReviewDate)
                .filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
    }
}
