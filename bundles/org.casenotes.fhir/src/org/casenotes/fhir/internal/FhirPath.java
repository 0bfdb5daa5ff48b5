package org.casenotes.fhir.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

import org.casenotes.model.form.AndCondition;
import org.casenotes.model.form.Answered;
import org.casenotes.model.form.Band;
import org.casenotes.model.form.BandLookup;
import org.casenotes.model.form.BooleanLiteral;
import org.casenotes.model.form.CalculatedValue;
import org.casenotes.model.form.ChoiceOption;
import org.casenotes.model.form.ChoiceType;
import org.casenotes.model.form.Comparison;
import org.casenotes.model.form.Condition;
import org.casenotes.model.form.CptBand;
import org.casenotes.model.form.CptSuggestion;
import org.casenotes.model.form.DateTimeType;
import org.casenotes.model.form.DurationMinutes;
import org.casenotes.model.form.ElementValue;
import org.casenotes.model.form.Expression;
import org.casenotes.model.form.Field;
import org.casenotes.model.form.FormElement;
import org.casenotes.model.form.InstrumentBlock;
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
 * Conditions and calculations of a form written as FHIRPath over the QuestionnaireResponse ({@code %resource}), for
 * SDC's {@code calculatedExpression} and {@code enableWhenExpression}. Only FHIRPath 2.0 (FHIR R4's) is used, so
 * that R4 engines evaluate it: scores are read with {@code select(iif(code = ...))} rather than {@code weight()}.
 * Values follow the form engine's ({@code org.casenotes.core.forms.Expressions}): a sum adds the terms that have a
 * value and has none when no term has one; minutes between two times wrap past midnight.
 */
final class FhirPath {

    private final LinkIds links;

    FhirPath(LinkIds links) {
        this.links = links;
    }

    /** The answers given to the item with this linkId, wherever it is (also inside repeated groups). */
    static String answers(String linkId) {
        return "%resource.repeat(item).where(linkId = " + quote(linkId) + ").answer.value";
    }

    /** @return the condition as a FHIRPath boolean expression (empty counts as false) */
    String condition(Condition condition) {
        return switch (condition) {
            case AndCondition and -> join(and.getOperands(), " and ");
            case OrCondition or -> join(or.getOperands(), " or ");
            case NotCondition not -> "(" + condition(not.getOperand()) + ").not()";
            case Answered answered -> "(" + value(answered.getSubject()) + ").exists()";
            case Membership membership -> codes(membership.getSubject()) + ".where("
                    + membership.getOptionIds().stream().map(id -> "$this = " + quote(id))
                            .collect(Collectors.joining(" or "))
                    + ").exists()";
            case Comparison comparison -> comparison(comparison);
            default -> throw new IllegalArgumentException("unknown condition " + condition.eClass().getName());
        };
    }

    private String join(List<Condition> operands, String operator) {
        return operands.stream().map(operand -> "(" + condition(operand) + ")").collect(Collectors.joining(operator));
    }

    private String comparison(Comparison comparison) {
        Expression left = comparison.getLeft();
        Expression right = comparison.getRight();
        String operator = switch (comparison.getOperator()) {
            case EQUAL -> "=";
            case NOT_EQUAL -> "!=";
            case LESS -> "<";
            case LESS_OR_EQUAL -> "<=";
            case GREATER -> ">";
            case GREATER_OR_EQUAL -> ">=";
        };
        if (right instanceof OptionLiteral option && isChoice(left)) {
            return option(codes(left), option.getOptionId(), operator);
        }
        if (left instanceof OptionLiteral option && isChoice(right)) {
            return option(codes(right), option.getOptionId(), operator);
        }
        return "(" + value(left) + ") " + operator + " (" + value(right) + ")";
    }

    private static String option(String codes, String optionId, String operator) {
        String chosen = "(" + quote(optionId) + " in " + codes + ")";
        return "=".equals(operator) ? chosen : chosen + ".not()";
    }

    private static boolean isChoice(Expression expression) {
        return expression instanceof ElementValue value && value.getElement() instanceof Field field
                && field.getType() instanceof ChoiceType;
    }

    /** The codes chosen for a choice field (an option set's ids). */
    private String codes(Expression subject) {
        if (subject instanceof ElementValue value && value.getElement() instanceof FormElement element) {
            return answers(links.of(element)) + ".code";
        }
        if (subject instanceof InstrumentItemValue item) {
            return answers(links.item(item.getBlock(), item.getItem())) + ".code";
        }
        return "(" + value(subject) + ")";
    }

    /** An expression's value as the form engine compares it: numbers for scores and totals, codes for options. */
    String value(Expression expression) {
        return switch (expression) {
            case ElementValue value when value.getElement() instanceof Field field
                    && field.getType() instanceof ChoiceType choice ->
                hasScores(choice.getOptions()) ? scores(answers(links.of(field)), choice.getOptions())
                        : answers(links.of(field)) + ".code";
            case ElementValue value when value.getElement() instanceof FormElement element ->
                answers(links.of(element));
            case InstrumentItemValue item -> scores(answers(links.item(item.getBlock(), item.getItem())),
                    item.getBlock().getInstrument().getScale());
            case InstrumentTotal total -> answers(links.total(total.getBlock()));
            case NumberLiteral number -> number.getValue().toPlainString();
            case TextLiteral text -> quote(text.getValue());
            case BooleanLiteral yes -> Boolean.toString(yes.isValue());
            case OptionLiteral option -> quote(option.getOptionId());
            case Sum sum -> sum(sum.getTerms().stream().map(this::value).toList());
            case BandLookup band -> band("(" + value(band.getSource()) + ")", band.getBands(), false);
            case DurationMinutes minutes -> minutes(minutes);
            case CptSuggestion cpt -> cpt("(" + value(cpt.getMinutes()) + ")", cpt.getBands());
            default -> throw new IllegalArgumentException("unknown expression " + expression.eClass().getName());
        };
    }

    /** The total of an instrument: the sum of its answered items' scores. */
    String total(InstrumentBlock block) {
        return sum(block.getInstrument().getItems().stream()
                .map(item -> scores(answers(links.item(block, item)), block.getInstrument().getScale())).toList());
    }

    /** The severity band of an instrument's total. */
    String severity(InstrumentBlock block) {
        return band("(" + answers(links.total(block)) + ")", block.getInstrument().getSeverityBands(), true);
    }

    /** The calculation of a calculated value; a band shows its label (a condition compares its id). */
    String calculation(CalculatedValue value) {
        if (value.getCalculation() instanceof BandLookup band) {
            return band("(" + value(band.getSource()) + ")", band.getBands(), true);
        }
        return value(value.getCalculation());
    }

    private static String sum(List<String> terms) {
        String all = terms.stream().map(term -> "(" + term + ")").collect(Collectors.joining(".combine(", "", ""))
                + ")".repeat(Math.max(0, terms.size() - 1));
        return "iif((" + all + ").exists(), (" + all + ").aggregate($this + $total, 0), {})";
    }

    private static boolean hasScores(List<ChoiceOption> options) {
        return options.stream().anyMatch(option -> option.getScore() != null);
    }

    private static String scores(String answers, List<ChoiceOption> options) {
        StringBuilder mapping = new StringBuilder();
        int open = 0;
        for (ChoiceOption option : options) {
            if (option.getScore() != null) {
                mapping.append("iif(code = ").append(quote(option.getId())).append(", ").append(option.getScore())
                        .append(", ");
                open++;
            }
        }
        mapping.append("{}").append(")".repeat(open));
        return answers + ".select(" + mapping + ")";
    }

    private static String band(String source, List<Band> bands, boolean labels) {
        StringBuilder lookup = new StringBuilder();
        for (Band band : bands) {
            lookup.append("iif(").append(range("$this", band.getMin(), band.getMax())).append(", ")
                    .append(quote(labels && band.getLabel() != null || band.getId() == null ? band.getLabel() : band.getId()))
                    .append(", ");
        }
        lookup.append("{}").append(")".repeat(bands.size()));
        return source + ".select(" + lookup + ")";
    }

    private static String cpt(String minutes, List<CptBand> bands) {
        StringBuilder lookup = new StringBuilder();
        for (CptBand band : bands) {
            BigDecimal max = band.getMaxMinutes() == null ? null : BigDecimal.valueOf(band.getMaxMinutes());
            lookup.append("iif(").append(range("$this", BigDecimal.valueOf(band.getMinMinutes()), max)).append(", ")
                    .append(quote(band.getCode())).append(", ");
        }
        lookup.append("{}").append(")".repeat(bands.size()));
        return minutes + ".select(" + lookup + ")";
    }

    private static String range(String subject, BigDecimal min, BigDecimal max) {
        if (min == null && max == null) {
            return "true";
        }
        if (min == null) {
            return subject + " <= " + max.toPlainString();
        }
        if (max == null) {
            return subject + " >= " + min.toPlainString();
        }
        return subject + " >= " + min.toPlainString() + " and " + subject + " <= " + max.toPlainString();
    }

    private String minutes(DurationMinutes minutes) {
        return "((" + minutesOfDay(minutes.getStop()) + " - " + minutesOfDay(minutes.getStart()) + " + 1440) mod 1440)";
    }

    /** Minutes since midnight of a time (hh:mm:ss) or a date-time's time of day. */
    private String minutesOfDay(Field field) {
        int at = field.getType() instanceof DateTimeType ? 11 : 0;
        String text = "(" + answers(links.of(field)) + ").toString()";
        return "(" + text + ".substring(" + at + ", 2).toInteger() * 60 + " + text + ".substring(" + (at + 3)
                + ", 2).toInteger())";
    }

    static String quote(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
