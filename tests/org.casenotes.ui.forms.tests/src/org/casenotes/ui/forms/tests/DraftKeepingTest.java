package org.casenotes.ui.forms.tests;

import static org.casenotes.ui.forms.tests.NoteEditorDriver.text;
import static org.casenotes.ui.forms.tests.NoteEditorDriver.type;
import static org.casenotes.ui.testsupport.ActiveWorkbench.page;
import static org.casenotes.ui.testsupport.ActiveWorkbench.runCommand;
import static org.casenotes.ui.testsupport.EventLoop.spin;
import static org.casenotes.ui.testsupport.EventLoop.spinFor;
import static org.casenotes.ui.testsupport.EventLoop.spinUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.casenotes.model.record.ChoiceValue;
import org.casenotes.model.record.Note;
import org.casenotes.model.record.TextValue;
import org.casenotes.ui.forms.DraftRecoveryPrompt;
import org.casenotes.ui.forms.NoteEditorInput;
import org.casenotes.ui.forms.internal.NoteFormEditor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Autosave of drafts and recovery after a crash, a store that fails while saving, and closing with unsaved changes,
 * through the real editor, its timers and the workbench's save prompt.
 */
class DraftKeepingTest {

    /** Longer than the editor's pause before keeping (5 s), with room for a loaded machine. */
    private static final int KEEP_WAIT_MS = 30_000;

    private final NoteEditorDriver driver = new NoteEditorDriver();
    private final RecordingKeeper keeper = new RecordingKeeper();
    private final List<String> questions = new ArrayList<>();

    @AfterEach
    void closeEditors() {
        NoteEditorDriver.closeAll();
    }

    @Test
    void theDraftIsKeptAfterAPauseInTypingWithoutTouchingUndoOrDirtyState() throws Exception {
        Note note = driver.draft();
        NoteFormEditor editor = driver.open(driver.input(note).withDraftKeeper(keeper));
        type(text(editor, "narrative"), "Client slept better this week.");
        assertTrue(keeper.kept.isEmpty(), "nothing is kept while typing goes on");

        spinUntil(() -> !keeper.kept.isEmpty(), KEEP_WAIT_MS, "the draft is kept after a pause");
        Note kept = keeper.lastKept();
        assertEquals("Client slept better this week.", narrativeOf(kept));
        assertNotSame(note, kept, "the keeper gets a copy it may hold on to");
        assertTrue(editor.isDirty(), "keeping does not save");
        runCommand("org.eclipse.ui.edit.undo");
        assertEquals("", text(editor, "narrative").getText(), "one Undo still takes the typing back");
        assertFalse(editor.isDirty());
    }

    @Test
    void whenKeepingFailsTheEditorSaysSoUntilAKeepWorksAgain() throws Exception {
        keeper.failure = "the caseload is locked";
        NoteFormEditor editor = driver.open(driver.input(driver.draft()).withDraftKeeper(keeper));
        type(text(editor, "narrative"), "First words.");
        spinUntil(() -> editor.form().getMessage() != null, KEEP_WAIT_MS, "the editor says keeping failed");
        assertTrue(editor.form().getMessage().contains("could not be kept for recovery")
                && editor.form().getMessage().contains("the caseload is locked"), editor.form().getMessage());
        assertTrue(editor.isDirty());

        keeper.failure = null;
        type(text(editor, "narrative"), " More words.");
        spinUntil(() -> !keeper.kept.isEmpty(), KEEP_WAIT_MS, "the draft is kept once the store is back");
        assertNull(editor.form().getMessage(), "the warning is gone");
    }

    @Test
    void aNoteWithoutUnsavedChangesIsNotKept() throws Exception {
        NoteFormEditor editor = driver.open(driver.input(driver.draft()).withDraftKeeper(keeper));
        type(text(editor, "narrative"), "Typed, then taken back.");
        runCommand("org.eclipse.ui.edit.undo");
        assertFalse(editor.isDirty());
        spinFor(8_000);
        assertTrue(keeper.kept.isEmpty(), "nothing to keep: " + keeper.kept.size() + " copies were kept");
    }

    @Test
    void savingStopsThePendingKeep() throws Exception {
        NoteFormEditor editor = driver.open(driver.input(driver.draft()).withDraftKeeper(keeper));
        type(text(editor, "narrative"), "Saved right away.");
        editor.doSave(new NullProgressMonitor());
        spinFor(8_000);
        assertTrue(keeper.kept.isEmpty(), "a saved note has nothing to keep");
    }

    @Test
    void openingANoteWithAKeptDraftOffersItAndRecoversItAsOneUndoableChange() throws Exception {
        Note note = savedNote();
        Note kept = EcoreUtil.copy(note);
        driver.lifecycle.edit(kept, driver.form).setText("narrative", "Recovered words.").choose("progress", "setback");
        Instant keptAt = Instant.parse("2026-11-26T14:32:00Z");
        keeper.offering(kept, keptAt);

        NoteFormEditor editor = driver.open(driver.input(note).withDraftKeeper(keeper).withRecoveryPrompt(answering(true)));
        String time = DateTimeFormatter.ofPattern("HH:mm").format(keptAt.atZone(ZoneId.systemDefault()));
        assertEquals(List.of("Recover the unsaved changes from " + time + "?"), questions);
        assertEquals("Recovered words.", text(editor, "narrative").getText());
        assertTrue(NoteEditorDriver.field(editor, "setbackReason").shown(), "the recovered choice takes effect");
        assertTrue(editor.isDirty(), "recovered changes are unsaved changes");

        runCommand("org.eclipse.ui.edit.undo");
        assertEquals("Saved words.", text(editor, "narrative").getText());
        assertEquals("improved", choiceOf(note, "progress"));
        assertFalse(editor.isDirty(), "one Undo returns to the note as saved");
        assertTrue(keeper.discarded.isEmpty());
    }

    @Test
    void decliningTheRecoveryDiscardsTheKeptDraft() throws Exception {
        Note note = savedNote();
        Note kept = EcoreUtil.copy(note);
        driver.lifecycle.edit(kept, driver.form).setText("narrative", "Words nobody wants back.");
        keeper.offering(kept, null);

        NoteFormEditor editor = driver.open(driver.input(note).withDraftKeeper(keeper).withRecoveryPrompt(answering(false)));
        assertEquals(List.of("Recover the unsaved changes made after this note was last saved?"), questions);
        assertEquals(List.of(note.getId()), keeper.discarded);
        assertEquals("Saved words.", text(editor, "narrative").getText());
        assertFalse(editor.isDirty());
    }

    @Test
    void aKeptDraftWithNothingNewIsThrownAwayWithoutAsking() throws Exception {
        Note note = savedNote();
        keeper.offering(EcoreUtil.copy(note), null);

        NoteFormEditor editor = driver.open(driver.input(note).withDraftKeeper(keeper).withRecoveryPrompt(answering(true)));
        assertTrue(questions.isEmpty(), "nothing to recover: " + questions);
        assertEquals(List.of(note.getId()), keeper.discarded);
        assertFalse(editor.isDirty());
    }

    @Test
    void signedNotesAreNeitherKeptNorOfferedForRecovery() throws Exception {
        Note note = savedNote();
        Note kept = EcoreUtil.copy(note);
        driver.lifecycle.sign(note, driver.form, driver.author, null);
        keeper.offering(kept, null);

        driver.open(driver.input(note).withDraftKeeper(keeper).withRecoveryPrompt(answering(true)));
        spinFor(500);
        assertTrue(questions.isEmpty(), "no recovery is offered for a signed note");
        assertTrue(keeper.kept.isEmpty() && keeper.discarded.isEmpty());
    }

    @Test
    void whenTheStoreFailsTheEditorStaysDirtyKeepsTheDraftAndSaysSo() throws Exception {
        Note note = driver.draft();
        NoteEditorInput input = driver.input(note).withDraftKeeper(keeper).withSaver(failing -> {
            throw new IllegalStateException("the caseload store is not available (locked)");
        });
        NoteFormEditor editor = driver.open(input);
        type(text(editor, "narrative"), "Words that must not be lost.");

        DialogAnswerer error = DialogAnswerer.pressing("OK");
        NullProgressMonitor monitor = new NullProgressMonitor();
        editor.doSave(monitor);
        assertNotNull(error.message(), "an error dialog was shown");
        assertTrue(error.message().contains("could not be saved") && error.message().contains("not available")
                && error.message().contains("kept for recovery"), error.message());
        assertTrue(monitor.isCanceled(), "the workbench learns the save did not happen");
        assertTrue(editor.isDirty());
        assertEquals("Words that must not be lost.", narrativeOf(keeper.lastKept()));
    }

    @Test
    void closingWithUnsavedChangesAsksAndNoThrowsTheKeptDraftAway() throws Exception {
        Note note = driver.draft();
        NoteFormEditor editor = driver.open(driver.input(note).withDraftKeeper(keeper));
        type(text(editor, "narrative"), "Changes to throw away.");

        DialogAnswerer prompt = DialogAnswerer.pressing("No", "Don't Save");
        assertTrue(page().closeEditor(editor, true));
        spin();
        assertNotNull(prompt.message(), "the workbench asked whether to save");
        assertTrue(prompt.message().contains("Save"), prompt.message());
        assertFalse(Arrays.asList(page().getEditorReferences()).stream().anyMatch(r -> r.getEditor(false) == editor));
        assertEquals(List.of(note.getId()), keeper.discarded);
        assertTrue(driver.saved.isEmpty());
    }

    @Test
    void cancellingTheSavePromptKeepsTheEditorOpen() throws Exception {
        NoteFormEditor editor = driver.open(driver.input(driver.draft()).withDraftKeeper(keeper));
        type(text(editor, "narrative"), "Changes still wanted.");

        DialogAnswerer prompt = DialogAnswerer.pressing("Cancel");
        assertFalse(page().closeEditor(editor, true));
        spin();
        assertNotNull(prompt.message(), "the workbench asked whether to save");
        assertTrue(Arrays.asList(page().getEditorReferences()).stream().anyMatch(r -> r.getEditor(false) == editor));
        assertTrue(editor.isDirty());
        assertTrue(keeper.discarded.isEmpty());
    }

    /** @return a draft as last saved: narrative "Saved words.", progress "improved" */
    private Note savedNote() {
        Note note = driver.draft();
        driver.lifecycle.edit(note, driver.form).setText("narrative", "Saved words.").choose("progress", "improved");
        return note;
    }

    private DraftRecoveryPrompt answering(boolean recover) {
        return (shell, question) -> {
            assertNotNull(shell);
            questions.add(question);
            return recover;
        };
    }

    private static String narrativeOf(Note note) {
        return note.getValues().stream().filter(v -> v.getFieldId().equals("narrative"))
                .map(v -> ((TextValue) v).getText()).findFirst().orElse(null);
    }

    private static String choiceOf(Note note, String fieldId) {
        return note.getValues().stream().filter(v -> v.getFieldId().equals(fieldId))
                .map(v -> ((ChoiceValue) v).getOptionIds().get(0)).findFirst().orElse(null);
    }
}
