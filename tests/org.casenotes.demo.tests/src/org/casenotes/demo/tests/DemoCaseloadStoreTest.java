package org.casenotes.demo.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.casenotes.demo.DemoCaseload;
import org.casenotes.model.record.Client;
import org.casenotes.store.CaseloadStore;
import org.casenotes.store.Caseloads;
import org.casenotes.template.library.TemplateLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo caseload goes into a real encrypted store and comes back whole under the published passphrase. */
class DemoCaseloadStoreTest {

    @TempDir
    Path folder;

    @Test
    void writesEveryClientAndNoteAndReportsProgress() {
        Path location = folder.resolve("caseload");
        DemoCaseload demo = DemoCaseload.standard(LocalDate.of(2026, 11, 27), TemplateLibrary.contributed().compile()::form);
        List<String> progress = new ArrayList<>();
        DemoCaseload.Summary summary;
        try (CaseloadStore store = Caseloads.embedded().create(location, DemoCaseload.PASSPHRASE.toCharArray(),
                DemoCaseload.ACTOR)) {
            summary = demo.writeTo(store, (done, total, name) -> progress.add(done + "/" + total + " " + name));
        }
        assertEquals(demo.clientCount(), summary.clients());
        assertEquals(demo.clientCount(), progress.size());
        assertTrue(progress.get(progress.size() - 1).startsWith("13/13 "));
        try (CaseloadStore store = Caseloads.embedded().open(location, DemoCaseload.PASSPHRASE.toCharArray(),
                DemoCaseload.ACTOR)) {
            assertEquals(13, store.listClients().size());
            int notes = store.listClients().stream().mapToInt(client -> client.noteCount()).sum();
            assertEquals(summary.notes(), notes);
            Client samira = store.loadClient("C-1003").orElseThrow();
            assertEquals("Samira Haddad", samira.getLegalName());
            assertTrue(samira.getEpisodes().get(0).getTreatmentPlans().size() >= 2, "plan versions");
            assertEquals(1, samira.getLetters().size());
            assertNotNull(samira.getLetters().get(0).getSignature(), "the letter is kept signed");
            assertTrue(store.auditLog().verify().isIntact(), "audit chain verifies");
        }
    }
}
