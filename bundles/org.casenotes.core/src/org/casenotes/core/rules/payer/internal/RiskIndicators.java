package org.casenotes.core.rules.payer.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.casenotes.core.rules.payer.ServiceNote;
import org.casenotes.model.form.ChoiceOption;
import org.casenotes.model.form.FormElement;
import org.casenotes.model.form.InstrumentBlock;
import org.casenotes.model.form.InstrumentItem;
import org.casenotes.model.form.query.FormDefinitions;
import org.casenotes.model.record.ChoiceValue;
import org.casenotes.model.record.FieldValue;
import org.casenotes.model.record.ItemAnswer;
import org.casenotes.model.record.MeasureResult;
import org.casenotes.model.record.NumberValue;

/**
 * Whether a note shows risk of harm, and why: the clinician rated suicide or harm-to-others risk above
 * {@value #NO_RISK} ({@code suicideRisk}, {@code harmToOthers}), or a critical instrument item is answered above its
 * threshold (PHQ-9 item 9 above 0). Instrument answers are read as the form stores them
 * ({@code <block>.<item>}, scored by the instrument's scale); without the form, or from the client's measure results
 * of this note, PHQ-9 item {@code q9} is the critical item.
 */
final class RiskIndicators {

    static final String SUICIDE_RISK = "suicideRisk";
    static final String HARM_TO_OTHERS = "harmToOthers";
    static final String NO_RISK = "none";
    private static final String PHQ9_ITEM9 = "q9";

    private RiskIndicators() {
    }

    /** @return one phrase per reason the note shows risk, e.g. {@code PHQ-9 item 9 answered 1}; empty if none */
    static List<String> reasons(ServiceNote note) {
        List<String> reasons = new ArrayList<>();
        note.choice(SUICIDE_RISK).filter(r -> !NO_RISK.equals(r))
                .ifPresent(r -> reasons.add("suicide risk rated " + r));
        note.choice(HARM_TO_OTHERS).filter(r -> !NO_RISK.equals(r))
                .ifPresent(r -> reasons.add("risk of harm to others rated " + r));
        if (note.form().isPresent()) {
            criticalItems(note, reasons);
        } else {
            phq9ItemWithoutForm(note, reasons);
        }
        measuredItem9(note, reasons);
        return reasons;
    }

    private static void criticalItems(ServiceNote note, List<String> reasons) {
        for (FormElement element : FormDefinitions.allElements(note.form().orElseThrow())) {
            if (element instanceof InstrumentBlock block && block.getInstrument() != null) {
                for (InstrumentItem item : block.getInstrument().getItems()) {
                    if (!item.isCritical()) {
                        continue;
                    }
                    Optional<Integer> score = note.value(block.getId() + "." + item.getId())
                            .flatMap(value -> score(value, block.getInstrument().getScale()));
                    if (score.isPresent() && score.get() > item.getCriticalScore()) {
                        reasons.add(block.getInstrument().getTitle() + " item " + item.getId() + " answered "
                                + score.get());
                    }
                }
            }
        }
    }

    private static Optional<Integer> score(FieldValue value, List<ChoiceOption> scale) {
        if (value instanceof NumberValue number && number.getValue() != null) {
            return Optional.of(number.getValue().intValue());
        }
        if (value instanceof ChoiceValue choice && !choice.getOptionIds().isEmpty()) {
            String id = choice.getOptionIds().get(0);
            return scale.stream().filter(o -> id.equals(o.getId())).findFirst().map(ChoiceOption::getScore);
        }
        return Optional.empty();
    }

    private static void phq9ItemWithoutForm(ServiceNote note, List<String> reasons) {
        for (FieldValue value : note.note().getValues()) {
            String id = value.getFieldId().toLowerCase(Locale.ROOT);
            if (!id.contains("phq") || !id.endsWith("." + PHQ9_ITEM9)) {
                continue;
            }
            boolean positive = value instanceof NumberValue number && number.getValue() != null
                    && number.getValue().signum() > 0
                    || value instanceof ChoiceValue choice && !choice.getOptionIds().isEmpty()
                            && !List.of("0", "notAtAll").contains(choice.getOptionIds().get(0));
            if (positive) {
                reasons.add("PHQ-9 item 9 answered above 0");
            }
        }
    }

    private static void measuredItem9(ServiceNote note, List<String> reasons) {
        if (note.client().isEmpty() || note.note().getId() == null) {
            return;
        }
        for (MeasureResult result : note.client().get().getMeasureResults()) {
            if (note.note().getId().equals(result.getNoteId()) && result.getInstrumentId() != null
                    && result.getInstrumentId().toLowerCase(Locale.ROOT).replace("-", "").contains("phq9")) {
                result.getAnswers().stream().filter(a -> PHQ9_ITEM9.equals(a.getItemId()))
                        .mapToInt(ItemAnswer::getScore).filter(score -> score > 0).findFirst()
                        .ifPresent(score -> reasons.add("PHQ-9 item 9 answered " + score));
            }
        }
    }
}
