package org.casenotes.core.rules.payer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.casenotes.core.forms.NoteTextContext;
import org.casenotes.core.rules.Finding;
import org.casenotes.core.rules.RuleSettings;
import org.casenotes.core.rules.Severity;
import org.casenotes.core.rules.payer.internal.DiagnosisInPlanRule;
import org.casenotes.core.rules.payer.internal.GoalsAddressedRule;
import org.casenotes.core.rules.payer.internal.TreatmentPlanRule;
import org.casenotes.model.record.Diagnosis;
import org.casenotes.model.record.PlanStatus;
import org.junit.jupiter.api.Test;

/** The golden thread: goals addressed, a plan in effect, its review on schedule. */
class PlanAndGoalRulesTest {

    private final GoalsAddressedRule goals = new GoalsAddressedRule();
    private final TreatmentPlanRule plan = new TreatmentPlanRule();

    @Test
    void aNoteNamingAnObjectiveOfThePlanIsAccepted() {
        assertEquals(List.of(), new ProgressNoteFixture().complete().findings(goals));
    }

    @Test
    void aNoteWithoutAnyGoalAddressedIsAnError() {
        ProgressNoteFixture fixture = new ProgressNoteFixture().complete();
        fixture.note.getGroups().clear();

        List<Finding> findings = fixture.findings(goals);

        assertEquals(1, findings.size());
        assertEquals(Severity.ERROR, findings.get(0).severity());
        assertEquals("goalsAddressed", findings.get(0).fieldId());
    }

    @Test
    void aGoalThatIsNotInThePlanInEffectIsAWarning() {
        List<Finding> findings = new ProgressNoteFixture().complete().addressGoal("goal-sleep-2025").findings(goals);

        assertEquals(1, findings.size());
        assertEquals(Severity.WARNING, findings.get(0).severity());
        assertTrue(findings.get(0).message().contains("goal-sleep-2025"));
    }

    @Test
    void aCurrentPlanIsAccepted() {
        assertEquals(List.of(), new ProgressNoteFixture().complete().findings(plan));
    }

    @Test
    void aPlanDueForReviewBeforeTheSessionIsReported() {
        ProgressNoteFixture fixture = new ProgressNoteFixture().complete();
        fixture.plan.setNextReviewDate(LocalDate.of(2026, 11, 1));

        List<Finding> findings = fixture.findings(plan);

        assertEquals(1, findings.size());
        assertTrue(findings.get(0).message().contains("due for review on 2026-11-01"), findings.get(0).message());
    }

    @Test
    void aPlanReviewDueOnTheSessionDayIsNotOverdue() {
        ProgressNoteFixture fixture = new ProgressNoteFixture().complete();
        fixture.plan.setNextReviewDate(ProgressNoteFixture.SESSION_DAY);
        assertEquals(List.of(), fixture.findings(plan));
    }

    @Test
    void ofTwoVersionsTakingEffectTheSameDayTheLaterOneIsInEffect() {
        ProgressNoteFixture fixture = new ProgressNoteFixture().complete();
        fixture.plan.setNextReviewDate(LocalDate.of(2026, 11, 1));
        var reviewed = org.eclipse.emf.ecore.util.EcoreUtil.copy(fixture.plan);
        reviewed.setId("plan-1-reviewed");
        reviewed.setVersion(fixture.plan.getVersion() + 1);
        reviewed.setNextReviewDate(LocalDate.of(2027, 2, 1));
        fixture.plan.setStatus(PlanStatus.SUPERSEDED);
        ((org.casenotes.model.record.EpisodeOfCare) fixture.plan.eContainer()).getTreatmentPlans().add(reviewed);

        assertEquals(List.of(), fixture.findings(plan), "the review's next date counts, not the superseded one's");
    }

    @Test
    void onlyADraftPlanMeansNoPlanInEffect() {
        ProgressNoteFixture fixture = new ProgressNoteFixture().complete();
        fixture.plan.setStatus(PlanStatus.DRAFT);

        List<Finding> findings = fixture.findings(plan);

        assertEquals(1, findings.size());
        assertTrue(findings.get(0).message().contains("no treatment plan in effect on 2026-11-18"));
    }

    @Test
    void aPlanThatStartsAfterTheSessionDoesNotCover() {
        ProgressNoteFixture fixture = new ProgressNoteFixture().complete();
        fixture.plan.setEffectiveDate(LocalDate.of(2026, 11, 20));
        assertEquals(1, fixture.findings(plan).size());
    }

    private static Diagnosis diagnosis(String code, boolean primary, LocalDate resolvedOn) {
        Diagnosis diagnosis = ProgressNoteFixture.R.createDiagnosis();
        diagnosis.setId("dx-" + code);
        diagnosis.setIcd10Code(code);
        diagnosis.setPrimary(primary);
        diagnosis.setDiagnosedOn(LocalDate.of(2026, 8, 20));
        diagnosis.setResolvedOn(resolvedOn);
        return diagnosis;
    }

    @Test
    void thePrimaryDiagnosisTreatedByThePlanIsAccepted() {
        ProgressNoteFixture fixture = new ProgressNoteFixture().complete();
        fixture.plan.getProblems().get(0).setDiagnosisCode("F41.0");
        fixture.client.getDiagnoses().add(diagnosis("F410", true, null));
        assertEquals(List.of(), fixture.findings(new DiagnosisInPlanRule()));
    }

    @Test
    void aPrimaryDiagnosisNoPlanProblemAddressesIsAWarning() {
        ProgressNoteFixture fixture = new ProgressNoteFixture().complete();
        fixture.plan.getProblems().get(0).setDiagnosisCode("F41.0");
        fixture.client.getDiagnoses().add(diagnosis("F41.0", false, null));
        fixture.client.getDiagnoses().add(diagnosis("F33.1", true, null));

        List<Finding> findings = fixture.findings(new DiagnosisInPlanRule());

        assertEquals(1, findings.size());
        assertTrue(findings.get(0).message().startsWith("The primary diagnosis F33.1 is not"), findings.get(0).message());
    }

    @Test
    void aResolvedPrimaryDiagnosisIsNotCompared() {
        ProgressNoteFixture fixture = new ProgressNoteFixture().complete();
        fixture.plan.getProblems().get(0).setDiagnosisCode("F41.0");
        fixture.client.getDiagnoses().add(diagnosis("F33.1", true, LocalDate.of(2026, 10, 1)));
        assertEquals(List.of(), fixture.findings(new DiagnosisInPlanRule()));
    }

    @Test
    void withoutTheClientsRecordThePlanIsNotJudged() {
        ProgressNoteFixture fixture = new ProgressNoteFixture().complete();
        fixture.client.getNotes().clear();
        fixture.plan.setStatus(PlanStatus.DRAFT);
        assertEquals(List.of(), plan.evaluate(new NoteTextContext(fixture.note, fixture.form, RuleSettings.DEFAULTS)));
    }

    @Test
    void theClientContainingTheNoteIsFoundWithoutBeingGiven() {
        ProgressNoteFixture fixture = new ProgressNoteFixture().complete();
        fixture.plan.setStatus(PlanStatus.DRAFT);
        assertEquals(1, plan.evaluate(new NoteTextContext(fixture.note, fixture.form, RuleSettings.DEFAULTS)).size());
    }
}
