package org.casenotes.core.record;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.casenotes.model.record.Goal;
import org.casenotes.model.record.GoalStatus;
import org.casenotes.model.record.Intervention;
import org.casenotes.model.record.Objective;
import org.casenotes.model.record.Problem;
import org.casenotes.model.record.RecordPackage.Literals;
import org.casenotes.model.record.TreatmentPlan;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * What a treatment plan needs before it can be saved as a version: at least one problem; a statement for every
 * problem, goal and objective and a description for every intervention; a way to measure every objective (an
 * objective nobody can measure cannot be reviewed); target dates of goals and objectives still worked on not before
 * the plan takes effect (a met or discontinued one keeps the date it had); and a next review after the plan's date. Dates that cannot be read are the editor's to refuse: the model holds only real dates.
 */
public final class PlanCheck {

    private PlanCheck() {
    }

    /** @return what is wrong with {@code plan}, in the order the plan reads; empty when it can be saved */
    public static List<PlanFinding> findings(TreatmentPlan plan) {
        List<PlanFinding> findings = new ArrayList<>();
        LocalDate effective = plan.getEffectiveDate();
        if (effective == null) {
            findings.add(new PlanFinding(plan, Literals.TREATMENT_PLAN__EFFECTIVE_DATE,
                    "Enter the day the plan takes effect."));
        }
        LocalDate review = plan.getNextReviewDate();
        if (review == null) {
            findings.add(new PlanFinding(plan, Literals.TREATMENT_PLAN__NEXT_REVIEW_DATE,
                    "Enter the day the plan is next reviewed."));
        } else if (effective != null && !review.isAfter(effective)) {
            findings.add(new PlanFinding(plan, Literals.TREATMENT_PLAN__NEXT_REVIEW_DATE,
                    "The next review must come after the plan takes effect (" + effective + "); " + review
                            + " does not."));
        }
        if (plan.getProblems().isEmpty()) {
            findings.add(new PlanFinding(plan, null, "A plan needs at least one problem: add one."));
        }
        for (Problem problem : plan.getProblems()) {
            required(findings, problem, Literals.PROBLEM__STATEMENT, problem.getStatement(),
                    "Describe the problem.");
            for (Goal goal : problem.getGoals()) {
                required(findings, goal, Literals.GOAL__STATEMENT, goal.getStatement(), "State the goal.");
                notBefore(findings, goal, Literals.GOAL__TARGET_DATE, goal.getTargetDate(), goal.getStatus(),
                        effective);
                for (Objective objective : goal.getObjectives()) {
                    required(findings, objective, Literals.OBJECTIVE__STATEMENT, objective.getStatement(),
                            "State the objective.");
                    required(findings, objective, Literals.OBJECTIVE__MEASURE, objective.getMeasure(),
                            "Say how progress is measured, e.g. \"PHQ-9 below 10\" or \"3 of 4 weeks\".");
                    notBefore(findings, objective, Literals.OBJECTIVE__TARGET_DATE, objective.getTargetDate(),
                            objective.getStatus(), effective);
                    for (Intervention intervention : objective.getInterventions()) {
                        required(findings, intervention, Literals.INTERVENTION__DESCRIPTION,
                                intervention.getDescription(), "Describe the intervention.");
                    }
                }
            }
        }
        return findings;
    }

    private static void required(List<PlanFinding> findings, EObject element, EStructuralFeature field,
            String value, String message) {
        if (value == null || value.isBlank()) {
            findings.add(new PlanFinding(element, field, message));
        }
    }

    /** A goal or objective still worked on is aimed at a day the plan can reach; a met one keeps its history. */
    private static void notBefore(List<PlanFinding> findings, EObject element, EStructuralFeature field,
            LocalDate target, GoalStatus status, LocalDate effective) {
        boolean open = status == null || status == GoalStatus.ACTIVE || status == GoalStatus.PARTIALLY_MET;
        if (open && target != null && effective != null && target.isBefore(effective)) {
            findings.add(new PlanFinding(element, field, "A target date cannot be before the plan takes effect ("
                    + effective + "); " + target + " is. Move it, or set the status if it is done."));
        }
    }
}
