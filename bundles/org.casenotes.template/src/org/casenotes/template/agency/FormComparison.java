package org.casenotes.template.agency;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.casenotes.model.form.CalculatedValue;
import org.casenotes.model.form.ChoiceOption;
import org.casenotes.model.form.ChoiceType;
import org.casenotes.model.form.Field;
import org.casenotes.model.form.FormDefinition;
import org.casenotes.model.form.FormElement;
import org.casenotes.model.form.InstrumentBlock;
import org.casenotes.model.form.RepeatableGroup;
import org.casenotes.model.form.RuleConfiguration;
import org.casenotes.model.form.Section;
import org.casenotes.model.form.SignatureBlock;
import org.casenotes.model.form.query.ConditionText;
import org.casenotes.model.form.query.FormDefinitions;
import org.casenotes.template.agency.FormChange.Kind;

/**
 * The structural difference between two compiled versions of a form: elements are matched by id (ids are stable
 * across versions, labels are not), then their label, place, type, constraints, requirement, conditions, hints,
 * options and calculations are compared.
 */
public final class FormComparison {

    private FormComparison() {
    }

    /**
     * @param older the earlier version, or null when there is none (the newer one is then summarized as new)
     * @param newer the later version
     * @return the differences, form-level first, then removed, added and changed elements in document order
     */
    public static List<FormChange> between(FormDefinition older, FormDefinition newer) {
        Objects.requireNonNull(newer, "newer");
        if (older == null) {
            return List.of(new FormChange(Kind.ADDED, "", "First version of \"" + newer.getTitle() + "\" ("
                    + newer.getId() + "): " + count(newer, Section.class) + " sections, " + count(newer, Field.class)
                    + " fields"));
        }
        List<FormChange> changes = new ArrayList<>();
        compareProperties(changes, "", "The form", formProperties(older), formProperties(newer));
        Map<String, FormElement> before = byId(older);
        Map<String, FormElement> after = byId(newer);
        before.forEach((id, element) -> {
            if (!after.containsKey(id)) {
                changes.add(new FormChange(Kind.REMOVED, id, name(element) + " removed" + from(element)));
            }
        });
        after.forEach((id, element) -> {
            if (!before.containsKey(id)) {
                changes.add(new FormChange(Kind.ADDED, id, name(element) + " added" + in(element)));
            }
        });
        after.forEach((id, element) -> {
            FormElement previous = before.get(id);
            if (previous != null) {
                compareElement(changes, previous, element);
            }
        });
        return changes;
    }

    private static void compareElement(List<FormChange> changes, FormElement older, FormElement newer) {
        if (older.eClass() != newer.eClass()) {
            changes.add(new FormChange(Kind.CHANGED, newer.getId(), name(older) + " is now a " + word(newer)));
            return;
        }
        compareProperties(changes, newer.getId(), name(newer), properties(older), properties(newer));
        if (older instanceof Field oldField && newer instanceof Field newField
                && oldField.getType() instanceof ChoiceType oldChoice
                && newField.getType() instanceof ChoiceType newChoice) {
            compareOptions(changes, newField, oldChoice, newChoice);
        }
    }

    private static void compareOptions(List<FormChange> changes, Field field, ChoiceType older, ChoiceType newer) {
        Map<String, ChoiceOption> before = options(older);
        Map<String, ChoiceOption> after = options(newer);
        String owner = name(field);
        before.forEach((id, option) -> {
            if (!after.containsKey(id)) {
                changes.add(new FormChange(Kind.REMOVED, field.getId(),
                        owner + ": option \"" + option.getLabel() + "\" (" + id + ") removed"));
            }
        });
        after.forEach((id, option) -> {
            ChoiceOption previous = before.get(id);
            if (previous == null) {
                changes.add(new FormChange(Kind.ADDED, field.getId(),
                        owner + ": option \"" + option.getLabel() + "\" (" + id + ") added"));
            } else {
                compareProperties(changes, field.getId(), owner + ": option " + id, optionProperties(previous),
                        optionProperties(option));
            }
        });
    }

    private static void compareProperties(List<FormChange> changes, String id, String owner, Map<String, String> older,
            Map<String, String> newer) {
        newer.forEach((property, value) -> {
            String previous = older.getOrDefault(property, "");
            if (!previous.equals(value)) {
                changes.add(new FormChange(Kind.CHANGED, id,
                        owner + ": " + property + " " + shown(previous) + " \u2192 " + shown(value)));
            }
        });
    }

    private static Map<String, String> formProperties(FormDefinition form) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("title", text(form.getTitle()));
        properties.put("kind", form.getKind() == null ? "" : form.getKind().getLiteral());
        properties.put("description", text(form.getDescription()));
        properties.put("based on", String.join(" \u2192 ", form.getBaseChain()));
        RuleConfiguration rules = form.getRuleConfiguration();
        if (rules != null) {
            properties.put("rule packs", String.join(", ", rules.getRulePacks()));
            properties.put("signing window", rules.getSigningWindow() == null ? ""
                    : rules.getSigningWindow().getAmount() + " " + rules.getSigningWindow().getUnit().getLiteral());
            properties.put("approved terms", String.join(", ", rules.getApprovedTerms()));
        }
        return properties;
    }

    private static Map<String, String> properties(FormElement element) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("label", text(element.getLabel()));
        properties.put("place", place(element));
        properties.put("shown when", ConditionText.of(element.getShownWhen()));
        switch (element) {
        case Section section -> properties.put("guidance", text(section.getGuidance()));
        case Field field -> {
            properties.put("type", FieldTypeText.type(field.getType()));
            properties.put("constraints", FieldTypeText.constraints(field.getType()));
            properties.put("required", field.getRequiredWhen() != null
                    ? "when " + ConditionText.of(field.getRequiredWhen()) : field.isRequired() ? "yes" : "no");
            properties.put("hint", text(field.getHint()));
            properties.put("client's own words", field.isClientWords() ? "yes" : "no");
        }
        case RepeatableGroup group -> {
            properties.put("hint", text(group.getHint()));
            properties.put("rows", group.getMinRows() + ".." + (group.getMaxRows() < 0 ? "" : group.getMaxRows()));
        }
        case InstrumentBlock block -> {
            properties.put("instrument", block.getInstrument() == null ? "" : block.getInstrument().getId());
            properties.put("required", block.isRequired() ? "yes" : "no");
        }
        case SignatureBlock signature -> {
            properties.put("attestation", text(signature.getAttestation()));
            properties.put("credentials required", signature.isCredentialsRequired() ? "yes" : "no");
            properties.put("co-signature", signature.getCosignatureWhen() != null
                    ? "when " + ConditionText.of(signature.getCosignatureWhen())
                    : signature.isCosignatureRequired() ? "yes" : "no");
        }
        case CalculatedValue value -> properties.put("formula", ConditionText.of(value.getCalculation()));
        default -> {
            // other elements have only a label, a place and a condition
        }
        }
        return properties;
    }

    private static Map<String, String> optionProperties(ChoiceOption option) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("label", text(option.getLabel()));
        properties.put("score", option.getScore() == null ? "" : option.getScore().toString());
        return properties;
    }

    private static Map<String, FormElement> byId(FormDefinition form) {
        Map<String, FormElement> elements = new LinkedHashMap<>();
        FormDefinitions.allElements(form).forEach(element -> elements.putIfAbsent(element.getId(), element));
        return elements;
    }

    private static Map<String, ChoiceOption> options(ChoiceType choice) {
        return choice.getOptions().stream()
                .collect(Collectors.toMap(ChoiceOption::getId, option -> option, (a, b) -> a, LinkedHashMap::new));
    }

    private static String place(FormElement element) {
        return element.eContainer() instanceof FormElement parent ? parent.getId() : "";
    }

    private static String in(FormElement element) {
        return element.eContainer() instanceof FormElement parent ? " in " + word(parent) + description(parent) : "";
    }

    private static String from(FormElement element) {
        return element.eContainer() instanceof FormElement parent ? " from " + word(parent) + description(parent) : "";
    }

    private static String name(FormElement element) {
        String word = word(element);
        return Character.toUpperCase(word.charAt(0)) + word.substring(1) + description(element);
    }

    private static String description(FormElement element) {
        return " \"" + text(element.getLabel()) + "\" (" + element.getId() + ")";
    }

    private static String word(FormElement element) {
        return switch (element) {
        case Section section -> "section";
        case Field field -> "field";
        case RepeatableGroup group -> "group";
        case InstrumentBlock block -> "instrument";
        case SignatureBlock signature -> "signature";
        case CalculatedValue value -> "calculated value";
        default -> element.eClass().getName();
        };
    }

    private static long count(FormDefinition form, Class<? extends FormElement> type) {
        return FormDefinitions.allElements(form).stream().filter(type::isInstance).count();
    }

    private static String shown(String value) {
        return value.isEmpty() ? "(none)" : "\"" + value + "\"";
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
