package org.casenotes.fhir.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.casenotes.fhir.QuestionnaireExport;
import org.casenotes.fhir.QuestionnaireImport;
import org.casenotes.fhir.TemplateImport;
import org.casenotes.model.form.FormDefinition;
import org.casenotes.template.agency.FormChange;
import org.casenotes.template.agency.FormComparison;
import org.casenotes.template.library.CompiledLibrary;
import org.junit.jupiter.api.Test;

/**
 * Every standard template, written as a Questionnaire and read back as a template, compiles to a form equal to the
 * original in everything a form holds (sections, fields, types, options and scores, limits, requirement, conditions,
 * hints, calculations, instruments, signature, letter body), as FormComparison (the template library's "compare
 * versions") sees it. What a template has and a form made from a Questionnaire cannot have is excluded, and
 * named here: the base template it extends and its rule settings (packs, signing window, approved terms).
 */
class QuestionnaireRoundTripTest {

    @Test
    void everyStandardTemplateComesBackFromItsQuestionnaireAsAnEquivalentForm() {
        List<String> differences = new ArrayList<>();
        int compared = 0;
        for (FormDefinition original : Forms.standard().forms()) {
            String json = QuestionnaireExport.of(original).json();
            TemplateImport imported = QuestionnaireImport.read(json, original.getId() + ".json", "roundtrip",
                    Forms.known());
            assertTrue(imported.succeeded(), original.getId() + ": " + imported.problems());
            String text = imported.template().orElseThrow();
            CompiledLibrary compiled = Forms.compileFile(text);
            String errors = Forms.errors(compiled);
            assertEquals("", errors, original.getId() + " does not compile back:\n" + text);
            String name = original.getId().substring(original.getId().lastIndexOf('.') + 1);
            FormDefinition back = compiled.form("roundtrip." + name)
                    .orElseThrow(() -> new AssertionError("no roundtrip." + name + " in\n" + text));
            for (FormChange change : FormComparison.between(original, back)) {
                if (!isOutsideAQuestionnaire(change)) {
                    differences.add(original.getId() + ": " + change);
                }
            }
            compared++;
        }
        System.out.printf("Round trip template -> Questionnaire -> template: %d standard forms compared%n", compared);
        assertTrue(compared >= 20, "all standard forms: " + compared);
        assertEquals(List.of(), differences);
    }

    private static boolean isOutsideAQuestionnaire(FormChange change) {
        String text = change.toString();
        return text.contains("based on") || text.contains("rule packs") || text.contains("signing window")
                || text.contains("approved terms");
    }
}
