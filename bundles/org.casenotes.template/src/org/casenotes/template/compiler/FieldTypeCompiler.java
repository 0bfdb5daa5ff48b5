package org.casenotes.template.compiler;

import java.util.List;

import org.casenotes.model.form.ChoiceOption;
import org.casenotes.model.form.FieldType;
import org.casenotes.model.form.FormFactory;
import org.casenotes.model.form.NumberKind;
import org.casenotes.model.form.PlanElementKind;
import org.casenotes.template.ast.Bound;
import org.casenotes.template.ast.ChoiceType;
import org.casenotes.template.ast.FieldFacet;
import org.casenotes.template.ast.GoalType;
import org.casenotes.template.ast.LengthLimit;
import org.casenotes.template.ast.LengthUnit;
import org.casenotes.template.ast.NumberType;
import org.casenotes.template.ast.Option;
import org.casenotes.template.ast.Pattern;
import org.casenotes.template.ast.TemporalType;
import org.casenotes.template.ast.TextType;
import org.casenotes.template.structure.ExpressionTypes;
import org.eclipse.xtext.naming.IQualifiedNameProvider;

/** Compiles field types, with the length and pattern constraints that the form model keeps on text types. */
final class FieldTypeCompiler {

    private static final FormFactory FORM = FormFactory.eINSTANCE;

    private final IQualifiedNameProvider names;

    FieldTypeCompiler(IQualifiedNameProvider names) {
        this.names = names;
    }

    FieldType compile(org.casenotes.template.ast.FieldType type, List<FieldFacet> facets) {
        if (type instanceof TextType text) {
            return text(text, facets);
        }
        if (type instanceof NumberType number) {
            org.casenotes.model.form.NumberType result = FORM.createNumberType();
            result.setNumberKind(number.isDecimal() ? NumberKind.DECIMAL : NumberKind.INTEGER);
            result.setUnit(number.getUnit());
            if (number.getRange() != null) {
                result.setMin(number.getRange().getMin());
                result.setMax(number.getRange().getMax());
            }
            return result;
        }
        if (type instanceof TemporalType temporal) {
            return switch (temporal.getKind()) {
            case BOOLEAN -> FORM.createBooleanType();
            case DATE -> FORM.createDateType();
            case TIME -> FORM.createTimeType();
            case DATETIME -> FORM.createDateTimeType();
            case DURATION -> FORM.createDurationType();
            };
        }
        if (type instanceof ChoiceType choice) {
            org.casenotes.model.form.ChoiceType result = FORM.createChoiceType();
            result.setMultiple(choice.isMultiple());
            if (choice.getOptionSet() != null) {
                result.setOptionSetId(names.getFullyQualifiedName(choice.getOptionSet()).toString());
            }
            for (Option option : ExpressionTypes.optionsOf(choice)) {
                result.getOptions().add(option(option));
            }
            return result;
        }
        if (type instanceof GoalType goal) {
            org.casenotes.model.form.GoalReferenceType result = FORM.createGoalReferenceType();
            result.setTarget(goal.isObjective() ? PlanElementKind.OBJECTIVE : PlanElementKind.GOAL);
            return result;
        }
        throw new IllegalStateException("Unknown field type " + type);
    }

    static ChoiceOption option(Option option) {
        ChoiceOption result = FORM.createChoiceOption();
        result.setId(option.getName());
        result.setLabel(option.getLabel());
        result.setScore(option.getScore());
        return result;
    }

    private static FieldType text(TextType text, List<FieldFacet> facets) {
        org.casenotes.model.form.TextType result = text.isLong() ? FORM.createLongTextType()
                : FORM.createShortTextType();
        for (FieldFacet facet : facets) {
            if (facet instanceof LengthLimit limit) {
                boolean words = limit.getUnit() == LengthUnit.WORDS;
                if (limit.getBound() == Bound.MIN) {
                    if (words) {
                        result.setMinWords(limit.getCount());
                    } else {
                        result.setMinChars(limit.getCount());
                    }
                } else if (words) {
                    result.setMaxWords(limit.getCount());
                } else {
                    result.setMaxChars(limit.getCount());
                }
            } else if (facet instanceof Pattern pattern) {
                result.setPattern(pattern.getRegex());
                result.setPatternMessage(pattern.getMessage());
            }
        }
        return result;
    }
}
