package org.casenotes.core.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import org.casenotes.model.record.BooleanValue;
import org.casenotes.model.record.ChoiceValue;
import org.casenotes.model.record.DateTimeValue;
import org.casenotes.model.record.DateValue;
import org.casenotes.model.record.DurationValue;
import org.casenotes.model.record.GoalReferenceValue;
import org.casenotes.model.record.Note;
import org.casenotes.model.record.NumberValue;
import org.casenotes.model.record.TextValue;
import org.casenotes.model.record.TimeValue;
import org.junit.jupiter.api.Test;

class ValueEditorTest {

    private final Fixture fx = new Fixture();
    private final Note note = fx.draft();
    private final ValueEditor editor = fx.lifecycle.edit(note, fx.form);

    @Test
    void setsEveryFieldTypeAsItsTypedValue() {
        editor.setText("response", "Named two coping skills.").setNumber("sleepHours", new BigDecimal("6.5"))
                .setNumber("sessionCount", new BigDecimal("4.0")).setBoolean("telehealth", true)
                .setDate("dateOfNextSession", LocalDate.of(2026, 11, 25)).setTime("startTime", LocalTime.of(9, 5))
                .setDateTime("followUpAt", LocalDateTime.of(2026, 11, 20, 14, 0)).setDuration("minutes", 53)
                .choose("progress", "plateau").choose("interventions", "cbt", "dbt");

        assertEquals("Named two coping skills.", ((TextValue) editor.value("response").orElseThrow()).getText());
        assertEquals(new BigDecimal("6.5"), ((NumberValue) editor.value("sleepHours").orElseThrow()).getValue());
        assertTrue(((BooleanValue) editor.value("telehealth").orElseThrow()).isValue());
        assertEquals(LocalDate.of(2026, 11, 25), ((DateValue) editor.value("dateOfNextSession").orElseThrow()).getValue());
        assertEquals(LocalTime.of(9, 5), ((TimeValue) editor.value("startTime").orElseThrow()).getValue());
        assertEquals(LocalDateTime.of(2026, 11, 20, 14, 0), ((DateTimeValue) editor.value("followUpAt").orElseThrow()).getValue());
        assertEquals(53, ((DurationValue) editor.value("minutes").orElseThrow()).getMinutes());
        assertEquals(List.of("cbt", "dbt"), ((ChoiceValue) editor.value("interventions").orElseThrow()).getOptionIds());
        assertEquals(10, note.getValues().size());
    }

    @Test
    void choosingTheSameOptionTwiceKeepsItOnce() {
        editor.choose("interventions", "cbt", "mi", "cbt");
        assertEquals(List.of("cbt", "mi"), ((ChoiceValue) editor.value("interventions").orElseThrow()).getOptionIds());
    }

    @Test
    void settingAgainReplacesTheValueAndClearRemovesIt() {
        editor.choose("progress", "plateau").choose("progress", "improved");
        assertEquals(1, note.getValues().size());
        assertEquals(List.of("improved"), ((ChoiceValue) note.getValues().get(0)).getOptionIds());
        editor.clear("progress");
        assertTrue(note.getValues().isEmpty());
    }

    @Test
    void refusesUnknownFieldsWithTheFieldId() {
        FieldValueException error = assertThrows(FieldValueException.class, () -> editor.setText("mood", "ok"));
        assertEquals("mood", error.fieldId());
        assertTrue(error.getMessage().contains("no field 'mood'"), error.getMessage());
        assertThrows(FieldValueException.class, () -> editor.setText("session", "a section is not a field"));
    }

    @Test
    void refusesValuesThatDoNotFitTheFieldType() {
        assertThrows(FieldValueException.class, () -> editor.setText("progress", "improved"), "text on a choice");
        assertThrows(FieldValueException.class, () -> editor.setBoolean("response", true), "boolean on text");
        assertThrows(FieldValueException.class, () -> editor.choose("progress", "worse"), "unknown option");
        assertThrows(FieldValueException.class, () -> editor.choose("progress", "improved", "plateau"),
                "two options on a single choice");
        assertThrows(FieldValueException.class, () -> editor.choose("interventions"), "no option");
        FieldValueException fraction = assertThrows(FieldValueException.class,
                () -> editor.setNumber("sessionCount", new BigDecimal("2.5")), "fraction on an integer field");
        assertEquals("Field 'sessionCount' cannot take \u201c2.5\u201d: the field takes a whole number.",
                fraction.getMessage());
        assertThrows(FieldValueException.class, () -> editor.setDuration("minutes", -5), "negative duration");
        assertThrows(FieldValueException.class, () -> editor.setNumber("sleepHours", null), "null number");
        assertTrue(note.getValues().isEmpty(), "nothing refused was stored");
    }

    @Test
    void editsRepeatableGroupsRowByRow() {
        editor.addRow("goalsAddressed").referTo("goal", "goal-1").setText("goalProgress", "Slept 6 hours most nights.");
        editor.addRow("goalsAddressed").referTo("goal", "goal-2");
        assertEquals(2, editor.rowCount("goalsAddressed"));
        assertEquals(List.of("goal-2"),
                ((GoalReferenceValue) editor.row("goalsAddressed", 1).value("goal").orElseThrow()).getPlanElementIds());

        assertThrows(FieldValueException.class, () -> editor.addRow("goalsAddressed"), "maxRows is 2");
        assertThrows(FieldValueException.class, () -> editor.setText("goalProgress", "x"),
                "a group's field is set on a row, not on the note");
        assertThrows(FieldValueException.class, () -> editor.row("goalsAddressed", 0).setText("response", "x"),
                "a note-level field is not in the row");
        assertThrows(FieldValueException.class, () -> editor.row("goalsAddressed", 2), "no third row");
        assertThrows(FieldValueException.class, () -> editor.row("goalsAddressed", 0).referTo("goal", "a", "b"),
                "single goal reference");

        editor.removeRow("goalsAddressed", 0);
        assertEquals(1, editor.rowCount("goalsAddressed"));
        assertEquals(List.of("goal-2"),
                ((GoalReferenceValue) editor.row("goalsAddressed", 0).value("goal").orElseThrow()).getPlanElementIds());
    }

    @Test
    void editingIsRefusedWhileSubmittedAndAllowedWhenReturned() {
        fx.lifecycle.submitForReview(note, fx.author);
        assertThrows(NoteLockedException.class, () -> editor.setText("response", "x"));
        fx.lifecycle.returnForRevision(note, fx.supervisor, List.of(ReviewRemark.general("Describe the response.")));
        editor.setText("response", "Client practised the skill in session.");
        assertEquals(1, note.getValues().size());
    }

    @Test
    void refusesToEditWithAnotherTemplateVersion() {
        assertThrows(LifecycleException.class, () -> fx.lifecycle.edit(note, Fixture.soapForm(4)));
    }
}
