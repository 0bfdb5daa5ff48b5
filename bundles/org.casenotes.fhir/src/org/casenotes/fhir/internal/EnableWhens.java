package org.casenotes.fhir.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.casenotes.model.form.AndCondition;
import org.casenotes.model.form.Answered;
import org.casenotes.model.form.BooleanLiteral;
import org.casenotes.model.form.CalculatedValue;
import org.casenotes.model.form.ChoiceType;
import org.casenotes.model.form.Comparison;
import org.casenotes.model.form.ComparisonOperator;
import org.casenotes.model.form.Condition;
import org.casenotes.model.form.ElementValue;
import org.casenotes.model.form.Expression;
import org.casenotes.model.form.Field;
import org.casenotes.model.form.FormElement;
import org.casenotes.model.form.Literal;
import org.casenotes.model.form.Membership;
import org.casenotes.model.form.NotCondition;
import org.casenotes.model.form.NumberLiteral;
import org.casenotes.model.form.OptionLiteral;
import org.casenotes.model.form.OrCondition;
import org.casenotes.model.form.TextLiteral;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Questionnaire.EnableWhenBehavior;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemEnableWhenComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemOperator;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemType;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Type;

/**
 * A "shown when" condition as R4 {@code enableWhen} entries, where they can say it: one comparison of a question with
 * a literal, "answered", membership in a list of options, or an "and"/"or" of those (membership only under "or",
 * since {@code enableBehavior} applies to the whole list). Anything else (nesting, instrument scores, comparisons of
 * two items) is left to SDC's {@code enableWhenExpression}.
 */
final class EnableWhens {

    /** The entries and how they combine; the behaviour is null for a single entry. */
    record Mapped(List<QuestionnaireItemEnableWhenComponent> entries, EnableWhenBehavior behavior) {
    }

    private final LinkIds links;
    private final OptionCodes codes;

    EnableWhens(LinkIds links, OptionCodes codes) {
        this.links = links;
        this.codes = codes;
    }

    Optional<Mapped> map(Condition condition) {
        List<Condition> operands = switch (condition) {
            case AndCondition and -> and.getOperands();
            case OrCondition or -> or.getOperands();
            default -> List.of(condition);
        };
        List<QuestionnaireItemEnableWhenComponent> entries = new ArrayList<>();
        for (Condition operand : operands) {
            Optional<List<QuestionnaireItemEnableWhenComponent>> atom = atom(operand);
            if (atom.isEmpty() || (atom.get().size() > 1 && condition instanceof AndCondition)) {
                return Optional.empty();
            }
            entries.addAll(atom.get());
        }
        EnableWhenBehavior behavior = entries.size() == 1 ? null
                : condition instanceof AndCondition ? EnableWhenBehavior.ALL : EnableWhenBehavior.ANY;
        return Optional.of(new Mapped(entries, behavior));
    }

    private Optional<List<QuestionnaireItemEnableWhenComponent>> atom(Condition condition) {
        return switch (condition) {
            case Answered answered -> question(answered.getSubject())
                    .map(linkId -> List.of(entry(linkId, QuestionnaireItemOperator.EXISTS, new BooleanType(true))));
            case NotCondition not when not.getOperand() instanceof Answered answered -> question(answered.getSubject())
                    .map(linkId -> List.of(entry(linkId, QuestionnaireItemOperator.EXISTS, new BooleanType(false))));
            case NotCondition not when not.getOperand() instanceof Comparison comparison
                    && comparison.getOperator() == ComparisonOperator.EQUAL ->
                comparison(comparison.getLeft(), QuestionnaireItemOperator.NOT_EQUAL, comparison.getRight());
            case Membership membership -> membership(membership);
            case Comparison comparison -> comparison(comparison);
            default -> Optional.empty();
        };
    }

    private Optional<List<QuestionnaireItemEnableWhenComponent>> membership(Membership membership) {
        if (!(membership.getSubject() instanceof ElementValue value && value.getElement() instanceof Field field
                && field.getType() instanceof ChoiceType)) {
            return Optional.empty();
        }
        String system = codes.system(field);
        return Optional.of(membership.getOptionIds().stream().map(id -> entry(links.of(field),
                QuestionnaireItemOperator.EQUAL, new org.hl7.fhir.r4.model.Coding(system, id, null))).toList());
    }

    private Optional<List<QuestionnaireItemEnableWhenComponent>> comparison(Comparison comparison) {
        QuestionnaireItemOperator operator = switch (comparison.getOperator()) {
            case EQUAL -> QuestionnaireItemOperator.EQUAL;
            case NOT_EQUAL -> QuestionnaireItemOperator.NOT_EQUAL;
            case LESS -> QuestionnaireItemOperator.LESS_THAN;
            case LESS_OR_EQUAL -> QuestionnaireItemOperator.LESS_OR_EQUAL;
            case GREATER -> QuestionnaireItemOperator.GREATER_THAN;
            case GREATER_OR_EQUAL -> QuestionnaireItemOperator.GREATER_OR_EQUAL;
        };
        if (comparison.getLeft() instanceof Literal && comparison.getRight() instanceof ElementValue) {
            return comparison(comparison.getRight(), mirrored(operator), comparison.getLeft());
        }
        return comparison(comparison.getLeft(), operator, comparison.getRight());
    }

    private Optional<List<QuestionnaireItemEnableWhenComponent>> comparison(Expression subject,
            QuestionnaireItemOperator operator, Expression literal) {
        if (!(subject instanceof ElementValue value && value.getElement() instanceof FormElement element)) {
            return Optional.empty();
        }
        QuestionnaireItemType type = element instanceof Field field ? ItemTypes.of(field.getType())
                : element instanceof CalculatedValue calculated ? ItemTypes.of(calculated) : null;
        Type answer = answer(element, type, operator, literal);
        return answer == null ? Optional.empty() : Optional.of(List.of(entry(links.of(element), operator, answer)));
    }

    private Type answer(FormElement element, QuestionnaireItemType type, QuestionnaireItemOperator operator,
            Expression literal) {
        boolean equality = operator == QuestionnaireItemOperator.EQUAL || operator == QuestionnaireItemOperator.NOT_EQUAL;
        return switch (literal) {
            case OptionLiteral option when type == QuestionnaireItemType.CHOICE && equality ->
                new org.hl7.fhir.r4.model.Coding(codes.system((Field) element), option.getOptionId(), null);
            case BooleanLiteral yes when type == QuestionnaireItemType.BOOLEAN && equality -> new BooleanType(yes.isValue());
            case NumberLiteral number when type == QuestionnaireItemType.INTEGER && isWhole(number.getValue()) ->
                new IntegerType(number.getValue().intValueExact());
            case NumberLiteral number when type == QuestionnaireItemType.DECIMAL -> new DecimalType(number.getValue());
            case TextLiteral text when (type == QuestionnaireItemType.STRING || type == QuestionnaireItemType.TEXT)
                    && equality -> new StringType(text.getValue());
            default -> null;
        };
    }

    private static boolean isWhole(BigDecimal value) {
        return value.stripTrailingZeros().scale() <= 0;
    }

    private static QuestionnaireItemOperator mirrored(QuestionnaireItemOperator operator) {
        return switch (operator) {
            case LESS_THAN -> QuestionnaireItemOperator.GREATER_THAN;
            case LESS_OR_EQUAL -> QuestionnaireItemOperator.GREATER_OR_EQUAL;
            case GREATER_THAN -> QuestionnaireItemOperator.LESS_THAN;
            case GREATER_OR_EQUAL -> QuestionnaireItemOperator.LESS_OR_EQUAL;
            default -> operator;
        };
    }

    private Optional<String> question(Expression subject) {
        if (subject instanceof ElementValue value && value.getElement() instanceof FormElement element) {
            return Optional.of(links.of(element));
        }
        return Optional.empty();
    }

    private static QuestionnaireItemEnableWhenComponent entry(String linkId, QuestionnaireItemOperator operator,
            Type answer) {
        return new QuestionnaireItemEnableWhenComponent().setQuestion(linkId).setOperator(operator).setAnswer(answer);
    }
}
