package org.casenotes.export.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.casenotes.demo.DemoCaseload;
import org.casenotes.demo.DemoForms;
import org.casenotes.export.Exporters;
import org.casenotes.export.FormLookup;
import org.casenotes.model.record.Client;
import org.casenotes.model.record.Note;
import org.casenotes.model.record.NoteStatus;
import org.casenotes.model.record.RecordFactory;
import org.casenotes.model.record.TextValue;
import org.casenotes.store.CaseloadStore;
import org.casenotes.store.Caseloads;
import org.casenotes.store.ClientSummary;
import org.casenotes.template.library.TemplateLibrary;
import org.eclipse.core.runtime.RegistryFactory;

/**
 * The demo caseload written into a new store (signed notes with real hashes, co-signatures, late entries, addenda,
 * drafts), plus one psychotherapy note per client holding {@link #PRIVATE_SENTENCE}, which no export may contain.
 */
final class DemoRecord implements AutoCloseable {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    static final String PRIVATE_SENTENCE = "I wonder whether the lighthouse dream stands for her father";
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T16:00:00Z"), DemoCaseload.ZONE);

    final Path folder;
    final CaseloadStore store;
    final FormLookup forms;
    final Exporters exporters;

    DemoRecord(Path folder) throws IOException {
        this.folder = folder;
        store = Caseloads.embeddedUnderPublishedPassphrase().create(folder.resolve("caseload"),
                DemoCaseload.PASSPHRASE.toCharArray(), DemoCaseload.ACTOR);
        DemoCaseload.standard(TODAY, TemplateLibrary.contributed().compile()::form).writeTo(store,
                (done, total, name) -> {
                });
        for (ClientSummary client : store.listClients()) {
            store.psychotherapyNotes().save(privateNote(client.id()));
        }
        DemoForms demo = new DemoForms();
        forms = (id, version) -> demo.form(id).filter(form -> form.getVersion() == version);
        exporters = Exporters.contributed(RegistryFactory.getRegistry());
        Files.createDirectories(folder.resolve("out"));
    }

    private static Note privateNote(String clientId) {
        Note note = RecordFactory.eINSTANCE.createNote();
        note.setId("private-" + clientId);
        note.setClientId(clientId);
        note.setTemplateId("std.psychotherapy.ProcessNote");
        note.setTemplateVersion(1);
        note.setStatus(NoteStatus.DRAFT);
        note.setCreatedAt(CLOCK.instant());
        note.setDateOfService(TODAY.minusDays(3));
        TextValue text = RecordFactory.eINSTANCE.createTextValue();
        text.setFieldId("impressions");
        text.setText(PRIVATE_SENTENCE + ".");
        note.getValues().add(text);
        return note;
    }

    /** @return every client record with its notes */
    List<Client> clients() {
        List<Client> clients = new ArrayList<>();
        store.listClients().forEach(summary -> clients.add(store.loadClient(summary.id()).orElseThrow()));
        return clients;
    }

    /** @return a client and the first of its notes that matches */
    Optional<ClientNote> find(Predicate<Note> wanted) {
        for (Client client : clients()) {
            for (Note note : client.getNotes()) {
                if (wanted.test(note)) {
                    return Optional.of(new ClientNote(client, note));
                }
            }
        }
        return Optional.empty();
    }

    Path out(String name) {
        return folder.resolve("out").resolve(name);
    }

    record ClientNote(Client client, Note note) {
    }

    @Override
    public void close() {
        store.close();
    }
}
