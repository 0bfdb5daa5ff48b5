package org.casenotes.core.rules.emf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.casenotes.core.rules.DocumentKind;
import org.casenotes.core.rules.FieldText;
import org.casenotes.core.rules.RuleSettings;
import org.casenotes.model.form.Field;
import org.casenotes.model.form.FormDefinition;
import org.casenotes.model.form.FormFactory;
import org.casenotes.model.form.FormKind;
import org.casenotes.model.record.Note;
import org.casenotes.model.record.RecordFactory;
import org.casenotes.model.record.TextValue;
import org.junit.jupiter.api.Test;

class RecordNoteContextTest {

    private static Field field(String id, boolean clientWords) {
        Field field = FormFactory.eINSTANCE.createField();
        field.setId(id);
        field.setType(FormFactory.eINSTANCE.createLongTextType());
        field.setClientWords(clientWords);
        return field;
    }

    private static TextValue text(String fieldId, String text) {
        TextValue value = RecordFactory.eINSTANCE.createTextValue();
        value.setFieldId(fieldId);
        value.setText(text);
        return value;
    }

    @Test
    void textValuesBecomeFieldsInFormOrderWithTheClientWordsFlag() {
        FormDefinition form = FormFactory.eINSTANCE.createFormDefinition();
        form.setKind(FormKind.PROGRESS);
        form.getElements().addAll(List.of(field("statement", true), field("assessment", false), field("plan", false)));
        Note note = RecordFactory.eINSTANCE.createNote();
        note.getValues().addAll(List.of(text("assessment", "Client refused meds."), text("statement", "I refused.")));

        RecordNoteContext context = new RecordNoteContext(note, form, RuleSettings.DEFAULTS);

        assertEquals(DocumentKind.RECORD_NOTE, context.kind());
        assertEquals(List.of("statement", "assessment"), context.fields().stream().map(FieldText::fieldId).toList());
        assertTrue(context.fields().get(0).clientWords());
        assertFalse(context.fields().get(1).clientWords());
        assertSame(note, context.lookup(Note.class).orElseThrow());
        assertSame(form, context.lookup(FormDefinition.class).orElseThrow());
    }

    @Test
    void lettersAndPsychotherapyNotesMapToTheirKinds() {
        FormDefinition form = FormFactory.eINSTANCE.createFormDefinition();
        form.setKind(FormKind.LETTER);
        Note note = RecordFactory.eINSTANCE.createNote();
        assertEquals(DocumentKind.LETTER, new RecordNoteContext(note, form, RuleSettings.DEFAULTS).kind());
        form.setKind(FormKind.PSYCHOTHERAPY);
        assertEquals(DocumentKind.PSYCHOTHERAPY_NOTE, new RecordNoteContext(note, form, RuleSettings.DEFAULTS).kind());
    }
}
