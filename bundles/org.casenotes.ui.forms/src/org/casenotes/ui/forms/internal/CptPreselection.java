package org.casenotes.ui.forms.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.casenotes.core.forms.Evaluated;
import org.casenotes.core.forms.Expressions;
import org.casenotes.core.forms.ValueScope;
import org.casenotes.model.form.CalculatedValue;
import org.casenotes.model.form.ChoiceOption;
import org.casenotes.model.form.ChoiceType;
import org.casenotes.model.form.CptSuggestion;
import org.casenotes.model.form.ElementContainer;
import org.casenotes.model.form.Field;
import org.casenotes.model.form.FormElement;
import org.casenotes.model.record.ChoiceValue;

/**
 * Puts the suggested CPT code into the field that bills it, so the clinician confirms it instead of clicking it: a
 * form section with a CPT suggestion ({@code cpt for minutes}) and a single-choice field whose options start with a
 * five-digit code (std.common's "CPT code billed") gets the suggested code chosen when the suggestion changes, as
 * long as the field is empty or still holds the code chosen this way. A code the clinician chose by hand is never
 * replaced, and it stays an ordinary choice: another option is one click away, and the change is undoable.
 */
final class CptPreselection {

    private static final Pattern LEADING_CODE = Pattern.compile("^\\s*(\\d{5})\\b");

    private final CalculatedValue suggestion;
    private final Field billed;
    private final Map<String, String> optionByCode;
    /** The suggestion last acted on, so that it is acted on once per change. */
    private String lastSuggested;
    /** The option this preselection chose last, or null. */
    private String preselected;

    private CptPreselection(CalculatedValue suggestion, Field billed, Map<String, String> optionByCode) {
        this.suggestion = suggestion;
        this.billed = billed;
        this.optionByCode = optionByCode;
    }

    /** @return the preselection of {@code form}, if it has a CPT suggestion beside a field of CPT codes */
    static Optional<CptPreselection> of(ElementContainer form) {
        List<FormElement> elements = form.getElements();
        CalculatedValue suggestion = null;
        Field billed = null;
        Map<String, String> codes = Map.of();
        for (FormElement element : elements) {
            if (element instanceof CalculatedValue calculated && calculated.getCalculation() instanceof CptSuggestion) {
                suggestion = calculated;
            } else if (element instanceof Field field && field.getType() instanceof ChoiceType choice
                    && !choice.isMultiple() && billed == null) {
                Map<String, String> found = codesOf(choice);
                if (!found.isEmpty()) {
                    billed = field;
                    codes = found;
                }
            }
        }
        if (suggestion != null && billed != null) {
            return Optional.of(new CptPreselection(suggestion, billed, codes));
        }
        for (FormElement element : elements) {
            if (element instanceof ElementContainer inner) {
                Optional<CptPreselection> found = of(inner);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private static Map<String, String> codesOf(ChoiceType choice) {
        Map<String, String> codes = new LinkedHashMap<>();
        for (ChoiceOption option : choice.getOptions()) {
            Matcher code = LEADING_CODE.matcher(option.getLabel() == null ? option.getId() : option.getLabel());
            if (code.find()) {
                codes.putIfAbsent(code.group(1), option.getId());
            }
        }
        return codes;
    }

    /** @return the id of the field the code is billed in */
    String fieldId() {
        return billed.getId();
    }

    /**
     * @return the option to choose in the billed field now, or empty when there is nothing to do: the suggestion has
     *         not changed since last time, there is none, or the clinician chose a code by hand
     */
    Optional<String> optionToChoose(ValueScope scope) {
        Evaluated suggested = Expressions.calculate(suggestion, scope);
        String code = suggested.isPresent() ? suggested.text() : null;
        if (code == null || code.equals(lastSuggested)) {
            lastSuggested = code;
            return Optional.empty();
        }
        lastSuggested = code;
        String option = optionByCode.get(code);
        List<String> held = scope.value(billed.getId()).filter(ChoiceValue.class::isInstance)
                .map(value -> (List<String>) ((ChoiceValue) value).getOptionIds()).orElse(List.of());
        boolean untouched = held.isEmpty() || preselected != null && held.equals(List.of(preselected));
        if (option == null || !untouched || held.equals(List.of(option))) {
            return Optional.empty();
        }
        return Optional.of(option);
    }

    /** Records that {@code option} was chosen by this preselection. */
    void chose(String option) {
        preselected = option;
    }

    /** Takes the value the note opened with as this preselection's starting point. */
    void start(ValueScope scope) {
        Evaluated suggested = Expressions.calculate(suggestion, scope);
        lastSuggested = suggested.isPresent() ? suggested.text() : null;
    }
}
