package org.casenotes.fhir.internal.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.PrimitiveType;
import org.hl7.fhir.r4.model.Questionnaire.EnableWhenBehavior;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemEnableWhenComponent;
import org.hl7.fhir.r4.model.Type;

/**
 * An item's {@code enableWhen} as a "shown when" condition: {@code exists} becomes "is answered" / "is not answered",
 * a coding compared with {@code =} / {@code !=} becomes {@code x in [code]} / {@code x not in [code]}, other values
 * a comparison; several entries are joined with {@code and} ({@code enableBehavior} all) or {@code or} (any).
 */
final class EnableWhenConditions {

    /** What an item was imported as: its name and the option names of its codes. */
    record Target(String name, Map<String, String> optionNames) {
    }

    private final Map<String, Target> byLinkId;

    EnableWhenConditions(Map<String, Target> byLinkId) {
        this.byLinkId = byLinkId;
    }

    /** @return the condition, or the reason it cannot be written */
    Result of(QuestionnaireItemComponent item) {
        List<String> atoms = new ArrayList<>();
        for (QuestionnaireItemEnableWhenComponent entry : item.getEnableWhen()) {
            Target target = byLinkId.get(entry.getQuestion());
            if (target == null) {
                return Result.failed("its enableWhen names the question '" + entry.getQuestion()
                        + "', which was not imported");
            }
            Optional<String> atom = atom(target, entry);
            if (atom.isEmpty()) {
                return Result.failed("its enableWhen compares '" + entry.getQuestion() + "' in a way the template"
                        + " language cannot say (" + entry.getOperator().toCode() + " " + describe(entry.getAnswer())
                        + ")");
            }
            atoms.add(atom.get());
        }
        String joiner = item.getEnableBehavior() == EnableWhenBehavior.ANY ? " or " : " and ";
        return new Result(String.join(joiner, atoms), null);
    }

    record Result(String condition, String failure) {
        static Result failed(String why) {
            return new Result(null, why);
        }
    }

    private static Optional<String> atom(Target target, QuestionnaireItemEnableWhenComponent entry) {
        String name = TemplateText.name(target.name());
        Type answer = entry.getAnswer();
        return switch (entry.getOperator()) {
            case EXISTS -> Optional.of(name + (answer instanceof BooleanType yes && !yes.booleanValue()
                    ? " is not answered" : " is answered"));
            case EQUAL, NOT_EQUAL -> {
                boolean equal = entry.getOperator() == org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemOperator.EQUAL;
                if (answer instanceof Coding coding) {
                    String option = target.optionNames().get(coding.getCode());
                    yield option == null ? Optional.empty()
                            : Optional.of(name + (equal ? " in [" : " not in [") + TemplateText.name(option) + "]");
                }
                yield literal(answer).map(value -> name + (equal ? " = " : " != ") + value);
            }
            case GREATER_THAN -> literal(answer).map(value -> name + " > " + value);
            case LESS_THAN -> literal(answer).map(value -> name + " < " + value);
            case GREATER_OR_EQUAL -> literal(answer).map(value -> name + " >= " + value);
            case LESS_OR_EQUAL -> literal(answer).map(value -> name + " <= " + value);
            default -> Optional.empty();
        };
    }

    private static Optional<String> literal(Type answer) {
        return switch (answer) {
            case BooleanType yes -> Optional.of(Boolean.toString(yes.booleanValue()));
            case IntegerType number -> Optional.of(number.getValue().toString());
            case DecimalType number -> Optional.of(number.getValue().stripTrailingZeros().toPlainString());
            case org.hl7.fhir.r4.model.StringType text -> Optional.of(TemplateText.quoted(text.getValue()));
            default -> Optional.empty();
        };
    }

    private static String describe(Type answer) {
        if (answer instanceof PrimitiveType<?> primitive) {
            return primitive.getValueAsString();
        }
        return answer == null ? "nothing" : answer.fhirType();
    }

}
