package org.casenotes.core.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.List;

import org.casenotes.model.form.ChoiceType;
import org.casenotes.model.form.Field;
import org.casenotes.model.form.FormDefinition;
import org.casenotes.model.form.FormFactory;
import org.casenotes.model.form.FormKind;
import org.casenotes.model.form.query.FormDefinitions;
import org.casenotes.model.record.ChoiceValue;
import org.casenotes.model.record.DateValue;
import org.casenotes.model.record.FieldValue;
import org.casenotes.model.record.Note;
import org.casenotes.model.record.NoteStatus;
import org.casenotes.model.record.TextValue;
import org.casenotes.model.record.ValueProvenance;
import org.junit.jupiter.api.Test;

class DraftCreationTest {

    private final Fixture fx = new Fixture();

    @Test
    void draftPinsTemplateVersionAndTakesTimeFromTheClock() {
        Note note = fx.draft();
        assertEquals("test.Soap", note.getTemplateId());
        assertEquals(3, note.getTemplateVersion());
        assertEquals(NoteStatus.DRAFT, note.getStatus());
        assertEquals(Fixture.SESSION_EVENING, note.getCreatedAt());
        assertEquals("client-1", note.getClientId());
        assertEquals(fx.author.getId(), note.getAuthorId());
        assertTrue(note.getValues().isEmpty());
    }

    @Test
    void theDateOfServiceFieldStartsWithTheDayTheDraftIsFor() {
        FormDefinition form = Fixture.soapFormBuilder(3)
                .within("session", s -> s.date(NoteLifecycle.DATE_OF_SERVICE_FIELD)).build();
        Note note = fx.lifecycle.createDraft(form, DraftRequest.of("client-1", fx.author.getId(), Fixture.SESSION_DAY));
        assertEquals(Fixture.SESSION_DAY, ((DateValue) fx.lifecycle.edit(note, form)
                .value(NoteLifecycle.DATE_OF_SERVICE_FIELD).orElseThrow()).getValue());
        assertEquals(ValueProvenance.ENTERED, note.getValues().get(0).getProvenance());

        FormDefinition textDate = Fixture.soapFormBuilder(3)
                .within("session", s -> s.shortText(NoteLifecycle.DATE_OF_SERVICE_FIELD)).build();
        assertTrue(fx.lifecycle.createDraft(textDate, DraftRequest.of("client-1", fx.author.getId(), Fixture.SESSION_DAY))
                .getValues().isEmpty(), "a field of that name that holds no date is left to the writer");
    }

    @Test
    void lettersAreNotNotes() {
        FormDefinition letter = Fixture.soapForm(1);
        letter.setKind(FormKind.LETTER);
        assertThrows(LifecycleException.class,
                () -> fx.lifecycle.createDraft(letter, DraftRequest.of("client-1", "c-ada", Fixture.SESSION_DAY)));
    }

    @Test
    void carriesForwardTheLatestSignedNoteMarkedForReview() {
        Note previous = fx.draft();
        fx.lifecycle.edit(previous, fx.form).choose("interventions", "cbt", "mi").setText("response", "Engaged.")
                .setTime("startTime", LocalTime.of(9, 0)).setDuration("minutes", 50)
                .addRow("goalsAddressed").referTo("goal", "goal-1").setText("goalProgress", "Two panic-free days.");
        fx.lifecycle.sign(previous, fx.form, fx.author, null);
        Note unsignedLater = fx.draft();
        fx.lifecycle.edit(unsignedLater, fx.form).setText("response", "unsigned text must not be carried");

        Note draft = fx.lifecycle.createDraftCarryingForward(fx.form,
                DraftRequest.of("client-1", "c-ada", Fixture.SESSION_DAY.plusDays(7)), List.of(previous, unsignedLater));

        assertEquals(List.of("interventions", "response"), draft.getValues().stream().map(FieldValue::getFieldId).toList(),
                "session-specific values (time, duration) are not carried");
        for (FieldValue value : draft.getValues()) {
            assertEquals(ValueProvenance.CARRIED_REVIEW, value.getProvenance());
            assertEquals(previous.getId(), value.getCarriedFromNoteId());
        }
        assertEquals("Engaged.", fx.lifecycle.edit(draft, fx.form).value("response").map(v -> ((TextValue) v).getText()).orElseThrow());
        assertEquals(List.of("interventions", "response", "goalsAddressed[0].goal", "goalsAddressed[0].goalProgress"),
                fx.lifecycle.carriedAwaitingReview(draft));
        assertEquals(NoteStatus.SIGNED, previous.getStatus(), "the previous note is only read");
    }

    @Test
    void carriesOnlyValuesThatStillFitANewerTemplateVersion() {
        Note previous = fx.draft();
        fx.lifecycle.edit(previous, fx.form).choose("progress", "setback").setNumber("sessionCount", BigDecimal.TEN)
                .setText("response", "Engaged.");
        fx.lifecycle.sign(previous, fx.form, fx.author, null);

        FormDefinition v4 = Fixture.soapForm(4);
        Field progress = FormDefinitions.findField(v4, "progress").orElseThrow();
        ((ChoiceType) progress.getType()).getOptions().removeIf(option -> option.getId().equals("setback"));
        FormDefinitions.findField(v4, "sessionCount").orElseThrow().setType(FormFactory.eINSTANCE.createShortTextType());

        Note draft = fx.lifecycle.createDraftCarryingForward(v4, DraftRequest.of("client-1", "c-ada", Fixture.SESSION_DAY),
                List.of(previous));
        assertEquals(4, draft.getTemplateVersion());
        assertEquals(List.of("response"), draft.getValues().stream().map(FieldValue::getFieldId).toList(),
                "an option the new version dropped and a changed field type are not carried");
    }

    @Test
    void withoutAPreviousNoteOfTheSameTemplateNothingIsCarried() {
        FormDefinition otherForm = Fixture.soapForm(3);
        otherForm.setId("test.Other");
        Note other = fx.lifecycle.createDraft(otherForm, DraftRequest.of("client-1", "c-ada", Fixture.SESSION_DAY));
        fx.lifecycle.edit(other, otherForm).choose("progress", "improved").setText("response", "x");
        fx.lifecycle.sign(other, otherForm, fx.author, null);

        Note draft = fx.lifecycle.createDraftCarryingForward(fx.form, DraftRequest.of("client-1", "c-ada",
                Fixture.SESSION_DAY), List.of(other));
        assertTrue(draft.getValues().isEmpty());
        assertTrue(fx.lifecycle.carriedAwaitingReview(draft).isEmpty());
    }

    @Test
    void editingACarriedValueOrConfirmingItClearsTheReviewMark() {
        Note previous = fx.signedNote();
        Note draft = fx.lifecycle.createDraftCarryingForward(fx.form,
                DraftRequest.of("client-1", "c-ada", Fixture.SESSION_DAY), List.of(previous));
        ValueEditor editor = fx.lifecycle.edit(draft, fx.form);
        editor.setText("response", "New response today.");
        editor.markReviewed("progress");
        assertEquals(ValueProvenance.ENTERED, editor.value("response").orElseThrow().getProvenance());
        assertEquals(ValueProvenance.CARRIED_REVIEWED, editor.value("progress").orElseThrow().getProvenance());
        assertEquals(List.of("improved"), ((ChoiceValue) editor.value("progress").orElseThrow()).getOptionIds());
        assertEquals(List.of("sessionCount"), fx.lifecycle.carriedAwaitingReview(draft));
    }
}
