package org.casenotes.core.forms;

import java.math.BigDecimal;
import java.util.Objects;

import org.casenotes.model.form.AndCondition;
import org.casenotes.model.form.Answered;
import org.casenotes.model.form.Comparison;
import org.casenotes.model.form.Condition;
import org.casenotes.model.form.ComparisonOperator;
import org.casenotes.model.form.Membership;
import org.casenotes.model.form.NotCondition;
import org.casenotes.model.form.OrCondition;

/**
 * Decides the conditions of a form definition ({@code shownWhen}, {@code requiredWhen}, {@code cosignatureWhen})
 * over a note's current values. A comparison with an unanswered side is false, whatever its operator: "shown when
 * score > 10" stays hidden until there is a score. Stateless.
 */
public final class Conditions {

    private Conditions() {
    }

    /** @return whether {@code condition} holds in {@code scope}; a {@code null} condition always holds */
    public static boolean holds(Condition condition, ValueScope scope) {
        return switch (condition) {
            case null -> true;
            case AndCondition and -> and.getOperands().stream().allMatch(operand -> holds(operand, scope));
            case OrCondition or -> or.getOperands().stream().anyMatch(operand -> holds(operand, scope));
            case NotCondition not -> !holds(not.getOperand(), scope);
            case Answered answered -> Expressions.evaluate(answered.getSubject(), scope).isPresent();
            case Membership membership -> Expressions.evaluate(membership.getSubject(), scope).optionIds().stream()
                    .anyMatch(membership.getOptionIds()::contains);
            case Comparison comparison -> compare(Expressions.evaluate(comparison.getLeft(), scope),
                    comparison.getOperator(), Expressions.evaluate(comparison.getRight(), scope));
            default -> throw new IllegalArgumentException("Unknown condition " + condition.eClass().getName());
        };
    }

    private static boolean compare(Evaluated left, ComparisonOperator operator, Evaluated right) {
        if (!left.isPresent() || !right.isPresent()) {
            return false;
        }
        return switch (operator) {
            case EQUAL -> same(left, right);
            case NOT_EQUAL -> !same(left, right);
            case LESS -> order(left, right) < 0;
            case LESS_OR_EQUAL -> order(left, right) <= 0;
            case GREATER -> order(left, right) > 0;
            case GREATER_OR_EQUAL -> order(left, right) >= 0;
        };
    }

    private static boolean same(Evaluated left, Evaluated right) {
        if (left.number() != null && right.number() != null && left.optionIds().isEmpty()
                && right.optionIds().isEmpty()) {
            return left.number().compareTo(right.number()) == 0;
        }
        if (!left.optionIds().isEmpty() || !right.optionIds().isEmpty()) {
            return left.optionIds().equals(right.optionIds());
        }
        return Objects.equals(left.raw(), right.raw());
    }

    @SuppressWarnings("unchecked")
    private static int order(Evaluated left, Evaluated right) {
        BigDecimal a = left.number();
        BigDecimal b = right.number();
        if (a != null && b != null) {
            return a.compareTo(b);
        }
        if (left.raw() instanceof Comparable first && right.raw() != null
                && left.raw().getClass() == right.raw().getClass()) {
            return first.compareTo(right.raw());
        }
        throw new IllegalArgumentException("Cannot order " + left.text() + " and " + right.text());
    }
}
