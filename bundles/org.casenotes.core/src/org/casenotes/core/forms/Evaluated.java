package org.casenotes.core.forms;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The value of an expression over a note: absent, or present with whatever views of it apply. A chosen option has
 * its id (for membership tests), its label (for display) and its score (for sums); a severity band has its id and
 * label; a duration has its minutes as a number.
 *
 * @param number    the value as a number, or {@code null} when it has none
 * @param text      the value as display text, or {@code null} when absent
 * @param optionIds chosen option ids, band ids or plan element ids; empty if none
 * @param raw       the value itself for equality and ordering (e.g. a {@code LocalTime}), or {@code null}
 */
public record Evaluated(BigDecimal number, String text, List<String> optionIds, Object raw) {

    /** No value. */
    public static final Evaluated ABSENT = new Evaluated(null, null, List.of(), null);

    public Evaluated {
        optionIds = List.copyOf(optionIds);
    }

    /** @return a number, displayed without trailing zeros */
    public static Evaluated ofNumber(BigDecimal number) {
        Objects.requireNonNull(number, "number");
        return new Evaluated(number, number.stripTrailingZeros().toPlainString(), List.of(), number);
    }

    /** @return an id (option, band or code) with its display label */
    public static Evaluated ofOption(String id, String label) {
        return new Evaluated(null, label == null ? id : label, List.of(id), id);
    }

    /** @return whether there is a value */
    public boolean isPresent() {
        return text != null || number != null || !optionIds.isEmpty() || raw != null;
    }
}
