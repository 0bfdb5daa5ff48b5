package org.casenotes.fhir.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import java.util.function.Function;

import org.casenotes.core.forms.InstrumentAnswers;
import org.casenotes.model.form.ChoiceType;
import org.casenotes.model.form.ElementContainer;
import org.casenotes.model.form.Field;
import org.casenotes.model.form.FormDefinition;
import org.casenotes.model.form.FormElement;
import org.casenotes.model.form.InstrumentBlock;
import org.casenotes.model.form.InstrumentItem;
import org.casenotes.model.form.RepeatableGroup;
import org.casenotes.model.form.Section;
import org.casenotes.model.record.BooleanValue;
import org.casenotes.model.record.ChoiceValue;
import org.casenotes.model.record.DateTimeValue;
import org.casenotes.model.record.DateValue;
import org.casenotes.model.record.DurationValue;
import org.casenotes.model.record.FieldValue;
import org.casenotes.model.record.GoalReferenceValue;
import org.casenotes.model.record.GroupValue;
import org.casenotes.model.record.Note;
import org.casenotes.model.record.NumberValue;
import org.casenotes.model.record.TextValue;
import org.casenotes.model.record.TimeValue;
import org.casenotes.model.record.ValueHolder;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemType;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseStatus;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.TimeType;
import org.hl7.fhir.r4.model.Type;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;

/**
 * A note's answers as a QuestionnaireResponse to its template's Questionnaire (as {@link QuestionnaireBuilder} makes
 * it): the same linkIds, sections as groups, one group item per row of a repeatable group, an instrument's answers
 * as codings of its scale with its total. Only what was answered is written; sections with no answer are left out.
 * Calculated values other than instrument totals are left to the receiver, which has their expressions.
 */
public final class ResponseBuilder {

    private final FormDefinition form;
    private final LinkIds links;
    private final OptionCodes codes;
    private final Function<String, Optional<Reference>> planElements;
    private final ZoneId zone;

    /**
     * @param form         the form the note was written on
     * @param zone         the zone of the caseload, for dates with times
     * @param planElements the reference of a treatment-plan goal or objective, by its id, for goal fields
     */
    public ResponseBuilder(FormDefinition form, ZoneId zone, Function<String, Optional<Reference>> planElements) {
        this.form = form;
        this.zone = zone;
        this.links = new LinkIds(form);
        this.codes = new OptionCodes(form);
        this.planElements = planElements;
    }

    /** The canonical URL and version of the form's Questionnaire, as {@code questionnaire} names it. */
    public String questionnaire() {
        return Extensions.CASENOTES + "Questionnaire/" + form.getId() + "|" + form.getVersion();
    }

    public QuestionnaireResponse build(Note note, boolean completed) {
        QuestionnaireResponse response = new QuestionnaireResponse();
        response.setQuestionnaire(questionnaire());
        response.setStatus(completed ? QuestionnaireResponseStatus.COMPLETED : QuestionnaireResponseStatus.INPROGRESS);
        response.getItem().addAll(items(form, note, note));
        return response;
    }

    private List<QuestionnaireResponseItemComponent> items(ElementContainer container, Note note, ValueHolder holder) {
        List<QuestionnaireResponseItemComponent> items = new ArrayList<>();
        for (FormElement element : container.getElements()) {
            switch (element) {
                case Section section -> {
                    List<QuestionnaireResponseItemComponent> children = items(section, note, holder);
                    if (!children.isEmpty()) {
                        items.add(group(section).setItem(children));
                    }
                }
                case RepeatableGroup group -> holder.getGroups().stream()
                        .filter(value -> group.getId().equals(value.getGroupId())).map(GroupValue::getRows)
                        .flatMap(List::stream).forEach(row -> {
                            List<QuestionnaireResponseItemComponent> children = items(group, note, row);
                            if (!children.isEmpty()) {
                                items.add(group(group).setItem(children));
                            }
                        });
                case Field field -> holder.getValues().stream().filter(value -> field.getId().equals(value.getFieldId()))
                        .findFirst().map(value -> answers(field, value)).filter(answers -> !answers.isEmpty())
                        .ifPresent(answers -> {
                            QuestionnaireResponseItemComponent item = new QuestionnaireResponseItemComponent()
                                    .setLinkId(links.of(field)).setText(label(field));
                            answers.forEach(answer -> item.addAnswer().setValue(answer));
                            items.add(item);
                        });
                case InstrumentBlock block when holder == note -> instrument(block, note).ifPresent(items::add);
                default -> {
                    // calculated values are the receiver's to calculate; signature blocks are the note's signatures
                }
            }
        }
        return items;
    }

    private QuestionnaireResponseItemComponent group(FormElement element) {
        return new QuestionnaireResponseItemComponent().setLinkId(links.of(element)).setText(label(element));
    }

    private Optional<QuestionnaireResponseItemComponent> instrument(InstrumentBlock block, Note note) {
        InstrumentAnswers answers = new InstrumentAnswers(note, block);
        String system = codes.system(block.getInstrument());
        QuestionnaireResponseItemComponent group = group(block);
        if (block.getInstrument().getTitle() != null && (block.getLabel() == null || block.getLabel().isBlank())) {
            group.setText(block.getInstrument().getTitle());
        }
        for (InstrumentItem item : block.getInstrument().getItems()) {
            answers.answer(item).flatMap(id -> block.getInstrument().getScale().stream()
                    .filter(option -> id.equals(option.getId())).findFirst()).ifPresent(option -> group.addItem()
                            .setLinkId(links.item(block, item)).setText(item.getText()).addAnswer()
                            .setValue(OptionCodes.coding(system, option)));
        }
        if (group.getItem().isEmpty()) {
            return Optional.empty();
        }
        answers.total().ifPresent(total -> group.addItem().setLinkId(links.total(block)).addAnswer()
                .setValue(new IntegerType(total.intValue())));
        return Optional.of(group);
    }

    private List<Type> answers(Field field, FieldValue value) {
        QuestionnaireItemType type = ItemTypes.of(field.getType());
        List<Type> answers = new ArrayList<>();
        switch (value) {
            case TextValue text when text.getText() != null && !text.getText().isBlank() ->
                answers.add(new StringType(text.getText()));
            case ChoiceValue choice when field.getType() instanceof ChoiceType options -> {
                String system = codes.system(field);
                for (String id : choice.getOptionIds()) {
                    options.getOptions().stream().filter(option -> id.equals(option.getId())).findFirst()
                            .ifPresentOrElse(option -> answers.add(OptionCodes.coding(system, option)),
                                    () -> answers.add(new Coding(system, id, null)));
                }
            }
            case BooleanValue yes -> answers.add(new BooleanType(yes.isValue()));
            case NumberValue number when number.getValue() != null -> answers.add(type == QuestionnaireItemType.DECIMAL
                    ? new DecimalType(number.getValue()) : new IntegerType(number.getValue().intValue()));
            case DurationValue minutes -> answers.add(new IntegerType(minutes.getMinutes()));
            case DateValue date when date.getValue() != null -> answers.add(new DateType(date.getValue().toString()));
            case TimeValue time when time.getValue() != null ->
                answers.add(new TimeType(time.getValue().withNano(0).format(DateTimeFormatter.ISO_LOCAL_TIME)));
            case DateTimeValue dateTime when dateTime.getValue() != null ->
                answers.add(new DateTimeType(Date.from(dateTime.getValue().atZone(zone).toInstant()),
                        TemporalPrecisionEnum.SECOND, TimeZone.getTimeZone(zone)));
            case GoalReferenceValue goals -> goals.getPlanElementIds().forEach(id -> planElements.apply(id)
                    .ifPresentOrElse(answers::add, () -> answers.add(new Reference().setDisplay(id))));
            default -> {
            }
        }
        return answers;
    }

    private static String label(FormElement element) {
        return element.getLabel() == null || element.getLabel().isBlank() ? element.getId() : element.getLabel();
    }
}
