package org.casenotes.core.measures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.casenotes.model.record.MeasureResult;
import org.junit.jupiter.api.Test;

class MeasureEntryTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    private final MeasureFixture fx = new MeasureFixture();

    private Map<String, String> answers(int... scores) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (int i = 0; i < scores.length; i++) {
            answers.put("q" + (i + 1), MeasureFixture.SCALE[scores[i]]);
        }
        return answers;
    }

    @Test
    void answersEnteredOnTheirOwnGiveTotalBandAndCriticalItemsOfNoNote() {
        MeasureEntry entry = MeasureEntry.ofAnswers(fx.phq9, LocalDate.of(2026, 11, 30),
                answers(3, 3, 3, 2, 2, 2, 2, 2, 1));

        assertEquals(List.of(), entry.problems(fx.client, TODAY));
        MeasureResult result = entry.addTo(fx.client, TODAY, "m-1");

        assertEquals(List.of(result), fx.client.getMeasureResults());
        assertEquals(20, result.getTotal());
        assertEquals("Severe", result.getBand());
        assertEquals(List.of("q9"), result.getCriticalItemIds());
        assertEquals(9, result.getAnswers().size());
        assertNull(result.getNoteId());
        assertEquals(LocalDate.of(2026, 11, 30), result.getAdministeredOn());
    }

    @Test
    void aTotalAloneGivesItsBandAndNoAnswers() {
        MeasureResult result = MeasureEntry.ofTotal(fx.gad7, TODAY, 11).addTo(fx.client, TODAY, "m-2");

        assertEquals(11, result.getTotal());
        assertEquals("Moderate", result.getBand());
        assertTrue(result.getAnswers().isEmpty());
        assertTrue(result.getCriticalItemIds().isEmpty());
    }

    @Test
    void aTotalOutsideTheInstrumentsRangeIsRefused() {
        assertEquals(List.of("A GAD-7 total is between 0 and 21; 22 is not."),
                MeasureEntry.ofTotal(fx.gad7, TODAY, 22).problems(fx.client, TODAY));
        assertEquals(List.of("A GAD-7 total is between 0 and 21; -1 is not."),
                MeasureEntry.ofTotal(fx.gad7, TODAY, -1).problems(fx.client, TODAY));
    }

    @Test
    void aDayInTheFutureOrBeforeBirthOrMissingIsRefused() {
        assertEquals(List.of("The PHQ-9 cannot have been given after today (2026-12-01)."),
                MeasureEntry.ofTotal(fx.phq9, TODAY.plusDays(1), 5).problems(fx.client, TODAY));
        assertEquals(List.of("The PHQ-9 cannot have been given before the client was born (1990-04-02)."),
                MeasureEntry.ofTotal(fx.phq9, LocalDate.of(1989, 1, 1), 5).problems(fx.client, TODAY));
        assertEquals(List.of("Enter the day the PHQ-9 was given."),
                MeasureEntry.ofTotal(fx.phq9, null, 5).problems(fx.client, TODAY));
    }

    @Test
    void partialAnswersAreRefusedNamingTheItemsLeft() {
        MeasureEntry entry = MeasureEntry.ofAnswers(fx.phq9, TODAY, answers(1, 1, 1, 1, 1, 1, 1));

        assertEquals(List.of("Answer every item of the PHQ-9, or enter only its total; unanswered: q8, q9."),
                entry.problems(fx.client, TODAY));
        assertThrows(IllegalArgumentException.class, () -> entry.addTo(fx.client, TODAY, "m-3"));
        assertTrue(fx.client.getMeasureResults().isEmpty());
    }

    @Test
    void answersAndATotalTogetherOrNoInstrumentAreRefused() {
        assertEquals(List.of("Give either the answers or the total, not both: the answers make the total."),
                new MeasureEntry(fx.gad7, TODAY, answers(1, 1, 1, 1, 1, 1, 1), Optional.of(7))
                        .problems(fx.client, TODAY));
        assertEquals(List.of("Choose the instrument that was given."),
                MeasureEntry.ofTotal(null, TODAY, 3).problems(fx.client, TODAY));
        assertEquals(List.of("Answer every item of the GAD-7, or enter only its total."),
                MeasureEntry.ofAnswers(fx.gad7, TODAY, Map.of()).problems(fx.client, TODAY));
    }

    @Test
    void anAnswerNotOnTheScaleIsRefused() {
        Map<String, String> answers = answers(1, 1, 1, 1, 1, 1, 1);
        answers.put("q3", "always");
        assertEquals(List.of("'always' is not an answer on the GAD-7 scale (item q3)."),
                MeasureEntry.ofAnswers(fx.gad7, TODAY, answers).problems(fx.client, TODAY));
    }
}
