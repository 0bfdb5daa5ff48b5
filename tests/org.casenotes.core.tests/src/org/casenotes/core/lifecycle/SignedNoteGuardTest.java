package org.casenotes.core.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.casenotes.model.record.Addendum;
import org.casenotes.model.record.ChoiceValue;
import org.casenotes.model.record.Note;
import org.casenotes.model.record.NoteStatus;
import org.casenotes.model.record.RecordFactory;
import org.casenotes.model.record.RecordPackage;
import org.casenotes.model.record.TextValue;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

/** Every path that would change a signed note refuses, and leaves the note as signed. */
class SignedNoteGuardTest {

    private final Fixture fx = new Fixture();
    private final Note note = fx.signedNote();
    private final String signedContent = NoteContentHash.canonicalContent(note);

    private TextValue response() {
        return (TextValue) note.getValues().stream().filter(v -> v.getFieldId().equals("response")).findFirst()
                .orElseThrow();
    }

    private void assertUnchanged() {
        assertEquals(signedContent, NoteContentHash.canonicalContent(note));
        assertTrue(NoteIntegrity.verify(note).isEmpty(), NoteIntegrity.verify(note)::toString);
        assertEquals(NoteStatus.SIGNED, note.getStatus());
    }

    @Test
    void theLifecycleEditorRefuses() {
        assertThrows(NoteLockedException.class, () -> fx.lifecycle.edit(note, fx.form).setText("response", "changed"));
        assertThrows(NoteLockedException.class, () -> fx.lifecycle.edit(note, fx.form).clear("response"));
        assertThrows(NoteLockedException.class, () -> fx.lifecycle.edit(note, fx.form).addRow("goalsAddressed"));
        assertUnchanged();
    }

    @Test
    void generatedSettersRefuseAndAreUndone() {
        NoteLockedException error = assertThrows(NoteLockedException.class, () -> response().setText("rewritten"));
        assertTrue(error.getMessage().contains("addendum"), error.getMessage());
        assertThrows(NoteLockedException.class, () -> note.setTemplateVersion(9));
        assertThrows(NoteLockedException.class, () -> note.setLateEntry(true));
        assertThrows(NoteLockedException.class, () -> note.getSignature().setContentHash("0".repeat(64)));
        assertUnchanged();
    }

    @Test
    void statusCannotBeWoundBack() {
        assertThrows(NoteLockedException.class, () -> note.setStatus(NoteStatus.DRAFT));
        assertUnchanged();
    }

    @Test
    void reflectiveSetRefuses() {
        assertThrows(NoteLockedException.class,
                () -> response().eSet(RecordPackage.Literals.TEXT_VALUE__TEXT, "via eSet"));
        assertUnchanged();
    }

    @Test
    void listEditsRefuseAndAreUndone() {
        ChoiceValue progress = (ChoiceValue) note.getValues().get(0);
        assertThrows(NoteLockedException.class, () -> progress.getOptionIds().add("setback"));
        assertThrows(NoteLockedException.class, () -> progress.getOptionIds().clear());
        assertThrows(NoteLockedException.class, () -> note.getValues().remove(1));
        assertThrows(NoteLockedException.class, () -> note.getValues().add(RecordFactory.eINSTANCE.createTextValue()));
        assertThrows(NoteLockedException.class, () -> note.getValues().addAll(
                List.of(RecordFactory.eINSTANCE.createTextValue(), RecordFactory.eINSTANCE.createBooleanValue())));
        assertThrows(NoteLockedException.class, () -> note.getValues().move(0, 2));
        assertThrows(NoteLockedException.class, () -> note.getValues().removeAll(List.copyOf(note.getValues())));
        assertThrows(NoteLockedException.class, () -> EcoreUtil.delete(response()));
        assertEquals(List.of("progress", "response", "sessionCount"),
                note.getValues().stream().map(v -> v.getFieldId()).toList());
        assertUnchanged();
    }

    @Test
    void addendaAreAddedOnlyThroughTheLifecycle() {
        Addendum forged = RecordFactory.eINSTANCE.createAddendum();
        forged.setText("forged");
        assertThrows(NoteLockedException.class, () -> note.getAddenda().add(forged));
        assertTrue(note.getAddenda().isEmpty());

        Addendum real = fx.lifecycle.addAddendum(note, fx.author, "Late information", "Client called to add context.");
        assertThrows(NoteLockedException.class, () -> real.setText("rewritten addendum"));
        assertThrows(NoteLockedException.class, () -> note.getAddenda().remove(real));
        assertEquals("Client called to add context.", note.getAddenda().get(0).getText());
        assertUnchanged();
    }

    @Test
    void changesThatBypassNotificationsAreCaughtByIntegrityVerification() {
        note.eSetDeliver(false);
        response().eSetDeliver(false);
        response().setText("silently rewritten");
        List<String> problems = NoteIntegrity.verify(note);
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).contains("differs from what was signed"), problems.get(0));
        assertThrows(NoteLockedException.class,
                () -> fx.lifecycle.addAddendum(note, fx.author, "reason", "text"), "a tampered note takes no addenda");
    }

    @Test
    void protectGuardsASignedNoteLoadedFromElsewhere() {
        Note loaded = EcoreUtil.copy(note);
        assertTrue(loaded.eAdapters().isEmpty(), "a copy carries no adapters");
        SignedNoteGuard.protect(loaded);
        SignedNoteGuard.protect(loaded);
        assertEquals(1, loaded.eAdapters().size(), "protect is idempotent");
        assertThrows(NoteLockedException.class, () -> loaded.setSessionId("other"));

        Note draft = fx.draft();
        SignedNoteGuard.protect(draft);
        assertTrue(draft.eAdapters().isEmpty(), "drafts are not locked");
        draft.setSessionId("session-2");
        assertFalse(draft.getSessionId().isEmpty());
    }
}
