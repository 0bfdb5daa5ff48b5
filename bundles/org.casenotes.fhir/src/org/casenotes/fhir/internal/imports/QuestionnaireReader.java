package org.casenotes.fhir.internal.imports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.casenotes.fhir.KnownDefinitions;
import org.casenotes.fhir.internal.TemplateExtension;
import org.casenotes.fhir.internal.imports.Draft.CalcPart;
import org.casenotes.fhir.internal.imports.Draft.FieldPart;
import org.casenotes.fhir.internal.imports.Draft.GroupPart;
import org.casenotes.fhir.internal.imports.Draft.InstrumentPart;
import org.casenotes.fhir.internal.imports.Draft.Part;
import org.casenotes.fhir.internal.imports.Draft.SectionPart;
import org.casenotes.fhir.internal.imports.Draft.SignaturePart;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.PrimitiveType;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemAnswerOptionComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemType;
import org.hl7.fhir.r4.model.Type;

/**
 * Reads an R4 Questionnaire (already checked by {@link QuestionnaireChecks}) as a template: groups become sections,
 * repeating groups repeatable groups, questions fields of the matching type with their options and scores
 * ({@code itemWeight} or {@code ordinalValue}), limits, units and help text, {@code enableWhen} "shown when", and the
 * template extension of a Questionnaire made by Casenotes what FHIR cannot say. Everything else is reported.
 */
final class QuestionnaireReader {

    private static final String CORE = "http://hl7.org/fhir/StructureDefinition/";
    private static final String SDC = "http://hl7.org/fhir/uv/sdc/StructureDefinition/";

    private final KnownDefinitions known;
    private final List<String> unmapped = new ArrayList<>();
    private final Map<String, EnableWhenConditions.Target> targets = new HashMap<>();
    private final Map<QuestionnaireItemComponent, String> locations = new HashMap<>();
    private EnableWhenConditions conditions;

    QuestionnaireReader(KnownDefinitions known) {
        this.known = known;
    }

    List<String> unmapped() {
        return unmapped;
    }

    Draft.Template read(Questionnaire questionnaire) {
        Names names = new Names();
        assign(questionnaire.getItem(), "", names);
        conditions = new EnableWhenConditions(targets);
        String name = Names.templateName(simpleName(questionnaire));
        String title = questionnaire.hasTitle() ? questionnaire.getTitle() : questionnaire.hasName()
                ? questionnaire.getName() : name;
        int version = 1;
        if (questionnaire.hasVersion()) {
            try {
                version = Math.max(1, Integer.parseInt(questionnaire.getVersion().strip()));
            } catch (NumberFormatException e) {
                unmapped.add("version '" + questionnaire.getVersion() + "' is not a whole number: the template is"
                        + " version 1");
            }
        }
        String kind = TemplateExtension.text(questionnaire, TemplateExtension.KIND).orElseGet(() -> {
            unmapped.add("the Questionnaire does not say what kind of note it is: the template is a progress note"
                    + " (change 'kind' if it is not)");
            return "progress";
        });
        return new Draft.Template(name, title, version, kind, questionnaire.getDescription(),
                parts(questionnaire.getItem()), TemplateExtension.text(questionnaire, TemplateExtension.LETTER_BODY)
                        .orElse(null));
    }

    private static String simpleName(Questionnaire questionnaire) {
        if (questionnaire.hasName()) {
            return questionnaire.getName();
        }
        String source = questionnaire.hasUrl() ? questionnaire.getUrl() : questionnaire.getIdElement().getIdPart();
        if (source == null) {
            return "ImportedQuestionnaire";
        }
        String last = source.substring(source.lastIndexOf('/') + 1);
        return last.substring(last.lastIndexOf('.') + 1);
    }

    /** Names every item first, so that conditions can name items that come later. */
    private void assign(List<QuestionnaireItemComponent> items, String parent, Names names) {
        for (int i = 0; i < items.size(); i++) {
            QuestionnaireItemComponent item = items.get(i);
            String path = (parent.isEmpty() ? "" : parent + ".") + "item[" + i + "]";
            locations.put(item, path + " (linkId '" + item.getLinkId() + "')");
            if (item.getType() == QuestionnaireItemType.DISPLAY) {
                continue;
            }
            String name = names.unique(item.getLinkId(), "q");
            Map<String, String> options = new LinkedHashMap<>();
            Names optionNames = new Names();
            for (QuestionnaireItemAnswerOptionComponent option : item.getAnswerOption()) {
                String code = code(option.getValue());
                options.put(code, optionNames.unique(code, "c"));
            }
            targets.put(item.getLinkId(), new EnableWhenConditions.Target(name, options));
            assign(item.getItem(), path, names);
        }
    }

    private List<Part> parts(List<QuestionnaireItemComponent> items) {
        List<Part> parts = new ArrayList<>();
        for (QuestionnaireItemComponent item : items) {
            if (item.getType() == QuestionnaireItemType.DISPLAY) {
                Optional<String> signature = TemplateExtension.text(item, TemplateExtension.SIGNATURE);
                if (signature.isPresent()) {
                    parts.add(new SignaturePart(Names.of(item.getLinkId(), "s"), signature.get(),
                            TemplateExtension.get(item, TemplateExtension.CREDENTIALS_REQUIRED).isPresent(),
                            TemplateExtension.text(item, TemplateExtension.ATTESTATION).orElse(null),
                            TemplateExtension.text(item, TemplateExtension.COSIGNATURE).orElse(null)));
                } else if (!isHelp(item)) {
                    unmapped.add(locations.get(item) + ": display text \"" + abbreviated(item.getText())
                            + "\" is not a part of a template; it was left out");
                }
                continue;
            }
            part(item).ifPresent(parts::add);
        }
        return parts;
    }

    private Optional<Part> part(QuestionnaireItemComponent item) {
        String name = targets.get(item.getLinkId()).name();
        String label = item.hasText() ? item.getText() : name;
        String shownWhen = shownWhen(item);
        if (item.getType() == QuestionnaireItemType.GROUP) {
            Optional<String> instrument = TemplateExtension.text(item, TemplateExtension.INSTRUMENT);
            if (instrument.isPresent() && known.instruments().containsKey(instrument.get())
                    && sameItems(item, known.instruments().get(instrument.get()))) {
                return Optional.of(new InstrumentPart(name, instrument.get(), item.getRequired(), shownWhen));
            }
            instrument.ifPresent(id -> unmapped.add(locations.get(item) + ": the instrument " + id + " is not"
                    + " installed here (or its items differ): its items are imported as scored choices"));
            String guidance = help(item);
            if (item.getRepeats()) {
                int min = integerExtension(item, CORE + "questionnaire-minOccurs").orElse(item.getRequired() ? 1 : 0);
                Integer max = integerExtension(item, CORE + "questionnaire-maxOccurs").orElse(null);
                return Optional.of(new GroupPart(name, label, guidance, min, max, shownWhen, parts(item.getItem())));
            }
            return Optional.of(new SectionPart(name, label, guidance, shownWhen, parts(item.getItem())));
        }
        Optional<String> calculation = TemplateExtension.text(item, TemplateExtension.CALCULATION);
        if (calculation.isPresent()) {
            return Optional.of(new CalcPart(name, label, calculation.get()));
        }
        if (item.hasExtension(SDC + "sdc-questionnaire-calculatedExpression")) {
            Extension expression = item.getExtensionByUrl(SDC + "sdc-questionnaire-calculatedExpression");
            unmapped.add(locations.get(item) + ": its calculation is FHIRPath ("
                    + abbreviated(((org.hl7.fhir.r4.model.Expression) expression.getValue()).getExpression())
                    + "), which the template language cannot read: it is imported as a question to answer");
        }
        return field(item, name, label, shownWhen);
    }

    private Optional<Part> field(QuestionnaireItemComponent item, String name, String label, String shownWhen) {
        List<String> constraints = new ArrayList<>();
        Optional<String> type = type(item, constraints);
        if (type.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> requiredWhen = TemplateExtension.text(item, TemplateExtension.REQUIRED_WHEN);
        if (requiredWhen.isPresent()) {
            constraints.add(0, "required when " + requiredWhen.get());
        } else if (item.getRequired()) {
            constraints.add(0, "required");
        }
        if (TemplateExtension.get(item, TemplateExtension.CLIENT_WORDS).isPresent()) {
            constraints.add("client words");
        }
        if (item.getReadOnly()) {
            unmapped.add(locations.get(item) + ": read-only in the Questionnaire; in the template it can be"
                    + " answered");
        }
        return Optional.of(new FieldPart(name, label, type.get(), constraints, shownWhen, help(item)));
    }

    /** @return the field type in the language's words (adding constraints it implies), or empty if none fits */
    private Optional<String> type(QuestionnaireItemComponent item, List<String> constraints) {
        return switch (item.getType()) {
            case STRING, TEXT -> {
                text(item, constraints);
                yield Optional.of(item.getType() == QuestionnaireItemType.TEXT ? "longtext" : "text");
            }
            case URL -> {
                unmapped.add(locations.get(item) + ": a URL question is imported as text");
                yield Optional.of("text");
            }
            case INTEGER -> Optional.of(unit(item).filter("min"::equals).isPresent()
                    && item.getExtensionByUrl(CORE + "questionnaire-unit").getValue() instanceof Coding coding
                    && "http://unitsofmeasure.org".equals(coding.getSystem()) ? "duration" : number("integer", item));
            case DECIMAL -> Optional.of(number("decimal", item));
            case QUANTITY -> {
                unmapped.add(locations.get(item) + ": a quantity is imported as a decimal number");
                yield Optional.of(number("decimal", item));
            }
            case BOOLEAN -> Optional.of("boolean");
            case DATE -> Optional.of("date");
            case TIME -> Optional.of("time");
            case DATETIME -> Optional.of("datetime");
            case CHOICE, OPENCHOICE -> choice(item);
            case REFERENCE -> {
                boolean goal = item.getExtensionsByUrl(CORE + "questionnaire-referenceResource").stream()
                        .anyMatch(extension -> "Goal".equals(extension.getValue().primitiveValue()));
                if (!goal) {
                    unmapped.add(locations.get(item) + ": a reference to something other than a treatment-plan goal"
                            + " is imported as text");
                    yield Optional.of("text");
                }
                yield Optional.of(TemplateExtension.text(item, TemplateExtension.GOAL_TARGET)
                        .filter("objective"::equalsIgnoreCase).isPresent() ? "objective" : "goal");
            }
            case ATTACHMENT -> {
                unmapped.add(locations.get(item) + ": file attachments have no field type in a template; the item"
                        + " was left out");
                yield Optional.empty();
            }
            default -> {
                unmapped.add(locations.get(item) + ": item type " + item.getType().toCode() + " left out");
                yield Optional.empty();
            }
        };
    }

    private void text(QuestionnaireItemComponent item, List<String> constraints) {
        TemplateExtension.get(item, TemplateExtension.MIN_WORDS).ifPresent(n -> constraints.add("min "
                + n.primitiveValue() + " words"));
        TemplateExtension.get(item, TemplateExtension.MAX_WORDS).ifPresent(n -> constraints.add("max "
                + n.primitiveValue() + " words"));
        integerExtension(item, CORE + "minLength").ifPresent(n -> constraints.add("min " + n + " characters"));
        if (item.hasMaxLength()) {
            constraints.add("max " + item.getMaxLength() + " characters");
        }
        Extension regex = item.getExtensionByUrl(CORE + "regex");
        if (regex != null) {
            String pattern = regex.getValue().primitiveValue();
            String message = TemplateExtension.text(item, TemplateExtension.PATTERN_MESSAGE)
                    .orElse("Enter text that matches " + pattern + ".");
            constraints.add("pattern " + TemplateText.quoted(pattern) + " message " + TemplateText.quoted(message));
        }
    }

    private String number(String kind, QuestionnaireItemComponent item) {
        StringBuilder type = new StringBuilder(kind);
        Extension unit = item.getExtensionByUrl(CORE + "questionnaire-unit");
        if (unit != null && unit.getValue() instanceof Coding coding) {
            String text = coding.hasDisplay() ? coding.getDisplay() : coding.getCode();
            if (text != null) {
                type.append(" unit ").append(TemplateText.quoted(text));
            }
        }
        Optional<String> min = bound(item, CORE + "minValue");
        Optional<String> max = bound(item, CORE + "maxValue");
        if (min.isPresent()) {
            type.append(" range ").append(min.get()).append("..").append(max.orElse(""));
        } else if (max.isPresent()) {
            unmapped.add(locations.get(item) + ": a maximum (" + max.get() + ") without a minimum; a template's"
                    + " range needs both ends or a lower one, so it was left out");
        }
        return type.toString();
    }

    private Optional<String> unit(QuestionnaireItemComponent item) {
        Extension unit = item.getExtensionByUrl(CORE + "questionnaire-unit");
        return unit != null && unit.getValue() instanceof Coding coding ? Optional.ofNullable(coding.getCode())
                : Optional.empty();
    }

    private static Optional<String> bound(QuestionnaireItemComponent item, String url) {
        Extension extension = item.getExtensionByUrl(url);
        if (extension == null || !(extension.getValue() instanceof PrimitiveType<?> value)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BigDecimal(value.getValueAsString()).stripTrailingZeros().toPlainString());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private Optional<String> choice(QuestionnaireItemComponent item) {
        String kind = (item.getRepeats() ? "multiple " : "") + "choice";
        if (item.getType() == QuestionnaireItemType.OPENCHOICE) {
            unmapped.add(locations.get(item) + ": answers other than the options (open-choice) cannot be given in"
                    + " a template's choice");
        }
        if (item.getAnswerOption().isEmpty()) {
            unmapped.add(locations.get(item) + ": its options are in a value set (" + item.getAnswerValueSet()
                    + "), which is not read: it is imported as text");
            return Optional.of("text");
        }
        Map<String, String> names = targets.get(item.getLinkId()).optionNames();
        List<String> optionIds = new ArrayList<>(names.values());
        Optional<String> set = TemplateExtension.text(item, TemplateExtension.OPTION_SET)
                .filter(id -> optionIds.equals(known.optionSets().get(id)));
        if (set.isPresent()) {
            return Optional.of(kind + " from " + set.get());
        }
        List<String> options = new ArrayList<>();
        for (QuestionnaireItemAnswerOptionComponent option : item.getAnswerOption()) {
            String code = code(option.getValue());
            StringBuilder text = new StringBuilder(TemplateText.name(names.get(code))).append(' ')
                    .append(TemplateText.quoted(display(option.getValue())));
            score(item, option).ifPresent(score -> text.append(" score ").append(score));
            options.add(text.toString());
        }
        return Optional.of(kind + " { " + String.join(", ", options) + " }");
    }

    private Optional<Integer> score(QuestionnaireItemComponent item, QuestionnaireItemAnswerOptionComponent option) {
        Extension weight = option.getExtensionByUrl(CORE + "itemWeight");
        if (weight == null && option.getValue() instanceof Coding coding) {
            weight = coding.getExtensionByUrl(CORE + "ordinalValue");
            if (weight == null) {
                weight = coding.getExtensionByUrl(CORE + "itemWeight");
            }
        }
        if (weight == null) {
            return Optional.empty();
        }
        BigDecimal value = new BigDecimal(weight.getValue().primitiveValue());
        if (value.stripTrailingZeros().scale() > 0) {
            unmapped.add(locations.get(item) + ": the score " + value.toPlainString() + " is not a whole number;"
                    + " it was rounded");
        }
        return Optional.of(value.setScale(0, java.math.RoundingMode.HALF_UP).intValueExact());
    }

    private String shownWhen(QuestionnaireItemComponent item) {
        Optional<String> text = TemplateExtension.text(item, TemplateExtension.SHOWN_WHEN);
        if (text.isPresent()) {
            return text.get();
        }
        if (item.hasEnableWhen()) {
            EnableWhenConditions.Result result = conditions.of(item);
            if (result.condition() != null) {
                return result.condition();
            }
            unmapped.add(locations.get(item) + ": " + result.failure() + "; it is always shown");
        } else if (item.hasExtension(SDC + "sdc-questionnaire-enableWhenExpression")) {
            unmapped.add(locations.get(item) + ": its condition is FHIRPath (enableWhenExpression), which the"
                    + " template language cannot read; it is always shown");
        }
        return null;
    }

    private boolean sameItems(QuestionnaireItemComponent group, List<String> itemIds) {
        String prefix = group.getLinkId() + ".";
        List<String> ids = group.getItem().stream().filter(child -> child.getType() == QuestionnaireItemType.CHOICE)
                .map(child -> child.getLinkId().startsWith(prefix) ? child.getLinkId().substring(prefix.length())
                        : child.getLinkId()).toList();
        return ids.equals(itemIds);
    }

    /** The text of the item's help: a display child with item control "help", or its first display child. */
    private static String help(QuestionnaireItemComponent item) {
        return item.getItem().stream().filter(QuestionnaireReader::isHelp).map(QuestionnaireItemComponent::getText)
                .findFirst().orElse(null);
    }

    private static boolean isHelp(QuestionnaireItemComponent item) {
        if (item.getType() != QuestionnaireItemType.DISPLAY) {
            return false;
        }
        Extension control = item.getExtensionByUrl(CORE + "questionnaire-itemControl");
        return control != null && control.getValue() instanceof CodeableConcept concept
                && concept.getCoding().stream().anyMatch(coding -> "help".equals(coding.getCode()));
    }

    private static Optional<Integer> integerExtension(QuestionnaireItemComponent item, String url) {
        Extension extension = item.getExtensionByUrl(url);
        return extension != null && extension.getValue() instanceof IntegerType number
                ? Optional.of(number.getValue()) : Optional.empty();
    }

    static String code(Type value) {
        return switch (value) {
            case Coding coding -> coding.getCode();
            case PrimitiveType<?> primitive -> primitive.getValueAsString();
            default -> value.fhirType();
        };
    }

    private static String display(Type value) {
        return switch (value) {
            case Coding coding -> coding.hasDisplay() ? coding.getDisplay() : coding.getCode();
            case PrimitiveType<?> primitive -> primitive.getValueAsString();
            default -> value.fhirType();
        };
    }

    private static String abbreviated(String text) {
        if (text == null) {
            return "";
        }
        String line = text.replace('\n', ' ').strip();
        return line.length() <= 60 ? line : line.substring(0, 57) + "...";
    }
}
