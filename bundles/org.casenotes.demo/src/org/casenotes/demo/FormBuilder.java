package org.casenotes.demo;

import java.math.BigDecimal;

import org.casenotes.model.form.Band;
import org.casenotes.model.form.ChoiceOption;
import org.casenotes.model.form.ChoiceType;
import org.casenotes.model.form.ElementContainer;
import org.casenotes.model.form.ElementValue;
import org.casenotes.model.form.Field;
import org.casenotes.model.form.FieldType;
import org.casenotes.model.form.FormFactory;
import org.casenotes.model.form.GoalReferenceType;
import org.casenotes.model.form.Instrument;
import org.casenotes.model.form.InstrumentBlock;
import org.casenotes.model.form.InstrumentItem;
import org.casenotes.model.form.Membership;
import org.casenotes.model.form.PlanElementKind;
import org.casenotes.model.form.RepeatableGroup;
import org.casenotes.model.form.Section;

/** Small fluent helpers for writing form definitions by hand with {@link FormFactory}. */
final class FormBuilder {

    private static final FormFactory FORM = FormFactory.eINSTANCE;

    private final ElementContainer container;

    FormBuilder(ElementContainer container) {
        this.container = container;
    }

    FormBuilder section(String id, String label) {
        Section section = FORM.createSection();
        section.setId(id);
        section.setLabel(label);
        container.getElements().add(section);
        return new FormBuilder(section);
    }

    FormBuilder group(String id, String label, int minRows, int maxRows) {
        RepeatableGroup group = FORM.createRepeatableGroup();
        group.setId(id);
        group.setLabel(label);
        group.setMinRows(minRows);
        group.setMaxRows(maxRows);
        container.getElements().add(group);
        return new FormBuilder(group);
    }

    FormBuilder longText(String id, String label, boolean required) {
        return field(id, label, required, FORM.createLongTextType());
    }

    FormBuilder text(String id, String label, boolean required) {
        return field(id, label, required, FORM.createShortTextType());
    }

    FormBuilder date(String id, String label, boolean required) {
        return field(id, label, required, FORM.createDateType());
    }

    FormBuilder time(String id, String label, boolean required) {
        return field(id, label, required, FORM.createTimeType());
    }

    FormBuilder yesNo(String id, String label, boolean required) {
        return field(id, label, required, FORM.createBooleanType());
    }

    FormBuilder choice(String id, String label, boolean required, boolean multiple, String... idLabelPairs) {
        ChoiceType type = FORM.createChoiceType();
        type.setMultiple(multiple);
        for (int i = 0; i < idLabelPairs.length; i += 2) {
            type.getOptions().add(option(idLabelPairs[i], idLabelPairs[i + 1], null));
        }
        return field(id, label, required, type);
    }

    FormBuilder objective(String id, String label) {
        GoalReferenceType type = FORM.createGoalReferenceType();
        type.setTarget(PlanElementKind.OBJECTIVE);
        return field(id, label, true, type);
    }

    /**
     * Adds a required instrument shown when the choice field {@code choiceId} (already in this container) has
     * {@code optionId} chosen, as the standard library's {@code instrument phq9 : PHQ9 required shown when
     * measuresGiven in [phq]}.
     */
    FormBuilder instrumentWhenChosen(String blockId, Instrument instrument, String choiceId, String optionId) {
        InstrumentBlock block = FORM.createInstrumentBlock();
        block.setId(blockId);
        block.setLabel(instrument.getTitle());
        block.setInstrument(instrument);
        block.setRequired(true);
        ElementValue chosen = FORM.createElementValue();
        chosen.setElement(container.getElements().stream().filter(element -> choiceId.equals(element.getId()))
                .map(Field.class::cast).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No field " + choiceId + " before " + blockId)));
        Membership shownWhen = FORM.createMembership();
        shownWhen.setSubject(chosen);
        shownWhen.getOptionIds().add(optionId);
        block.setShownWhen(shownWhen);
        container.getElements().add(block);
        return this;
    }

    static Instrument instrument(String id, String title, String[] items, String... bands) {
        Instrument instrument = FORM.createInstrument();
        instrument.setId(id);
        instrument.setTitle(title);
        String[] scale = {"notAtAll", "Not at all", "severalDays", "Several days", "moreThanHalf",
            "More than half the days", "nearlyEveryDay", "Nearly every day"};
        for (int i = 0; i < scale.length; i += 2) {
            instrument.getScale().add(option(scale[i], scale[i + 1], i / 2));
        }
        for (int i = 0; i < items.length; i++) {
            InstrumentItem item = FORM.createInstrumentItem();
            item.setId("q" + (i + 1));
            item.setText(items[i]);
            instrument.getItems().add(item);
        }
        for (int i = 0; i < bands.length; i += 4) {
            Band band = FORM.createBand();
            band.setId(bands[i]);
            band.setMin(new BigDecimal(bands[i + 1]));
            band.setMax(new BigDecimal(bands[i + 2]));
            band.setLabel(bands[i + 3]);
            instrument.getSeverityBands().add(band);
        }
        return instrument;
    }

    private FormBuilder field(String id, String label, boolean required, FieldType type) {
        Field field = FORM.createField();
        field.setId(id);
        field.setLabel(label);
        field.setRequired(required);
        field.setType(type);
        container.getElements().add(field);
        return this;
    }

    private static ChoiceOption option(String id, String label, Integer score) {
        ChoiceOption option = FORM.createChoiceOption();
        option.setId(id);
        option.setLabel(label);
        option.setScore(score);
        return option;
    }
}
