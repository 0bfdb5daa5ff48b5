package org.casenotes.ui.lifecycle;

import java.time.LocalDate;
import java.util.Objects;

import org.casenotes.core.lifecycle.DraftRequest;
import org.casenotes.core.lifecycle.NoteLifecycle;
import org.casenotes.core.record.EpisodesOfCare;
import org.casenotes.model.form.FormDefinition;
import org.casenotes.model.record.Client;
import org.casenotes.model.record.EpisodeOfCare;
import org.casenotes.model.record.Note;
import org.casenotes.store.CaseloadStore;
import org.casenotes.ui.preferences.CasenotesPreferences;

/**
 * What the new-note wizard asks for, and the draft it makes: a note about {@code client} on {@code form} for the day
 * of service, written by the clinician, optionally carrying forward the values of the client's last signed note of
 * the same template (each marked for review). The draft belongs to the client's open episode of care, if any, and
 * starts with what the clinician profile answers ({@link ProfileAnswers}) and with the rows its groups need, the
 * plan's only goal or objective named in them ({@link FirstRows}).
 *
 * @param client       the client, loaded from the store
 * @param form         the template
 * @param dayOfService the day of the session
 * @param carryForward whether to carry forward from the client's last note of that template
 */
public record NewNoteRequest(Client client, FormDefinition form, LocalDate dayOfService, boolean carryForward) {

    public NewNoteRequest {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(dayOfService, "dayOfService");
    }

    /** Creates the draft through the note lifecycle and saves it in {@code store}; @return the saved draft */
    public Note createDraft(CaseloadStore store, WorkbenchRules rules, String authorId) {
        NoteLifecycle lifecycle = rules.lifecycle(client);
        DraftRequest request = new DraftRequest(client.getId(), authorId,
                EpisodesOfCare.open(client).map(EpisodeOfCare::getId).orElse(null), null, dayOfService, null);
        Note draft = carryForward ? lifecycle.createDraftCarryingForward(form, request, client.getNotes())
                : lifecycle.createDraft(form, request);
        ProfileAnswers.answer(lifecycle, draft, form, CasenotesPreferences.practisesUnderSupervision());
        FirstRows.add(lifecycle, draft, form, client);
        store.saveNote(draft);
        return draft;
    }
}
