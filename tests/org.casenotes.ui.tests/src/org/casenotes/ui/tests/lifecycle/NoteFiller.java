package org.casenotes.ui.tests.lifecycle;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.casenotes.core.forms.Completeness;
import org.casenotes.core.forms.InstrumentAnswers;
import org.casenotes.core.forms.MissingValue;
import org.casenotes.core.forms.ValueScope;
import org.casenotes.core.lifecycle.NoteLifecycle;
import org.casenotes.core.lifecycle.ValueEditor;
import org.casenotes.model.form.BooleanType;
import org.casenotes.model.form.ChoiceType;
import org.casenotes.model.form.DateTimeType;
import org.casenotes.model.form.DateType;
import org.casenotes.model.form.DurationType;
import org.casenotes.model.form.Field;
import org.casenotes.model.form.FieldType;
import org.casenotes.model.form.FormDefinition;
import org.casenotes.model.form.FormElement;
import org.casenotes.model.form.GoalReferenceType;
import org.casenotes.model.form.InstrumentBlock;
import org.casenotes.model.form.NumberType;
import org.casenotes.model.form.PlanElementKind;
import org.casenotes.model.form.RepeatableGroup;
import org.casenotes.model.form.TextType;
import org.casenotes.model.form.TimeType;
import org.casenotes.model.form.query.FormDefinitions;
import org.casenotes.model.record.Note;

/**
 * Fills what a note's form still requires, the way a clinician would answer each missing value: plain, neutral
 * sentences for text, the first option of a choice, a 50-minute session (times 10:00, 10:50, ...), "not at all" on a
 * questionnaire. Repeats while answers make more values required (a setback asks for its reason). Values it cannot
 * give are returned.
 */
final class NoteFiller {

    private static final Pattern ROW_PATH = Pattern.compile("([^.\\[]+)\\[(\\d+)]\\.(.+)");
    private static final String SENTENCE = "Client described a calmer week at work and practised the breathing "
            + "exercise each morning before leaving home.";

    private final List<String> goalIds;
    private final List<String> objectiveIds;
    private int timesGiven;

    /** @param goalIds and objectiveIds the client's plan, for goal reference fields */
    NoteFiller(List<String> goalIds, List<String> objectiveIds) {
        this.goalIds = goalIds;
        this.objectiveIds = objectiveIds;
    }

    /** @return the values that could not be filled, with why */
    List<String> fill(NoteLifecycle lifecycle, Note note, FormDefinition form) {
        List<String> unfilled = new ArrayList<>();
        for (int round = 0; round < 5; round++) {
            List<MissingValue> missing = Completeness.missing(form, ValueScope.of(note));
            if (missing.isEmpty()) {
                return unfilled;
            }
            unfilled.clear();
            ValueEditor values = lifecycle.edit(note, form);
            for (MissingValue value : missing) {
                try {
                    answer(values, note, form, value.path());
                } catch (RuntimeException e) {
                    unfilled.add(value.path() + ": " + e.getMessage());
                }
            }
        }
        return unfilled;
    }

    private void answer(ValueEditor values, Note note, FormDefinition form, String path) {
        Matcher row = ROW_PATH.matcher(path);
        if (row.matches()) {
            answer(values.row(row.group(1), Integer.parseInt(row.group(2))), note, form, row.group(3));
            return;
        }
        Optional<FormElement> element = FormDefinitions.findElement(form, path);
        if (element.isPresent() && element.get() instanceof RepeatableGroup) {
            values.addRow(path);
            return;
        }
        if (element.isPresent() && element.get() instanceof InstrumentBlock block) {
            InstrumentAnswers answers = new InstrumentAnswers(note, block);
            String notAtAll = block.getInstrument().getScale().get(0).getId();
            block.getInstrument().getItems().forEach(item -> answers.setAnswer(item, notAtAll));
            return;
        }
        Field field = element.filter(Field.class::isInstance).map(Field.class::cast)
                .orElseGet(() -> FormDefinitions.allFields(form).stream().filter(f -> f.getId().equals(path))
                        .findFirst().orElseThrow(() -> new IllegalArgumentException("no field " + path)));
        FieldType type = field.getType();
        switch (type) {
            case TextType text -> values.setText(path, SENTENCE);
            case ChoiceType choice -> values.choose(path, choice.getOptions().get(0).getId());
            case NumberType number -> values.setNumber(path, number.getMin() == null ? BigDecimal.ONE : number.getMin());
            case BooleanType yes -> values.setBoolean(path, true);
            case DurationType minutes -> values.setDuration(path, 50);
            case DateType date -> values.setDate(path, LocalDate.now());
            case TimeType time -> values.setTime(path, LocalTime.of(10, 0).plusMinutes(50L * timesGiven++));
            case DateTimeType dateTime -> values.setDateTime(path, LocalDateTime.now().withNano(0));
            case GoalReferenceType goal -> values.referTo(path,
                    (goal.getTarget() == PlanElementKind.GOAL ? goalIds : objectiveIds).get(0));
            default -> throw new IllegalArgumentException("no answer for a " + type.eClass().getName());
        }
    }
}
