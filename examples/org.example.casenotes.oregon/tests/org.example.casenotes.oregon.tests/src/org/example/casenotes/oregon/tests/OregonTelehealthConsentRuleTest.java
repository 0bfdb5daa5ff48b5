package org.example.casenotes.oregon.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.casenotes.core.rules.Finding;
import org.casenotes.model.record.BooleanValue;
import org.casenotes.model.record.ChoiceValue;
import org.casenotes.model.record.Note;
import org.casenotes.model.record.RecordFactory;
import org.example.casenotes.oregon.OregonTelehealthConsentRule;
import org.junit.jupiter.api.Test;

class OregonTelehealthConsentRuleTest {

    private final OregonTelehealthConsentRule rule = new OregonTelehealthConsentRule();

    @Test
    void aTelehealthNoteWithoutTheConsentIsAnErrorOnTheConsentField() {
        List<Finding> findings = rule.evaluate(new ServiceNoteContext(note("telehealthHome", null)));
        assertEquals(1, findings.size(), findings.toString());
        assertEquals("oregon.telehealth-consent", findings.get(0).ruleId());
        assertEquals("telehealthConsent", findings.get(0).fieldId());
        assertEquals("OAR 410-120-1990", findings.get(0).source().title().substring(0, 16));
    }

    @Test
    void aTelehealthNoteThatRecordsTheConsentPasses() {
        assertEquals(List.of(), rule.evaluate(new ServiceNoteContext(note("telehealthHome", true))));
    }

    @Test
    void aConsentAnsweredNoIsStillMissing() {
        assertEquals(1, rule.evaluate(new ServiceNoteContext(note("telehealthHome", false))).size());
    }

    @Test
    void anOfficeVisitNeedsNoTelehealthConsent() {
        assertEquals(List.of(), rule.evaluate(new ServiceNoteContext(note("office", null))));
    }

    private static Note note(String placeOfService, Boolean consent) {
        Note note = RecordFactory.eINSTANCE.createNote();
        note.setDateOfService(LocalDate.of(2026, 11, 2));
        ChoiceValue place = RecordFactory.eINSTANCE.createChoiceValue();
        place.setFieldId("placeOfService");
        place.getOptionIds().add(placeOfService);
        note.getValues().add(place);
        if (consent != null) {
            BooleanValue answer = RecordFactory.eINSTANCE.createBooleanValue();
            answer.setFieldId("telehealthConsent");
            answer.setValue(consent);
            note.getValues().add(answer);
        }
        return note;
    }
}
