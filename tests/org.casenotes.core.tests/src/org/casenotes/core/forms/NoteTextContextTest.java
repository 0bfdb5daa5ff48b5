package org.casenotes.core.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.casenotes.core.rules.DocumentKind;
import org.casenotes.core.rules.FieldText;
import org.casenotes.core.rules.RuleSettings;
import org.casenotes.core.rules.Severity;
import org.casenotes.model.form.Field;
import org.casenotes.model.form.FormDefinition;
import org.casenotes.model.form.FormFactory;
import org.casenotes.model.form.FormKind;
import org.casenotes.model.form.RuleConfiguration;
import org.casenotes.model.form.RuleSeverity;
import org.casenotes.model.form.SeverityOverride;
import org.casenotes.model.record.Client;
import org.casenotes.model.record.Note;
import org.casenotes.model.record.RecordFactory;
import org.casenotes.model.record.TextValue;
import org.junit.jupiter.api.Test;

/** The rule engine's view of a hand-built note: fields, kinds, settings and the models rules may look up. */
class NoteTextContextTest {

    private final FormDefinition form = FormFactory.eINSTANCE.createFormDefinition();
    private final Note note = RecordFactory.eINSTANCE.createNote();

    NoteTextContextTest() {
        form.setKind(FormKind.PROGRESS);
        form.getElements().addAll(List.of(field("statement", true), field("assessment", false), field("plan", false),
                field("followUp", false)));
    }

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
    void textFieldsComeInFormOrderWithTheClientWordsFlag() {
        note.getValues().addAll(List.of(text("assessment", "Client refused meds."), text("statement", "I refused.")));

        NoteTextContext context = new NoteTextContext(note, form, RuleSettings.DEFAULTS);

        assertEquals(DocumentKind.RECORD_NOTE, context.kind());
        assertEquals(List.of("statement", "assessment"), context.fields().stream().map(FieldText::fieldId).toList());
        assertTrue(context.fields().get(0).clientWords());
        assertFalse(context.fields().get(1).clientWords());
        assertSame(note, context.lookup(Note.class).orElseThrow());
        assertSame(form, context.lookup(FormDefinition.class).orElseThrow());
    }

    @Test
    void fieldsWithoutWordsAreLeftOut() {
        note.getValues().addAll(List.of(text("assessment", "Engaged well."), text("plan", "  \n "),
                text("followUp", null)));

        NoteTextContext context = new NoteTextContext(note, form, RuleSettings.DEFAULTS);

        assertEquals(List.of("assessment"), context.fields().stream().map(FieldText::fieldId).toList());
        assertFalse(context.field("plan").isPresent(), "white space only");
        assertFalse(context.field("statement").isPresent(), "never written");
    }

    @Test
    void lettersAndPsychotherapyNotesMapToTheirKinds() {
        form.setKind(FormKind.LETTER);
        assertEquals(DocumentKind.LETTER, new NoteTextContext(note, form, RuleSettings.DEFAULTS).kind());
        form.setKind(FormKind.PSYCHOTHERAPY);
        assertEquals(DocumentKind.PSYCHOTHERAPY_NOTE, new NoteTextContext(note, form, RuleSettings.DEFAULTS).kind());
    }

    @Test
    void theClientGivenWinsOverTheOneContainingTheNote() {
        assertFalse(new NoteTextContext(note, form, RuleSettings.DEFAULTS).lookup(Client.class).isPresent(),
                "a loose note has no client");
        Client container = RecordFactory.eINSTANCE.createClient();
        container.getNotes().add(note);
        assertSame(container,
                new NoteTextContext(note, form, RuleSettings.DEFAULTS).lookup(Client.class).orElseThrow());
        Client given = RecordFactory.eINSTANCE.createClient();
        assertSame(given, new NoteTextContext(note, form, RuleSettings.DEFAULTS, given).lookup(Client.class)
                .orElseThrow());
    }

    @Test
    void theTemplatesOverridesAndTermsLieOverTheAgencysSettings() {
        RuleConfiguration configuration = FormFactory.eINSTANCE.createRuleConfiguration();
        configuration.getSeverityOverrides().add(override("language.vague", RuleSeverity.ERROR));
        configuration.getSeverityOverrides().add(override("language.judgmental", RuleSeverity.OFF));
        configuration.getApprovedTerms().add("refused");
        form.setRuleConfiguration(configuration);

        RuleSettings settings = new NoteTextContext(note, form, RuleSettings.DEFAULTS).settings();

        assertEquals(Severity.ERROR, settings.severityOverride("language.vague").orElseThrow());
        assertFalse(settings.isEnabled("language.judgmental"));
        assertTrue(settings.approves("Refused"));
    }

    private static SeverityOverride override(String ruleId, RuleSeverity severity) {
        SeverityOverride override = FormFactory.eINSTANCE.createSeverityOverride();
        override.setRuleId(ruleId);
        override.setSeverity(severity);
        return override;
    }
}
