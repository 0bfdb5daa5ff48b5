package org.casenotes.template.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.casenotes.model.form.Comparison;
import org.casenotes.model.form.Condition;
import org.casenotes.model.form.Field;
import org.casenotes.model.form.FormDefinition;
import org.casenotes.model.form.FormKind;
import org.casenotes.model.form.InstrumentItemValue;
import org.casenotes.model.form.Membership;
import org.casenotes.model.form.OrCondition;
import org.casenotes.model.form.RepeatableGroup;
import org.casenotes.model.form.query.ElementIndex;
import org.casenotes.model.form.query.FormDefinitions;
import org.casenotes.template.library.CompiledLibrary;
import org.casenotes.model.form.query.MergeFields;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The standard library, as contributed through the extension point: clean, complete, and clinically sound. */
class StandardLibraryTest {

    private static CompiledLibrary library;

    @BeforeAll
    static void compileLibrary() {
        library = StandardSources.library().compile();
    }

    @Test
    void validatesWithoutAnyDiagnostic() {
        assertEquals(List.of(), library.diagnostics());
    }

    @Test
    void shipsEveryNoteTypeOfThePrimer() {
        Set<String> ids = library.forms().stream().map(FormDefinition::getId).collect(Collectors.toSet());
        assertEquals(Set.of("std.progress.SoapNote", "std.progress.DapNote", "std.progress.BirpNote",
                "std.progress.GirpNote", "std.intake.BiopsychosocialIntake", "std.plan.TreatmentPlan",
                "std.plan.PlanReview", "std.discharge.DischargeNote", "std.contact.ContactRecord",
                "std.summary.ClientSessionSummary", "std.psychotherapy.ProcessNote", "std.letters.DischargeGoalsMet",
                "std.letters.DischargeNoContact", "std.letters.DischargeReferral", "std.letters.AbsenceFirstNotice",
                "std.letters.AbsenceSecondNotice", "std.letters.AbsenceThirdNotice", "std.letters.AbsenceFinalNotice",
                "std.letters.MedicalRecordsRequest", "std.letters.InsuranceRequestInitial",
                "std.letters.InsuranceRequestContinued", "std.letters.AuthorizationDenialNotice"), ids);
        assertEquals(11, library.forms().stream().filter(f -> f.getKind() == FormKind.LETTER).count());
    }

    @ParameterizedTest
    @ValueSource(strings = { "SoapNote", "DapNote", "BirpNote", "GirpNote" })
    void progressNotesShowEverythingAProgressNoteMustShow(String name) {
        FormDefinition form = library.form("std.progress." + name).orElseThrow();
        assertEquals(List.of("std.progress.ProgressNoteBase"), form.getBaseChain());
        ElementIndex index = ElementIndex.of(form);
        for (String id : List.of("sessionDate", "startTime", "stopTime", "minutes", "modality", "placeOfService",
                "telehealthMode", "clientLocation", "clinicianLocation", "telehealthConsent", "suggestedCpt", "cptCode",
                "presentingProblem", "problemDuration", "background", "progress", "progressDetails", "setbackReason",
                "presentation", "topics", "interventions", "response", "conclusion", "futurePlan", "goalsAddressed", "goal",
                "goalProgress", "suicideRisk", "safetyPlan", "phq9", "signature")) {
            assertTrue(index.element(id).isPresent(), name + " lacks " + id);
        }
        assertTrue(index.field("response").orElseThrow().isRequired());
        assertInstanceOf(RepeatableGroup.class, index.element("goalsAddressed").orElseThrow());
        assertTrue(FormDefinitions.enclosingGroup(index.field("goal").orElseThrow()).isPresent());
    }

    @Test
    void setbackReasonIsRequiredExactlyForSetbacksAndPlateaus() {
        Field reason = ElementIndex.of(library.form("std.progress.SoapNote").orElseThrow()).field("setbackReason")
                .orElseThrow();
        assertFalse(reason.isRequired());
        Membership when = (Membership) reason.getRequiredWhen();
        assertEquals(List.of("plateau", "setback"), when.getOptionIds());
    }

    @Test
    void safetyPlanIsRequiredWhenRiskIsPresentOrPhq9Item9IsAboveZero() {
        Field plan = ElementIndex.of(library.form("std.progress.DapNote").orElseThrow()).field("safetyPlan")
                .orElseThrow();
        List<Condition> terms = flatten(plan.getRequiredWhen());
        assertEquals(3, terms.size());
        Comparison item9 = (Comparison) terms.get(2);
        assertEquals("q9", ((InstrumentItemValue) item9.getLeft()).getItem().getId());
        assertTrue(((InstrumentItemValue) item9.getLeft()).getItem().isCritical());
    }

    private static List<Condition> flatten(Condition condition) {
        if (condition instanceof OrCondition or) {
            return or.getOperands().stream().flatMap(c -> flatten(c).stream()).toList();
        }
        return List.of(condition);
    }

    @Test
    void phq9AndGad7AreComplete() {
        var phq9 = library.form("std.progress.SoapNote").orElseThrow().getInstruments().stream()
                .filter(i -> i.getId().equals("std.instruments.PHQ9")).findFirst().orElseThrow();
        assertEquals(9, phq9.getItems().size());
        assertEquals(List.of(0, 1, 2, 3), phq9.getScale().stream().map(o -> o.getScore()).toList());
        assertEquals(List.of("minimal", "mild", "moderate", "moderatelySevere", "severe"),
                phq9.getSeverityBands().stream().map(b -> b.getId()).toList());
        assertEquals(List.of("q9"), phq9.getItems().stream().filter(i -> i.isCritical()).map(i -> i.getId()).toList());
        var gad7 = library.form("std.progress.SoapNote").orElseThrow().getInstruments().stream()
                .filter(i -> i.getId().equals("std.instruments.GAD7")).findFirst().orElseThrow();
        assertEquals(7, gad7.getItems().size());
        assertEquals(4, gad7.getSeverityBands().size());
    }

    @Test
    void cptCode90837NeedsAReasonForTheLength() {
        Field reason = ElementIndex.of(library.form("std.progress.BirpNote").orElseThrow())
                .field("extendedSessionReason").orElseThrow();
        assertNotNull(reason.getRequiredWhen());
    }

    @Test
    void lettersUseOnlyKnownMergeFieldsAndPlainLanguage() {
        List<String> jargon = List.of("administer", "approximately", "assist", "discontinue", "initiate",
                "in the event that", "denied", "non-compliant");
        for (FormDefinition letter : library.forms().stream().filter(f -> f.getKind() == FormKind.LETTER).toList()) {
            String text = letter.getLetterBody().getText();
            Set<String> inputs = letter.getLetterBody().getInputs().stream().map(i -> i.getId())
                    .collect(Collectors.toSet());
            for (MergeFields.Placeholder placeholder : MergeFields.scan(text)) {
                assertTrue(MergeFields.STANDARD.contains(placeholder.name()) || inputs.contains(placeholder.name()),
                        letter.getId() + " uses " + placeholder.name());
            }
            for (String word : jargon) {
                assertFalse(text.toLowerCase().contains(word), letter.getId() + " says '" + word + "'");
            }
            assertTrue(letter.getRuleConfiguration().getRulePacks().contains("org.casenotes.core.language"));
        }
    }

    /** The first example of docs/template-language.md (keep the two identical). */
    @Test
    void theDocumentedAgencySoapNoteCompiles() {
        var agency = StandardSources.library().withSource(new org.casenotes.template.library.TemplateSource(
                "riverside/soap.ntpl", """
                package riverside

                import std.progress.SoapNote

                template RiversideSoap "Riverside SOAP note" version 1 kind progress extends SoapNote {
                	description "SOAP note with the school liaison details our youth program needs."
                	rules {
                		sign within 2 business days
                		approved terms "IEP", "504 plan"
                	}
                	add to subjective {
                		field school "School the client attends" : text
                		field schoolContact "Contact at school" : text required when school is answered
                			hint "Only with a signed release of information."
                	}
                	override clinicalImpression label "Clinician's assessment" hint "One sentence per observation."
                	remove background
                	insert before RiskAssessment {
                		section youth "Youth program" shown when modality in [family, individual] {
                			guidance "Complete for clients under 18."
                			field guardianPresent "A parent or guardian attended" : boolean required
                		}
                	}
                }
                """)).compile();
        assertEquals(List.of(), agency.diagnostics());
        FormDefinition form = agency.form("riverside.RiversideSoap").orElseThrow();
        assertEquals(List.of("std.progress.SoapNote", "std.progress.ProgressNoteBase"), form.getBaseChain());
        ElementIndex index = ElementIndex.of(form);
        assertTrue(index.field("school").isPresent());
        assertTrue(index.field("background").isEmpty());
        assertEquals("Clinician's assessment", index.field("clinicalImpression").orElseThrow().getLabel());
        assertEquals(2, form.getRuleConfiguration().getSigningWindow().getAmount());
        List<String> order = form.getElements().stream().map(e -> e.getId()).toList();
        assertEquals(order.indexOf("RiskAssessment") - 1, order.indexOf("youth"));
    }

    @Test
    void compiledFormsAreSelfContained() {
        for (FormDefinition form : library.forms()) {
            assertTrue(EcoreUtil.ExternalCrossReferencer.find(form).isEmpty(), form.getId());
            ElementIndex.of(form);
        }
    }
}
