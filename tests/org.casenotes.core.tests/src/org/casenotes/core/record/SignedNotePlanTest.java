package org.casenotes.core.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.casenotes.core.lifecycle.LifecycleException;
import org.casenotes.model.form.FormDefinition;
import org.casenotes.model.record.EpisodeOfCare;
import org.casenotes.model.record.EpisodeStatus;
import org.casenotes.model.record.Goal;
import org.casenotes.model.record.GoalStatus;
import org.casenotes.model.record.Intervention;
import org.casenotes.model.record.Note;
import org.casenotes.model.record.Objective;
import org.casenotes.model.record.PlanStatus;
import org.casenotes.model.record.Problem;
import org.casenotes.model.record.RecordFactory;
import org.casenotes.model.record.TreatmentPlan;
import org.junit.jupiter.api.Test;

/** Signing a treatment-plan note on the standard template makes the client's plan version from its fields. */
class SignedNotePlanTest {

    private final PlanFixture fx = new PlanFixture();
    private final FormDefinition form = PlanFixture.treatmentPlan();

    @Test
    void aSignedTreatmentPlanBecomesTheClientsCurrentPlanWithEveryFieldMapped() {
        Note note = fx.planNote(form);
        fx.problem(note, form, "Worry most days keeps the client from sleeping and working.",
                "I want to sleep through the night and go back to work.",
                "1. Client will sleep 6 hours on 5 of 7 nights, by sleep log.\n"
                        + "- Client will return to work part time.\n\n",
                PlanFixture.PLAN_DAY.plusDays(120), "cbt", "relaxation");

        assertTrue(fx.signAndApply(note, form));

        TreatmentPlan plan = PlanVersions.current(fx.client).orElseThrow();
        assertEquals(1, plan.getVersion());
        assertEquals(PlanStatus.ACTIVE, plan.getStatus());
        assertEquals(note.getId(), plan.getNoteId());
        assertEquals("c-rowan", plan.getAuthorId());
        assertEquals(PlanFixture.PLAN_DAY, plan.getEffectiveDate());
        assertEquals(PlanFixture.PLAN_DAY.plusDays(90), plan.getNextReviewDate());
        Problem problem = plan.getProblems().get(0);
        assertEquals("Worry most days keeps the client from sleeping and working.", problem.getStatement());
        assertEquals("F41.1", problem.getDiagnosisCode());
        Goal goal = problem.getGoals().get(0);
        assertEquals("I want to sleep through the night and go back to work.", goal.getStatement());
        assertEquals(GoalStatus.ACTIVE, goal.getStatus());
        assertEquals(PlanFixture.PLAN_DAY.plusDays(120), goal.getTargetDate());
        assertEquals(List.of("Client will sleep 6 hours on 5 of 7 nights, by sleep log.",
                "Client will return to work part time."),
                goal.getObjectives().stream().map(Objective::getStatement).toList());
        Objective first = goal.getObjectives().get(0);
        assertEquals(PlanFixture.PLAN_DAY.plusDays(120), first.getTargetDate());
        assertEquals(List.of("Cognitive behavioral techniques (e.g. identifying and reframing thoughts) weekly c-rowan",
                "Relaxation or breathing skills weekly c-rowan"),
                first.getInterventions().stream().map(SignedNotePlanTest::describe).toList());
    }

    @Test
    void eachProblemRowIsAProblemWithItsGoalAndAnObjectiveOnOneLineIsOneObjective() {
        Note note = fx.planNote(form);
        fx.problem(note, form, "Low mood most days.", "Feel like myself again.",
                "Client will schedule one rewarding activity a day. Client will track it.",
                PlanFixture.PLAN_DAY.plusDays(90), "behavioralActivation");
        fx.problem(note, form, "Arguments at home every week.", "Talk without shouting.",
                "Client will use a time-out in 3 of 4 arguments.", PlanFixture.PLAN_DAY.plusDays(60),
                "familySystems");

        fx.signAndApply(note, form);

        TreatmentPlan plan = PlanVersions.current(fx.client).orElseThrow();
        assertEquals(List.of("Feel like myself again.", "Talk without shouting."), goals(plan));
        assertEquals(List.of("Client will schedule one rewarding activity a day. Client will track it."),
                plan.getProblems().get(0).getGoals().get(0).getObjectives().stream().map(Objective::getStatement)
                        .toList());
    }

    @Test
    void aClientWithoutAnEpisodeIsAdmittedOnThePlanDate() {
        Note note = signedPlan("Sleep through the night.");

        EpisodeOfCare episode = fx.client.getEpisodes().get(0);
        assertEquals(1, fx.client.getEpisodes().size());
        assertEquals(EpisodeStatus.OPEN, episode.getStatus());
        assertEquals(PlanFixture.PLAN_DAY, episode.getStartDate());
        assertEquals("c-rowan", episode.getPrimaryClinicianId());
        assertEquals(note.getId(), episode.getTreatmentPlans().get(0).getNoteId());
    }

    @Test
    void thePlanGoesToTheOpenEpisodeOrToTheEpisodeTheNoteNames() {
        EpisodeOfCare closed = episode("E-old", EpisodeStatus.CLOSED);
        EpisodeOfCare open = episode("E-now", EpisodeStatus.OPEN);

        signedPlan("Sleep through the night.");
        assertEquals(1, open.getTreatmentPlans().size());

        Note named = fx.planNote(form);
        named.setEpisodeId("E-old");
        fx.problem(named, form, "Worry most days at work.", "Worry less.", "Client will rate worry below 4.",
                PlanFixture.PLAN_DAY.plusDays(90), "cbt");
        fx.signAndApply(named, form);
        assertEquals(1, closed.getTreatmentPlans().size());
        assertEquals(2, fx.client.getEpisodes().size());
    }

    @Test
    void aNewPlanSupersedesThePreviousVersionAndLeavesItsContentAsItWas() {
        signedPlan("Sleep through the night.");
        TreatmentPlan first = PlanVersions.current(fx.client).orElseThrow();
        TreatmentPlan before = org.eclipse.emf.ecore.util.EcoreUtil.copy(first);

        signedPlan("Go back to work.");

        TreatmentPlan second = PlanVersions.current(fx.client).orElseThrow();
        assertEquals(2, second.getVersion());
        assertEquals(List.of("Go back to work."), goals(second));
        assertEquals(PlanStatus.SUPERSEDED, first.getStatus());
        first.setStatus(PlanStatus.ACTIVE);
        assertTrue(org.eclipse.emf.ecore.util.EcoreUtil.equals(before, first), "only the status changed");
    }

    @Test
    void aNoteMakesItsVersionOnceEvenAfterAnAddendum() {
        Note note = signedPlan("Sleep through the night.");

        fx.lifecycle.addAddendum(note, fx.author, "Correction", "The review is due in 90 days, not 60.");

        assertFalse(fx.record.applyTo(fx.client, note, form));
        assertEquals(1, fx.client.getEpisodes().get(0).getTreatmentPlans().size());
    }

    @Test
    void anAgencyTemplateThatExtendsTheStandardPlanMakesAPlanToo() {
        FormDefinition extended = PlanFixture.form("agency.test.ExtendedPlan");
        Note note = fx.planNote(extended);
        fx.problem(note, extended, "Worry most days at work.", "Worry less at work.",
                "Client will rate worry below 4 of 10.", PlanFixture.PLAN_DAY.plusDays(90), "cbt");

        assertTrue(fx.signAndApply(note, extended));

        assertEquals(List.of("Worry less at work."), goals(PlanVersions.current(fx.client).orElseThrow()));
    }

    @Test
    void anAgencyTemplateWithoutTheStandardFieldsMakesNoPlanAndSaysWhatItLacks() {
        FormDefinition bare = PlanFixture.form("agency.test.BarePlan");
        Note note = fx.draft(bare, PlanFixture.PLAN_DAY);
        fx.lifecycle.edit(note, bare).setText("planText", "Work on sleep and worry, weekly, for three months.");

        assertFalse(fx.signAndApply(note, bare));

        assertTrue(fx.client.getEpisodes().isEmpty());
        assertEquals(List.of("problemList (a repeatable group, one row per problem)",
                "problemList.problem (the problem, as text)", "problemList.goal (the goal for the problem, as text)"),
                PlanFromNote.missingFields(bare));
        assertEquals(List.of(), PlanFromNote.missingFields(form));
    }

    @Test
    void aProgressNoteChangesNoPlan() {
        FormDefinition soap = PlanFixture.form("std.progress.SoapNote");
        Note note = fx.draft(soap, PlanFixture.PLAN_DAY);
        fx.sign(note, soap);

        assertTrue(new SignedNotePlan(() -> "x").addTo(fx.client, note, soap).isEmpty());
    }

    @Test
    void anUnsignedNoteIsRefused() {
        Note note = fx.planNote(form);

        assertThrows(LifecycleException.class, () -> new SignedNotePlan(() -> "x").addTo(fx.client, note, form));
    }

    @Test
    void theDiagnosisCodeIsTheIcdCodeTheTextStartsWith() {
        assertEquals("F41.1", PlanFromNote.diagnosisCode("F41.1 Generalized anxiety disorder"));
        assertEquals("F43.10", PlanFromNote.diagnosisCode("f4310 - PTSD"));
        assertEquals("Z63.0", PlanFromNote.diagnosisCode("  Z63.0 relationship distress"));
        assertNull(PlanFromNote.diagnosisCode("Generalized anxiety disorder (F41.1)"));
    }

    private Note signedPlan(String goal) {
        Note note = fx.planNote(form);
        fx.problem(note, form, "Worry most days keeps the client awake.", goal,
                "Client will sleep 6 hours on 5 of 7 nights.", PlanFixture.PLAN_DAY.plusDays(90), "cbt");
        fx.signAndApply(note, form);
        return note;
    }

    private EpisodeOfCare episode(String id, EpisodeStatus status) {
        EpisodeOfCare episode = RecordFactory.eINSTANCE.createEpisodeOfCare();
        episode.setId(id);
        episode.setStatus(status);
        episode.setStartDate(PlanFixture.PLAN_DAY.minusYears(1));
        fx.client.getEpisodes().add(episode);
        return episode;
    }

    static List<String> goals(TreatmentPlan plan) {
        return plan.getProblems().stream().flatMap(problem -> problem.getGoals().stream()).map(Goal::getStatement)
                .toList();
    }

    private static String describe(Intervention intervention) {
        return intervention.getDescription() + " " + intervention.getFrequency() + " "
                + intervention.getResponsibleClinicianId();
    }
}
