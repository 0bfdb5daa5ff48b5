package org.casenotes.demo;

import java.util.List;

import org.casenotes.core.forms.InstrumentAnswers;
import org.casenotes.model.form.ChoiceOption;
import org.casenotes.model.form.FormDefinition;
import org.casenotes.model.form.InstrumentBlock;
import org.casenotes.model.form.InstrumentItem;
import org.casenotes.model.form.query.FormDefinitions;
import org.casenotes.model.record.ItemAnswer;
import org.casenotes.model.record.MeasureResult;
import org.casenotes.model.record.Note;

/**
 * Puts the item answers of the measures given in a session into the note's instrument blocks (through
 * {@link InstrumentAnswers}), so a note that reports a PHQ-9 or GAD-7 carries every answer its total adds up from,
 * as a clinician filling in the form would leave it.
 */
final class MeasureAnswers {

    private MeasureAnswers() {
    }

    /**
     * @param note    the draft note
     * @param form    its form, with one instrument block per instrument given
     * @param results the measures given in the session
     * @throws IllegalStateException if the form has no block for an instrument, or its scale no option for a score
     */
    static void record(Note note, FormDefinition form, List<MeasureResult> results) {
        for (MeasureResult result : results) {
            InstrumentBlock block = block(form, result.getInstrumentId());
            InstrumentAnswers answers = new InstrumentAnswers(note, block);
            for (ItemAnswer answer : result.getAnswers()) {
                answers.setAnswer(item(block, answer.getItemId()), optionScoring(block, answer.getScore()));
            }
        }
    }

    private static InstrumentBlock block(FormDefinition form, String instrumentId) {
        return FormDefinitions.allElements(form).stream().filter(InstrumentBlock.class::isInstance)
                .map(InstrumentBlock.class::cast).filter(block -> instrumentId.equals(block.getInstrument().getId()))
                .findFirst().orElseThrow(() -> new IllegalStateException(
                        "Form " + form.getId() + " has no block for " + instrumentId));
    }

    private static InstrumentItem item(InstrumentBlock block, String itemId) {
        return block.getInstrument().getItems().stream().filter(item -> itemId.equals(item.getId())).findFirst()
                .orElseThrow(() -> new IllegalStateException(block.getInstrument().getId() + " has no item " + itemId));
    }

    private static String optionScoring(InstrumentBlock block, int score) {
        return block.getInstrument().getScale().stream()
                .filter(option -> option.getScore() != null && option.getScore() == score).map(ChoiceOption::getId)
                .findFirst().orElseThrow(() -> new IllegalStateException(
                        block.getInstrument().getId() + " has no answer scoring " + score));
    }
}
