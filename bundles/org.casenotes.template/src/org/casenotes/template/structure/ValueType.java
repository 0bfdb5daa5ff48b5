package org.casenotes.template.structure;

import java.util.List;

import org.casenotes.template.ast.Option;

/**
 * The type of a value in a condition or formula, as a template designer thinks of it.
 *
 * @param kind    what sort of value
 * @param options the possible answers of a choice (empty otherwise)
 */
public record ValueType(Kind kind, List<Option> options) {

    /** Sorts of values. {@code UNKNOWN} stands for "already reported elsewhere": it never causes a second error. */
    public enum Kind {
        NUMBER("a number"), TEXT("text"), BOOLEAN("yes/no"), DATE("a date"), TIME("a time"), DATETIME("a date and time"),
        DURATION("a duration"), CHOICE("a choice"), MULTI_CHOICE("a multiple choice"), GOAL("a treatment-plan goal"),
        OPTION("an answer option"), INSTRUMENT("an instrument"), UNKNOWN("unknown");

        private final String phrase;

        Kind(String phrase) {
            this.phrase = phrase;
        }

        /** @return how a message names this sort of value, e.g. "a date". */
        public String phrase() {
            return phrase;
        }
    }

    public static final ValueType NUMBER = of(Kind.NUMBER);
    public static final ValueType TEXT = of(Kind.TEXT);
    public static final ValueType BOOLEAN = of(Kind.BOOLEAN);
    public static final ValueType UNKNOWN = of(Kind.UNKNOWN);

    public static ValueType of(Kind kind) {
        return new ValueType(kind, List.of());
    }

    /** @return a choice type over the given options. */
    public static ValueType choice(List<Option> options, boolean multiple) {
        return new ValueType(multiple ? Kind.MULTI_CHOICE : Kind.CHOICE, List.copyOf(options));
    }

    public boolean isUnknown() {
        return kind == Kind.UNKNOWN;
    }

    /** @return whether the value can take part in arithmetic: numbers, durations (minutes) and fully scored choices. */
    public boolean isNumeric() {
        return switch (kind) {
        case NUMBER, DURATION, UNKNOWN -> true;
        case CHOICE -> !options.isEmpty() && options.stream().allMatch(o -> o.getScore() != null);
        default -> false;
        };
    }

    /** @return whether the value is a single or multiple choice (answer options can be named). */
    public boolean isChoice() {
        return kind == Kind.CHOICE || kind == Kind.MULTI_CHOICE;
    }

    /** @return whether values of this type can be ordered with {@code <, <=, >, >=}. */
    public boolean isOrdered() {
        return isNumeric() || kind == Kind.DATE || kind == Kind.TIME || kind == Kind.DATETIME;
    }

    /** @return the phrase used in messages. */
    public String describe() {
        if (kind == Kind.CHOICE && isNumeric()) {
            return "a scored choice";
        }
        return kind.phrase();
    }
}
