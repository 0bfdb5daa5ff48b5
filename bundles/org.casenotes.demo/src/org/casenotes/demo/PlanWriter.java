package org.casenotes.demo;

import java.time.LocalDate;

import org.casenotes.model.record.EpisodeOfCare;
import org.casenotes.model.record.EpisodeStatus;
import org.casenotes.model.record.Goal;
import org.casenotes.model.record.GoalStatus;
import org.casenotes.model.record.Intervention;
import org.casenotes.model.record.Objective;
import org.casenotes.model.record.PlanStatus;
import org.casenotes.model.record.Problem;
import org.casenotes.model.record.RecordFactory;
import org.casenotes.model.record.TreatmentPlan;

/**
 * Writes a client's episode of care and treatment plan: the first plan at intake and, once 90 days have passed, a
 * reviewed plan that supersedes it. Reviews fall due every 90 days.
 */
final class PlanWriter {

    static final int REVIEW_DAYS = 90;
    private static final RecordFactory RECORD = RecordFactory.eINSTANCE;

    private PlanWriter() {
    }

    static EpisodeOfCare episode(ClientProfile profile, LocalDate start, LocalDate end, LocalDate today) {
        EpisodeOfCare episode = RECORD.createEpisodeOfCare();
        episode.setId(profile.id() + "-E1");
        episode.setStartDate(start);
        episode.setEndDate(end);
        episode.setStatus(end == null ? EpisodeStatus.OPEN : EpisodeStatus.CLOSED);
        episode.setPrimaryClinicianId(profile.care().clinician().getId());
        episode.setReasonForServices(profile.story().presentingProblem());
        episode.setReferralSource("Self");
        episode.setIntakeOn(start);
        int version = 1;
        for (LocalDate effective = start; !effective.isAfter(end == null ? today : end); effective = effective
                .plusDays(REVIEW_DAYS)) {
            if (!episode.getTreatmentPlans().isEmpty()) {
                episode.getTreatmentPlans().get(episode.getTreatmentPlans().size() - 1)
                        .setStatus(PlanStatus.SUPERSEDED);
            }
            episode.getTreatmentPlans().add(plan(profile, version++, effective, start));
        }
        return episode;
    }

    private static TreatmentPlan plan(ClientProfile profile, int version, LocalDate effective, LocalDate start) {
        String prefix = profile.id() + "-P" + version;
        TreatmentPlan plan = RECORD.createTreatmentPlan();
        plan.setId(prefix);
        plan.setVersion(version);
        plan.setStatus(PlanStatus.ACTIVE);
        plan.setEffectiveDate(effective);
        plan.setNextReviewDate(effective.plusDays(REVIEW_DAYS));
        plan.setAuthorId(profile.care().clinician().getId());
        Problem problem = RECORD.createProblem();
        problem.setId(prefix + "-problem");
        problem.setStatement(profile.story().presentingProblem());
        problem.setDiagnosisCode(profile.diagnoses().get(0)[0]);
        Goal goal = RECORD.createGoal();
        goal.setId(profile.id() + "-G1");
        goal.setStatement(profile.story().goal());
        goal.setTargetDate(start.plusDays(2L * REVIEW_DAYS));
        goal.setStatus(GoalStatus.ACTIVE);
        int number = 1;
        for (String[] statement : profile.story().objectives()) {
            Objective objective = RECORD.createObjective();
            objective.setId(objectiveId(profile, number));
            objective.setStatement(statement[0]);
            objective.setMeasure(statement[1]);
            objective.setTargetDate(start.plusDays((long) REVIEW_DAYS * Math.min(number, 2)));
            objective.setStatus(version > 1 && number == 1 ? GoalStatus.PARTIALLY_MET : GoalStatus.ACTIVE);
            Intervention intervention = RECORD.createIntervention();
            intervention.setId(objective.getId() + "-I1");
            intervention.setDescription(DemoNoteWording.interventionDetails(
                    java.util.List.of(profile.story().interventions().get((number - 1)
                            % profile.story().interventions().size()))));
            intervention.setFrequency(profile.care().cadenceDays() == 7 ? "weekly" : "every other week");
            intervention.setResponsibleClinicianId(profile.care().clinician().getId());
            objective.getInterventions().add(intervention);
            goal.getObjectives().add(objective);
            number++;
        }
        problem.getGoals().add(goal);
        plan.getProblems().add(problem);
        return plan;
    }

    /** @return the id of a client's n-th objective (from 1), the same in every plan version */
    static String objectiveId(ClientProfile profile, int number) {
        return profile.id() + "-O" + number;
    }
}
