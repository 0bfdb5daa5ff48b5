package org.casenotes.demo;

import java.util.Random;

import org.casenotes.model.record.ItemAnswer;
import org.casenotes.model.record.MeasureResult;
import org.casenotes.model.record.RecordFactory;

/**
 * A standardized measure given over a course of treatment: totals move from the first to the last value with a
 * little seeded noise, so a series shows a trend (improving, plateau or worsening) the way real scores do.
 */
final class MeasureSeries {

    /** PHQ-9, as the standard library names it. */
    static final String PHQ9 = "std.instruments.PHQ9";
    /** GAD-7, as the standard library names it. */
    static final String GAD7 = "std.instruments.GAD7";

    private static final int[] PHQ9_BANDS = {4, 9, 14, 19, 27};
    private static final String[] PHQ9_LABELS = {"Minimal or none", "Mild", "Moderate", "Moderately severe",
        "Severe"};
    private static final int[] GAD7_BANDS = {4, 9, 14, 21};
    private static final String[] GAD7_LABELS = {"Minimal", "Mild", "Moderate", "Severe"};

    private final String instrumentId;
    private final int first;
    private final int last;
    private final int items;
    private final int max;

    MeasureSeries(String instrumentId, int[] firstAndLast) {
        this.instrumentId = instrumentId;
        this.first = firstAndLast[0];
        this.last = firstAndLast[1];
        this.items = PHQ9.equals(instrumentId) ? 9 : 7;
        this.max = items * 3;
    }

    String instrumentId() {
        return instrumentId;
    }

    /** @return the total at a point of treatment, 0 (first session) to 1 (last), without noise */
    int expected(double fraction) {
        return (int) Math.round(first + (last - first) * fraction);
    }

    /** @return the total given at a point of treatment; the first and last administrations hit their targets */
    int total(double fraction, Random random) {
        int noise = fraction <= 0 || fraction >= 1 ? 0 : random.nextInt(3) - 1;
        return Math.max(0, Math.min(max, expected(fraction) + noise));
    }

    /** @return the baseline total */
    int first() {
        return first;
    }

    /**
     * @param total             the total score
     * @param selfHarmItemScore the PHQ-9 item 9 score (ignored for GAD-7)
     * @return a result whose item answers add up to {@code total}
     */
    MeasureResult result(String id, java.time.LocalDate day, String noteId, int total, int selfHarmItemScore) {
        MeasureResult result = RecordFactory.eINSTANCE.createMeasureResult();
        result.setId(id);
        result.setInstrumentId(instrumentId);
        result.setAdministeredOn(day);
        result.setNoteId(noteId);
        int[] scores = new int[items];
        int remaining = total;
        if (PHQ9.equals(instrumentId)) {
            scores[8] = Math.min(selfHarmItemScore, remaining);
            remaining -= scores[8];
        }
        int spread = PHQ9.equals(instrumentId) ? 8 : items;
        for (int round = 0; remaining > 0 && round < 3; round++) {
            for (int item = 0; item < spread && remaining > 0; item++) {
                scores[item]++;
                remaining--;
            }
        }
        for (int item = 0; item < items; item++) {
            ItemAnswer answer = RecordFactory.eINSTANCE.createItemAnswer();
            answer.setItemId("q" + (item + 1));
            answer.setScore(scores[item]);
            result.getAnswers().add(answer);
        }
        if (PHQ9.equals(instrumentId) && scores[8] > 0) {
            result.getCriticalItemIds().add("q9");
        }
        result.setTotal(total - remaining);
        result.setBand(band(instrumentId, total - remaining));
        return result;
    }

    /** @return the severity band label of a total, as the standard instruments define the bands */
    static String band(String instrumentId, int total) {
        int[] limits = PHQ9.equals(instrumentId) ? PHQ9_BANDS : GAD7_BANDS;
        String[] labels = PHQ9.equals(instrumentId) ? PHQ9_LABELS : GAD7_LABELS;
        for (int i = 0; i < limits.length; i++) {
            if (total <= limits[i]) {
                return labels[i];
            }
        }
        return labels[labels.length - 1];
    }
}
