package org.casenotes.core.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.casenotes.model.form.FormDefinition;
import org.casenotes.model.form.WindowUnit;
import org.casenotes.model.record.Agency;
import org.casenotes.model.record.Clinician;
import org.casenotes.model.record.ClinicianRole;
import org.casenotes.model.record.Note;
import org.casenotes.model.record.NoteStatus;
import org.casenotes.model.record.RecordFactory;
import org.junit.jupiter.api.Test;

class SigningTest {

    private final Fixture fx = new Fixture();

    private Note filledDraft() {
        Note note = fx.draft();
        fx.lifecycle.edit(note, fx.form).choose("progress", "improved").setText("response", "Used the breathing plan.");
        return note;
    }

    @Test
    void signingRecordsSignerCredentialsTimeAndContentHashThenLocks() {
        Note note = filledDraft();
        String expectedHash = NoteContentHash.of(note);
        fx.clock.advance(Duration.ofHours(2));
        fx.lifecycle.sign(note, fx.form, fx.author, null);

        assertEquals(NoteStatus.SIGNED, note.getStatus());
        assertEquals("c-ada", note.getSignature().getSignerId());
        assertEquals("LCSW", note.getSignature().getCredentials());
        assertEquals(Fixture.SESSION_EVENING.plus(Duration.ofHours(2)), note.getSignature().getSignedAt());
        assertEquals(expectedHash, note.getSignature().getContentHash());
        assertEquals(64, expectedHash.length());
        assertFalse(note.isLateEntry());
        assertTrue(NoteIntegrity.verify(note).isEmpty());
        assertThrows(NoteLockedException.class, () -> fx.lifecycle.sign(note, fx.form, fx.author, null),
                "a signed note is not signed twice");
    }

    @Test
    void theRuleEngineGateRefusesWhileItReportsErrors() {
        Note note = filledDraft();
        fx.gateRefusals.add("Progress is 'plateau' but no reason is given.");
        SigningRefusedException refused = assertThrows(SigningRefusedException.class,
                () -> fx.lifecycle.sign(note, fx.form, fx.author, null));
        assertEquals(List.of("Progress is 'plateau' but no reason is given."), refused.reasons());
        assertEquals(NoteStatus.DRAFT, note.getStatus());
        assertNull(note.getSignature());

        fx.gateRefusals.clear();
        fx.lifecycle.sign(note, fx.form, fx.author, null);
        assertEquals(NoteStatus.SIGNED, note.getStatus());
    }

    @Test
    void unreviewedCarriedValuesBlockSigningUntilReviewed() {
        Note previous = fx.signedNote();
        Note note = fx.lifecycle.createDraftCarryingForward(fx.form,
                DraftRequest.of("client-1", "c-ada", Fixture.SESSION_DAY), List.of(previous));
        SigningRefusedException refused = assertThrows(SigningRefusedException.class,
                () -> fx.lifecycle.sign(note, fx.form, fx.author, null));
        assertEquals(3, refused.reasons().size());
        assertTrue(refused.reasons().get(0).contains("'progress' was carried forward"), refused.reasons().get(0));

        ValueEditor editor = fx.lifecycle.edit(note, fx.form);
        editor.markReviewed("progress").markReviewed("sessionCount").setText("response", "Today's response.");
        fx.lifecycle.sign(note, fx.form, fx.author, null);
        assertEquals(NoteStatus.SIGNED, note.getStatus());
    }

    @Test
    void onlyTheAuthorSignsAndCredentialsAreRequired() {
        Note note = filledDraft();
        assertThrows(LifecycleException.class, () -> fx.lifecycle.sign(note, fx.form, fx.supervisor, null));
        Clinician noCredentials = Fixture.clinician("c-ada", "Ada Okafor", " ", ClinicianRole.CLINICIAN);
        SigningRefusedException refused = assertThrows(SigningRefusedException.class,
                () -> fx.lifecycle.sign(note, fx.form, noCredentials, null));
        assertTrue(refused.getMessage().contains("credentials"), refused.getMessage());
        assertEquals(NoteStatus.DRAFT, note.getStatus());
    }

    @Test
    void signingAfterTheWindowNeedsAReasonAndLabelsALateEntry() {
        Note note = filledDraft();
        fx.clock.set(Fixture.WINDOW_CLOSES.plusSeconds(1));
        assertTrue(fx.lifecycle.wouldBeLate(note, fx.form));
        LateEntryReasonRequiredException missing = assertThrows(LateEntryReasonRequiredException.class,
                () -> fx.lifecycle.sign(note, fx.form, fx.author, "  "));
        assertEquals(Fixture.WINDOW_CLOSES, missing.deadline());
        assertEquals(NoteStatus.DRAFT, note.getStatus(), "nothing changed");

        fx.lifecycle.sign(note, fx.form, fx.author, " Was out sick until Monday. ");
        assertTrue(note.isLateEntry());
        assertEquals("Was out sick until Monday.", note.getLateEntryReason());
        assertTrue(NoteIntegrity.verify(note).isEmpty(), "the late-entry label is part of the signed content");
    }

    @Test
    void signingAtTheLastMomentOfTheWindowIsOnTime() {
        Note note = filledDraft();
        fx.clock.set(Fixture.WINDOW_CLOSES);
        fx.lifecycle.sign(note, fx.form, fx.author, "ignored when on time");
        assertFalse(note.isLateEntry());
        assertNull(note.getLateEntryReason());
    }

    @Test
    void withoutAFormWindowTheAgencyDefaultApplies() {
        FormDefinition form = Fixture.soapForm(3);
        form.getRuleConfiguration().setSigningWindow(null);
        Note note = fx.lifecycle.createDraft(form, DraftRequest.of("client-1", "c-ada", Fixture.SESSION_DAY));
        // agency default in the fixture: 5 days -> end of Monday 2026-11-23 local
        assertEquals(Instant.parse("2026-11-24T06:00:00Z"), fx.lifecycle.signingDeadline(note, form));
    }

    @Test
    void theAgencyDefaultComesFromTheAgencyRecord() {
        FormDefinition form = Fixture.soapForm(3);
        form.setRuleConfiguration(null);
        Agency agency = RecordFactory.eINSTANCE.createAgency();
        agency.setSigningWindowDays(1);
        Note note = fx.lifecycle.createDraft(form, DraftRequest.of("client-1", "c-ada", Fixture.SESSION_DAY));
        assertEquals(Instant.parse("2026-11-20T06:00:00Z"),
                SigningDeadline.forAgency(agency, Fixture.ZONE).of(note, form));
    }

    @Test
    void businessDaysSkipTheWeekend() {
        FormDefinition form = Fixture.soapForm(3);
        form.getRuleConfiguration().getSigningWindow().setUnit(WindowUnit.BUSINESS_DAYS);
        form.getRuleConfiguration().getSigningWindow().setAmount(2);
        LocalDate friday = LocalDate.of(2026, 11, 20);
        Note note = fx.lifecycle.createDraft(form, DraftRequest.of("client-1", "c-ada", friday));
        // Friday + 2 business days = Tuesday 2026-11-24, window closes at its end (local)
        assertEquals(Instant.parse("2026-11-25T06:00:00Z"), fx.lifecycle.signingDeadline(note, form));
    }

    @Test
    void hourWindowsCountFromTheEndOfTheService() {
        FormDefinition form = Fixture.soapForm(3);
        form.getRuleConfiguration().getSigningWindow().setUnit(WindowUnit.HOURS);
        form.getRuleConfiguration().getSigningWindow().setAmount(24);
        Instant end = Instant.parse("2026-11-18T16:50:00Z");
        Note note = fx.lifecycle.createDraft(form,
                new DraftRequest("client-1", "c-ada", null, "session-9", Fixture.SESSION_DAY, end));
        assertEquals(end.plus(Duration.ofHours(24)), fx.lifecycle.signingDeadline(note, form));
    }
}
