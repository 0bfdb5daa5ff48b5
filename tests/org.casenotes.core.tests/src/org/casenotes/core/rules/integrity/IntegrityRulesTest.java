package org.casenotes.core.rules.integrity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.casenotes.core.forms.NoteTextContext;
import org.casenotes.core.rules.Finding;
import org.casenotes.core.rules.PlainNoteContext;
import org.casenotes.core.rules.RuleSettings;
import org.casenotes.core.rules.integrity.internal.ClonedNarrativeRule;
import org.casenotes.core.rules.integrity.internal.UnreviewedCarryForwardRule;
import org.casenotes.core.rules.payer.ProgressNoteFixture;
import org.casenotes.model.record.Note;
import org.casenotes.model.record.NoteStatus;
import org.casenotes.model.record.RecordFactory;
import org.casenotes.model.record.TextValue;
import org.casenotes.model.record.ValueProvenance;
import org.junit.jupiter.api.Test;

class IntegrityRulesTest {

    private static final String LAST_WEEK = "Client reported sleeping about five hours most nights and two panic "
            + "attacks at work, both during team meetings. Practised paced breathing in session; she rated her "
            + "anxiety 7 out of 10 before and 4 after. She agreed to use the breathing before Monday's meeting and "
            + "to log each attack with the time, the place and what helped.";
    private static final String THIS_WEEK = "Client reported one panic attack this week, on the bus home, and said "
            + "the breathing cut it short. Reviewed her log: three entries, all after 5 pm. We planned a graded "
            + "walk to the bus stop with a coworker and practised naming five things she can see when the "
            + "tightness in her chest starts.";

    private final ProgressNoteFixture fixture = new ProgressNoteFixture().complete();
    private final ClonedNarrativeRule cloned = new ClonedNarrativeRule();

    private Note earlierNote(String id, LocalDate day, String narrative) {
        Note note = RecordFactory.eINSTANCE.createNote();
        note.setId(id);
        note.setDateOfService(day);
        note.setStatus(NoteStatus.SIGNED);
        note.getValues().add(text("response", narrative, ValueProvenance.ENTERED));
        fixture.client.getNotes().add(0, note);
        return note;
    }

    private static TextValue text(String fieldId, String text, ValueProvenance provenance) {
        TextValue value = RecordFactory.eINSTANCE.createTextValue();
        value.setFieldId(fieldId);
        value.setText(text);
        value.setProvenance(provenance);
        return value;
    }

    @Test
    void aNarrativeCopiedFromLastWeekIsAWarningNamingThatNote() {
        earlierNote("note-2026-11-04", LocalDate.of(2026, 11, 4), THIS_WEEK);
        earlierNote("note-2026-11-11", LocalDate.of(2026, 11, 11), LAST_WEEK);
        fixture.text("response", LAST_WEEK.replace("two panic", "three panic"));

        List<Finding> findings = fixture.findings(cloned);

        assertEquals(1, findings.size());
        assertTrue(findings.get(0).message().contains("2026-11-11 (note-2026-11-11)"), findings.get(0).message());
    }

    @Test
    void aNarrativeOfThisSessionIsAccepted() {
        earlierNote("note-2026-11-11", LocalDate.of(2026, 11, 11), LAST_WEEK);
        fixture.text("response", THIS_WEEK);
        assertEquals(List.of(), fixture.findings(cloned));
    }

    @Test
    void laterNotesAreNotEarlierNotes() {
        earlierNote("note-2026-11-25", LocalDate.of(2026, 11, 25), LAST_WEEK);
        fixture.text("response", LAST_WEEK);
        assertEquals(List.of(), fixture.findings(cloned));
    }

    @Test
    void shortNotesMayRepeat() {
        earlierNote("note-2026-11-11", LocalDate.of(2026, 11, 11), "Client did not attend; left a voicemail.");
        fixture.text("response", "Client did not attend; left a voicemail.");
        assertEquals(List.of(), fixture.findings(cloned));
    }

    @Test
    void carriedForwardTextIsNotComparedAsCloning() {
        earlierNote("note-2026-11-11", LocalDate.of(2026, 11, 11), LAST_WEEK);
        fixture.note.getValues().add(text("background", LAST_WEEK, ValueProvenance.CARRIED_REVIEWED));
        fixture.text("response", THIS_WEEK);
        assertEquals(List.of(), fixture.findings(cloned));
    }

    @Test
    void anEditedNoteIsFingerprintedAgain() {
        earlierNote("note-2026-11-11", LocalDate.of(2026, 11, 11), LAST_WEEK);
        fixture.text("response", LAST_WEEK);
        assertEquals(1, fixture.findings(cloned).size());
        fixture.text("response", THIS_WEEK);
        assertEquals(List.of(), fixture.findings(cloned));
    }

    @Test
    void withoutTheClientNothingIsCompared() {
        fixture.client.getNotes().clear();
        assertEquals(List.of(), cloned.evaluate(new NoteTextContext(fixture.note, fixture.form, RuleSettings.DEFAULTS)));
        assertEquals(List.of(), cloned.evaluate(PlainNoteContext.narrative(LAST_WEEK)));
    }

    @Test
    void unreviewedCarriedForwardTextIsAWarningOnItsField() {
        TextValue carried = text("presentingProblem", "Panic attacks at work, 3 to 4 a week, since March.",
                ValueProvenance.CARRIED_REVIEW);
        carried.setCarriedFromNoteId("note-2026-11-11");
        fixture.note.getValues().add(carried);
        UnreviewedCarryForwardRule rule = new UnreviewedCarryForwardRule();

        List<Finding> findings = fixture.findings(rule);

        assertEquals(1, findings.size());
        assertEquals("presentingProblem", findings.get(0).fieldId());
        assertTrue(findings.get(0).message().contains("note-2026-11-11"));
        carried.setProvenance(ValueProvenance.CARRIED_REVIEWED);
        assertEquals(List.of(), fixture.findings(rule));
    }

    @Test
    void sameDayNotesCountAsEarlierWhenCreatedEarlier() {
        Note morning = earlierNote("note-morning", ProgressNoteFixture.SESSION_DAY, LAST_WEEK);
        morning.setCreatedAt(Instant.parse("2026-11-18T14:00:00Z"));
        fixture.text("response", LAST_WEEK);
        assertEquals(1, fixture.findings(cloned).size());
        morning.setCreatedAt(Instant.parse("2026-11-18T18:00:00Z"));
        assertEquals(List.of(), fixture.findings(cloned));
    }
}
