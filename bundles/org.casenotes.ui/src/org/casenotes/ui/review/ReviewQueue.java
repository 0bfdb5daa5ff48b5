package org.casenotes.ui.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.casenotes.core.rules.Finding;
import org.casenotes.model.form.FormDefinition;
import org.casenotes.model.record.Client;
import org.casenotes.model.record.Note;
import org.casenotes.model.record.NoteStatus;
import org.casenotes.store.server.AgencySession;
import org.casenotes.store.server.NoteInReview;
import org.casenotes.ui.lifecycle.NoteForms;
import org.casenotes.ui.lifecycle.WorkbenchRules;

/**
 * What waits for a supervisor on an agency server: the server lists the supervisees' submitted and signed notes,
 * oldest first (only the assigned supervisor's, see {@link AgencySession#reviewQueue()}); each is loaded with its
 * client and checked with the rules. A signed note whose form asks for no co-signature is not waiting for anyone
 * and is left out.
 */
final class ReviewQueue {

    private final AgencySession session;
    private final NoteForms forms;
    private final WorkbenchRules rules;

    ReviewQueue(AgencySession session, NoteForms forms, WorkbenchRules rules) {
        this.session = session;
        this.forms = forms;
        this.rules = rules;
    }

    /** @return the notes waiting, oldest first */
    List<QueuedNote> read() {
        Map<String, Optional<Client>> clients = new HashMap<>();
        List<QueuedNote> queue = new ArrayList<>();
        for (NoteInReview entry : session.reviewQueue()) {
            Optional<Client> client = clients.computeIfAbsent(entry.clientId(),
                    id -> session.store().loadClient(id));
            Optional<Note> note = client.flatMap(record -> record.getNotes().stream()
                    .filter(candidate -> candidate.getId().equals(entry.noteId())).findFirst());
            if (note.isEmpty()) {
                continue; // changed since the queue was read; the next refresh shows it as it is
            }
            Optional<FormDefinition> form = forms.form(entry.templateId(), entry.templateVersion());
            if (entry.status() == NoteStatus.SIGNED && form.isPresent()
                    && !rules.lifecycle(client.get()).awaitsCosignature(note.get(), form.get())) {
                continue;
            }
            List<Finding> findings = form.map(definition -> rules.check(note.get(), definition, client.get())
                    .stream().sorted(Comparator.comparing(Finding::severity).reversed()).toList())
                    .orElse(List.of());
            queue.add(new QueuedNote(entry, client.get(), note.get(),
                    form.map(NoteForms::title).orElse(entry.templateId()), findings));
        }
        return queue;
    }
}
