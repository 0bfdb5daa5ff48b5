package org.casenotes.fhir.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.casenotes.fhir.ImportProblem;
import org.casenotes.fhir.KnownDefinitions;
import org.casenotes.fhir.QuestionnaireImport;
import org.casenotes.fhir.TemplateImport;
import org.casenotes.model.form.ChoiceType;
import org.casenotes.model.form.Field;
import org.casenotes.model.form.FormDefinition;
import org.casenotes.model.form.NumberType;
import org.casenotes.model.form.query.ConditionText;
import org.casenotes.model.form.query.ElementIndex;
import org.casenotes.template.library.CompiledLibrary;
import org.junit.jupiter.api.Test;

/** Questionnaires made elsewhere, and bad ones: what is imported, what is reported, and where. */
class QuestionnaireImportTest {

    /** A Questionnaire as SDC tools write one: LOINC-style linkIds, scored codings, enableWhen, help, a unit. */
    private static final String SCREENING = """
            {
              "resourceType": "Questionnaire",
              "url": "http://example.org/Questionnaire/mood-screen",
              "version": "3",
              "name": "MoodScreen",
              "title": "Mood screen",
              "status": "active",
              "item": [
                { "linkId": "/intro", "type": "display", "text": "Answer for the last two weeks." },
                { "linkId": "/44250-9", "type": "choice", "required": true,
                  "text": "Feeling down, depressed, or hopeless",
                  "answerOption": [
                    { "extension": [ { "url": "http://hl7.org/fhir/StructureDefinition/itemWeight", "valueDecimal": 0 } ],
                      "valueCoding": { "system": "http://loinc.org", "code": "LA6568-5", "display": "Not at all" } },
                    { "extension": [ { "url": "http://hl7.org/fhir/StructureDefinition/itemWeight", "valueDecimal": 1 } ],
                      "valueCoding": { "system": "http://loinc.org", "code": "LA6569-3", "display": "Several days" } }
                  ] },
                { "linkId": "followUp", "type": "text", "text": "What has been hardest?", "maxLength": 400,
                  "enableWhen": [ { "question": "/44250-9", "operator": "=",
                                    "answerCoding": { "system": "http://loinc.org", "code": "LA6569-3" } } ],
                  "item": [ { "linkId": "followUp.help", "type": "display", "text": "In the client's words.",
                    "extension": [ { "url": "http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl",
                      "valueCodeableConcept": { "coding": [ { "system": "http://hl7.org/fhir/questionnaire-item-control",
                        "code": "help" } ] } } ] } ] },
                { "linkId": "sleep", "type": "decimal", "text": "Hours of sleep",
                  "extension": [
                    { "url": "http://hl7.org/fhir/StructureDefinition/minValue", "valueDecimal": 0 },
                    { "url": "http://hl7.org/fhir/StructureDefinition/maxValue", "valueDecimal": 24 },
                    { "url": "http://hl7.org/fhir/StructureDefinition/questionnaire-unit",
                      "valueCoding": { "system": "http://unitsofmeasure.org", "code": "h", "display": "hours" } } ] },
                { "linkId": "score", "type": "integer", "text": "Score", "readOnly": true,
                  "extension": [ { "url": "http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-calculatedExpression",
                    "valueExpression": { "language": "text/fhirpath", "expression": "%resource.item.answer.value.weight().sum()" } } ] },
                { "linkId": "photo", "type": "attachment", "text": "Photo" }
              ]
            }
            """;

    @Test
    void aQuestionnaireMadeElsewhereBecomesATemplateThatCompiles() {
        TemplateImport imported = QuestionnaireImport.read(SCREENING, "mood-screen.json", "agency.imported",
                KnownDefinitions.NONE);

        assertTrue(imported.succeeded(), imported.problems().toString());
        String text = imported.template().orElseThrow();
        CompiledLibrary compiled = Forms.compileFile(text);
        assertEquals("", Forms.errors(compiled), text);
        FormDefinition form = compiled.form("agency.imported.MoodScreen").orElseThrow();
        assertEquals("Mood screen", form.getTitle());
        assertEquals(3, form.getVersion());
        ElementIndex index = ElementIndex.of(form);
        Field down = (Field) index.element("q_44250_9").orElseThrow();
        assertTrue(down.isRequired());
        ChoiceType choice = (ChoiceType) down.getType();
        assertEquals(List.of("LA6568_5", "LA6569_3"), choice.getOptions().stream().map(o -> o.getId()).toList());
        assertEquals(Integer.valueOf(1), choice.getOptions().get(1).getScore());
        Field followUp = (Field) index.element("followUp").orElseThrow();
        assertEquals("q_44250_9 in [LA6569_3]", ConditionText.of(followUp.getShownWhen()));
        assertEquals("In the client's words.", followUp.getHint());
        NumberType sleep = (NumberType) ((Field) index.element("sleep").orElseThrow()).getType();
        assertEquals("hours", sleep.getUnit());
        assertEquals(24, sleep.getMax().intValue());
    }

    @Test
    void whatCannotBeMappedIsReportedWithItsPlaceAndWrittenInTheHeader() {
        TemplateImport imported = QuestionnaireImport.read(SCREENING, "mood-screen.json", "agency.imported",
                KnownDefinitions.NONE);

        List<String> unmapped = imported.unmapped();
        assertTrue(unmapped.stream().anyMatch(line -> line.startsWith("item[0] (linkId '/intro')")
                && line.contains("display text")), unmapped.toString());
        assertTrue(unmapped.stream().anyMatch(line -> line.contains("linkId 'score'") && line.contains("FHIRPath")),
                unmapped.toString());
        assertTrue(unmapped.stream().anyMatch(line -> line.contains("linkId 'photo'") && line.contains("attachment")),
                unmapped.toString());
        assertTrue(unmapped.stream().anyMatch(line -> line.contains("kind of note")), unmapped.toString());
        String text = imported.template().orElseThrow();
        unmapped.forEach(line -> assertTrue(text.contains(line), "the header lists: " + line));
    }

    @Test
    void malformedJsonIsReportedWithItsLineAndColumn() {
        TemplateImport imported = read("{\n  \"resourceType\": \"Questionnaire\",\n  \"item\": [ { \"linkId\": \"a\" ]\n}");

        assertFalse(imported.succeeded());
        assertTrue(imported.template().isEmpty());
        ImportProblem problem = imported.problems().get(0);
        assertTrue(problem.location().startsWith("line 3, column"), problem.toString());
        assertTrue(problem.message().startsWith("malformed JSON"), problem.toString());
    }

    @Test
    void anUnknownItemTypeIsReportedAtItsItem() {
        TemplateImport imported = read("""
                { "resourceType": "Questionnaire", "status": "active", "item": [
                  { "linkId": "a", "type": "group", "text": "A", "item": [
                    { "linkId": "b", "type": "string", "text": "B" },
                    { "linkId": "c", "type": "signature", "text": "C" } ] } ] }
                """);

        assertEquals(List.of("item[0].item[1] (linkId 'c')"), imported.problems().stream()
                .map(ImportProblem::location).toList());
        assertTrue(imported.problems().get(0).message().contains("unknown item type 'signature'"));
    }

    @Test
    void cyclicEnableWhenIsReportedWithTheCycle() {
        TemplateImport imported = read("""
                { "resourceType": "Questionnaire", "status": "active", "item": [
                  { "linkId": "a", "type": "boolean", "text": "A",
                    "enableWhen": [ { "question": "b", "operator": "=", "answerBoolean": true } ] },
                  { "linkId": "b", "type": "boolean", "text": "B",
                    "enableWhen": [ { "question": "a", "operator": "=", "answerBoolean": true } ] } ] }
                """);

        assertEquals(1, imported.problems().size(), imported.problems().toString());
        assertTrue(imported.problems().get(0).message().contains("a \u2192 b \u2192 a"), imported.problems().toString());
        assertTrue(imported.problems().get(0).location().contains("linkId 'a'"));
    }

    @Test
    void aStu3QuestionnaireIsRefusedNamingWhatGivesItAway() {
        TemplateImport imported = read("""
                { "resourceType": "Questionnaire", "status": "active", "item": [
                  { "linkId": "mood", "type": "choice", "text": "Mood",
                    "option": [ { "valueString": "low" }, { "valueString": "ok" } ] } ] }
                """);

        assertFalse(imported.succeeded());
        assertTrue(imported.problems().get(0).toString().contains("item[0] (linkId 'mood'): 'option' belongs to FHIR"
                + " STU3"), imported.problems().toString());
    }

    @Test
    void anR5ItemTypeIsRefused() {
        TemplateImport imported = read("""
                { "resourceType": "Questionnaire", "status": "active", "item": [
                  { "linkId": "mood", "type": "coding", "text": "Mood", "answerConstraint": "optionsOnly" } ] }
                """);

        assertEquals(2, imported.problems().size(), imported.problems().toString());
        assertTrue(imported.problems().stream().allMatch(problem -> problem.toString().contains("R5")));
    }

    @Test
    void somethingThatIsNotAQuestionnaireIsRefused() {
        TemplateImport imported = read("{ \"resourceType\": \"Patient\" }");

        assertEquals("resourceType: this is a Patient, not a Questionnaire", imported.problems().get(0).toString());
    }

    private static TemplateImport read(String json) {
        return QuestionnaireImport.read(json, "test.json", "agency.imported", KnownDefinitions.NONE);
    }
}
