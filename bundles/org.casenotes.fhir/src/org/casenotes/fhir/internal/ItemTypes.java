package org.casenotes.fhir.internal;

import org.casenotes.model.form.BandLookup;
import org.casenotes.model.form.BooleanType;
import org.casenotes.model.form.CalculatedValue;
import org.casenotes.model.form.Calculation;
import org.casenotes.model.form.ChoiceType;
import org.casenotes.model.form.CptSuggestion;
import org.casenotes.model.form.DateTimeType;
import org.casenotes.model.form.DateType;
import org.casenotes.model.form.DurationMinutes;
import org.casenotes.model.form.DurationType;
import org.casenotes.model.form.ElementValue;
import org.casenotes.model.form.Expression;
import org.casenotes.model.form.Field;
import org.casenotes.model.form.FieldType;
import org.casenotes.model.form.GoalReferenceType;
import org.casenotes.model.form.LongTextType;
import org.casenotes.model.form.NumberKind;
import org.casenotes.model.form.NumberLiteral;
import org.casenotes.model.form.NumberType;
import org.casenotes.model.form.ShortTextType;
import org.casenotes.model.form.Sum;
import org.casenotes.model.form.TimeType;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemType;

/** The Questionnaire item type of a field's type or of a calculated value. */
final class ItemTypes {

    private ItemTypes() {
    }

    static QuestionnaireItemType of(FieldType type) {
        return switch (type) {
            case ShortTextType text -> QuestionnaireItemType.STRING;
            case LongTextType text -> QuestionnaireItemType.TEXT;
            case NumberType number -> number.getNumberKind() == NumberKind.DECIMAL ? QuestionnaireItemType.DECIMAL
                    : QuestionnaireItemType.INTEGER;
            case BooleanType yes -> QuestionnaireItemType.BOOLEAN;
            case DateType date -> QuestionnaireItemType.DATE;
            case TimeType time -> QuestionnaireItemType.TIME;
            case DateTimeType dateTime -> QuestionnaireItemType.DATETIME;
            case DurationType duration -> QuestionnaireItemType.INTEGER;
            case ChoiceType choice -> QuestionnaireItemType.CHOICE;
            case GoalReferenceType goals -> QuestionnaireItemType.REFERENCE;
            default -> throw new IllegalArgumentException("no Questionnaire item type for " + type.eClass().getName());
        };
    }

    static QuestionnaireItemType of(CalculatedValue value) {
        return of(value.getCalculation());
    }

    static QuestionnaireItemType of(Calculation calculation) {
        return switch (calculation) {
            case Sum sum -> sum.getTerms().stream().allMatch(ItemTypes::isWhole) ? QuestionnaireItemType.INTEGER
                    : QuestionnaireItemType.DECIMAL;
            case DurationMinutes minutes -> QuestionnaireItemType.INTEGER;
            case BandLookup band -> QuestionnaireItemType.STRING;
            case CptSuggestion cpt -> QuestionnaireItemType.STRING;
            default -> QuestionnaireItemType.STRING;
        };
    }

    /** Whether a term of a sum always has a whole value (scores, integers, minutes). */
    private static boolean isWhole(Expression term) {
        return switch (term) {
            case NumberLiteral literal -> literal.getValue().stripTrailingZeros().scale() <= 0;
            case ElementValue value when value.getElement() instanceof Field field ->
                field.getType() instanceof ChoiceType || field.getType() instanceof DurationType
                        || (field.getType() instanceof NumberType number && number.getNumberKind() != NumberKind.DECIMAL);
            case ElementValue value when value.getElement() instanceof CalculatedValue calculated ->
                of(calculated) == QuestionnaireItemType.INTEGER;
            case Calculation calculation -> of(calculation) == QuestionnaireItemType.INTEGER;
            default -> true; // instrument item scores and totals
        };
    }
}
