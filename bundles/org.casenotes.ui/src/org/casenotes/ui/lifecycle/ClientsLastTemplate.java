package org.casenotes.ui.lifecycle;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.casenotes.core.lifecycle.NoteLifecycle;
import org.casenotes.model.record.Note;
import org.casenotes.store.CaseloadStore;

/**
 * The template a client's notes of one kind were last written on, which the new-note wizard offers first for that
 * client: a clinician writing SOAP notes for a client need not choose SOAP again on every note. Only the templates
 * the wizard offers for the kind count; a client without such a note has none. Also whether there is a signed note
 * of a template to carry forward from.
 */
final class ClientsLastTemplate {

    private final CaseloadStore store;

    ClientsLastTemplate(CaseloadStore store) {
        this.store = store;
    }

    /** @return whether the client has a signed note of template {@code templateId}, from which to carry forward */
    boolean hasSignedNoteOf(String clientId, String templateId) {
        return store.loadClient(clientId).filter(client -> NoteLifecycle.canCarryForward(client.getNotes(), templateId))
                .isPresent();
    }

    /** @return the id of the template, among {@code offeredIds}, of the client's latest note written on one of them */
    Optional<String> among(String clientId, List<String> offeredIds) {
        return store.loadClient(clientId).stream().flatMap(client -> client.getNotes().stream())
                .filter(note -> offeredIds.contains(note.getTemplateId()))
                .max(Comparator.comparing(Note::getDateOfService, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparing(Note::getCreatedAt, Comparator.nullsFirst(Comparator.naturalOrder())))
                .map(Note::getTemplateId);
    }
}
