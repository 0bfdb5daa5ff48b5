package org.casenotes.core.forms;

import java.math.BigDecimal;
import java.util.Optional;

import org.casenotes.core.lifecycle.NoteLockedException;
import org.casenotes.model.form.ChoiceOption;
import org.casenotes.model.form.InstrumentBlock;
import org.casenotes.model.form.InstrumentItem;
import org.casenotes.model.record.ChoiceValue;
import org.casenotes.model.record.GroupRow;
import org.casenotes.model.record.GroupValue;
import org.casenotes.model.record.Note;
import org.casenotes.model.record.NoteStatus;
import org.casenotes.model.record.RecordFactory;
import org.casenotes.model.record.ValueProvenance;

/**
 * Reads and writes the answers to an instrument embedded in a note. The record model has no dedicated class for
 * them, so they are kept as a {@link GroupValue} whose group id is the block id, with a single row that holds one
 * {@link ChoiceValue} per answered item (field id = item id, the chosen scale option id). Carry-forward skips them,
 * because no repeatable group has the block's id, which is right: a measure belongs to one session.
 */
public final class InstrumentAnswers {

    private final Note note;
    private final InstrumentBlock block;

    /** @param note the note holding the answers; @param block the embedded instrument */
    public InstrumentAnswers(Note note, InstrumentBlock block) {
        this.note = note;
        this.block = block;
    }

    /** @return the id of the scale option answered for {@code item}, if any */
    public Optional<String> answer(InstrumentItem item) {
        return row().flatMap(row -> row.getValues().stream().filter(v -> item.getId().equals(v.getFieldId()))
                .findFirst()).filter(ChoiceValue.class::isInstance).map(ChoiceValue.class::cast)
                .flatMap(choice -> choice.getOptionIds().stream().findFirst());
    }

    /** @return the score of the answer to {@code item}, if answered with a scored option */
    public Optional<BigDecimal> score(InstrumentItem item) {
        return answer(item).flatMap(this::option).map(ChoiceOption::getScore).map(BigDecimal::valueOf);
    }

    /** @return the sum of the answered items' scores, or empty if no item is answered */
    public Optional<BigDecimal> total() {
        BigDecimal total = null;
        for (InstrumentItem item : block.getInstrument().getItems()) {
            Optional<BigDecimal> score = score(item);
            if (score.isPresent()) {
                total = total == null ? score.get() : total.add(score.get());
            }
        }
        return Optional.ofNullable(total);
    }

    /** @return whether every item has an answer */
    public boolean complete() {
        return block.getInstrument().getItems().stream().allMatch(item -> answer(item).isPresent());
    }

    /**
     * Records the answer to {@code item}; {@code optionId} {@code null} removes it.
     *
     * @throws NoteLockedException      unless the note is a draft or returned for revision
     * @throws IllegalArgumentException if the scale has no such option
     */
    public void setAnswer(InstrumentItem item, String optionId) {
        if (note.getStatus() != NoteStatus.DRAFT && note.getStatus() != NoteStatus.RETURNED) {
            throw new NoteLockedException("Note " + note.getId() + " is " + note.getStatus() + "; it cannot be edited.");
        }
        if (optionId != null && option(optionId).isEmpty()) {
            throw new IllegalArgumentException("The scale of " + block.getInstrument().getId() + " has no option '"
                    + optionId + "'.");
        }
        GroupRow row = row().orElse(null);
        if (row != null) {
            row.getValues().removeIf(value -> item.getId().equals(value.getFieldId()));
        }
        if (optionId == null) {
            return;
        }
        if (row == null) {
            GroupValue answers = RecordFactory.eINSTANCE.createGroupValue();
            answers.setGroupId(block.getId());
            row = RecordFactory.eINSTANCE.createGroupRow();
            answers.getRows().add(row);
            note.getGroups().add(answers);
        }
        ChoiceValue value = RecordFactory.eINSTANCE.createChoiceValue();
        value.setFieldId(item.getId());
        value.setProvenance(ValueProvenance.ENTERED);
        value.getOptionIds().add(optionId);
        row.getValues().add(value);
    }

    private Optional<GroupRow> row() {
        return note.getGroups().stream().filter(group -> block.getId().equals(group.getGroupId())).findFirst()
                .flatMap(group -> group.getRows().stream().findFirst());
    }

    private Optional<ChoiceOption> option(String optionId) {
        return block.getInstrument().getScale().stream().filter(option -> optionId.equals(option.getId())).findFirst();
    }
}
