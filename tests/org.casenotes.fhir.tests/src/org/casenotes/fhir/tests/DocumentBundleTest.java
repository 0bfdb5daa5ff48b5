package org.casenotes.fhir.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.casenotes.export.DocumentSet;
import org.casenotes.export.ExportProgress;
import org.casenotes.export.RecordSource;
import org.casenotes.fhir.RecordBundle;
import org.casenotes.fhir.internal.record.FhirExporter;
import org.casenotes.model.record.Note;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One signed note exported on its own as FHIR: a small Bundle of the note's QuestionnaireResponse, its Questionnaire,
 * its Composition, the Patient and the signer, and nothing else of the record; never a psychotherapy note.
 */
class DocumentBundleTest {

    private static final ZoneId ZONE = ZoneId.of("America/Chicago");
    private static DemoClient demo;
    private static Note note;
    private static String json;
    private static Bundle bundle;

    @BeforeAll
    static void export() throws IOException {
        demo = new DemoClient();
        note = demo.signedNotes.stream().max(java.util.Comparator.comparingInt(candidate -> candidate.getValues()
                .size())).orElseThrow();
        DocumentSet set = new DocumentSet("Note", demo.client.getLegalName(), Optional.empty(), List.of(), ZONE,
                DemoClient.NOW, Optional.of(RecordSource.document(demo.client, note, DemoClient.forms())));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new FhirExporter().write(set, out, ExportProgress.NONE);
        json = out.toString(StandardCharsets.UTF_8);
        bundle = HapiR4.CONTEXT.newJsonParser().parseResource(Bundle.class, json);
    }

    @Test
    void theBundleHoldsTheNoteItsFormAndItsClientOnly() {
        Set<String> types = bundle.getEntry().stream().map(entry -> entry.getResource().fhirType())
                .collect(Collectors.toCollection(TreeSet::new));

        System.out.printf("FHIR bundle of note %s on its own: %d resources, %d characters%n", note.getId(),
                bundle.getEntry().size(), json.length());
        assertEquals(new TreeSet<>(List.of("Composition", "Patient", "Practitioner", "Questionnaire",
                "QuestionnaireResponse")), types);
        assertEquals(1, resources(QuestionnaireResponse.class).size());
        assertEquals(note.getId(), resources(QuestionnaireResponse.class).get(0).getIdentifier().getValue());
        assertTrue(bundle.getIdentifier().getSystem().endsWith("document-export"), bundle.getIdentifier().getSystem());
        demo.signedNotes.stream().filter(other -> other != note).forEach(other -> assertFalse(json.contains(
                "\"" + other.getId() + "\""), "no other note: " + other.getId()));
    }

    @Test
    void theBundleIsValidFhirR4AndTheResponseConformsToItsQuestionnaire() {
        List<String> errors = HapiR4.errors(json).stream()
                .map(message -> message.getLocationString() + ": " + message.getMessage()).toList();
        assertEquals(List.of(), errors);

        List<Questionnaire> questionnaires = resources(Questionnaire.class);
        questionnaires.forEach(q -> q.setId(q.getName()));
        QuestionnaireResponse response = resources(QuestionnaireResponse.class).get(0);
        assertEquals(List.of(), HapiR4.errorsKnowing(questionnaires, response).stream()
                .map(message -> message.getLocationString() + ": " + message.getMessage()).toList());
        assertFalse(response.getItem().isEmpty());
    }

    @Test
    void everyReferenceInsideTheBundleResolvesWithinIt() {
        Set<String> fullUrls = bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getFullUrl)
                .collect(Collectors.toSet());
        Matcher references = Pattern.compile("\"reference\":\\s*\"([^\"]+)\"").matcher(json);
        int count = 0;
        while (references.find()) {
            assertTrue(fullUrls.contains(references.group(1)), "dangling reference " + references.group(1));
            count++;
        }
        assertTrue(count >= 3, "the response and composition point at the patient and signer: " + count);
    }

    @Test
    void aPsychotherapyNoteHandedInAsTheDocumentIsNeverWritten() {
        String privateJson = RecordBundle.of(RecordSource.document(demo.client, demo.psychotherapyNote,
                DemoClient.forms()), ZONE, DemoClient.NOW).json();

        assertFalse(privateJson.contains(DemoClient.PRIVATE_SENTENCE));
        assertFalse(privateJson.contains(demo.psychotherapyNote.getId()));
        assertFalse(privateJson.contains("QuestionnaireResponse"));
    }

    private static <T extends Resource> List<T> resources(Class<T> type) {
        return bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource).filter(type::isInstance)
                .map(type::cast).toList();
    }
}
