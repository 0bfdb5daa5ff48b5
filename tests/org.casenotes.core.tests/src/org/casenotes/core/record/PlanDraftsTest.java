package org.casenotes.core.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.casenotes.model.record.EpisodeOfCare;
import org.casenotes.model.record.Goal;
import org.casenotes.model.record.GoalStatus;
import org.casenotes.model.record.PlanStatus;
import org.casenotes.model.record.Problem;
import org.casenotes.model.record.RecordFactory;
import org.casenotes.model.record.TreatmentPlan;
import org.junit.jupiter.api.Test;

/**
 * A plan is edited as a draft: a copy of the current version (which stays as it was, even when the copy is changed
 * and saved as the next version) or a first plan with one empty problem.
 */
class PlanDraftsTest {

    private static final RecordFactory RECORD = RecordFactory.eINSTANCE;
    private static final LocalDate START = LocalDate.of(2026, 10, 1);
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    @Test
    void aRevisionIsAnUnnumberedCopyWithItsOwnIdThatKeepsTheGoalIds() {
        TreatmentPlan current = PlanVersions.addVersion(episode(), plan("Reduce panic attacks"));

        TreatmentPlan draft = PlanDrafts.revisionOf(current, TODAY, "clin-ortiz");

        assertNotEquals(current.getId(), draft.getId(), "each version is a record of its own");
        assertEquals(List.of(0, PlanStatus.DRAFT, TODAY, "clin-ortiz"),
                List.of(draft.getVersion(), draft.getStatus(), draft.getEffectiveDate(), draft.getAuthorId()));
        assertNull(draft.eContainer(), "a draft belongs to no episode until it is saved");
        assertEquals(goal(current).getId(), goal(draft).getId(), "notes that name the goal still find it");
        assertEquals(current.getNextReviewDate(), draft.getNextReviewDate());
    }

    @Test
    void savingAnEditedRevisionLeavesTheEarlierVersionAsItWasButSuperseded() {
        EpisodeOfCare episode = episode();
        TreatmentPlan first = PlanVersions.addVersion(episode, plan("Reduce panic attacks"));

        TreatmentPlan draft = PlanDrafts.revisionOf(first, TODAY, "clin-ortiz");
        goal(draft).setStatement("No panic attacks for a month");
        goal(draft).setStatus(GoalStatus.PARTIALLY_MET);
        PlanVersions.addVersion(episode, draft);

        assertEquals(List.of(1, 2), episode.getTreatmentPlans().stream().map(TreatmentPlan::getVersion).toList());
        assertEquals(List.of("Reduce panic attacks", GoalStatus.ACTIVE, START, PlanStatus.SUPERSEDED),
                List.of(goal(first).getStatement(), goal(first).getStatus(), first.getEffectiveDate(),
                        first.getStatus()), "version 1 reads as it did, marked superseded");
        assertEquals(draft, PlanVersions.current(episode).orElseThrow());
    }

    @Test
    void aFirstPlanHasOneEmptyProblemAndItsReviewNinetyDaysOn() {
        TreatmentPlan draft = PlanDrafts.first(TODAY, "clin-ortiz");

        assertEquals(1, draft.getProblems().size());
        Problem problem = draft.getProblems().get(0);
        assertNull(problem.getStatement());
        assertTrue(problem.getId() != null && !problem.getId().equals(draft.getId()));
        assertEquals(TODAY.plusDays(90), draft.getNextReviewDate());
        assertEquals(PlanStatus.DRAFT, draft.getStatus());
    }

    static EpisodeOfCare episode() {
        EpisodeOfCare episode = RECORD.createEpisodeOfCare();
        episode.setId("c-0001-E1");
        episode.setStartDate(START);
        return episode;
    }

    static TreatmentPlan plan(String goalStatement) {
        TreatmentPlan plan = RECORD.createTreatmentPlan();
        plan.setId("plan-1");
        plan.setEffectiveDate(START);
        plan.setNextReviewDate(START.plusDays(90));
        Problem problem = RECORD.createProblem();
        problem.setId("problem-1");
        problem.setStatement("Panic attacks at work");
        problem.setDiagnosisCode("F41.0");
        Goal goal = RECORD.createGoal();
        goal.setId("goal-1");
        goal.setStatement(goalStatement);
        goal.setStatus(GoalStatus.ACTIVE);
        goal.setTargetDate(START.plusDays(180));
        problem.getGoals().add(goal);
        plan.getProblems().add(problem);
        return plan;
    }

    private static Goal goal(TreatmentPlan plan) {
        return plan.getProblems().get(0).getGoals().get(0);
    }
}
