package org.casenotes.model.form.build;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;

import org.casenotes.model.form.BandLookup;
import org.casenotes.model.form.CalculatedValue;
import org.casenotes.model.form.Calculation;
import org.casenotes.model.form.ChoiceOption;
import org.casenotes.model.form.ChoiceType;
import org.casenotes.model.form.Condition;
import org.casenotes.model.form.CptBand;
import org.casenotes.model.form.CptSuggestion;
import org.casenotes.model.form.DurationMinutes;
import org.casenotes.model.form.ElementContainer;
import org.casenotes.model.form.ElementValue;
import org.casenotes.model.form.Field;
import org.casenotes.model.form.FieldType;
import org.casenotes.model.form.FormDefinition;
import org.casenotes.model.form.FormElement;
import org.casenotes.model.form.FormFactory;
import org.casenotes.model.form.FormKind;
import org.casenotes.model.form.GoalReferenceType;
import org.casenotes.model.form.Instrument;
import org.casenotes.model.form.InstrumentBlock;
import org.casenotes.model.form.InstrumentTotal;
import org.casenotes.model.form.Membership;
import org.casenotes.model.form.NumberKind;
import org.casenotes.model.form.NumberType;
import org.casenotes.model.form.PlanElementKind;
import org.casenotes.model.form.RepeatableGroup;
import org.casenotes.model.form.RuleConfiguration;
import org.casenotes.model.form.Section;
import org.casenotes.model.form.SignatureBlock;
import org.casenotes.model.form.SigningWindow;
import org.casenotes.model.form.ValueElement;
import org.casenotes.model.form.WindowUnit;
import org.casenotes.model.form.query.FormDefinitions;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Writes a form definition by hand, the way the template compiler would, for tests and the demo caseload:
 * <pre>{@code
 * FormDefinition form = FormBuilder.form("test.Soap", FormKind.PROGRESS).title("SOAP note")
 *         .section("assessment", "Assessment", s -> s
 *                 .choice("progress", "Progress", "improved", "plateau", "setback").required()
 *                 .longText("setbackReason", "Why").shownWhen("progress", "plateau", "setback"))
 *         .signature("signature", null).build();
 * }</pre>
 * Each element is added to the builder's container; the modifiers ({@link #required()}, {@link #hint(String)},
 * {@link #shownWhen(String, String...)}, ...) change the element added last. A field added without a label is
 * labelled with its id. Conditions and calculations name elements added before them, by id.
 */
public final class FormBuilder {

    private static final FormFactory F = FormFactory.eINSTANCE;

    private final FormDefinition form;
    private final ElementContainer container;
    private FormElement last;

    private FormBuilder(FormDefinition form, ElementContainer container) {
        this.form = form;
        this.container = container;
    }

    /** Starts a new form definition of version 1. */
    public static FormBuilder form(String id, FormKind kind) {
        FormDefinition form = F.createFormDefinition();
        form.setId(id);
        form.setKind(kind);
        return new FormBuilder(form, form);
    }

    public FormDefinition build() {
        return form;
    }

    /** @return the element of the form with this id, wherever it is */
    public <T> T element(String id, Class<T> type) {
        return type.cast(FormDefinitions.findElement(form, id)
                .orElseThrow(() -> new IllegalArgumentException("No element " + id + " in " + form.getId())));
    }

    public FormBuilder title(String title) {
        form.setTitle(title);
        return this;
    }

    public FormBuilder version(int version) {
        form.setVersion(version);
        return this;
    }

    /** The templates this one extends, nearest first. */
    public FormBuilder extending(String... baseIds) {
        form.getBaseChain().addAll(List.of(baseIds));
        return this;
    }

    public FormBuilder signingWindow(int amount, WindowUnit unit) {
        SigningWindow window = F.createSigningWindow();
        window.setAmount(amount);
        window.setUnit(unit);
        rules().setSigningWindow(window);
        return this;
    }

    public FormBuilder rulePacks(String... packIds) {
        rules().getRulePacks().addAll(List.of(packIds));
        return this;
    }

    public FormBuilder section(String id, String label, Consumer<FormBuilder> contents) {
        Section section = F.createSection();
        return nested(section, id, label, contents);
    }

    /** A repeatable group of rows, each with the elements {@code contents} adds. */
    public FormBuilder group(String id, String label, Consumer<FormBuilder> contents) {
        RepeatableGroup group = F.createRepeatableGroup();
        return nested(group, id, label, contents);
    }

    /** Adds to the section or group {@code containerId} of the form, after what it holds. */
    public FormBuilder within(String containerId, Consumer<FormBuilder> contents) {
        contents.accept(new FormBuilder(form, element(containerId, ElementContainer.class)));
        return this;
    }

    public FormBuilder shortText(String id, String label) {
        return field(id, label, F.createShortTextType());
    }

    public FormBuilder shortText(String id) {
        return shortText(id, id);
    }

    public FormBuilder longText(String id, String label) {
        return field(id, label, F.createLongTextType());
    }

    public FormBuilder longText(String id) {
        return longText(id, id);
    }

    public FormBuilder date(String id, String label) {
        return field(id, label, F.createDateType());
    }

    public FormBuilder date(String id) {
        return date(id, id);
    }

    public FormBuilder time(String id, String label) {
        return field(id, label, F.createTimeType());
    }

    public FormBuilder time(String id) {
        return time(id, id);
    }

    public FormBuilder dateTime(String id, String label) {
        return field(id, label, F.createDateTimeType());
    }

    public FormBuilder dateTime(String id) {
        return dateTime(id, id);
    }

    public FormBuilder duration(String id, String label) {
        return field(id, label, F.createDurationType());
    }

    public FormBuilder duration(String id) {
        return duration(id, id);
    }

    public FormBuilder yesNo(String id, String label) {
        return field(id, label, F.createBooleanType());
    }

    public FormBuilder yesNo(String id) {
        return yesNo(id, id);
    }

    /** A number; {@code unit}, {@code min} and {@code max} may be null. */
    public FormBuilder number(String id, String label, NumberKind kind, String unit, Integer min, Integer max) {
        NumberType type = F.createNumberType();
        type.setNumberKind(kind);
        type.setUnit(unit);
        type.setMin(min == null ? null : BigDecimal.valueOf(min));
        type.setMax(max == null ? null : BigDecimal.valueOf(max));
        return field(id, label, type);
    }

    /** A single choice among options labelled as their ids with a capital letter ("setback": "Setback"). */
    public FormBuilder choice(String id, String label, String... optionIds) {
        ChoiceType type = F.createChoiceType();
        for (String optionId : optionIds) {
            type.getOptions().add(option(optionId, Character.toUpperCase(optionId.charAt(0)) + optionId.substring(1),
                    null));
        }
        return field(id, label, type);
    }

    /** A single choice among options given as id, label, id, label... */
    public FormBuilder choiceOf(String id, String label, String... idLabelPairs) {
        ChoiceType type = F.createChoiceType();
        for (int i = 0; i < idLabelPairs.length; i += 2) {
            type.getOptions().add(option(idLabelPairs[i], idLabelPairs[i + 1], null));
        }
        return field(id, label, type);
    }

    /** A reference to the client's treatment plan; {@code target} may be null (any plan element). */
    public FormBuilder goal(String id, String label, PlanElementKind target) {
        GoalReferenceType type = F.createGoalReferenceType();
        type.setTarget(target);
        return field(id, label, type);
    }

    public FormBuilder field(String id, String label, FieldType type) {
        Field field = F.createField();
        field.setType(type);
        return add(field, id, label);
    }

    /** The minutes from the time field {@code startId} to {@code stopId}. */
    public FormBuilder minutes(String id, String label, String startId, String stopId) {
        DurationMinutes minutes = F.createDurationMinutes();
        minutes.setStart(element(startId, Field.class));
        minutes.setStop(element(stopId, Field.class));
        return calculated(id, label, minutes);
    }

    /** The psychotherapy code (90832, 90834, 90837) that the minutes in {@code minutesId} suggest. */
    public FormBuilder cptSuggestion(String id, String label, String minutesId) {
        CptSuggestion cpt = F.createCptSuggestion();
        cpt.setMinutes(value(element(minutesId, ValueElement.class)));
        cpt.getBands().addAll(List.of(cptBand("90832", 16, 37), cptBand("90834", 38, 52), cptBand("90837", 53, null)));
        return calculated(id, label, cpt);
    }

    /** The severity band of the total of the instrument block {@code blockId}, with its instrument's bands. */
    public FormBuilder bandOfTotal(String id, String label, String blockId) {
        InstrumentBlock block = element(blockId, InstrumentBlock.class);
        InstrumentTotal total = F.createInstrumentTotal();
        total.setBlock(block);
        BandLookup lookup = F.createBandLookup();
        lookup.setSource(total);
        lookup.getBands().addAll(EcoreUtil.copyAll(block.getInstrument().getSeverityBands()));
        return calculated(id, label, lookup);
    }

    /** A block that asks {@code instrument}'s items, adding the instrument to the form if it is not there yet. */
    public FormBuilder instrument(String id, String label, Instrument instrument) {
        if (!form.getInstruments().contains(instrument)) {
            form.getInstruments().add(instrument);
        }
        InstrumentBlock block = F.createInstrumentBlock();
        block.setInstrument(instrument);
        return add(block, id, label);
    }

    public FormBuilder signature(String id, String label) {
        return add(F.createSignatureBlock(), id, label);
    }

    /** Makes the last field or instrument block required. */
    public FormBuilder required() {
        if (last instanceof InstrumentBlock block) {
            block.setRequired(true);
        } else {
            last(Field.class).setRequired(true);
        }
        return this;
    }

    /** Makes the last choice take more than one answer. */
    public FormBuilder multiple() {
        ((ChoiceType) last(Field.class).getType()).setMultiple(true);
        return this;
    }

    /** The hint of the last field or group. */
    public FormBuilder hint(String hint) {
        if (last instanceof RepeatableGroup group) {
            group.setHint(hint);
        } else {
            last(Field.class).setHint(hint);
        }
        return this;
    }

    /** The guidance of the last section. */
    public FormBuilder guidance(String guidance) {
        last(Section.class).setGuidance(guidance);
        return this;
    }

    /** The rows the last group needs and allows ({@code max} -1: no limit). */
    public FormBuilder rows(int min, int max) {
        RepeatableGroup group = last(RepeatableGroup.class);
        group.setMinRows(min);
        group.setMaxRows(max);
        return this;
    }

    public FormBuilder attestation(String attestation) {
        last(SignatureBlock.class).setAttestation(attestation);
        return this;
    }

    public FormBuilder cosignatureRequired() {
        last(SignatureBlock.class).setCosignatureRequired(true);
        return this;
    }

    /** Shows the last element only while the choice field {@code fieldId} has one of the options chosen. */
    public FormBuilder shownWhen(String fieldId, String... optionIds) {
        last.setShownWhen(chosen(fieldId, optionIds));
        return this;
    }

    /** Requires the last field only while the choice field {@code fieldId} has one of the options chosen. */
    public FormBuilder requiredWhen(String fieldId, String... optionIds) {
        last(Field.class).setRequiredWhen(chosen(fieldId, optionIds));
        return this;
    }

    private Condition chosen(String fieldId, String... optionIds) {
        Membership membership = F.createMembership();
        membership.setSubject(value(element(fieldId, Field.class)));
        membership.getOptionIds().addAll(List.of(optionIds));
        return membership;
    }

    static ChoiceOption option(String id, String label, Integer score) {
        ChoiceOption option = F.createChoiceOption();
        option.setId(id);
        option.setLabel(label);
        option.setScore(score);
        return option;
    }

    private FormBuilder nested(FormElement element, String id, String label, Consumer<FormBuilder> contents) {
        add(element, id, label);
        contents.accept(new FormBuilder(form, (ElementContainer) element));
        return this;
    }

    private FormBuilder calculated(String id, String label, Calculation calculation) {
        CalculatedValue calculated = F.createCalculatedValue();
        calculated.setCalculation(calculation);
        return add(calculated, id, label);
    }

    private FormBuilder add(FormElement element, String id, String label) {
        element.setId(id);
        element.setLabel(label);
        container.getElements().add(element);
        last = element;
        return this;
    }

    private <T extends FormElement> T last(Class<T> type) {
        if (!type.isInstance(last)) {
            throw new IllegalStateException("The element added last is not a " + type.getSimpleName() + ": " + last);
        }
        return type.cast(last);
    }

    private RuleConfiguration rules() {
        if (form.getRuleConfiguration() == null) {
            form.setRuleConfiguration(F.createRuleConfiguration());
        }
        return form.getRuleConfiguration();
    }

    private static ElementValue value(ValueElement element) {
        ElementValue value = F.createElementValue();
        value.setElement(element);
        return value;
    }

    private static CptBand cptBand(String code, int min, Integer max) {
        CptBand band = F.createCptBand();
        band.setCode(code);
        band.setMinMinutes(min);
        band.setMaxMinutes(max);
        return band;
    }
}
