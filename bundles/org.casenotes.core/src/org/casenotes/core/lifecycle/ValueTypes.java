package org.casenotes.core.lifecycle;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.casenotes.model.form.BooleanType;
import org.casenotes.model.form.ChoiceOption;
import org.casenotes.model.form.ChoiceType;
import org.casenotes.model.form.DateTimeType;
import org.casenotes.model.form.DateType;
import org.casenotes.model.form.DurationType;
import org.casenotes.model.form.Field;
import org.casenotes.model.form.FieldType;
import org.casenotes.model.form.GoalReferenceType;
import org.casenotes.model.form.LongTextType;
import org.casenotes.model.form.NumberKind;
import org.casenotes.model.form.NumberType;
import org.casenotes.model.form.ShortTextType;
import org.casenotes.model.form.TimeType;
import org.casenotes.model.record.ChoiceValue;
import org.casenotes.model.record.DurationValue;
import org.casenotes.model.record.FieldValue;
import org.casenotes.model.record.GoalReferenceValue;
import org.casenotes.model.record.NumberValue;
import org.casenotes.model.record.RecordPackage;
import org.eclipse.emf.ecore.EClass;

/**
 * Which record value class holds the value of each form field type, and whether a given value fits its field.
 * Only the shape of the value is checked here (type, integer-ness, offered option ids, how many choices);
 * completeness, lengths and ranges are rules the rule engine reports, because a draft may be unfinished.
 */
final class ValueTypes {

    private ValueTypes() {
    }

    /** @return the {@code org.casenotes.model.record} class that holds values of fields of this type */
    static EClass valueClassFor(FieldType type) {
        return switch (type) {
            case ShortTextType t -> RecordPackage.Literals.TEXT_VALUE;
            case LongTextType t -> RecordPackage.Literals.TEXT_VALUE;
            case NumberType t -> RecordPackage.Literals.NUMBER_VALUE;
            case BooleanType t -> RecordPackage.Literals.BOOLEAN_VALUE;
            case DateType t -> RecordPackage.Literals.DATE_VALUE;
            case TimeType t -> RecordPackage.Literals.TIME_VALUE;
            case DateTimeType t -> RecordPackage.Literals.DATE_TIME_VALUE;
            case DurationType t -> RecordPackage.Literals.DURATION_VALUE;
            case ChoiceType t -> RecordPackage.Literals.CHOICE_VALUE;
            case GoalReferenceType t -> RecordPackage.Literals.GOAL_REFERENCE_VALUE;
            default -> throw new IllegalArgumentException("Unknown field type " + type.eClass().getName());
        };
    }

    /** @return whether values of this type belong to one session and so are never carried forward */
    static boolean isSessionSpecific(FieldType type) {
        return type instanceof DateType || type instanceof TimeType || type instanceof DateTimeType
                || type instanceof DurationType;
    }

    /** @return a short description of the type for messages, e.g. "a single choice" */
    static String describe(FieldType type) {
        return switch (type) {
            case ShortTextType t -> "short text";
            case LongTextType t -> "long text";
            case NumberType t -> t.getNumberKind() == NumberKind.INTEGER ? "a whole number" : "a number";
            case BooleanType t -> "yes/no";
            case DateType t -> "a date";
            case TimeType t -> "a time";
            case DateTimeType t -> "a date and time";
            case DurationType t -> "a duration in minutes";
            case ChoiceType t -> t.isMultiple() ? "a multiple choice" : "a single choice";
            case GoalReferenceType t -> t.isMultiple() ? "a list of treatment-plan references"
                    : "one treatment-plan reference";
            default -> type.eClass().getName();
        };
    }

    /** @return why {@code value} does not fit {@code field}, or empty if it fits */
    static Optional<String> misfit(Field field, FieldValue value) {
        FieldType type = field.getType();
        String name = "Field '" + field.getId() + "'";
        if (value.eClass() != valueClassFor(type)) {
            return Optional.of(name + " holds " + describe(type) + ", not a " + value.eClass().getName() + ".");
        }
        return switch (value) {
            case NumberValue number -> misfitNumber(name, (NumberType) type, number.getValue());
            case DurationValue duration -> duration.getMinutes() < 0
                    ? Optional.of(name + " cannot hold a negative duration (" + duration.getMinutes() + " minutes).")
                    : Optional.empty();
            case ChoiceValue choice -> misfitChoice(name, (ChoiceType) type, choice.getOptionIds());
            case GoalReferenceValue goals -> misfitCount(name, ((GoalReferenceType) type).isMultiple(),
                    goals.getPlanElementIds());
            default -> Optional.empty();
        };
    }

    private static Optional<String> misfitNumber(String name, NumberType type, BigDecimal number) {
        if (number == null) {
            return Optional.of(name + " needs a number; use clear() to remove the value.");
        }
        if (type.getNumberKind() == NumberKind.INTEGER && number.stripTrailingZeros().scale() > 0) {
            return Optional.of(name + " holds a whole number, not " + number.toPlainString() + ".");
        }
        return Optional.empty();
    }

    private static Optional<String> misfitChoice(String name, ChoiceType type, List<String> chosen) {
        Optional<String> count = misfitCount(name, type.isMultiple(), chosen);
        if (count.isPresent()) {
            return count;
        }
        Set<String> offered = new HashSet<>();
        for (ChoiceOption option : type.getOptions()) {
            offered.add(option.getId());
        }
        for (String id : chosen) {
            if (!offered.contains(id)) {
                return Optional.of(name + " has no option '" + id + "'; it offers " + offered.stream().sorted().toList()
                        + ".");
            }
        }
        return Optional.empty();
    }

    private static Optional<String> misfitCount(String name, boolean multiple, List<String> ids) {
        if (ids.isEmpty()) {
            return Optional.of(name + " needs at least one choice; use clear() to remove the value.");
        }
        if (!multiple && ids.size() > 1) {
            return Optional.of(name + " takes one choice, not " + ids.size() + ".");
        }
        return Optional.empty();
    }
}
