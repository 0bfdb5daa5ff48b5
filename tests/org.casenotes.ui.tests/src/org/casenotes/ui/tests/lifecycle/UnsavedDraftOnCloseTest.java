package org.casenotes.ui.tests.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.casenotes.model.form.FormDefinition;
import org.casenotes.model.record.Client;
import org.casenotes.model.record.Note;
import org.casenotes.store.CaseloadStore;
import org.casenotes.ui.lifecycle.NewNoteRequest;
import org.casenotes.ui.lifecycle.NoteForms;
import org.casenotes.ui.lifecycle.NoteHome;
import org.casenotes.ui.lifecycle.NoteOpener;
import org.casenotes.ui.lifecycle.Workplace;
import org.casenotes.ui.tests.StartedCaseload;
import org.casenotes.ui.testsupport.ActiveWorkbench;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Closing the workbench (File &gt; Exit, the window's close box) with a draft that has unsaved changes asks about them
 * first, and "Cancel" keeps the workbench and the draft open with the changes still unsaved. This runs the
 * workbench's real close: the test makes sure the draft is dirty first, so that the question is asked.
 */
class UnsavedDraftOnCloseTest {

    @AfterEach
    void closeEditors() {
        Workbench.closeAllEditors();
    }

    @Test
    void closingTheWorkbenchWithAnUnsavedDraftAsksAndCancelKeepsItOpen() throws Exception {
        CaseloadStore store = StartedCaseload.store();
        Client client = store.loadClient(store.listClients().get(2).id()).orElseThrow();
        FormDefinition form = NoteForms.installed().latest("std.progress.SoapNote").orElseThrow();
        Note draft = new NewNoteRequest(client, form, LocalDate.now(), false).createDraft(store, Workplace.rules(),
                Workplace.profile().id());
        IEditorPart editor = NoteOpener.open(ActiveWorkbench.page(), client, draft, form, Workplace.rules(),
                NoteHome.record(store));
        NoteEditorWidgets.type(new NoteEditorWidgets(editor).text("What the client reported"),
                "Client spoke about the move to a new flat and the first nights there.");
        assertTrue(editor.isDirty(), "the draft has unsaved changes, so closing must ask");

        IWorkbench workbench = PlatformUI.getWorkbench();
        Dialogs.Awaited question = Dialogs.answer("Save Resource", Dialogs.pressing("Cancel"));
        boolean closed = workbench.close();

        assertFalse(closed, "Cancel keeps the workbench open");
        assertTrue(question.text().contains(editor.getTitle()), "the question names the draft: " + question.text());
        assertFalse(workbench.isClosing());
        assertEquals(1, workbench.getWorkbenchWindowCount());
        assertTrue(ActiveWorkbench.page().isPartVisible(editor), "the draft is still open");
        assertTrue(editor.isDirty(), "its changes are still there, unsaved");
    }
}
