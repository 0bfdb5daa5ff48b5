package org.casenotes.core.measures;

import java.time.LocalDate;
import java.util.Map;

import org.casenotes.model.form.Instrument;
import org.casenotes.model.record.ItemAnswer;
import org.casenotes.model.record.MeasureResult;
import org.casenotes.model.record.RecordFactory;

/** Builds {@link MeasureResult}s of the record model from an instrument's scores. */
final class MeasureResults {

    private MeasureResults() {
    }

    /**
     * @param scores the item scores given, by item id (written in the instrument's item order)
     * @param score  their score
     */
    static MeasureResult create(String id, Instrument instrument, LocalDate day, String noteId,
            Map<String, Integer> scores, InstrumentScore score) {
        MeasureResult result = RecordFactory.eINSTANCE.createMeasureResult();
        result.setId(id);
        result.setInstrumentId(instrument.getId());
        result.setAdministeredOn(day);
        result.setNoteId(noteId);
        instrument.getItems().forEach(item -> {
            Integer value = scores.get(item.getId());
            if (value != null) {
                ItemAnswer answer = RecordFactory.eINSTANCE.createItemAnswer();
                answer.setItemId(item.getId());
                answer.setScore(value);
                result.getAnswers().add(answer);
            }
        });
        result.setTotal(score.total().orElse(null));
        result.setBand(score.band().orElse(null));
        result.getCriticalItemIds().addAll(score.criticalItems());
        return result;
    }
}
