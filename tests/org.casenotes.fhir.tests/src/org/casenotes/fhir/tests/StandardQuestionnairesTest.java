package org.casenotes.fhir.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.casenotes.fhir.QuestionnaireExport;
import org.casenotes.model.form.FormDefinition;
import org.casenotes.model.form.query.FormDefinitions;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.junit.jupiter.api.Test;

import ca.uhn.fhir.validation.SingleValidationMessage;

/** Every standard template exports to a Questionnaire that HAPI FHIR's R4 validator finds no error in. */
class StandardQuestionnairesTest {

    @Test
    void everyStandardTemplatesQuestionnaireIsValidFhirR4() {
        List<FormDefinition> forms = Forms.standard().forms();
        assertTrue(forms.size() >= 10, "the standard library compiled: " + forms.size() + " forms");
        HapiR4.validate(QuestionnaireExport.of(forms.get(0)).json()); // warm-up: the first validation loads R4 core

        List<String> problems = new ArrayList<>();
        long convertNanos = 0;
        long validateNanos = 0;
        java.util.SortedSet<String> warnings = new java.util.TreeSet<>();
        for (FormDefinition form : forms) {
            long start = System.nanoTime();
            QuestionnaireExport export = QuestionnaireExport.of(form);
            long converted = System.nanoTime();
            List<SingleValidationMessage> messages = HapiR4.validate(export.json());
            validateNanos += System.nanoTime() - converted;
            convertNanos += converted - start;
            for (SingleValidationMessage message : messages) {
                switch (message.getSeverity()) {
                    case ERROR, FATAL -> problems.add(form.getId() + " " + message.getLocationString() + ": "
                            + message.getMessage());
                    case WARNING -> warnings.add(message.getMessage());
                    default -> {
                    }
                }
            }
        }
        System.out.printf("FHIR Questionnaires of %d standard templates: convert %.0f ms, validate %.0f ms"
                + " (after one warm-up validation); distinct warnings: %s%n", forms.size(), convertNanos / 1e6,
                validateNanos / 1e6, warnings);
        assertEquals(List.of(), problems);
    }

    @Test
    void theValidatorFindsTheErrorsOfABrokenQuestionnaire() {
        Questionnaire questionnaire = HapiR4.questionnaire(
                QuestionnaireExport.of(Forms.standard("std.progress.SoapNote")).json());
        questionnaire.addItem().setLinkId("empty").setText("A group with nothing in it")
                .setType(Questionnaire.QuestionnaireItemType.GROUP);
        questionnaire.addItem().setLinkId("empty").setText("The same linkId again")
                .setType(Questionnaire.QuestionnaireItemType.STRING);

        List<String> errors = HapiR4.errors(HapiR4.CONTEXT.newJsonParser().encodeResourceToString(questionnaire))
                .stream().map(SingleValidationMessage::getMessage).toList();

        assertTrue(errors.size() >= 2, errors.toString());
    }

    @Test
    void theQuestionnaireCarriesTheTemplatesIdentityAndVersion() {
        FormDefinition form = Forms.standard("std.progress.SoapNote");
        Questionnaire questionnaire = HapiR4.questionnaire(QuestionnaireExport.of(form).json());

        assertEquals(Integer.toString(form.getVersion()), questionnaire.getVersion());
        assertEquals("http://casenotes.org/fhir/Questionnaire/std.progress.SoapNote", questionnaire.getUrl());
        assertEquals("SoapNote", questionnaire.getName());
        assertEquals(form.getTitle(), questionnaire.getTitle());
    }

    @Test
    void everyFieldOfEveryStandardTemplateIsAnItemWithItsIdAsLinkId() {
        for (FormDefinition form : Forms.standard().forms()) {
            Set<String> linkIds = linkIds(HapiR4.questionnaire(QuestionnaireExport.of(form).json()).getItem());
            List<String> missing = FormDefinitions.allFields(form).stream().map(field -> field.getId())
                    .filter(id -> !linkIds.contains(id)).toList();
            assertEquals(List.of(), missing, form.getId());
        }
    }

    @Test
    void whatFhirCannotSayIsReportedNotDropped() {
        QuestionnaireExport export = QuestionnaireExport.of(Forms.standard("std.progress.SoapNote"));

        assertFalse(export.unmapped().isEmpty());
        assertTrue(export.unmapped().stream().anyMatch(line -> line.contains("signature block")), export.unmapped()
                .toString());
        assertTrue(export.unmapped().stream().anyMatch(line -> line.contains("'clientReport'")
                && line.contains("words")), export.unmapped().toString());
    }

    static Set<String> linkIds(List<QuestionnaireItemComponent> items) {
        return items.stream().flatMap(item -> {
            Set<String> ids = new java.util.HashSet<>(linkIds(item.getItem()));
            ids.add(item.getLinkId());
            return ids.stream();
        }).collect(Collectors.toSet());
    }
}
