package org.casenotes.core.forms;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.casenotes.model.form.Band;
import org.casenotes.model.form.BandLookup;
import org.casenotes.model.form.BooleanLiteral;
import org.casenotes.model.form.CalculatedValue;
import org.casenotes.model.form.ChoiceOption;
import org.casenotes.model.form.ChoiceType;
import org.casenotes.model.form.CptBand;
import org.casenotes.model.form.CptSuggestion;
import org.casenotes.model.form.DurationMinutes;
import org.casenotes.model.form.ElementValue;
import org.casenotes.model.form.Expression;
import org.casenotes.model.form.Field;
import org.casenotes.model.form.InstrumentItemValue;
import org.casenotes.model.form.InstrumentTotal;
import org.casenotes.model.form.NumberLiteral;
import org.casenotes.model.form.OptionLiteral;
import org.casenotes.model.form.Sum;
import org.casenotes.model.form.TextLiteral;
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
 * Evaluates the expressions and calculations of a form definition over a note's current values: field values,
 * literals, instrument item scores and totals, sums, band lookups, minutes between two times and CPT suggestions.
 * Unanswered values are {@link Evaluated#ABSENT}; a sum adds the terms that are present. Stateless.
 */
public final class Expressions {

    private static final int MAX_DEPTH = 32;

    private Expressions() {
    }

    /** @return the value of {@code expression} in {@code scope} */
    public static Evaluated evaluate(Expression expression, ValueScope scope) {
        return evaluate(expression, scope, 0);
    }

    /** @return the current value of a calculated value of the form */
    public static Evaluated calculate(CalculatedValue calculated, ValueScope scope) {
        return evaluate(calculated.getCalculation(), scope, 0);
    }

    private static Evaluated evaluate(Expression expression, ValueScope scope, int depth) {
        if (depth > MAX_DEPTH) {
            throw new IllegalStateException("Calculations refer to each other in a cycle");
        }
        return switch (expression) {
            case ElementValue reference -> element(reference, scope, depth);
            case InstrumentItemValue item -> new InstrumentAnswers(scope.note(), item.getBlock()).score(item.getItem())
                    .map(Evaluated::ofNumber).orElse(Evaluated.ABSENT);
            case InstrumentTotal total -> new InstrumentAnswers(scope.note(), total.getBlock()).total()
                    .map(Evaluated::ofNumber).orElse(Evaluated.ABSENT);
            case Sum sum -> sum(sum, scope, depth);
            case BandLookup lookup -> band(evaluate(lookup.getSource(), scope, depth + 1).number(), lookup.getBands());
            case DurationMinutes minutes -> minutes(minutes, scope);
            case CptSuggestion cpt -> cpt(evaluate(cpt.getMinutes(), scope, depth + 1).number(), cpt.getBands());
            case TextLiteral text -> new Evaluated(null, text.getValue(), List.of(), text.getValue());
            case NumberLiteral number -> Evaluated.ofNumber(number.getValue());
            case BooleanLiteral yes -> new Evaluated(null, Boolean.toString(yes.isValue()), List.of(), yes.isValue());
            case OptionLiteral option -> Evaluated.ofOption(option.getOptionId(), option.getOptionId());
            default -> throw new IllegalArgumentException("Unknown expression " + expression.eClass().getName());
        };
    }

    /** @return the band of an instrument's severity bands (or any band list) that contains {@code score} */
    public static Evaluated band(BigDecimal score, List<Band> bands) {
        if (score == null) {
            return Evaluated.ABSENT;
        }
        for (Band band : bands) {
            if ((band.getMin() == null || score.compareTo(band.getMin()) >= 0)
                    && (band.getMax() == null || score.compareTo(band.getMax()) <= 0)) {
                return Evaluated.ofOption(band.getId() == null ? band.getLabel() : band.getId(), band.getLabel());
            }
        }
        return Evaluated.ABSENT;
    }

    private static Evaluated element(ElementValue reference, ValueScope scope, int depth) {
        if (reference.getElement() instanceof CalculatedValue calculated) {
            return evaluate(calculated.getCalculation(), scope, depth + 1);
        }
        Field field = (Field) reference.getElement();
        return scope.value(field.getId()).map(value -> ofValue(field, value)).orElse(Evaluated.ABSENT);
    }

    /** @return the value held for {@code field} as an expression value */
    public static Evaluated ofValue(Field field, FieldValue value) {
        return switch (value) {
            case TextValue text -> text.getText() == null || text.getText().isBlank() ? Evaluated.ABSENT
                    : new Evaluated(null, text.getText(), List.of(), text.getText());
            case NumberValue number -> number.getValue() == null ? Evaluated.ABSENT : Evaluated.ofNumber(number.getValue());
            case BooleanValue yes -> new Evaluated(null, Boolean.toString(yes.isValue()), List.of(), yes.isValue());
            case DateValue date -> raw(date.getValue());
            case TimeValue time -> raw(time.getValue());
            case DateTimeValue dateTime -> raw(dateTime.getValue());
            case DurationValue duration -> Evaluated.ofNumber(BigDecimal.valueOf(duration.getMinutes()));
            case ChoiceValue choice -> choice(field, choice.getOptionIds());
            case GoalReferenceValue goals -> goals.getPlanElementIds().isEmpty() ? Evaluated.ABSENT
                    : new Evaluated(null, String.join(", ", goals.getPlanElementIds()), goals.getPlanElementIds(),
                            null);
            default -> Evaluated.ABSENT;
        };
    }

    private static Evaluated raw(Object value) {
        return value == null ? Evaluated.ABSENT : new Evaluated(null, value.toString(), List.of(), value);
    }

    private static Evaluated choice(Field field, List<String> chosen) {
        if (chosen.isEmpty() || !(field.getType() instanceof ChoiceType type)) {
            return Evaluated.ABSENT;
        }
        BigDecimal score = null;
        List<String> labels = new ArrayList<>();
        for (String id : chosen) {
            Optional<ChoiceOption> option = type.getOptions().stream().filter(o -> id.equals(o.getId())).findFirst();
            labels.add(option.map(ChoiceOption::getLabel).filter(label -> label != null).orElse(id));
            Integer optionScore = option.map(ChoiceOption::getScore).orElse(null);
            if (optionScore != null) {
                score = (score == null ? BigDecimal.ZERO : score).add(BigDecimal.valueOf(optionScore));
            }
        }
        return new Evaluated(score, String.join(", ", labels), chosen, chosen.size() == 1 ? chosen.get(0) : null);
    }

    private static Evaluated sum(Sum sum, ValueScope scope, int depth) {
        BigDecimal total = null;
        for (Expression term : sum.getTerms()) {
            BigDecimal number = evaluate(term, scope, depth + 1).number();
            if (number != null) {
                total = total == null ? number : total.add(number);
            }
        }
        return total == null ? Evaluated.ABSENT : Evaluated.ofNumber(total);
    }

    private static Evaluated minutes(DurationMinutes minutes, ValueScope scope) {
        Optional<LocalTime> start = time(minutes.getStart(), scope);
        Optional<LocalTime> stop = time(minutes.getStop(), scope);
        if (start.isEmpty() || stop.isEmpty()) {
            return Evaluated.ABSENT;
        }
        long between = Duration.between(start.get(), stop.get()).toMinutes();
        // a session that runs past midnight stops "before" it starts
        return Evaluated.ofNumber(BigDecimal.valueOf(between < 0 ? between + 24 * 60 : between));
    }

    private static Optional<LocalTime> time(Field field, ValueScope scope) {
        return scope.value(field.getId()).map(value -> switch (value) {
            case TimeValue time -> time.getValue();
            case DateTimeValue dateTime -> dateTime.getValue() == null ? null : dateTime.getValue().toLocalTime();
            default -> null;
        });
    }

    private static Evaluated cpt(BigDecimal minutes, List<CptBand> bands) {
        if (minutes == null) {
            return Evaluated.ABSENT;
        }
        for (CptBand band : bands) {
            if (minutes.compareTo(BigDecimal.valueOf(band.getMinMinutes())) >= 0
                    && (band.getMaxMinutes() == null || minutes.compareTo(BigDecimal.valueOf(band.getMaxMinutes())) <= 0)) {
                return Evaluated.ofOption(band.getCode(), band.getCode());
            }
        }
        return Evaluated.ABSENT;
    }
}
