package org.casenotes.ui.tests.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.casenotes.demo.DemoCaseload;
import org.casenotes.model.form.FormDefinition;
import org.casenotes.model.record.Client;
import org.casenotes.model.record.Note;
import org.casenotes.model.record.TextValue;
import org.casenotes.store.CaseloadStore;
import org.casenotes.ui.caseload.CaseloadSession;
import org.casenotes.ui.forms.DraftKeeper;
import org.casenotes.ui.lifecycle.NewNoteRequest;
import org.casenotes.ui.lifecycle.NoteForms;
import org.casenotes.ui.lifecycle.NoteHome;
import org.casenotes.ui.lifecycle.NoteOpener;
import org.casenotes.ui.lifecycle.Workplace;
import org.casenotes.ui.tests.StartedCaseload;
import org.casenotes.ui.testsupport.ActiveWorkbench;
import org.casenotes.ui.testsupport.EventLoop;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.ui.IEditorPart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Crash recovery of a draft, end to end in the workbench: what the clinician types is autosaved to the caseload
 * store's working-copy slot while the draft is open; after a crash (the store still holding that working copy when the
 * note is opened again) the editor offers the unsaved changes back, and "Yes" brings them back into the fields.
 * "No" throws the working copy away for good. Locking the caseload keeps what was typed since the last autosave.
 */
class DraftRecoveryUiTest {

    private static final String SOAP = "std.progress.SoapNote";
    private static final String NARRATIVE = "What the client reported";
    private static final String TYPED = "Client described two calm evenings this week and one hard morning at work.";
    private static final long AUTOSAVE_TIMEOUT_MS = 60_000;

    private CaseloadStore store;
    private Client client;
    private FormDefinition form;

    @BeforeEach
    void openTheDemoCaseload() {
        store = StartedCaseload.store();
        client = store.loadClient(store.listClients().get(0).id()).orElseThrow();
        form = NoteForms.installed().latest(SOAP).orElseThrow();
    }

    @AfterEach
    void closeEditors() {
        Workbench.closeAllEditors();
    }

    @Test
    void typedTextIsAutosavedAndRecoveredAfterACrash() throws Exception {
        Note draft = newDraft();
        Note crashed = typeUntilAutosaved(draft);
        assertEquals(TYPED, textOf(crashed), "the working copy holds what was typed");
        assertEquals("", textOf(store.loadNote(draft.getId()).orElseThrow()), "the record is as last saved");
        simulateCrash(crashed);

        Dialogs.Awaited recovery = Dialogs.answer("Recover Unsaved Changes", Dialogs.pressing("Yes"));
        IEditorPart reopened = NoteOpener.openStored(ActiveWorkbench.page(), client,
                store.loadNote(draft.getId()).orElseThrow(), Workplace.rules(), NoteHome.record(store));
        EventLoop.spinUntil(recovery::shown, AUTOSAVE_TIMEOUT_MS, "the recovery question");
        EventLoop.spin();
        assertTrue(recovery.text().toLowerCase().contains("unsaved changes"), recovery.text());
        StyledText narrative = new NoteEditorWidgets(reopened).text(NARRATIVE);
        assertEquals(TYPED, narrative.getText(), "the typed text is back in the field");
        assertTrue(reopened.isDirty(), "the recovered changes are unsaved until the clinician saves");
        reopened.doSave(new NullProgressMonitor());
        assertEquals(TYPED, textOf(store.loadNote(draft.getId()).orElseThrow()));
        assertTrue(store.autosavedDraft(draft.getId()).isEmpty(), "saving cleared the working copy");
    }

    @Test
    void decliningTheRecoveryThrowsTheWorkingCopyAway() throws Exception {
        Note draft = newDraft();
        simulateCrash(typeUntilAutosaved(draft));

        Dialogs.Awaited recovery = Dialogs.answer("Recover Unsaved Changes", Dialogs.pressing("No"));
        IEditorPart reopened = NoteOpener.openStored(ActiveWorkbench.page(), client,
                store.loadNote(draft.getId()).orElseThrow(), Workplace.rules(), NoteHome.record(store));
        EventLoop.spinUntil(recovery::shown, AUTOSAVE_TIMEOUT_MS, "the recovery question");
        EventLoop.spin();
        assertEquals("", new NoteEditorWidgets(reopened).text(NARRATIVE).getText());
        assertFalse(reopened.isDirty());
        assertTrue(store.autosavedDraft(draft.getId()).isEmpty(), "the declined working copy is gone");
    }

    @Test
    void workTypedSinceTheLastAutosaveIsKeptWhenTheCaseloadLocks() throws Exception {
        Note draft = newDraft();
        typeUntilAutosaved(draft);
        StyledText narrative = new NoteEditorWidgets(ActiveWorkbench.page().getActiveEditor()).text(NARRATIVE);
        narrative.setCaretOffset(narrative.getCharCount());
        narrative.insert(" More.");

        // no event runs between the typing and the lock, so the editor's own autosave (after a pause) cannot keep it
        CaseloadSession.current().lock();
        store.unlock(DemoCaseload.PASSPHRASE.toCharArray());
        Note kept = store.autosavedDraft(draft.getId()).orElseThrow();
        store.lock();
        Workbench.unlockThroughTheDialog();

        assertEquals(TYPED + " More.", textOf(kept), "the lock kept what was typed since the last autosave");
    }

    private Note newDraft() {
        return new NewNoteRequest(client, form, LocalDate.now(), false).createDraft(store, Workplace.rules(),
                Workplace.profile().id());
    }

    /** Opens the draft, types into its narrative and waits for the autosave; @return the working copy kept */
    private Note typeUntilAutosaved(Note draft) throws Exception {
        List<String> calls = new ArrayList<>();
        NoteHome record = NoteHome.record(store);
        IEditorPart editor = NoteOpener.open(ActiveWorkbench.page(), client, draft, form, Workplace.rules(),
                new NoteHome(record.saver(), recording(record.drafts(), calls), false));
        NoteEditorWidgets.type(new NoteEditorWidgets(editor).text(NARRATIVE), TYPED);
        assertTrue(editor.isDirty());
        try {
            EventLoop.spinUntil(() -> store.autosavedDraft(draft.getId()).map(kept -> TYPED.equals(textOf(kept)))
                    .orElse(false), AUTOSAVE_TIMEOUT_MS, "the editor to autosave the typed text");
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; kept: " + store.autosavedDraft(draft.getId())
                    .map(DraftRecoveryUiTest::textOf) + ", dirty: " + editor.isDirty() + ", editor says: "
                    + new NoteEditorWidgets(editor).headingMessage() + ", keeper calls: " + calls, e);
        }
        return store.autosavedDraft(draft.getId()).orElseThrow();
    }

    /** @return {@code keeper}, noting each call in {@code calls} (for the failure message) */
    private static DraftKeeper recording(DraftKeeper keeper, List<String> calls) {
        long start = System.currentTimeMillis();
        return new DraftKeeper() {
            @Override
            public void keep(Note kept) {
                calls.add("keep(" + textOf(kept).length() + " chars) at " + (System.currentTimeMillis() - start));
                keeper.keep(kept);
            }

            @Override
            public Optional<Note> recover(String noteId) {
                Optional<Note> kept = keeper.recover(noteId);
                calls.add("recover -> " + kept.isPresent() + " at " + (System.currentTimeMillis() - start));
                return kept;
            }

            @Override
            public void discard(String noteId) {
                calls.add("discard at " + (System.currentTimeMillis() - start));
                keeper.discard(noteId);
            }
        };
    }

    /**
     * What a crash leaves behind: the editor gone without saving, and the store still holding the working copy.
     * Closing the editor discards unsaved changes (and with them the working copy), so the copy is put back as the
     * crash would have left it.
     */
    private void simulateCrash(Note workingCopy) {
        Workbench.closeAllEditors();
        store.autosaveDraft(workingCopy);
    }

    private static String textOf(Note note) {
        return note.getValues().stream().filter(value -> value.getFieldId().equals("clientReport"))
                .map(value -> ((TextValue) value).getText()).findFirst().orElse("");
    }
}
