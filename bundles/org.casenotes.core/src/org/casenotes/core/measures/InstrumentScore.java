package org.casenotes.core.measures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.casenotes.core.forms.Evaluated;
import org.casenotes.core.forms.Expressions;
import org.casenotes.model.form.ChoiceOption;
import org.casenotes.model.form.Instrument;
import org.casenotes.model.form.InstrumentItem;

/**
 * The score of one administration of an instrument, from the item scores given: the total and its severity band
 * when every item is answered, and the critical items (those answered at or above their critical score, such as
 * PHQ-9 item 9) whatever the number answered.
 *
 * <p>An instrument with an item unanswered is <em>not scored</em>: no total and no band. Summing the answered
 * items would understate severity, and the instruments the standard library ships (PHQ-9, GAD-7) are validated
 * on complete answers only. The answers given and the critical items are still kept, so a PHQ-9 whose item 9 was
 * answered "Nearly every day" stays visible in the record even if another item was skipped.
 *
 * @param total         the sum of the item scores, or empty when not every item is answered
 * @param band          the label of the severity band the total falls in, or empty (not scored, or no band fits)
 * @param criticalItems ids of the items answered at or above their critical score, in the instrument's order
 * @param answered      how many items have a score
 * @param items         how many items the instrument has
 */
public record InstrumentScore(Optional<Integer> total, Optional<String> band, List<String> criticalItems,
        int answered, int items) {

    public InstrumentScore {
        criticalItems = List.copyOf(criticalItems);
    }

    /**
     * @param instrument the instrument
     * @param scores     the score of each answered item, by item id (unanswered items absent)
     * @return the score of those answers
     */
    public static InstrumentScore of(Instrument instrument, Map<String, Integer> scores) {
        int sum = 0;
        int answered = 0;
        List<String> critical = new ArrayList<>();
        for (InstrumentItem item : instrument.getItems()) {
            Integer score = scores.get(item.getId());
            if (score == null) {
                continue;
            }
            answered++;
            sum += score;
            if (item.isCritical() && score >= item.getCriticalScore()) {
                critical.add(item.getId());
            }
        }
        int items = instrument.getItems().size();
        if (answered < items) {
            return new InstrumentScore(Optional.empty(), Optional.empty(), critical, answered, items);
        }
        return new InstrumentScore(Optional.of(sum), bandOf(instrument, sum), critical, answered, items);
    }

    /** @return the label of the instrument's severity band holding {@code total}, if one does */
    public static Optional<String> bandOf(Instrument instrument, int total) {
        Evaluated band = Expressions.band(BigDecimal.valueOf(total), instrument.getSeverityBands());
        return band.isPresent() ? Optional.ofNullable(band.text()) : Optional.empty();
    }

    /** @return the highest total the instrument allows: its item count times the highest score of its scale */
    public static int maximum(Instrument instrument) {
        int highest = instrument.getScale().stream().map(ChoiceOption::getScore).filter(s -> s != null)
                .mapToInt(Integer::intValue).max().orElse(0);
        return highest * instrument.getItems().size();
    }

    /** @return whether every item was answered, so the result has a total */
    public boolean scored() {
        return total.isPresent();
    }
}
