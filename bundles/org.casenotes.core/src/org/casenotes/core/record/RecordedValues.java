package org.casenotes.core.record;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.casenotes.core.forms.ValueScope;
import org.casenotes.model.form.ChoiceType;
import org.casenotes.model.form.ElementContainer;
import org.casenotes.model.form.query.FormDefinitions;
import org.casenotes.model.record.BooleanValue;
import org.casenotes.model.record.ChoiceValue;
import org.casenotes.model.record.DateValue;
import org.casenotes.model.record.GoalReferenceValue;
import org.casenotes.model.record.GroupValue;
import org.casenotes.model.record.Note;
import org.casenotes.model.record.TextValue;

/**
 * The values of a signed note read by field id, typed as the record needs them: a value of another type than
 * expected reads as absent, so an agency field that reuses a standard id with another type is ignored rather than
 * misread.
 */
final class RecordedValues {

    private RecordedValues() {
    }

    /** @return the trimmed text of a text field, if it has any */
    static Optional<String> text(ValueScope scope, String fieldId) {
        return scope.value(fieldId).filter(TextValue.class::isInstance).map(value -> ((TextValue) value).getText())
                .map(String::strip).filter(text -> !text.isEmpty());
    }

    static Optional<LocalDate> date(ValueScope scope, String fieldId) {
        return scope.value(fieldId).filter(DateValue.class::isInstance)
                .map(value -> ((DateValue) value).getValue());
    }

    static Optional<Boolean> yesNo(ValueScope scope, String fieldId) {
        return scope.value(fieldId).filter(BooleanValue.class::isInstance)
                .map(value -> ((BooleanValue) value).isValue());
    }

    /** @return the ids of the options chosen in a choice field, in the order stored */
    static List<String> chosen(ValueScope scope, String fieldId) {
        return scope.value(fieldId).filter(ChoiceValue.class::isInstance)
                .map(value -> List.copyOf(((ChoiceValue) value).getOptionIds())).orElse(List.of());
    }

    /** @return the ids of the goals or objectives a goal field refers to */
    static List<String> planElements(ValueScope scope, String fieldId) {
        return scope.value(fieldId).filter(GoalReferenceValue.class::isInstance)
                .map(value -> List.copyOf(((GoalReferenceValue) value).getPlanElementIds())).orElse(List.of());
    }

    /** @return the label the form gives an option of a choice field (the option id if the form does not know it) */
    static String optionLabel(ElementContainer form, String fieldId, String optionId) {
        return FormDefinitions.findField(form, fieldId).map(field -> field.getType())
                .filter(ChoiceType.class::isInstance).map(ChoiceType.class::cast)
                .flatMap(choice -> choice.getOptions().stream().filter(option -> optionId.equals(option.getId()))
                        .findFirst())
                .map(option -> option.getLabel() == null || option.getLabel().isBlank() ? optionId
                        : option.getLabel())
                .orElse(optionId);
    }

    /** @return the scope of each row of a repeatable group of the note, in order */
    static List<ValueScope> rows(Note note, String groupId) {
        ValueScope scope = ValueScope.of(note);
        return note.getGroups().stream().filter(group -> groupId.equals(group.getGroupId()))
                .map(GroupValue::getRows).flatMap(List::stream).map(scope::row).toList();
    }
}
