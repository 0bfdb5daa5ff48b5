package org.casenotes.core.measures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.casenotes.core.lifecycle.LifecycleException;
import org.casenotes.model.record.ItemAnswer;
import org.casenotes.model.record.MeasureResult;
import org.casenotes.model.record.Note;
import org.junit.jupiter.api.Test;

class SignedNoteMeasuresTest {

    private final MeasureFixture fx = new MeasureFixture();

    @Test
    void aSignedNotesAnsweredInstrumentBecomesAResultWithTotalBandCriticalItemsAndAnswers() {
        Note note = fx.draft();
        fx.give(note, "phq");
        fx.answer(note, fx.phq9Block, 2, 2, 1, 2, 1, 2, 1, 0, 2);
        fx.sign(note);

        List<MeasureResult> added = fx.measures.addTo(fx.client, note, fx.form);

        assertEquals(1, added.size());
        MeasureResult result = added.get(0);
        assertEquals(List.of(result), fx.client.getMeasureResults());
        assertEquals("test.PHQ9", result.getInstrumentId());
        assertEquals(MeasureFixture.SESSION_DAY, result.getAdministeredOn());
        assertEquals(note.getId(), result.getNoteId());
        assertEquals(13, result.getTotal());
        assertEquals("Moderate", result.getBand());
        assertEquals(List.of("q9"), result.getCriticalItemIds());
        assertEquals(List.of("q1=2", "q2=2", "q3=1", "q4=2", "q5=1", "q6=2", "q7=1", "q8=0", "q9=2"),
                result.getAnswers().stream().map(MeasureResultsText::of).toList());
    }

    @Test
    void everyShownAnsweredInstrumentGivesItsOwnResult() {
        Note note = fx.draft();
        fx.give(note, "phq", "gad");
        fx.answer(note, fx.phq9Block, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        fx.answer(note, fx.gad7Block, 3, 3, 3, 3, 3, 3, 3);
        fx.sign(note);

        List<MeasureResult> added = fx.measures.addTo(fx.client, note, fx.form);

        assertEquals(List.of("test.PHQ9 0 Minimal or none []", "test.GAD7 21 Severe []"),
                added.stream().map(r -> r.getInstrumentId() + " " + r.getTotal() + " " + r.getBand() + " "
                        + r.getCriticalItemIds()).toList());
    }

    @Test
    void anUnansweredInstrumentGivesNoResult() {
        Note note = fx.draft();
        fx.give(note, "phq");
        fx.sign(note);

        assertEquals(List.of(), fx.measures.addTo(fx.client, note, fx.form));
        assertTrue(fx.client.getMeasureResults().isEmpty());
    }

    @Test
    void answersToAnInstrumentTheNoteHidesGiveNoResult() {
        Note note = fx.draft();
        fx.give(note, "phq");
        fx.answer(note, fx.gad7Block, 1, 1, 1, 1, 1, 1, 1);
        fx.give(note, "noMeasure");
        fx.sign(note);

        assertEquals(List.of(), fx.measures.addTo(fx.client, note, fx.form));
    }

    @Test
    void aPartlyAnsweredInstrumentKeepsItsAnswersAndCriticalItemsButIsNotScored() {
        Note note = fx.draft();
        fx.give(note, "phq");
        fx.answer(note, fx.phq9Block, 1, 1, 1, 1, 1, 1, 1, 1, 3);
        new org.casenotes.core.forms.InstrumentAnswers(note, fx.phq9Block)
                .setAnswer(fx.phq9.getItems().get(3), null);
        fx.sign(note);

        MeasureResult result = fx.measures.addTo(fx.client, note, fx.form).get(0);

        assertNull(result.getTotal(), "a total of 8 of 9 items would understate severity");
        assertNull(result.getBand());
        assertEquals(8, result.getAnswers().size());
        assertEquals(List.of("q9"), result.getCriticalItemIds());
    }

    @Test
    void aNoteAddsItsResultsOnceEvenAfterAnAddendum() {
        Note note = fx.draft();
        fx.give(note, "phq");
        fx.answer(note, fx.phq9Block, 1, 1, 1, 1, 1, 1, 1, 1, 0);
        fx.sign(note);
        fx.measures.addTo(fx.client, note, fx.form);

        fx.lifecycle.addAddendum(note, fx.author, "Late information", "Client reported the score was an estimate.");

        assertEquals(List.of(), fx.measures.addTo(fx.client, note, fx.form));
        assertEquals(1, fx.client.getMeasureResults().size());
    }

    @Test
    void onlyASignedNoteAddsResults() {
        Note note = fx.draft();
        fx.give(note, "phq");
        fx.answer(note, fx.phq9Block, 1, 1, 1, 1, 1, 1, 1, 1, 0);

        assertThrows(LifecycleException.class, () -> fx.measures.addTo(fx.client, note, fx.form));
        assertTrue(fx.client.getMeasureResults().isEmpty());
    }

    @Test
    void aNoteOfAnotherClientIsRefused() {
        Note note = fx.draft();
        note.setClientId("client-8");
        fx.give(note, "phq");
        fx.answer(note, fx.phq9Block, 1, 1, 1, 1, 1, 1, 1, 1, 0);
        fx.sign(note);

        assertThrows(LifecycleException.class, () -> fx.measures.addTo(fx.client, note, fx.form));
    }

    /** Item answers as "item=score", to compare lists. */
    static final class MeasureResultsText {
        static String of(ItemAnswer answer) {
            return answer.getItemId() + "=" + answer.getScore();
        }
    }
}
