package org.casenotes.core.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.casenotes.model.form.ChoiceType;
import org.casenotes.model.form.Field;
import org.casenotes.model.form.FormKind;
import org.casenotes.model.form.NumberKind;
import org.casenotes.model.form.build.FormBuilder;
import org.casenotes.model.record.ChoiceValue;
import org.casenotes.model.record.DurationValue;
import org.casenotes.model.record.NumberValue;
import org.casenotes.model.record.RecordFactory;
import org.casenotes.model.record.TextValue;
import org.junit.jupiter.api.Test;

/** Whether a value fits its field, and the reason a clinician reads when it does not. */
class ValueFitTest {

    private static final RecordFactory R = RecordFactory.eINSTANCE;

    private final FormBuilder form = FormBuilder.form("test.Fit", FormKind.PROGRESS)
            .number("distress", "Distress (0-10)", NumberKind.INTEGER, null, null, null)
            .choice("progress", "Progress", "improved", "plateau", "setback").duration("minutes", "Minutes");
    private final Field distress = form.element("distress", Field.class);
    private final Field progress = form.element("progress", Field.class);
    private final Field minutes = form.element("minutes", Field.class);

    @Test
    void aValueOfTheFieldsKindFits() {
        assertEquals(Optional.empty(), ValueFit.misfit(distress, number("7")));
        assertEquals(Optional.empty(), ValueFit.misfit(distress, number("7.00")), "7.00 is a whole number");
        assertEquals(Optional.empty(), ValueFit.misfit(progress, chosen("plateau")));
        assertEquals(Optional.empty(), ValueFit.misfit(minutes, duration(0)));
    }

    @Test
    void aValueOfAnotherKindSaysWhatTheFieldTakes() {
        TextValue abc = R.createTextValue();
        abc.setText("abc");
        assertEquals(Optional.of("the field takes a whole number"), ValueFit.misfit(distress, abc));
        assertEquals(Optional.of("the field takes one of Improved, Plateau, Setback"), ValueFit.misfit(progress, abc));
        assertEquals("abc", ValueFit.inWords(abc));
    }

    @Test
    void aNumberMustBeThereAndWholeWhereTheFormSaysSo() {
        assertEquals(Optional.of("the field takes a whole number"), ValueFit.misfit(distress, number("2.5")));
        assertEquals(Optional.of("it holds no number"), ValueFit.misfit(distress, R.createNumberValue()));
        assertEquals("2.5", ValueFit.inWords(number("2.5")));
    }

    @Test
    void choicesMustBeOfferedAndAsManyAsTheFieldTakes() {
        assertEquals(Optional.of("the form does not offer worse"), ValueFit.misfit(progress, chosen("worse")));
        assertEquals(Optional.of("the field takes one choice, not 2"),
                ValueFit.misfit(progress, chosen("improved", "plateau")));
        assertEquals(Optional.of("it holds no choice"), ValueFit.misfit(progress, chosen()));

        ((ChoiceType) progress.getType()).setMultiple(true);
        assertEquals(Optional.empty(), ValueFit.misfit(progress, chosen("improved", "plateau")));
        assertEquals(Optional.of("the form does not offer worse, gone"),
                ValueFit.misfit(progress, chosen("improved", "worse", "gone")));
        assertEquals("improved, worse", ValueFit.inWords(chosen("improved", "worse")));
    }

    @Test
    void aDurationCannotBeNegative() {
        assertEquals(Optional.of("a duration cannot be negative"), ValueFit.misfit(minutes, duration(-5)));
        assertEquals("-5 minutes", ValueFit.inWords(duration(-5)));
    }

    private static NumberValue number(String number) {
        NumberValue value = R.createNumberValue();
        value.setValue(new BigDecimal(number));
        return value;
    }

    private static ChoiceValue chosen(String... ids) {
        ChoiceValue value = R.createChoiceValue();
        value.getOptionIds().addAll(List.of(ids));
        return value;
    }

    private static DurationValue duration(int minutes) {
        DurationValue value = R.createDurationValue();
        value.setMinutes(minutes);
        return value;
    }
}
