package org.casenotes.fhir.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.casenotes.fhir.RecordBundle;
import org.casenotes.model.record.MeasureResult;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.Composition;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import ca.uhn.fhir.validation.SingleValidationMessage;

/** A client's record as a FHIR R4 Bundle, checked with HAPI's validator; psychotherapy notes never in it. */
class RecordBundleTest {

    private static DemoClient demo;
    private static String json;
    private static Bundle bundle;

    @BeforeAll
    static void export() {
        demo = new DemoClient();
        json = RecordBundle.of(demo.everythingAndThePsychotherapyNote(), java.time.ZoneId.of("America/Chicago"),
                DemoClient.NOW).json();
        bundle = HapiR4.CONTEXT.newJsonParser().parseResource(Bundle.class, json);
    }

    @Test
    void theBundleIsValidFhirR4() {
        List<String> errors = HapiR4.errors(json).stream()
                .map(message -> message.getLocationString() + ": " + message.getMessage()).toList();
        System.out.printf("FHIR bundle of %s: %d resources, %d characters; validator warnings: %s%n",
                demo.client.getId(), bundle.getEntry().size(), json.length(), HapiR4.validate(json).stream()
                        .filter(message -> message.getSeverity() == ca.uhn.fhir.validation.ResultSeverityEnum.WARNING)
                        .map(SingleValidationMessage::getMessage).distinct().limit(8).toList());
        assertEquals(List.of(), errors);
    }

    @Test
    void aPsychotherapyNoteHandedInIsNeverWritten() {
        assertFalse(json.contains(DemoClient.PRIVATE_SENTENCE), "the private note's words are not in the bundle");
        assertFalse(json.contains(demo.psychotherapyNote.getId()), "nor its id");
        assertFalse(json.contains("std.psychotherapy"), "nor its template");
        assertEquals(demo.signedNotes.size(), resources(Composition.class).size(),
                "one Composition per signed note that is not a psychotherapy note");
    }

    @Test
    void thePatientCarriesTheClientsIdentity() {
        Patient patient = resources(Patient.class).get(0);
        assertEquals(demo.client.getId(), patient.getIdentifierFirstRep().getValue());
        assertEquals(demo.client.getLegalName(), patient.getNameFirstRep().getText());
        assertEquals(demo.client.getDateOfBirth().toString(), patient.getBirthDateElement().getValueAsString());
    }

    @Test
    void diagnosesAreConditionsCodedInIcd10Cm() {
        List<Condition> conditions = resources(Condition.class);
        assertEquals(demo.client.getDiagnoses().size(), conditions.size());
        Set<String> codes = conditions.stream().map(c -> c.getCode().getCodingFirstRep())
                .filter(coding -> "http://hl7.org/fhir/sid/icd-10-cm".equals(coding.getSystem()))
                .map(coding -> coding.getCode()).collect(Collectors.toSet());
        assertEquals(demo.client.getDiagnoses().stream().map(d -> d.getIcd10Code()).collect(Collectors.toSet()),
                codes);
    }

    @Test
    void treatmentPlansAreCarePlansWithTheirGoals() {
        List<CarePlan> plans = resources(CarePlan.class);
        long versions = demo.client.getEpisodes().stream().mapToLong(e -> e.getTreatmentPlans().size()).sum();
        assertEquals(versions, plans.size());
        assertTrue(versions > 0, "the demo client has a treatment plan");
        Set<String> goalUrls = bundle.getEntry().stream().filter(e -> e.getResource() instanceof Goal)
                .map(Bundle.BundleEntryComponent::getFullUrl).collect(Collectors.toSet());
        assertFalse(goalUrls.isEmpty());
        plans.forEach(plan -> plan.getGoal().forEach(goal -> assertTrue(goalUrls.contains(goal.getReference()),
                "every goal a plan names is in the bundle: " + goal.getReference())));
    }

    @Test
    void phq9AndGad7TotalsAreObservationsWithTheirLoincCodes() {
        List<Observation> observations = resources(Observation.class);
        for (MeasureResult result : demo.client.getMeasureResults()) {
            String loinc = switch (result.getInstrumentId()) {
                case "std.instruments.PHQ9" -> "44261-6";
                case "std.instruments.GAD7" -> "70274-6";
                default -> null;
            };
            Observation observation = observations.stream().filter(o -> o.getIdentifierFirstRep().getValue()
                    .equals(result.getId())).findFirst().orElseThrow(() -> new AssertionError(result.getId()));
            assertEquals(result.getTotal().intValue(), observation.getValueIntegerType().getValue());
            if (loinc != null) {
                assertEquals("http://loinc.org", observation.getCode().getCodingFirstRep().getSystem());
                assertEquals(loinc, observation.getCode().getCodingFirstRep().getCode());
            }
        }
        assertTrue(demo.client.getMeasureResults().stream()
                .anyMatch(result -> result.getInstrumentId().equals("std.instruments.PHQ9")), "the demo has PHQ-9s");
    }

    @Test
    void eachSignedNoteIsACompositionWhoseSectionIsItsQuestionnaireResponse() {
        List<String> responseUrls = bundle.getEntry().stream()
                .filter(e -> e.getResource() instanceof QuestionnaireResponse)
                .map(Bundle.BundleEntryComponent::getFullUrl).toList();
        for (Composition composition : resources(Composition.class)) {
            assertTrue(composition.getAttesterFirstRep().hasParty(), "the signer attests");
            assertTrue(responseUrls.contains(composition.getSectionFirstRep().getEntryFirstRep().getReference()),
                    composition.getTitle());
        }
        QuestionnaireResponse response = resources(QuestionnaireResponse.class).get(0);
        assertTrue(response.getQuestionnaire().startsWith("http://casenotes.org/fhir/Questionnaire/std."));
        assertFalse(response.getItem().isEmpty(), "the note's answers are in its response");
    }

    @Test
    void everyQuestionnaireResponseConformsToItsQuestionnaireInTheBundle() {
        List<org.hl7.fhir.r4.model.Questionnaire> questionnaires = resources(org.hl7.fhir.r4.model.Questionnaire.class);
        questionnaires.forEach(q -> q.setId(q.getName()));
        List<String> errors = new java.util.ArrayList<>();
        for (QuestionnaireResponse response : resources(QuestionnaireResponse.class)) {
            HapiR4.errorsKnowing(questionnaires, response).forEach(message -> errors.add(response.getQuestionnaire()
                    + " " + message.getLocationString() + ": " + message.getMessage()));
        }
        assertFalse(questionnaires.isEmpty());
        assertEquals(List.of(), errors);
    }

    @Test
    void lettersAreDocumentReferencesHoldingTheLettersText() {
        List<DocumentReference> letters = resources(DocumentReference.class);
        assertEquals(demo.client.getLetters().size(), letters.size());
        String text = new String(letters.get(0).getContentFirstRep().getAttachment().getData(),
                java.nio.charset.StandardCharsets.UTF_8);
        String first = demo.client.getLetters().get(0).getText();
        assertTrue(text.contains(first.substring(0, Math.min(40, first.length()))), text);
    }

    private static <T extends Resource> List<T> resources(Class<T> type) {
        return bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource).filter(type::isInstance)
                .map(type::cast).toList();
    }
}
