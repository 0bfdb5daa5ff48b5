package org.casenotes.demo.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import org.casenotes.core.lifecycle.NoteIntegrity;
import org.casenotes.demo.DemoCaseload;
import org.casenotes.demo.LargeCaseload;
import org.casenotes.model.record.Client;
import org.casenotes.model.record.Note;
import org.casenotes.store.CaseloadStore;
import org.casenotes.store.Caseloads;
import org.casenotes.store.ClientSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark caseload has the asked-for shape and the same real signatures as the demo. */
class LargeCaseloadTest {

    @TempDir
    Path folder;

    @Test
    void writesTheAskedNumberOfClientsWithTheAskedNumberOfSignedNotes() {
        try (CaseloadStore store = Caseloads.embedded().create(folder.resolve("caseload"),
                DemoCaseload.PASSPHRASE.toCharArray(), DemoCaseload.ACTOR)) {
            DemoCaseload.Summary summary = new LargeCaseload(LocalDate.of(2026, 11, 27), 7).fill(store, 4, 20,
                    (done, total, name) -> { });
            assertEquals(4, summary.clients());
            assertEquals(0, summary.unsigned());
            assertEquals(4, store.listClients().size());
            Set<String> names = new HashSet<>();
            for (ClientSummary listed : store.listClients()) {
                names.add(listed.displayName());
                assertEquals(20, listed.noteCount(), listed.toString());
                Client client = store.loadClient(listed.id()).orElseThrow();
                for (Note note : client.getNotes()) {
                    assertTrue(NoteIntegrity.verify(note).isEmpty(), note.getId());
                }
            }
            assertEquals(summary.notes(), store.listClients().stream().mapToInt(ClientSummary::noteCount).sum());
        }
    }
}
