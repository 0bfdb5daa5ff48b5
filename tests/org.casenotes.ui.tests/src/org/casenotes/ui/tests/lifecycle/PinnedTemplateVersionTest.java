package org.casenotes.ui.tests.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.casenotes.model.form.FormDefinition;
import org.casenotes.model.record.Client;
import org.casenotes.model.record.Note;
import org.casenotes.model.record.NoteStatus;
import org.casenotes.store.CaseloadStore;
import org.casenotes.ui.lifecycle.NewNoteRequest;
import org.casenotes.ui.lifecycle.NoteForms;
import org.casenotes.ui.lifecycle.NoteHome;
import org.casenotes.ui.lifecycle.NoteOpener;
import org.casenotes.ui.lifecycle.Workplace;
import org.casenotes.ui.tests.StartedCaseload;
import org.casenotes.ui.testsupport.ActiveWorkbench;
import org.eclipse.ui.IEditorPart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A draft keeps the template version it was started on: it opens on exactly that version, and when the agency's
 * template has moved on and that version is no longer installed, opening it tells the clinician why and leaves the
 * note as it was, on its version, with its values; it is never moved to the newer form.
 */
class PinnedTemplateVersionTest {

    private static final String SOAP = "std.progress.SoapNote";

    private CaseloadStore store;
    private Client client;
    private FormDefinition installed;

    @BeforeEach
    void openTheDemoCaseload() {
        store = StartedCaseload.store();
        client = store.loadClient(store.listClients().get(0).id()).orElseThrow();
        installed = NoteForms.installed().latest(SOAP).orElseThrow();
    }

    @AfterEach
    void closeEditors() {
        Workbench.closeAllEditors();
    }

    @Test
    void aDraftOpensOnTheVersionItWasStartedOn() throws Exception {
        Note draft = newDraft();
        IEditorPart editor = NoteOpener.openStored(ActiveWorkbench.page(), client, store.loadNote(draft.getId())
                .orElseThrow(), Workplace.rules(), NoteHome.record(store));
        assertEquals(installed.getVersion(), NoteOpener.inputOf(editor).form().getVersion());
        assertEquals(installed.getVersion(), NoteOpener.inputOf(editor).note().getTemplateVersion());
    }

    @Test
    void aDraftStartedOnAVersionNoLongerInstalledIsExplainedAndKeptAsItWas() throws Exception {
        Note draft = newDraft();
        int startedOn = installed.getVersion() - 1;
        draft.setTemplateVersion(startedOn);
        draft.setDateOfService(LocalDate.now().minusDays(1));
        store.saveNote(draft);
        Note stored = store.loadNote(draft.getId()).orElseThrow();

        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> NoteOpener.openStored(
                ActiveWorkbench.page(), client, stored, Workplace.rules(), NoteHome.record(store)));
        String message = refused.getMessage();
        assertTrue(message.contains("started on version " + startedOn) && message.contains("only version "
                + installed.getVersion() + " of \u201cSOAP progress note\u201d is installed")
                && message.contains("nothing in it was changed"), message);
        assertEquals(0, ActiveWorkbench.page().getEditorReferences().length, "no editor opened it on the newer form");

        Note after = store.loadNote(draft.getId()).orElseThrow();
        assertEquals(startedOn, after.getTemplateVersion(), "the draft keeps its pinned version");
        assertEquals(NoteStatus.DRAFT, after.getStatus());
        assertEquals(LocalDate.now().minusDays(1), after.getDateOfService(), "its values are as saved");
    }

    private Note newDraft() {
        return new NewNoteRequest(client, installed, LocalDate.now(), false).createDraft(store, Workplace.rules(),
                Workplace.profile().id());
    }
}
