package org.example.casenotes.oregon.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.casenotes.core.rules.Finding;
import org.casenotes.core.rules.Severity;
import org.casenotes.model.record.Note;
import org.casenotes.model.record.RecordFactory;
import org.casenotes.model.record.Signature;
import org.example.casenotes.oregon.OregonSigningWindowRule;
import org.junit.jupiter.api.Test;

class OregonSigningWindowRuleTest {

    private static final LocalDate SERVED = LocalDate.of(2026, 11, 2);

    @Test
    void aNoteSignedWithinTenDaysIsOnTime() {
        assertEquals(List.of(), rule(SERVED.plusDays(30)).evaluate(context(signedOn(SERVED.plusDays(10)))));
    }

    @Test
    void aNoteSignedOnTheEleventhDayWithoutALateEntryReasonIsAnError() {
        List<Finding> findings = rule(SERVED.plusDays(30)).evaluate(context(signedOn(SERVED.plusDays(11))));
        assertEquals(1, findings.size(), findings.toString());
        assertEquals("oregon.signing-window", findings.get(0).ruleId());
        assertEquals(Severity.ERROR, findings.get(0).severity());
        assertTrue(findings.get(0).message().contains("11 days after the service"), findings.get(0).message());
        assertTrue(findings.get(0).source().title().startsWith("OAR 309-019-0140"), findings.get(0).source().title());
    }

    @Test
    void aLateEntryWithItsReasonIsAccepted() {
        Note note = signedOn(SERVED.plusDays(20));
        note.setLateEntry(true);
        note.setLateEntryReason("Clinician on leave; written from session notes.");
        assertEquals(List.of(), rule(SERVED.plusDays(30)).evaluate(context(note)));
    }

    @Test
    void aDraftPastTheWindowIsAWarningAndOneWithinItIsNothing() {
        Note draft = RecordFactory.eINSTANCE.createNote();
        draft.setDateOfService(SERVED);
        assertEquals(List.of(), rule(SERVED.plusDays(10)).evaluate(context(draft)));
        List<Finding> late = rule(SERVED.plusDays(13)).evaluate(context(draft));
        assertEquals(1, late.size(), late.toString());
        assertEquals(Severity.WARNING, late.get(0).severity());
        assertTrue(late.get(0).message().contains("closed 3 days ago"), late.get(0).message());
    }

    private static OregonSigningWindowRule rule(LocalDate today) {
        return new OregonSigningWindowRule(Clock.fixed(today.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    }

    private static Note signedOn(LocalDate day) {
        Note note = RecordFactory.eINSTANCE.createNote();
        note.setDateOfService(SERVED);
        Signature signature = RecordFactory.eINSTANCE.createSignature();
        signature.setSignerName("Dana Reyes");
        signature.setSignedAt(day.atTime(16, 30).toInstant(ZoneOffset.UTC));
        note.setSignature(signature);
        return note;
    }

    private static ServiceNoteContext context(Note note) {
        return new ServiceNoteContext(note);
    }
}
