package org.casenotes.core.record;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.casenotes.model.record.Goal;
import org.casenotes.model.record.GoalStatus;
import org.casenotes.model.record.Objective;
import org.casenotes.model.record.Problem;
import org.casenotes.model.record.RecordFactory;
import org.casenotes.model.record.TreatmentPlan;
import org.junit.jupiter.api.Test;

class GoalStatusHistoryTest {

    private static final RecordFactory R = RecordFactory.eINSTANCE;

    private static TreatmentPlan version(int number, LocalDate day, GoalStatus goal, GoalStatus objective,
            boolean withSecondGoal) {
        TreatmentPlan plan = R.createTreatmentPlan();
        plan.setVersion(number);
        plan.setEffectiveDate(day);
        Problem problem = R.createProblem();
        problem.setId("p1");
        Goal sleep = R.createGoal();
        sleep.setId("g1");
        sleep.setStatement("Sleep through the night" + (number > 1 ? " most nights" : ""));
        sleep.setStatus(goal);
        Objective diary = R.createObjective();
        diary.setId("o1");
        diary.setStatement("Keep a sleep diary");
        diary.setStatus(objective);
        sleep.getObjectives().add(diary);
        problem.getGoals().add(sleep);
        if (withSecondGoal) {
            Goal work = R.createGoal();
            work.setId("g2");
            work.setStatement("Return to work");
            work.setStatus(GoalStatus.ACTIVE);
            problem.getGoals().add(work);
        }
        plan.getProblems().add(problem);
        return plan;
    }

    @Test
    void eachGoalAndObjectiveIsFollowedByIdAcrossTheVersionsOldestFirst() {
        LocalDate first = LocalDate.of(2026, 6, 1);
        List<TreatmentPlan> versions = List.of(version(3, first.plusDays(180), GoalStatus.MET, GoalStatus.MET, false),
                version(1, first, GoalStatus.ACTIVE, GoalStatus.ACTIVE, false),
                version(2, first.plusDays(90), GoalStatus.PARTIALLY_MET, GoalStatus.MET, true));

        GoalStatusHistory history = GoalStatusHistory.of(versions);

        assertEquals(List.of(first, first.plusDays(90), first.plusDays(180)), history.versions());
        assertEquals(List.of("g1", "o1", "g2"), history.lines().stream().map(GoalStatusHistory.Line::id).toList());
        GoalStatusHistory.Line sleep = history.lines().get(0);
        assertEquals("Sleep through the night most nights", sleep.statement());
        assertEquals(List.of(GoalStatus.ACTIVE, GoalStatus.PARTIALLY_MET, GoalStatus.MET), sleep.statuses());
        assertEquals(true, history.lines().get(1).objective());
        assertEquals(Arrays.asList(null, GoalStatus.ACTIVE, null), history.lines().get(2).statuses());
        assertEquals(List.of("g1", "g2"), history.goals().stream().map(GoalStatusHistory.Line::id).toList());
    }
}
