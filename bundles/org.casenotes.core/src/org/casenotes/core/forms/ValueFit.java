package org.casenotes.core.forms;

import java.math.BigDecimal;
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
 * Whether a record value fits its field as the form defines it. Only the shape of the value is checked: the kind of
 * value (a number for a number field), a whole number where the form wants one, a duration that is not negative,
 * choices the form offers and how many of them. Completeness, lengths and ranges are rules the rule engine reports,
 * because a draft may be unfinished.
 * <p>
 * The value editor refuses a value that does not fit when it is entered; the note form shows a stored value that no
 * longer fits (written before a template change, or imported) with the reason from here, and keeps it until the
 * clinician changes it. Values of a field type the core does not know (one added by a plugin) are not judged here.
 */
public final class ValueFit {

    private ValueFit() {
    }

    /**
     * @return why {@code value} does not fit {@code field}, as a clause a clinician can read after a colon (e.g.
     *         "the field takes a whole number", "the form does not offer worse"), or empty if it fits
     */
    public static Optional<String> misfit(Field field, FieldValue value) {
        FieldType type = field.getType();
        Class<? extends FieldValue> expected = valueClassOf(type);
        if (expected == null) {
            return Optional.empty();
        }
        if (!expected.isInstance(value)) {
            return Optional.of("the field takes " + describe(type));
        }
        return switch (value) {
            case NumberValue number -> misfitNumber((NumberType) type, number.getValue());
            case DurationValue duration -> duration.getMinutes() < 0
                    ? Optional.of("a duration cannot be negative")
                    : Optional.empty();
            case ChoiceValue choice -> misfitChoice((ChoiceType) type, choice.getOptionIds());
            case GoalReferenceValue goals -> misfitCount(((GoalReferenceType) type).isMultiple(),
                    goals.getPlanElementIds(), "goal");
            default -> Optional.empty();
        };
    }

    /** @return the value as it is stored, in words (e.g. "abc", "2.5", "yes", "45 minutes", "improved, worse") */
    public static String inWords(FieldValue value) {
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

    private static Optional<String> misfitNumber(NumberType type, BigDecimal number) {
        if (number == null) {
            return Optional.of("it holds no number");
        }
        if (type.getNumberKind() == NumberKind.INTEGER && number.stripTrailingZeros().scale() > 0) {
            return Optional.of("the field takes a whole number");
        }
        return Optional.empty();
    }

    private static Optional<String> misfitChoice(ChoiceType type, List<String> chosen) {
        Optional<String> count = misfitCount(type.isMultiple(), chosen, "choice");
        if (count.isPresent()) {
            return count;
        }
        List<String> offered = type.getOptions().stream().map(ChoiceOption::getId).toList();
        List<String> unknown = chosen.stream().filter(id -> !offered.contains(id)).toList();
        return unknown.isEmpty() ? Optional.empty()
                : Optional.of("the form does not offer " + String.join(", ", unknown));
    }

    private static Optional<String> misfitCount(boolean multiple, List<String> ids, String noun) {
        if (ids.isEmpty()) {
            return Optional.of("it holds no " + noun);
        }
        if (!multiple && ids.size() > 1) {
            return Optional.of("the field takes one " + noun + ", not " + ids.size());
        }
        return Optional.empty();
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
            default -> null;
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
                    .collect(Collectors.joining(", ", t.isMultiple() ? "any of " : "one of ", ""));
            case GoalReferenceType t -> t.isMultiple() ? "goals of the treatment plan" : "one goal of the treatment plan";
            default -> "text";
        };
    }
}
