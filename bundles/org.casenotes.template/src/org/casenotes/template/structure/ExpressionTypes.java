package org.casenotes.template.structure;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.casenotes.template.ast.And;
import org.casenotes.template.ast.AnsweredTest;
import org.casenotes.template.ast.BandFormula;
import org.casenotes.template.ast.BooleanLiteral;
import org.casenotes.template.ast.Calculation;
import org.casenotes.template.ast.ChoiceType;
import org.casenotes.template.ast.CodeFormula;
import org.casenotes.template.ast.Comparison;
import org.casenotes.template.ast.DurationFormula;
import org.casenotes.template.ast.Expression;
import org.casenotes.template.ast.Field;
import org.casenotes.template.ast.FieldType;
import org.eclipse.emf.ecore.EObject;
import org.casenotes.template.ast.GoalType;
import org.casenotes.template.ast.Instrument;
import org.casenotes.template.ast.InstrumentUse;
import org.casenotes.template.ast.Item;
import org.casenotes.template.ast.Membership;
import org.casenotes.template.ast.Not;
import org.casenotes.template.ast.NumberLiteral;
import org.casenotes.template.ast.NumberType;
import org.casenotes.template.ast.Option;
import org.casenotes.template.ast.Or;
import org.casenotes.template.ast.Sum;
import org.casenotes.template.ast.Symbol;
import org.casenotes.template.ast.TemporalType;
import org.casenotes.template.ast.TextLiteral;
import org.casenotes.template.ast.TextType;
import org.casenotes.template.ast.ValueRef;
import org.casenotes.template.structure.ValueType.Kind;

/** Computes the {@link ValueType} of expressions, symbols and field types. Cycles between calculations give UNKNOWN. */
public final class ExpressionTypes {

    private ExpressionTypes() {
    }

    public static ValueType of(Expression expression) {
        return of(expression, new HashSet<>());
    }

    private static ValueType of(EObject formula, Set<Calculation> visiting) {
        if (formula == null) {
            return ValueType.UNKNOWN;
        }
        if (formula instanceof Or || formula instanceof And || formula instanceof Not || formula instanceof Comparison
                || formula instanceof Membership || formula instanceof AnsweredTest || formula instanceof BooleanLiteral) {
            return ValueType.BOOLEAN;
        }
        if (formula instanceof NumberLiteral || formula instanceof Sum || formula instanceof DurationFormula) {
            return ValueType.NUMBER;
        }
        if (formula instanceof TextLiteral || formula instanceof CodeFormula) {
            return ValueType.TEXT;
        }
        if (formula instanceof BandFormula band) {
            return ValueType.choice(band.getBands(), false);
        }
        if (formula instanceof ValueRef ref) {
            return ofSymbol(referenced(ref), visiting);
        }
        return ValueType.UNKNOWN;
    }

    /** @return what a value reference denotes: the member for {@code phq9.total}, else the target; null if unresolved. */
    public static Symbol referenced(ValueRef ref) {
        Symbol symbol = ref.getMember() != null ? ref.getMember() : ref.getTarget();
        return symbol == null || symbol.eIsProxy() ? null : symbol;
    }

    public static ValueType ofSymbol(Symbol symbol) {
        return ofSymbol(symbol, new HashSet<>());
    }

    private static ValueType ofSymbol(Symbol symbol, Set<Calculation> visiting) {
        if (symbol instanceof Field field) {
            return ofFieldType(field.getType());
        }
        if (symbol instanceof Calculation calculation) {
            if (!visiting.add(calculation)) {
                return ValueType.UNKNOWN;
            }
            ValueType type = of(calculation.getFormula(), visiting);
            visiting.remove(calculation);
            return type;
        }
        if (symbol instanceof Item item) {
            return item.eContainer() instanceof Instrument instrument ? ValueType.choice(instrument.getScale(), false)
                    : ValueType.UNKNOWN;
        }
        if (symbol instanceof InstrumentUse) {
            return ValueType.of(Kind.INSTRUMENT);
        }
        if (symbol instanceof Option option) {
            return new ValueType(Kind.OPTION, List.of(option));
        }
        return ValueType.UNKNOWN;
    }

    public static ValueType ofFieldType(FieldType type) {
        if (type instanceof TextType) {
            return ValueType.TEXT;
        }
        if (type instanceof NumberType) {
            return ValueType.NUMBER;
        }
        if (type instanceof GoalType) {
            return ValueType.of(Kind.GOAL);
        }
        if (type instanceof ChoiceType choice) {
            return ValueType.choice(optionsOf(choice), choice.isMultiple());
        }
        if (type instanceof TemporalType temporal) {
            return switch (temporal.getKind()) {
            case BOOLEAN -> ValueType.BOOLEAN;
            case DATE -> ValueType.of(Kind.DATE);
            case TIME -> ValueType.of(Kind.TIME);
            case DATETIME -> ValueType.of(Kind.DATETIME);
            case DURATION -> ValueType.of(Kind.DURATION);
            };
        }
        return ValueType.UNKNOWN;
    }

    /** @return the answer options of a choice type, inline or from its option set. */
    public static List<Option> optionsOf(ChoiceType choice) {
        if (choice.getOptionSet() != null) {
            return choice.getOptionSet().eIsProxy() ? List.of() : choice.getOptionSet().getOptions();
        }
        return choice.getOptions();
    }
}
