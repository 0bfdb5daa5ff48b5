package org.casenotes.demo.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.casenotes.core.lifecycle.NoteIntegrity;
import org.casenotes.demo.ClientHistory;
import org.casenotes.demo.DemoCaseload;
import org.casenotes.model.record.Client;
import org.casenotes.model.record.ClientStatus;
import org.casenotes.model.record.Diagnosis;
import org.casenotes.model.record.MeasureResult;
import org.casenotes.model.record.Note;
import org.casenotes.model.record.NoteStatus;
import org.casenotes.model.record.TextValue;
import org.casenotes.model.record.ChoiceValue;
import org.casenotes.model.record.TreatmentPlan;
import org.casenotes.model.record.PlanStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The demo caseload is plausible, deterministic, signed for real, and carries its deliberate problems. */
class DemoCaseloadTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static List<ClientHistory> demo;
    private static Map<String, ClientHistory> byId;

    @BeforeAll
    static void generate() {
        demo = DemoCaseload.standard(TODAY).generate();
        byId = demo.stream().collect(Collectors.toMap(history -> history.client().getId(), Function.identity()));
    }

    @Test
    void aboutADozenDiverseClientsWithPronounsDiagnosesAndPayers() {
        assertEquals(13, demo.size());
        Set<String> pronouns = new HashSet<>();
        for (ClientHistory history : demo) {
            Client client = history.client();
            assertNotNull(client.getPronouns(), client.getLegalName());
            pronouns.add(client.getPronouns());
            assertFalse(client.getDiagnoses().isEmpty(), client.getLegalName());
            for (Diagnosis diagnosis : client.getDiagnoses()) {
                assertTrue(diagnosis.getIcd10Code().matches("[A-Z][0-9]{2}(\\.[0-9A-Z]{1,4})?"), diagnosis.getIcd10Code());
            }
            assertFalse(client.getCoverages().get(0).getPayerName().isBlank());
        }
        assertEquals(Set.of("she/her", "he/him", "they/them"), pronouns);
        Set<ClientStatus> statuses = demo.stream().map(history -> history.client().getStatus()).collect(Collectors.toSet());
        assertEquals(Set.of(ClientStatus.ACTIVE, ClientStatus.WAITLIST, ClientStatus.INACTIVE, ClientStatus.DISCHARGED),
                statuses);
    }

    @Test
    void aboutSixMonthsOfNotesInSeveralTemplates() {
        List<Note> notes = demo.stream().flatMap(history -> history.notes().stream()).toList();
        assertTrue(notes.size() > 150, "notes: " + notes.size());
        LocalDate first = notes.stream().map(Note::getDateOfService).min(LocalDate::compareTo).orElseThrow();
        assertTrue(first.isBefore(TODAY.minusMonths(5)) && first.isAfter(TODAY.minusMonths(7)), first.toString());
        assertTrue(notes.stream().allMatch(note -> note.getDateOfService().isBefore(TODAY)));
        assertEquals(Set.of("std.progress.SoapNote", "std.progress.DapNote", "std.progress.BirpNote"),
                notes.stream().map(Note::getTemplateId).collect(Collectors.toSet()));
    }

    @Test
    void signedNotesCarryRealSignaturesThatVerify() {
        List<Note> signed = demo.stream().flatMap(history -> history.notes().stream())
                .filter(note -> note.getSignature() != null).toList();
        assertFalse(signed.isEmpty());
        for (Note note : signed) {
            assertTrue(NoteIntegrity.verify(note).isEmpty(), note.getId() + ": " + NoteIntegrity.verify(note));
            assertEquals(64, note.getSignature().getContentHash().length());
            assertFalse(note.getSignature().getCredentials().isBlank());
        }
        assertTrue(signed.stream().anyMatch(note -> note.getStatus() == NoteStatus.COSIGNED), "supervised notes co-signed");
        assertTrue(signed.stream().anyMatch(note -> !note.getAddenda().isEmpty()), "an addendum");
    }

    @Test
    void sameDayAndSeedGiveTheSameCaseload() {
        List<String> again = DemoCaseload.standard(TODAY).generate().stream().flatMap(history -> history.notes().stream())
                .map(note -> note.getId() + (note.getSignature() == null ? "" : note.getSignature().getContentHash()))
                .toList();
        List<String> first = demo.stream().flatMap(history -> history.notes().stream())
                .map(note -> note.getId() + (note.getSignature() == null ? "" : note.getSignature().getContentHash()))
                .toList();
        assertEquals(first, again);
    }

    @Test
    void measureSeriesShowImprovingPlateauAndWorseningTrends() {
        assertTrue(change("C-1001", "std.instruments.PHQ9") <= -8, "Ale's depression improves");
        assertTrue(Math.abs(change("C-1003", "std.instruments.PHQ9")) <= 2, "Samira plateaus");
        assertTrue(change("C-1004", "std.instruments.PHQ9") >= 5, "Jo worsens");
        for (ClientHistory history : demo) {
            for (MeasureResult result : history.client().getMeasureResults()) {
                int sum = result.getAnswers().stream().mapToInt(answer -> answer.getScore()).sum();
                assertEquals(result.getTotal().intValue(), sum, result.getId());
                assertNotNull(result.getBand(), result.getId());
            }
        }
    }

    @Test
    void everyActiveClientHasAPlanWithGoalsAndMeasurableObjectives() {
        for (ClientHistory history : demo) {
            if (history.notes().isEmpty()) {
                continue;
            }
            TreatmentPlan plan = history.client().getEpisodes().get(0).getTreatmentPlans().stream()
                    .filter(candidate -> candidate.getStatus() == PlanStatus.ACTIVE).findFirst().orElseThrow();
            assertNotNull(plan.getNextReviewDate());
            var objectives = plan.getProblems().get(0).getGoals().get(0).getObjectives();
            assertFalse(objectives.isEmpty());
            objectives.forEach(objective -> assertFalse(objective.getMeasure().isBlank()));
        }
    }

    @Test
    void deliberateProblemsArePresent() {
        List<Note> notes = demo.stream().flatMap(history -> history.notes().stream()).toList();
        assertTrue(notes.stream().filter(note -> note.getStatus() == NoteStatus.DRAFT).count() >= 2, "unsigned drafts");
        assertTrue(notes.stream().anyMatch(note -> note.getStatus() == NoteStatus.DRAFT
                && "plateau".equals(choice(note, "progress")) && text(note, "setbackReason") == null),
                "a plateau without its reason");
        assertTrue(notes.stream().anyMatch(note -> note.getSignature() != null
                && text(note, "response") != null && text(note, "response").contains("non-compliant")),
                "judgmental wording in a signed note");
        Note late = notes.stream().filter(Note::isLateEntry).findFirst().orElseThrow();
        assertFalse(late.getLateEntryReason().isBlank());
        assertEquals(8, late.getDateOfService().until(late.getSignature().getSignedAt()
                .atZone(DemoCaseload.ZONE).toLocalDate()).getDays());
    }

    @Test
    void theStandInFormsHoldNoLetterTemplatesSoThisDemoHasNoLetters() {
        assertTrue(demo.stream().allMatch(history -> history.client().getLetters().isEmpty()));
    }

    private static int change(String clientId, String instrument) {
        List<MeasureResult> series = byId.get(clientId).client().getMeasureResults().stream()
                .filter(result -> instrument.equals(result.getInstrumentId())).toList();
        return series.get(series.size() - 1).getTotal() - series.get(0).getTotal();
    }

    private static String text(Note note, String fieldId) {
        return note.getValues().stream().filter(value -> fieldId.equals(value.getFieldId()))
                .map(value -> ((TextValue) value).getText()).findFirst().orElse(null);
    }

    private static String choice(Note note, String fieldId) {
        return note.getValues().stream().filter(value -> fieldId.equals(value.getFieldId()))
                .map(value -> ((ChoiceValue) value).getOptionIds().get(0)).findFirst().orElse(null);
    }
}
