package org.casenotes.ui.tests.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import org.casenotes.store.CaseloadStore;
import org.casenotes.store.NoteReference;
import org.casenotes.ui.findings.CaseloadFinding;
import org.casenotes.ui.findings.CaseloadScan;
import org.casenotes.ui.lifecycle.NoteForms;
import org.casenotes.ui.lifecycle.Workplace;
import org.casenotes.ui.tests.StartedCaseload;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;

/**
 * The caseload scan picks the notes to check from the store's index (unsigned, or served in the recent window) and
 * loads only the records of the clients who have such notes, not the whole caseload.
 */
class CaseloadScanTest {

    @Test
    void checksTheIndexedNotesThatMatterAndLoadsOnlyTheirClients() {
        CaseloadStore store = StartedCaseload.store();
        LocalDate today = LocalDate.now();
        Set<String> wantedNotes = new HashSet<>();
        Set<String> wantedClients = new HashSet<>();
        NoteForms forms = NoteForms.installed();
        for (NoteReference note : store.notesNeedingAttention()) {
            wantedNotes.add(note.noteId());
            if (forms.form(note.templateId(), note.templateVersion()).isPresent()) {
                wantedClients.add(note.clientId());
            }
        }
        for (NoteReference note : store.notesServedSince(today.minusDays(CaseloadScan.RECENT_DAYS))) {
            wantedNotes.add(note.noteId());
            if (forms.form(note.templateId(), note.templateVersion()).isPresent()) {
                wantedClients.add(note.clientId());
            }
        }

        CaseloadScan.Result result = new CaseloadScan(store, forms, Workplace.rules(), today)
                .run(new NullProgressMonitor());

        assertEquals(wantedNotes.size(), result.notesChecked() + result.notesSkipped(), "every indexed note counted");
        assertEquals(wantedClients.size(), result.clientsLoaded(), "only clients with such notes are loaded");
        assertTrue(result.clientsLoaded() < store.listClients().size(),
                result.clientsLoaded() + " of " + store.listClients().size() + " clients loaded");
        for (CaseloadFinding found : result.findings()) {
            assertTrue(wantedNotes.contains(found.noteId()), "a finding of a note that was not asked for: " + found);
        }
        assertTrue(result.findings().stream().anyMatch(found -> found.clientId().equals("C-1010")
                && found.finding().ruleId().equals("language.judgmental")), "Rosa's draft is still found");
    }
}
