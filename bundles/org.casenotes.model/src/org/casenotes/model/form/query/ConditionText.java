package org.casenotes.model.form.query;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

import org.casenotes.model.form.AndCondition;
import org.casenotes.model.form.Answered;
import org.casenotes.model.form.Band;
import org.casenotes.model.form.BandLookup;
import org.casenotes.model.form.BooleanLiteral;
import org.casenotes.model.form.Comparison;
import org.casenotes.model.form.Condition;
import org.casenotes.model.form.CptBand;
import org.casenotes.model.form.CptSuggestion;
import org.casenotes.model.form.DurationMinutes;
import org.casenotes.model.form.ElementValue;
import org.casenotes.model.form.Expression;
import org.casenotes.model.form.FormElement;
import org.casenotes.model.form.InstrumentItemValue;
import org.casenotes.model.form.InstrumentTotal;
import org.casenotes.model.form.Membership;
import org.casenotes.model.form.NotCondition;
import org.casenotes.model.form.NumberLiteral;
import org.casenotes.model.form.OptionLiteral;
import org.casenotes.model.form.OrCondition;
import org.casenotes.model.form.Sum;
import org.casenotes.model.form.TextLiteral;

/**
 * Writes compiled conditions and calculations back in the template language's words
 * ({@code progress in [plateau, setback] or phq9.q9 > 0}), so that two versions can be compared as a designer
 * reads them, and so that a form written in another format (a FHIR Questionnaire) can carry them back into a
 * template. Parentheses are written around every nested {@code and}/{@code or}.
 */
public final class ConditionText {

    private ConditionText() {
    }

    /** @return the condition as text, or {@code ""} for none */
    public static String of(Condition condition) {
        return condition == null ? "" : condition(condition, false);
    }

    /** @return the expression (a value or a calculation) as text, or {@code ""} for none */
    public static String of(Expression expression) {
        return expression == null ? "" : expression(expression);
    }

    private static String condition(Condition condition, boolean nested) {
        String text = switch (condition) {
        case AndCondition and -> join(and.getOperands(), " and ");
        case OrCondition or -> join(or.getOperands(), " or ");
        case NotCondition not -> "not " + condition(not.getOperand(), true);
        case Comparison comparison -> expression(comparison.getLeft()) + " " + comparison.getOperator().getLiteral()
                + " " + expression(comparison.getRight());
        case Membership membership -> expression(membership.getSubject()) + " in ["
                + String.join(", ", membership.getOptionIds()) + "]";
        case Answered answered -> expression(answered.getSubject()) + " is answered";
        default -> condition.eClass().getName();
        };
        boolean compound = condition instanceof AndCondition || condition instanceof OrCondition;
        return nested && compound ? "(" + text + ")" : text;
    }

    private static String join(List<Condition> operands, String operator) {
        return operands.stream().map(operand -> condition(operand, true)).collect(Collectors.joining(operator));
    }

    private static String expression(Expression expression) {
        return switch (expression) {
        case ElementValue value -> ((FormElement) value.getElement()).getId();
        case InstrumentItemValue item -> item.getBlock().getId() + "." + item.getItem().getId();
        case InstrumentTotal total -> total.getBlock().getId() + ".total";
        case NumberLiteral number -> number.getValue().stripTrailingZeros().toPlainString();
        case TextLiteral text -> "\"" + text.getValue() + "\"";
        case BooleanLiteral bool -> Boolean.toString(bool.isValue());
        case OptionLiteral option -> option.getOptionId();
        case Sum sum -> "sum(" + sum.getTerms().stream().map(ConditionText::expression)
                .collect(Collectors.joining(", ")) + ")";
        case BandLookup band -> "band of " + expression(band.getSource()) + " { " + band.getBands().stream()
                .map(ConditionText::band).collect(Collectors.joining(", ")) + " }";
        case DurationMinutes duration -> "duration from " + duration.getStart().getId() + " to "
                + duration.getStop().getId();
        case CptSuggestion cpt -> "cpt for " + expression(cpt.getMinutes()) + " { " + cpt.getBands().stream()
                .map(ConditionText::cptBand).collect(Collectors.joining(", ")) + " }";
        default -> expression.eClass().getName();
        };
    }

    private static String band(Band band) {
        return number(band.getMin()) + ".." + number(band.getMax()) + " " + band.getId() + " \"" + band.getLabel()
                + "\"";
    }

    private static String cptBand(CptBand band) {
        return band.getMinMinutes() + ".." + (band.getMaxMinutes() == null ? "" : band.getMaxMinutes()) + " \""
                + band.getCode() + "\"";
    }

    private static String number(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }
}
