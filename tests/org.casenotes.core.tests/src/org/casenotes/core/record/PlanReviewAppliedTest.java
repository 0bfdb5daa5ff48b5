package org.casenotes.core.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.casenotes.core.lifecycle.ValueEditor;
import org.casenotes.model.form.FormDefinition;
import org.casenotes.model.record.Goal;
import org.casenotes.model.record.Note;
import org.casenotes.model.record.PlanStatus;
import org.casenotes.model.record.TreatmentPlan;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Signing a plan-review note on the standard template makes the next plan version with the goals reviewed. */
class PlanReviewAppliedTest {

    private static final LocalDate REVIEW_DAY = PlanFixture.PLAN_DAY.plusDays(88);

    private final PlanFixture fx = new PlanFixture();
    private final FormDefinition review = PlanFixture.planReview();
    private TreatmentPlan reviewed;
    private TreatmentPlan asSigned;

    @BeforeEach
    void aPlanWithFiveGoals() {
        FormDefinition plan = PlanFixture.treatmentPlan();
        Note note = fx.planNote(plan);
        for (String goal : List.of("Sleep through the night.", "Go back to work.", "Argue less at home.",
                "See friends weekly.", "Stop drinking on weeknights.")) {
            fx.problem(note, plan, "A problem the client names in the plan.", goal,
                    "Client will do it on 5 of 7 days.", PlanFixture.PLAN_DAY.plusDays(90), "cbt");
        }
        fx.signAndApply(note, plan);
        reviewed = PlanVersions.current(fx.client).orElseThrow();
        asSigned = EcoreUtil.copy(reviewed);
    }

    @Test
    void eachReviewedGoalTakesItsStatusAndARevisedGoalItsNewWording() {
        Note note = reviewNote(true);
        reviewGoal(note, 0, "met", null);
        reviewGoal(note, 1, "partlyMet", null);
        reviewGoal(note, 2, "notMet", null);
        reviewGoal(note, 3, "revised", "See one friend every other week.");
        reviewGoal(note, 4, "dropped", null);

        assertTrue(fx.signAndApply(note, review));

        TreatmentPlan next = PlanVersions.current(fx.client).orElseThrow();
        assertEquals(2, next.getVersion());
        assertEquals(note.getId(), next.getNoteId());
        assertEquals(REVIEW_DAY, next.getEffectiveDate());
        assertEquals(REVIEW_DAY.plusDays(90), next.getNextReviewDate());
        assertEquals(List.of("Sleep through the night. MET", "Go back to work. PARTIALLY_MET",
                "Argue less at home. NOT_MET", "See one friend every other week. ACTIVE",
                "Stop drinking on weeknights. DISCONTINUED"), goalsAndStatus(next));
        assertEquals(goalIds(reviewed), goalIds(next), "goals keep their ids, so notes that named them still do");
    }

    @Test
    void theReviewedVersionIsSupersededAndOtherwiseUntouched() {
        Note note = reviewNote(true);
        reviewGoal(note, 3, "revised", "See one friend every other week.");

        fx.signAndApply(note, review);

        assertEquals(PlanStatus.SUPERSEDED, reviewed.getStatus());
        reviewed.setStatus(PlanStatus.ACTIVE);
        assertTrue(EcoreUtil.equals(asSigned, reviewed));
    }

    @Test
    void goalsTheReviewDoesNotNameKeepTheirStatus() {
        Note note = reviewNote(true);
        reviewGoal(note, 0, "met", null);

        fx.signAndApply(note, review);

        assertEquals(List.of("Sleep through the night. MET", "Go back to work. ACTIVE", "Argue less at home. ACTIVE",
                "See friends weekly. ACTIVE", "Stop drinking on weeknights. ACTIVE"),
                goalsAndStatus(PlanVersions.current(fx.client).orElseThrow()));
    }

    @Test
    void whenServicesAreNoLongerNeededNoNextReviewIsSet() {
        Note note = reviewNote(false);
        reviewGoal(note, 0, "met", null);

        fx.signAndApply(note, review);

        assertNull(PlanVersions.current(fx.client).orElseThrow().getNextReviewDate());
    }

    @Test
    void aReviewAddsItsVersionOnce() {
        Note note = reviewNote(true);
        reviewGoal(note, 0, "met", null);
        fx.signAndApply(note, review);

        fx.lifecycle.addAddendum(note, fx.author, "Correction", "The client took part by phone.");

        assertFalse(fx.record.applyTo(fx.client, note, review));
        assertEquals(2, PlanVersions.current(fx.client).orElseThrow().getVersion());
    }

    @Test
    void aReviewOfAClientWithoutAPlanChangesNothing() {
        PlanFixture other = new PlanFixture();
        Note note = other.draft(review, REVIEW_DAY);
        other.lifecycle.edit(note, review).setDate("reviewDate", REVIEW_DAY).setBoolean("continuedNeed", true)
                .setDate("nextReview", REVIEW_DAY.plusDays(90));

        assertFalse(other.signAndApply(note, review));
        assertTrue(other.client.getEpisodes().isEmpty());
    }

    @Test
    void theStandardReviewTemplateHasEveryFieldTheMappingNeeds() {
        assertEquals(List.of(), PlanReviewApplied.missingFields(review));
        assertEquals(List.of("goalReviews (a repeatable group, one row per goal reviewed)",
                "goalReviews.goal (the goal reviewed, picked from the plan)",
                "goalReviews.status (met, partlyMet, notMet, revised or dropped)"),
                PlanReviewApplied.missingFields(PlanFixture.treatmentPlan()));
    }

    private Note reviewNote(boolean continued) {
        Note note = fx.draft(review, REVIEW_DAY);
        ValueEditor edit = fx.lifecycle.edit(note, review).setDate("reviewDate", REVIEW_DAY)
                .setDate("planDate", PlanFixture.PLAN_DAY).setText("participants", "Client and clinician")
                .setBoolean("continuedNeed", continued);
        if (continued) {
            edit.setDate("nextReview", REVIEW_DAY.plusDays(90));
        }
        return note;
    }

    private void reviewGoal(Note note, int goal, String status, String revision) {
        ValueEditor row = fx.lifecycle.edit(note, review).addRow("goalReviews")
                .referTo("goal", goalIds(reviewed).get(goal)).choose("status", status)
                .setText("evidence", "Sleep log and the client's own account this month.");
        if (revision != null) {
            row.setText("revision", revision);
        }
    }

    private static List<String> goalIds(TreatmentPlan plan) {
        return plan.getProblems().stream().flatMap(problem -> problem.getGoals().stream()).map(Goal::getId).toList();
    }

    private static List<String> goalsAndStatus(TreatmentPlan plan) {
        return plan.getProblems().stream().flatMap(problem -> problem.getGoals().stream())
                .map(goal -> goal.getStatement() + " " + goal.getStatus()).toList();
    }
}
