package org.casenotes.template.agency;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.casenotes.model.form.BooleanType;
import org.casenotes.model.form.ChoiceType;
import org.casenotes.model.form.DateTimeType;
import org.casenotes.model.form.DateType;
import org.casenotes.model.form.DurationType;
import org.casenotes.model.form.FieldType;
import org.casenotes.model.form.GoalReferenceType;
import org.casenotes.model.form.LongTextType;
import org.casenotes.model.form.NumberKind;
import org.casenotes.model.form.NumberType;
import org.casenotes.model.form.PlanElementKind;
import org.casenotes.model.form.ShortTextType;
import org.casenotes.model.form.TextType;
import org.casenotes.model.form.TimeType;

/** A field's type and constraints in the template language's words, for comparing versions. */
final class FieldTypeText {

    private FieldTypeText() {
    }

    static String type(FieldType type) {
        return switch (type) {
        case null -> "";
        case LongTextType text -> "longtext";
        case ShortTextType text -> "text";
        case NumberType number -> (number.getNumberKind() == NumberKind.DECIMAL ? "decimal" : "integer")
                + (number.getUnit() == null ? "" : " unit \"" + number.getUnit() + "\"")
                + (number.getMin() == null && number.getMax() == null ? ""
                        : " range " + plain(number.getMin()) + ".." + plain(number.getMax()));
        case BooleanType bool -> "boolean";
        case DateType date -> "date";
        case TimeType time -> "time";
        case DateTimeType dateTime -> "datetime";
        case DurationType duration -> "duration";
        case ChoiceType choice -> (choice.isMultiple() ? "multiple choice" : "choice")
                + (choice.getOptionSetId() == null ? "" : " from " + choice.getOptionSetId());
        case GoalReferenceType goal -> goal.getTarget() == PlanElementKind.OBJECTIVE ? "objective" : "goal";
        default -> type.eClass().getName();
        };
    }

    static String constraints(FieldType type) {
        if (!(type instanceof TextType text)) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        add(parts, "min", text.getMinWords(), "words");
        add(parts, "max", text.getMaxWords(), "words");
        add(parts, "min", text.getMinChars(), "characters");
        add(parts, "max", text.getMaxChars(), "characters");
        if (text.getPattern() != null) {
            parts.add("pattern \"" + text.getPattern() + "\" message \"" + text.getPatternMessage() + "\"");
        }
        return String.join(" ", parts);
    }

    private static void add(List<String> parts, String bound, Integer count, String unit) {
        if (count != null) {
            parts.add(bound + " " + count + " " + unit);
        }
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }
}
