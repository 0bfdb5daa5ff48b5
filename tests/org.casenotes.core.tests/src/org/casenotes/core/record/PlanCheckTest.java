package org.casenotes.core.record;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.casenotes.model.record.Goal;
import org.casenotes.model.record.GoalStatus;
import org.casenotes.model.record.Intervention;
import org.casenotes.model.record.Objective;
import org.casenotes.model.record.RecordFactory;
import org.casenotes.model.record.TreatmentPlan;
import org.junit.jupiter.api.Test;

/** What keeps a plan from being saved is found at the element and field where it is wrong. */
class PlanCheckTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    @Test
    void aCompletePlanHasNoFindings() {
        TreatmentPlan plan = PlanDraftsTest.plan("Reduce panic attacks");
        Objective objective = objective(goal(plan));
        objective.setStatement("Uses breathing when panic starts");
        objective.setMeasure("self-report, 4 of 5 episodes");
        objective.getInterventions().add(intervention("Interoceptive exposure"));

        assertEquals(List.of(), PlanCheck.findings(plan));
    }

    @Test
    void emptyStatementsAreFoundAtTheirField() {
        TreatmentPlan plan = PlanDraftsTest.plan("  ");
        plan.getProblems().get(0).setStatement("");
        Objective objective = objective(goal(plan));
        objective.getInterventions().add(intervention(null));

        assertEquals(List.of("Problem.statement: Describe the problem.", "Goal.statement: State the goal.",
                "Objective.statement: State the objective.",
                "Objective.measure: Say how progress is measured, e.g. \"PHQ-9 below 10\" or \"3 of 4 weeks\".",
                "Intervention.description: Describe the intervention."), shown(plan));
    }

    @Test
    void targetDatesBeforeThePlanAndAReviewNotAfterItAreFound() {
        TreatmentPlan plan = PlanDraftsTest.plan("Reduce panic attacks");
        plan.setEffectiveDate(TODAY);
        plan.setNextReviewDate(TODAY);
        goal(plan).setTargetDate(TODAY.minusDays(1));
        Objective objective = objective(goal(plan));
        objective.setStatement("Sleeps 7 hours");
        objective.setMeasure("sleep diary");
        objective.setTargetDate(TODAY);

        assertEquals(List.of(
                "TreatmentPlan.nextReviewDate: The next review must come after the plan takes effect (2026-12-06); "
                        + "2026-12-06 does not.",
                "Goal.targetDate: A target date cannot be before the plan takes effect (2026-12-06); 2026-12-05 is. "
                        + "Move it, or set the status if it is done."),
                shown(plan), "a target on the plan's own day is allowed");
    }

    @Test
    void aMetOrDiscontinuedGoalKeepsItsPastTargetDate() {
        TreatmentPlan plan = PlanDraftsTest.plan("Reduce panic attacks");
        plan.setEffectiveDate(TODAY);
        plan.setNextReviewDate(TODAY.plusDays(90));
        goal(plan).setTargetDate(TODAY.minusDays(30));
        goal(plan).setStatus(GoalStatus.MET);
        assertEquals(List.of(), shown(plan));

        goal(plan).setStatus(GoalStatus.PARTIALLY_MET);
        assertEquals(1, shown(plan).size(), "a goal still worked on needs a target ahead: " + shown(plan));
    }

    @Test
    void aPlanWithoutProblemsOrDatesIsFound() {
        TreatmentPlan plan = RecordFactory.eINSTANCE.createTreatmentPlan();

        assertEquals(List.of("TreatmentPlan.effectiveDate: Enter the day the plan takes effect.",
                "TreatmentPlan.nextReviewDate: Enter the day the plan is next reviewed.",
                "TreatmentPlan.-: A plan needs at least one problem: add one."), shown(plan));
    }

    private static List<String> shown(TreatmentPlan plan) {
        return PlanCheck.findings(plan).stream().map(finding -> finding.element().eClass().getName() + "."
                + (finding.field() == null ? "-" : finding.field().getName()) + ": " + finding.message()).toList();
    }

    private static Goal goal(TreatmentPlan plan) {
        return plan.getProblems().get(0).getGoals().get(0);
    }

    private static Objective objective(Goal goal) {
        Objective objective = RecordFactory.eINSTANCE.createObjective();
        objective.setId("objective-" + goal.getObjectives().size());
        goal.getObjectives().add(objective);
        return objective;
    }

    private static Intervention intervention(String description) {
        Intervention intervention = RecordFactory.eINSTANCE.createIntervention();
        intervention.setDescription(description);
        return intervention;
    }
}
