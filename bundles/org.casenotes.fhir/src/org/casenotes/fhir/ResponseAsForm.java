package org.casenotes.fhir;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.casenotes.model.form.CalculatedValue;
import org.casenotes.model.form.Field;
import org.casenotes.model.form.FormDefinition;
import org.casenotes.model.form.FormElement;
import org.casenotes.model.form.InstrumentBlock;
import org.casenotes.model.form.RepeatableGroup;
import org.casenotes.model.form.Section;
import org.casenotes.model.form.query.ElementIndex;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemAnswerComponent;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.hl7.fhir.r4.model.Type;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.StrictErrorHandler;

/**
 * A FHIR R4 QuestionnaireResponse to a template's Questionnaire, read as the structured-note JSON form that
 * {@code casenotes check} takes (field id to value; a repeatable group an array of rows; an instrument an object of
 * item answers): items are found by linkId, sections' groups are flattened, calculated and display items are
 * skipped (Casenotes calculates them itself). Items whose linkId the template does not have are kept under their
 * linkId, so the check reports them.
 */
public final class ResponseAsForm {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final FormDefinition form;
    private final ElementIndex index;

    public ResponseAsForm(FormDefinition form) {
        this.form = form;
        this.index = ElementIndex.of(form);
    }

    /** Whether the JSON text is a FHIR resource (it has a {@code resourceType}) rather than the JSON form. */
    public static boolean isFhirResource(String json) {
        try {
            JsonNode node = new ObjectMapper().readTree(json);
            return node != null && node.isObject() && node.has("resourceType");
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /**
     * @param json a QuestionnaireResponse as FHIR R4 JSON
     * @return the same answers as the JSON form, pretty-printed
     * @throws IllegalArgumentException if the text is not an R4 QuestionnaireResponse, with the parser's reason
     */
    public String toJsonForm(String json) {
        QuestionnaireResponse response;
        try {
            response = QuestionnaireExport.context().newJsonParser().setParserErrorHandler(new StrictErrorHandler())
                    .parseResource(QuestionnaireResponse.class, json);
        } catch (DataFormatException | ClassCastException e) {
            throw new IllegalArgumentException("not a FHIR R4 QuestionnaireResponse: " + e.getMessage(), e);
        }
        ObjectNode values = JSON.objectNode();
        values.put("template", form.getId());
        values.put("version", form.getVersion());
        ObjectNode fields = values.putObject("values");
        fill(fields, response.getItem(), "");
        try {
            return new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(values);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void fill(ObjectNode fields, List<QuestionnaireResponseItemComponent> items, String blockPrefix) {
        for (QuestionnaireResponseItemComponent item : items) {
            String linkId = item.getLinkId();
            String id = linkId.startsWith(blockPrefix) ? linkId.substring(blockPrefix.length()) : linkId;
            Optional<FormElement> element = blockPrefix.isEmpty() ? index.element(linkId) : Optional.empty();
            if (element.isPresent() && element.get() instanceof Section
                    || element.isEmpty() && item.getAnswer().isEmpty() && item.hasItem()) {
                fill(fields, item.getItem(), "");
            } else if (element.isPresent() && element.get() instanceof RepeatableGroup) {
                ArrayNode rows = fields.has(linkId) && fields.get(linkId).isArray() ? (ArrayNode) fields.get(linkId)
                        : fields.putArray(linkId);
                ObjectNode row = rows.addObject();
                fill(row, item.getItem(), "");
            } else if (element.isPresent() && element.get() instanceof InstrumentBlock) {
                fill(fields.putObject(linkId), item.getItem(), linkId + ".");
            } else if (element.isPresent() && element.get() instanceof CalculatedValue
                    || id.endsWith(".help") || (!blockPrefix.isEmpty() && (id.equals("total") || id.equals("severity")
                            || id.equals("instructions")))) {
                continue;
            } else if (!item.getAnswer().isEmpty()) {
                fields.set(id, answers(item.getAnswer(), element.filter(Field.class::isInstance).isPresent()
                        && isMultiple((Field) element.get())));
            }
        }
    }

    private static boolean isMultiple(Field field) {
        return field.getType() instanceof org.casenotes.model.form.ChoiceType choice && choice.isMultiple()
                || field.getType() instanceof org.casenotes.model.form.GoalReferenceType goals && goals.isMultiple();
    }

    private static JsonNode answers(List<QuestionnaireResponseItemAnswerComponent> answers, boolean multiple) {
        List<JsonNode> values = new ArrayList<>();
        answers.forEach(answer -> values.add(value(answer.getValue())));
        if (values.size() == 1 && !multiple) {
            return values.get(0);
        }
        ArrayNode array = JSON.arrayNode();
        values.forEach(array::add);
        return array;
    }

    private static JsonNode value(Type value) {
        return switch (value) {
            case org.hl7.fhir.r4.model.Coding coding -> JSON.textNode(coding.getCode());
            case org.hl7.fhir.r4.model.BooleanType yes -> JSON.booleanNode(yes.booleanValue());
            case org.hl7.fhir.r4.model.IntegerType number -> JSON.numberNode(number.getValue());
            case org.hl7.fhir.r4.model.DecimalType number -> JSON.numberNode(number.getValue());
            case org.hl7.fhir.r4.model.Reference reference -> JSON.textNode(reference.getReferenceElement()
                    .getIdPart() == null ? reference.getReference() : reference.getReferenceElement().getIdPart());
            case org.hl7.fhir.r4.model.Quantity quantity -> JSON.numberNode(quantity.getValue());
            default -> JSON.textNode(value.primitiveValue());
        };
    }
}
