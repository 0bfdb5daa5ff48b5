package org.casenotes.fhir.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.casenotes.fhir.QuestionnaireExport;
import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.Expression;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.EnableWhenBehavior;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemEnableWhenComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemOperator;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemType;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Type;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What each part of a template becomes in the Questionnaire, read back with HAPI; conditions and calculations are
 * evaluated with HAPI's FHIRPath engine on filled-in responses, as an SDC form filler would.
 */
class QuestionnaireMappingTest {

    private static final String TEMPLATE = """
            package test

            import std.instruments.*

            template Mapping "Mapping test" version 3 kind progress {
            	section details "Details" {
            		guidance "What happened in the session."
            		field note "Note" : text required min 2 characters max 40 characters pattern "^[A-Z].*" message "Start with a capital."
            		field weight "Weight" : decimal unit "kg" range 0..400
            		field sessions "Sessions" : integer range 1..20
            		field mode "Mode" : choice { video "Video" score 1, audio "Audio" score 2, inPerson "In person" score 3 } required
            			hint "How the session was held."
            		field reason "Why audio" : text shown when mode = audio
            		field either "Video or audio" : text shown when mode in [video, audio]
            		field both "Audio and many sessions" : text shown when mode = audio and sessions > 3
            		field nested "Nested" : text shown when mode = audio or (sessions > 3 and weight is answered)
            		field noNote "Without a note" : text shown when note is not answered
            		field consent "Consent" : boolean
            		field consentDetails "Consent details" : longtext required when consent = true
            		field travel "Travel" : duration
            		calc points "Points" = sum(mode, sessions, 2)
            	}
            	group rows "Row" min 1 max 5 {
            		field rowNote "Row note" : text required
            	}
            	instrument phq9 : PHQ9 required shown when mode in [video]
            }
            """;

    private static Questionnaire questionnaire;

    @BeforeAll
    static void export() {
        String json = QuestionnaireExport.of(Forms.compile("test.Mapping", TEMPLATE)).json();
        assertEquals(List.of(), HapiR4.errors(json).stream().map(m -> m.getLocationString() + " " + m.getMessage())
                .toList());
        questionnaire = HapiR4.questionnaire(json);
    }

    @Test
    void theTemplatesVersionIsTheQuestionnairesVersion() {
        assertEquals("3", questionnaire.getVersion());
        assertEquals("test.Mapping", questionnaire.getIdElement().getIdPart());
    }

    @Test
    void aTextFieldKeepsItsLengthsAndPattern() {
        QuestionnaireItemComponent note = item("note");
        assertEquals(QuestionnaireItemType.STRING, note.getType());
        assertTrue(note.getRequired());
        assertEquals(40, note.getMaxLength());
        assertEquals(2, ((IntegerType) value(note, "minLength")).getValue());
        assertEquals("^[A-Z].*", ((StringType) value(note, "regex")).getValue());
    }

    @Test
    void aNumberKeepsItsRangeAndUnit() {
        QuestionnaireItemComponent weight = item("weight");
        assertEquals(QuestionnaireItemType.DECIMAL, weight.getType());
        assertEquals(0, BigDecimal.ZERO.compareTo(((DecimalType) value(weight, "minValue")).getValue()));
        assertEquals(0, new BigDecimal(400).compareTo(((DecimalType) value(weight, "maxValue")).getValue()));
        assertEquals("kg", ((Coding) value(weight, "questionnaire-unit")).getDisplay());
        QuestionnaireItemComponent sessions = item("sessions");
        assertEquals(QuestionnaireItemType.INTEGER, sessions.getType());
        assertEquals(20, ((IntegerType) value(sessions, "maxValue")).getValue());
        assertEquals("min", ((Coding) value(item("travel"), "questionnaire-unit")).getCode());
    }

    @Test
    void choicesAreCodedAnswerOptionsWithTheirScoresAsItemWeight() {
        QuestionnaireItemComponent mode = item("mode");
        assertEquals(QuestionnaireItemType.CHOICE, mode.getType());
        assertEquals(List.of("video", "audio", "inPerson"),
                mode.getAnswerOption().stream().map(option -> option.getValueCoding().getCode()).toList());
        assertEquals(List.of("Video", "Audio", "In person"),
                mode.getAnswerOption().stream().map(option -> option.getValueCoding().getDisplay()).toList());
        assertEquals(List.of(1, 2, 3), mode.getAnswerOption().stream().map(option -> ((DecimalType) option
                .getExtensionByUrl("http://hl7.org/fhir/StructureDefinition/itemWeight").getValue()).getValue()
                .intValueExact()).toList());
    }

    @Test
    void guidanceAndHintsBecomeHelpItems() {
        QuestionnaireItemComponent help = item("mode.help");
        assertEquals(QuestionnaireItemType.DISPLAY, help.getType());
        assertEquals("How the session was held.", help.getText());
        assertEquals("help", ((org.hl7.fhir.r4.model.CodeableConcept) value(help, "questionnaire-itemControl"))
                .getCodingFirstRep().getCode());
        assertEquals("What happened in the session.", item("details.help").getText());
    }

    @Test
    void simpleShownWhenConditionsBecomeEnableWhen() {
        QuestionnaireItemEnableWhenComponent reason = item("reason").getEnableWhenFirstRep();
        assertEquals("mode", reason.getQuestion());
        assertEquals(QuestionnaireItemOperator.EQUAL, reason.getOperator());
        assertEquals("audio", reason.getAnswerCoding().getCode());
        assertEquals(item("mode").getAnswerOptionFirstRep().getValueCoding().getSystem(),
                reason.getAnswerCoding().getSystem());

        QuestionnaireItemComponent either = item("either");
        assertEquals(EnableWhenBehavior.ANY, either.getEnableBehavior());
        assertEquals(List.of("video", "audio"),
                either.getEnableWhen().stream().map(when -> when.getAnswerCoding().getCode()).toList());

        QuestionnaireItemComponent both = item("both");
        assertEquals(EnableWhenBehavior.ALL, both.getEnableBehavior());
        assertEquals(QuestionnaireItemOperator.GREATER_THAN, both.getEnableWhen().get(1).getOperator());
        assertEquals(3, both.getEnableWhen().get(1).getAnswerIntegerType().getValue());

        QuestionnaireItemEnableWhenComponent noNote = item("noNote").getEnableWhenFirstRep();
        assertEquals(QuestionnaireItemOperator.EXISTS, noNote.getOperator());
        assertFalse(noNote.getAnswerBooleanType().booleanValue());
    }

    @Test
    void aConditionEnableWhenCannotSayBecomesAnEnableWhenExpression() {
        QuestionnaireItemComponent nested = item("nested");
        assertTrue(nested.getEnableWhen().isEmpty());
        String expression = expression(nested, "sdc-questionnaire-enableWhenExpression");

        assertTrue(isTrue(expression, response(answer("mode", coding("audio")))));
        assertTrue(isTrue(expression, response(answer("mode", coding("video")), answer("sessions", new IntegerType(4)),
                answer("weight", new DecimalType(70)))));
        assertFalse(isTrue(expression, response(answer("mode", coding("video")), answer("sessions", new IntegerType(4)))));
        assertFalse(isTrue(expression, response()));
    }

    @Test
    void requiredWhenIsAConstraintThatFailsOnlyWhenItsConditionHoldsAndTheFieldIsEmpty() {
        Extension constraint = item("consentDetails")
                .getExtensionByUrl("http://hl7.org/fhir/StructureDefinition/questionnaire-constraint");
        String expression = ((StringType) constraint.getExtensionByUrl("expression").getValue()).getValue();
        assertEquals("error", constraint.getExtensionByUrl("severity").getValue().primitiveValue());
        assertFalse(item("consentDetails").getRequired());

        assertFalse(isTrue(expression, response(answer("consent", new BooleanType(true)))));
        assertTrue(isTrue(expression, response(answer("consent", new BooleanType(true)),
                answer("consentDetails", new StringType("Signed the form.")))));
        assertTrue(isTrue(expression, response(answer("consent", new BooleanType(false)))));
    }

    @Test
    void aSumAddsScoresAndNumbersAndLeavesOutWhatIsUnanswered() {
        QuestionnaireItemComponent points = item("points");
        assertTrue(points.getReadOnly());
        assertEquals(QuestionnaireItemType.INTEGER, points.getType());
        String expression = expression(points, "sdc-questionnaire-calculatedExpression");

        assertEquals(List.of("8"), strings(expression, response(answer("mode", coding("audio")),
                answer("sessions", new IntegerType(4)))));
        assertEquals(List.of("2"), strings(expression, response()));
    }

    @Test
    void aRepeatableGroupRepeatsWithItsRowLimits() {
        QuestionnaireItemComponent rows = item("rows");
        assertEquals(QuestionnaireItemType.GROUP, rows.getType());
        assertTrue(rows.getRepeats());
        assertTrue(rows.getRequired());
        assertEquals(1, ((IntegerType) value(rows, "questionnaire-minOccurs")).getValue());
        assertEquals(5, ((IntegerType) value(rows, "questionnaire-maxOccurs")).getValue());
        assertEquals("rowNote", rows.getItem().get(0).getLinkId());
    }

    @Test
    void anInstrumentScoresItsTotalAndSeverityLikeTheFormEngine() {
        QuestionnaireItemComponent phq9 = item("phq9");
        assertEquals(QuestionnaireItemType.GROUP, phq9.getType());
        assertEquals("mode", phq9.getEnableWhenFirstRep().getQuestion());
        QuestionnaireItemComponent q1 = item("phq9.q1");
        assertEquals(QuestionnaireItemType.CHOICE, q1.getType());
        assertTrue(q1.getRequired());
        assertEquals(4, q1.getAnswerOption().size());

        String total = expression(item("phq9.total"), "sdc-questionnaire-calculatedExpression");
        // 3 + 2 + 1 + 1 + 0 + 3 + 2 + 0 + 0 = 12: moderate
        String[] answers = {"nearlyEveryDay", "moreThanHalf", "severalDays", "severalDays", "notAtAll",
            "nearlyEveryDay", "moreThanHalf", "notAtAll", "notAtAll"};
        QuestionnaireResponse response = response();
        for (int i = 0; i < answers.length; i++) {
            response.addItem(answer("phq9.q" + (i + 1), scale(answers[i])));
        }
        assertEquals(List.of("12"), strings(total, response));

        response.addItem(answer("phq9.total", new IntegerType(12)));
        String severity = expression(item("phq9.severity"), "sdc-questionnaire-calculatedExpression");
        assertEquals(List.of("Moderate"), strings(severity, response));
        assertEquals(List.of(), strings(total, response()), "no answer, no total");
    }

    // ---------------------------------------------------------------------------------------------------------

    private static QuestionnaireItemComponent item(String linkId) {
        return find(questionnaire.getItem(), linkId).orElseThrow(() -> new AssertionError("no item " + linkId));
    }

    private static Optional<QuestionnaireItemComponent> find(List<QuestionnaireItemComponent> items, String linkId) {
        return items.stream().flatMap(item -> linkId.equals(item.getLinkId()) ? Stream.of(item)
                : find(item.getItem(), linkId).stream()).findFirst();
    }

    private static Type value(QuestionnaireItemComponent item, String extension) {
        Extension found = item.getExtensionByUrl("http://hl7.org/fhir/StructureDefinition/" + extension);
        assertTrue(found != null, item.getLinkId() + " has no " + extension);
        return found.getValue();
    }

    private static String expression(QuestionnaireItemComponent item, String sdcExtension) {
        Extension found = item.getExtensionByUrl("http://hl7.org/fhir/uv/sdc/StructureDefinition/" + sdcExtension);
        assertTrue(found != null, item.getLinkId() + " has no " + sdcExtension);
        Expression expression = (Expression) found.getValue();
        assertEquals("text/fhirpath", expression.getLanguage());
        return expression.getExpression();
    }

    private static Coding coding(String code) {
        return new Coding(item("mode").getAnswerOptionFirstRep().getValueCoding().getSystem(), code, null);
    }

    private static Coding scale(String code) {
        return new Coding(item("phq9.q1").getAnswerOptionFirstRep().getValueCoding().getSystem(), code, null);
    }

    private static QuestionnaireResponse response(QuestionnaireResponse.QuestionnaireResponseItemComponent... items) {
        QuestionnaireResponse response = new QuestionnaireResponse();
        response.setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.INPROGRESS);
        for (QuestionnaireResponse.QuestionnaireResponseItemComponent item : items) {
            response.addItem(item);
        }
        return response;
    }

    private static QuestionnaireResponse.QuestionnaireResponseItemComponent answer(String linkId, Type value) {
        QuestionnaireResponse.QuestionnaireResponseItemComponent item =
                new QuestionnaireResponse.QuestionnaireResponseItemComponent().setLinkId(linkId);
        item.addAnswer().setValue(value);
        return item;
    }

    private static boolean isTrue(String expression, QuestionnaireResponse response) {
        List<Base> result = HapiR4.evaluate(response, expression);
        assertTrue(result.size() <= 1, expression + " gave " + result);
        return !result.isEmpty() && "true".equals(result.get(0).primitiveValue());
    }

    private static List<String> strings(String expression, QuestionnaireResponse response) {
        return HapiR4.evaluate(response, expression).stream().map(Base::primitiveValue).toList();
    }

    @Test
    void aQuestionWithoutConditionHasNoEnableBehaviour() {
        assertNull(item("note").getEnableBehavior());
        assertTrue(item("note").getEnableWhen().isEmpty());
    }
}
