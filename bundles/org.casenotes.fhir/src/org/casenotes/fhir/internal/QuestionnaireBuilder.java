package org.casenotes.fhir.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.casenotes.model.form.CalculatedValue;
import org.casenotes.model.form.ChoiceOption;
import org.casenotes.model.form.ChoiceType;
import org.casenotes.model.form.Condition;
import org.casenotes.model.form.DurationType;
import org.casenotes.model.form.ElementContainer;
import org.casenotes.model.form.Field;
import org.casenotes.model.form.FormDefinition;
import org.casenotes.model.form.FormElement;
import org.casenotes.model.form.GoalReferenceType;
import org.casenotes.model.form.Instrument;
import org.casenotes.model.form.InstrumentBlock;
import org.casenotes.model.form.InstrumentItem;
import org.casenotes.model.form.NumberKind;
import org.casenotes.model.form.NumberType;
import org.casenotes.model.form.RepeatableGroup;
import org.casenotes.model.form.Section;
import org.casenotes.model.form.SignatureBlock;
import org.casenotes.model.form.TextType;
import org.casenotes.model.form.query.ConditionText;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.Expression;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemAnswerOptionComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemType;
import org.hl7.fhir.r4.model.StringType;

/**
 * Makes the FHIR R4 Questionnaire of a compiled form: sections and instruments become groups, repeatable groups
 * repeating groups, fields questions, calculated values read-only questions with an SDC {@code calculatedExpression}.
 * What FHIR cannot say is listed in {@link #unmapped()}.
 */
public final class QuestionnaireBuilder {

    private final FormDefinition form;
    private final LinkIds links;
    private final OptionCodes codes;
    private final FhirPath fhirPath;
    private final EnableWhens enableWhens;
    private final List<String> unmapped = new ArrayList<>();

    public QuestionnaireBuilder(FormDefinition form) {
        this.form = form;
        this.links = new LinkIds(form);
        this.codes = new OptionCodes(form);
        this.fhirPath = new FhirPath(links);
        this.enableWhens = new EnableWhens(links, codes);
    }

    public Questionnaire build() {
        Questionnaire questionnaire = new Questionnaire();
        questionnaire.setId(resourceId(form.getId()));
        questionnaire.setUrl(Extensions.CASENOTES + "Questionnaire/" + form.getId());
        questionnaire.setVersion(Integer.toString(form.getVersion()));
        questionnaire.setName(computableName(form.getId()));
        questionnaire.setTitle(form.getTitle() == null ? form.getId() : form.getTitle());
        questionnaire.setStatus(PublicationStatus.ACTIVE);
        questionnaire.addSubjectType("Patient");
        if (form.getDescription() != null) {
            questionnaire.setDescription(form.getDescription());
        }
        questionnaire.getItem().addAll(items(form));
        if (form.getKind() != null) {
            TemplateExtension.put(questionnaire, TemplateExtension.KIND, new CodeType(kindKeyword(form.getKind())));
        }
        if (form.getLetterBody() != null) {
            form.getLetterBody().getInputs().forEach(input -> questionnaire.addItem(letterInput(input)));
        }
        if (form.getLetterBody() != null && form.getLetterBody().getText() != null) {
            unmapped.add("the letter's body: FHIR has no letter text; Casenotes merges it when the letter is written");
            TemplateExtension.put(questionnaire, TemplateExtension.LETTER_BODY, form.getLetterBody().getText());
        }
        return questionnaire;
    }

    /** What the Questionnaire could not express, one sentence each naming the element. */
    public List<String> unmapped() {
        return List.copyOf(unmapped);
    }

    private List<QuestionnaireItemComponent> items(ElementContainer container) {
        List<QuestionnaireItemComponent> items = new ArrayList<>();
        for (FormElement element : container.getElements()) {
            QuestionnaireItemComponent item = item(element);
            if (item != null) {
                shownWhen(item, element.getShownWhen());
                items.add(item);
            }
        }
        return items;
    }

    private QuestionnaireItemComponent item(FormElement element) {
        return switch (element) {
            case Section section -> section(section);
            case RepeatableGroup group -> repeatable(group);
            case Field field -> field(field);
            case CalculatedValue value -> calculated(value);
            case InstrumentBlock block -> instrument(block);
            case SignatureBlock signature -> signature(signature);
            default -> {
                unmapped.add("element '" + element.getId() + "' (" + element.eClass().getName() + ")");
                yield null;
            }
        };
    }

    /**
     * FHIR has no signature item: the block is a display item with its label (and attestation), carrying the rest in
     * the template extension for the way back.
     */
    private QuestionnaireItemComponent signature(SignatureBlock signature) {
        unmapped.add("signature block '" + signature.getId() + "': notes are signed in Casenotes; the"
                + " Questionnaire shows only its label and attestation (a display item)");
        QuestionnaireItemComponent item = new QuestionnaireItemComponent().setLinkId(links.of(signature))
                .setType(QuestionnaireItemType.DISPLAY).setText(text(signature)
                        + (signature.getAttestation() == null ? "" : ": " + signature.getAttestation()));
        TemplateExtension.put(item, TemplateExtension.SIGNATURE, text(signature));
        if (signature.isCredentialsRequired()) {
            TemplateExtension.put(item, TemplateExtension.CREDENTIALS_REQUIRED,
                    new org.hl7.fhir.r4.model.BooleanType(true));
        }
        if (signature.getAttestation() != null) {
            TemplateExtension.put(item, TemplateExtension.ATTESTATION, signature.getAttestation());
        }
        if (signature.getCosignatureWhen() != null) {
            TemplateExtension.put(item, TemplateExtension.COSIGNATURE, "required when "
                    + ConditionText.of(signature.getCosignatureWhen()));
        } else if (signature.isCosignatureRequired()) {
            TemplateExtension.put(item, TemplateExtension.COSIGNATURE, "required");
        }
        return item;
    }

    /** What the writer of a letter supplies (a field of the letter): a required question. */
    private QuestionnaireItemComponent letterInput(org.casenotes.model.form.MergeInput input) {
        QuestionnaireItemComponent item = new QuestionnaireItemComponent().setLinkId(input.getId())
                .setText(input.getLabel() == null ? input.getId() : input.getLabel())
                .setType(ItemTypes.of(input.getType())).setRequired(true);
        switch (input.getType()) {
            case NumberType number -> number(item, number);
            case DurationType duration -> item.addExtension(Extensions.UNIT,
                    new Coding(Extensions.UCUM, "min", "minutes"));
            case ChoiceType choice -> {
                item.setRepeats(choice.isMultiple());
                String system = Extensions.CASENOTES + "CodeSystem/" + form.getId() + "." + input.getId();
                choice.getOptions().forEach(option -> item.addAnswerOption(answer(system, option)));
            }
            default -> {
            }
        }
        return item;
    }

    /** A section is a group; one left with nothing to ask (only a signature block, say) is left out. */
    private QuestionnaireItemComponent section(Section section) {
        List<QuestionnaireItemComponent> items = items(section);
        if (items.isEmpty()) {
            unmapped.add("section '" + section.getId() + "': nothing in it is a Questionnaire item");
            return null;
        }
        return help(group(section).setItem(items), section.getGuidance());
    }

    private QuestionnaireItemComponent group(FormElement element) {
        return new QuestionnaireItemComponent().setLinkId(links.of(element)).setText(text(element))
                .setType(QuestionnaireItemType.GROUP);
    }

    private QuestionnaireItemComponent repeatable(RepeatableGroup group) {
        QuestionnaireItemComponent item = group(group).setRepeats(true).setRequired(group.getMinRows() > 0);
        item.setItem(items(group));
        if (group.getMinRows() > 0) {
            item.addExtension(Extensions.MIN_OCCURS, new IntegerType(group.getMinRows()));
        }
        if (group.getMaxRows() >= 0) {
            item.addExtension(Extensions.MAX_OCCURS, new IntegerType(group.getMaxRows()));
        }
        return help(item, group.getHint());
    }

    private QuestionnaireItemComponent field(Field field) {
        QuestionnaireItemType type = ItemTypes.of(field.getType());
        QuestionnaireItemComponent item = new QuestionnaireItemComponent().setLinkId(links.of(field))
                .setText(text(field)).setType(type).setRequired(field.isRequired());
        switch (field.getType()) {
            case TextType text -> text(item, field, text);
            case NumberType number -> number(item, number);
            case DurationType duration -> item.addExtension(Extensions.UNIT,
                    new Coding(Extensions.UCUM, "min", "minutes"));
            case ChoiceType choice -> {
                item.setRepeats(choice.isMultiple());
                String system = codes.system(field);
                choice.getOptions().forEach(option -> item.addAnswerOption(answer(system, option)));
            }
            case GoalReferenceType goals -> {
                item.setRepeats(goals.isMultiple());
                item.addExtension(Extensions.REFERENCE_RESOURCE, new CodeType("Goal"));
            }
            default -> {
            }
        }
        if (field.getRequiredWhen() != null) {
            requiredWhen(item, field);
            TemplateExtension.put(item, TemplateExtension.REQUIRED_WHEN, ConditionText.of(field.getRequiredWhen()));
        }
        if (field.isClientWords()) {
            TemplateExtension.put(item, TemplateExtension.CLIENT_WORDS, new org.hl7.fhir.r4.model.BooleanType(true));
        }
        if (field.getType() instanceof ChoiceType choice && choice.getOptionSetId() != null) {
            TemplateExtension.put(item, TemplateExtension.OPTION_SET, choice.getOptionSetId());
        }
        if (field.getType() instanceof GoalReferenceType goals) {
            TemplateExtension.put(item, TemplateExtension.GOAL_TARGET, new CodeType(goals.getTarget().getLiteral()));
        }
        return help(item, field.getHint());
    }

    private void text(QuestionnaireItemComponent item, Field field, TextType text) {
        if (text.getMaxChars() != null) {
            item.setMaxLength(text.getMaxChars());
        }
        if (text.getMinChars() != null) {
            item.addExtension(Extensions.MIN_LENGTH, new IntegerType(text.getMinChars()));
        }
        if (text.getPattern() != null) {
            item.addExtension(Extensions.REGEX, new StringType(text.getPattern()));
            if (text.getPatternMessage() != null) {
                TemplateExtension.put(item, TemplateExtension.PATTERN_MESSAGE, text.getPatternMessage());
            }
        }
        if (text.getMinWords() != null) {
            TemplateExtension.put(item, TemplateExtension.MIN_WORDS, new IntegerType(text.getMinWords()));
        }
        if (text.getMaxWords() != null) {
            TemplateExtension.put(item, TemplateExtension.MAX_WORDS, new IntegerType(text.getMaxWords()));
        }
        if (text.getMinWords() != null || text.getMaxWords() != null) {
            unmapped.add("field '" + field.getId() + "': a length in words (FHIR limits only characters); the"
                    + " completeness rules check it when the note is checked");
        }
    }

    private static void number(QuestionnaireItemComponent item, NumberType number) {
        boolean decimal = number.getNumberKind() == NumberKind.DECIMAL;
        if (number.getMin() != null) {
            item.addExtension(Extensions.MIN_VALUE, bound(number.getMin(), decimal));
        }
        if (number.getMax() != null) {
            item.addExtension(Extensions.MAX_VALUE, bound(number.getMax(), decimal));
        }
        if (number.getUnit() != null) {
            item.addExtension(Extensions.UNIT, new Coding().setDisplay(number.getUnit()));
        }
    }

    private static org.hl7.fhir.r4.model.Type bound(BigDecimal value, boolean decimal) {
        return decimal ? new DecimalType(value) : new IntegerType(value.intValue());
    }

    private static QuestionnaireItemAnswerOptionComponent answer(String system, ChoiceOption option) {
        Coding coding = OptionCodes.coding(system, option);
        QuestionnaireItemAnswerOptionComponent answer = new QuestionnaireItemAnswerOptionComponent().setValue(coding);
        if (option.getScore() != null) {
            answer.addExtension(Extensions.ITEM_WEIGHT, new DecimalType(BigDecimal.valueOf(option.getScore())));
            coding.addExtension(Extensions.ORDINAL_VALUE, new DecimalType(BigDecimal.valueOf(option.getScore())));
        }
        return answer;
    }

    /** FHIR has no conditional "required": a questionnaire-constraint (error) says it in FHIRPath. */
    private void requiredWhen(QuestionnaireItemComponent item, Field field) {
        String condition = fhirPath.condition(field.getRequiredWhen());
        org.hl7.fhir.r4.model.Extension constraint = item.addExtension().setUrl(Extensions.CONSTRAINT);
        constraint.addExtension("key", new org.hl7.fhir.r4.model.IdType(field.getId() + "-required"));
        constraint.addExtension("severity", new CodeType("error"));
        constraint.addExtension("expression", new StringType("(" + condition + ").not() or ("
                + FhirPath.answers(links.of(field)) + ").exists()"));
        constraint.addExtension("human", new StringType("'" + text(field) + "' is required here."));
    }

    private QuestionnaireItemComponent calculated(CalculatedValue value) {
        QuestionnaireItemComponent item = new QuestionnaireItemComponent().setLinkId(links.of(value))
                .setText(text(value)).setType(ItemTypes.of(value)).setReadOnly(true);
        calculatedExpression(item, fhirPath.calculation(value));
        TemplateExtension.put(item, TemplateExtension.CALCULATION, ConditionText.of(value.getCalculation()));
        if (value.getCalculation() instanceof org.casenotes.model.form.DurationMinutes) {
            item.addExtension(Extensions.UNIT, new Coding(Extensions.UCUM, "min", "minutes"));
        }
        return item;
    }

    private QuestionnaireItemComponent instrument(InstrumentBlock block) {
        Instrument instrument = block.getInstrument();
        QuestionnaireItemComponent group = group(block).setRequired(block.isRequired());
        TemplateExtension.put(group, TemplateExtension.INSTRUMENT, instrument.getId());
        if (instrument.getTitle() != null && (block.getLabel() == null || block.getLabel().isBlank())) {
            group.setText(instrument.getTitle());
        }
        if (instrument.getInstructions() != null) {
            group.addItem().setLinkId(links.instructions(block)).setType(QuestionnaireItemType.DISPLAY)
                    .setText(instrument.getInstructions());
        }
        String system = codes.system(instrument);
        for (InstrumentItem instrumentItem : instrument.getItems()) {
            QuestionnaireItemComponent question = group.addItem().setLinkId(links.item(block, instrumentItem))
                    .setText(instrumentItem.getText()).setType(QuestionnaireItemType.CHOICE)
                    .setRequired(block.isRequired());
            instrument.getScale().forEach(option -> question.addAnswerOption(answer(system, option)));
        }
        QuestionnaireItemComponent total = group.addItem().setLinkId(links.total(block))
                .setText((instrument.getTitle() == null ? instrument.getId() : shortTitle(instrument)) + " total")
                .setType(QuestionnaireItemType.INTEGER).setReadOnly(true);
        calculatedExpression(total, fhirPath.total(block));
        if (!instrument.getSeverityBands().isEmpty()) {
            QuestionnaireItemComponent severity = group.addItem().setLinkId(links.severity(block))
                    .setText("Severity").setType(QuestionnaireItemType.STRING).setReadOnly(true);
            calculatedExpression(severity, fhirPath.severity(block));
        }
        return group;
    }

    private static String shortTitle(Instrument instrument) {
        String title = instrument.getTitle();
        int space = title.indexOf(' ');
        return space > 0 ? title.substring(0, space) : title;
    }

    private void shownWhen(QuestionnaireItemComponent item, Condition condition) {
        if (condition == null) {
            return;
        }
        TemplateExtension.put(item, TemplateExtension.SHOWN_WHEN, ConditionText.of(condition));
        enableWhens.map(condition).ifPresentOrElse(mapped -> {
            item.setEnableWhen(new ArrayList<>(mapped.entries()));
            if (mapped.behavior() != null) {
                item.setEnableBehavior(mapped.behavior());
            }
        }, () -> item.addExtension(Extensions.ENABLE_WHEN_EXPRESSION,
                fhirPathExpression(fhirPath.condition(condition))));
    }

    private static void calculatedExpression(QuestionnaireItemComponent item, String expression) {
        item.addExtension(Extensions.CALCULATED_EXPRESSION, fhirPathExpression(expression));
    }

    private static Expression fhirPathExpression(String expression) {
        return new Expression().setLanguage(Extensions.FHIRPATH).setExpression(expression);
    }

    /** Adds the text as a help item (a display child with item control "help"), as SDC renderers show it. */
    private static QuestionnaireItemComponent help(QuestionnaireItemComponent item, String text) {
        if (text != null && !text.isBlank()) {
            item.addItem().setLinkId(LinkIds.help(item.getLinkId())).setType(QuestionnaireItemType.DISPLAY)
                    .setText(text).addExtension(Extensions.ITEM_CONTROL, new CodeableConcept(
                            new Coding(Extensions.ITEM_CONTROL_SYSTEM, "help", "Help-Button")));
        }
        return item;
    }

    private static String text(FormElement element) {
        return element.getLabel() == null || element.getLabel().isBlank() ? element.getId() : element.getLabel();
    }

    /** The kind as the template language writes it: {@code TREATMENT_PLAN} is {@code treatmentPlan}. */
    static String kindKeyword(org.casenotes.model.form.FormKind kind) {
        String[] words = kind.name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder keyword = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            keyword.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return keyword.toString();
    }

    /** A resource id: letters, digits, '-' and '.', at most 64. */
    static String resourceId(String templateId) {
        String id = templateId.replaceAll("[^A-Za-z0-9.-]", "-");
        return id.length() <= 64 ? id : id.substring(0, 64);
    }

    /** The Questionnaire's computable name: the template's simple name, starting with a capital. */
    static String computableName(String templateId) {
        String simple = templateId.substring(templateId.lastIndexOf('.') + 1).replaceAll("[^A-Za-z0-9_]", "_");
        if (simple.isEmpty() || !Character.isLetter(simple.charAt(0))) {
            simple = "T" + simple;
        }
        return simple.substring(0, 1).toUpperCase(Locale.ROOT) + simple.substring(1);
    }
}
