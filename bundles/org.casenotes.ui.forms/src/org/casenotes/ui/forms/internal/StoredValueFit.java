package org.casenotes.ui.forms.internal;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.casenotes.model.form.BooleanType;
import org.casenotes.model.form.ChoiceOption;
import org.casenotes.model.form.ChoiceType;
import org.casenotes.model.form.DateTimeType;
import org.casenotes.model.form.DateType;
import org.casenotes.model.form.DurationType;
import org.casenotes.model.form.Field;
import org.casenotes.model.form.FieldType;
import org.casenotes.model.form.GoalReferenceType;
import org.casenotes.model.form.NumberKind;
import org.casenotes.model.form.NumberType;
import org.casenotes.model.form.TextType;
import org.casenotes.model.form.TimeType;
import org.casenotes.model.record.BooleanValue;
import org.casenotes.model.record.ChoiceValue;
import org.casenotes.model.record.DateTimeValue;
import org.casenotes.model.record.DateValue;
import org.casenotes.model.record.DurationValue;
import org.casenotes.model.record.FieldValue;
import org.casenotes.model.record.GoalReferenceValue;
import org.casenotes.model.record.NumberValue;
import org.casenotes.model.record.TextValue;
import org.casenotes.model.record.TimeValue;

/**
 * Whether a value stored in a note still fits its field as the form defines it now: a value written before a
 * template change, or imported, may be of another type ("abc" in a number field) or name an option the template
 * dropped. Such a value is shown as it is stored, with an error, and kept until the clinician changes it. (The core's
 * value editor refuses such values when they are entered; this only reads.)
 */
final class StoredValueFit {

    private StoredValueFit() {
    }

    /** @return why {@code value} does not fit {@code field}, said to the clinician, or empty if it fits */
    static Optional<String> misfit(Field field, FieldValue value) {
        FieldType type = field.getType();
        Class<? extends FieldValue> expected = valueClassOf(type);
        if (expected != null && !expected.isInstance(value)) {
            return problem(value, "the field now takes " + describe(type));
        }
        if (value instanceof NumberValue number && type instanceof NumberType numberType) {
            if (number.getValue() == null) {
                return problem(value, "it holds no number");
            }
            if (numberType.getNumberKind() == NumberKind.INTEGER && number.getValue().stripTrailingZeros().scale() > 0) {
                return problem(value, "the field now takes a whole number");
            }
        }
        if (value instanceof ChoiceValue choice && type instanceof ChoiceType choiceType) {
            List<String> offered = choiceType.getOptions().stream().map(ChoiceOption::getId).toList();
            List<String> dropped = choice.getOptionIds().stream().filter(id -> !offered.contains(id)).toList();
            if (!dropped.isEmpty()) {
                return problem(value, "the form no longer offers " + String.join(", ", dropped));
            }
        }
        return Optional.empty();
    }

    /** @return the value as stored, in words */
    static String raw(FieldValue value) {
        return switch (value) {
            case TextValue text -> String.valueOf(text.getText());
            case NumberValue number -> number.getValue() == null ? "(no number)" : number.getValue().toPlainString();
            case BooleanValue yes -> yes.isValue() ? "yes" : "no";
            case DateValue date -> String.valueOf(date.getValue());
            case TimeValue time -> String.valueOf(time.getValue());
            case DateTimeValue dateTime -> String.valueOf(dateTime.getValue());
            case DurationValue duration -> duration.getMinutes() + " minutes";
            case ChoiceValue choice -> String.join(", ", choice.getOptionIds());
            case GoalReferenceValue goals -> String.join(", ", goals.getPlanElementIds());
            default -> value.eClass().getName();
        };
    }

    private static Optional<String> problem(FieldValue value, String why) {
        return Optional.of("Stored value \u201c" + raw(value) + "\u201d does not fit this field: " + why
                + ". It is kept until you change it.");
    }

    private static Class<? extends FieldValue> valueClassOf(FieldType type) {
        return switch (type) {
            case TextType t -> TextValue.class;
            case NumberType t -> NumberValue.class;
            case BooleanType t -> BooleanValue.class;
            case DateType t -> DateValue.class;
            case TimeType t -> TimeValue.class;
            case DateTimeType t -> DateTimeValue.class;
            case DurationType t -> DurationValue.class;
            case ChoiceType t -> ChoiceValue.class;
            case GoalReferenceType t -> GoalReferenceValue.class;
            default -> null; // a field type added by a plugin: its renderer knows its values
        };
    }

    private static String describe(FieldType type) {
        return switch (type) {
            case NumberType t -> t.getNumberKind() == NumberKind.INTEGER ? "a whole number" : "a number";
            case BooleanType t -> "yes or no";
            case DateType t -> "a date";
            case TimeType t -> "a time";
            case DateTimeType t -> "a date and time";
            case DurationType t -> "minutes";
            case ChoiceType t -> t.getOptions().stream().map(o -> o.getLabel() == null ? o.getId() : o.getLabel())
                    .collect(Collectors.joining(", ", "one of ", ""));
            case GoalReferenceType t -> "goals of the treatment plan";
            default -> "text";
        };
    }
}
