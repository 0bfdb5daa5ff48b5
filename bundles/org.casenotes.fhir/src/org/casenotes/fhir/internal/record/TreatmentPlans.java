package org.casenotes.fhir.internal.record;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.casenotes.model.record.Client;
import org.casenotes.model.record.Diagnosis;
import org.casenotes.model.record.EpisodeOfCare;
import org.casenotes.model.record.GoalStatus;
import org.casenotes.model.record.Intervention;
import org.casenotes.model.record.Objective;
import org.casenotes.model.record.Problem;
import org.casenotes.model.record.TreatmentPlan;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CarePlan.CarePlanIntent;
import org.hl7.fhir.r4.model.CarePlan.CarePlanStatus;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.Goal.GoalLifecycleStatus;
import org.hl7.fhir.r4.model.Reference;

/**
 * Every version of the client's treatment plans as a CarePlan (the current one active, earlier ones revoked, a draft
 * a draft), addressing the Conditions of its problems' diagnoses and listing its goals; each goal is one Goal, with
 * its objectives and their interventions as notes. A goal kept from one plan version to the next is one Goal.
 */
final class TreatmentPlans {

    private final BundleEntries entries;
    private final Reference patient;

    TreatmentPlans(BundleEntries entries, Reference patient) {
        this.entries = entries;
        this.patient = patient;
    }

    void add(Client client) {
        for (EpisodeOfCare episode : client.getEpisodes()) {
            for (TreatmentPlan plan : episode.getTreatmentPlans()) {
                entries.add(plan.getId(), carePlan(client, plan));
            }
        }
    }

    private CarePlan carePlan(Client client, TreatmentPlan plan) {
        CarePlan carePlan = new CarePlan();
        carePlan.addIdentifier().setSystem(Codes.CASENOTES + "plan-id").setValue(plan.getId());
        carePlan.setStatus(switch (plan.getStatus()) {
            case ACTIVE -> CarePlanStatus.ACTIVE;
            case DRAFT -> CarePlanStatus.DRAFT;
            case SUPERSEDED -> CarePlanStatus.REVOKED;
        });
        carePlan.setIntent(CarePlanIntent.PLAN);
        carePlan.setTitle("Treatment plan, version " + plan.getVersion());
        carePlan.setSubject(patient);
        if (plan.getEffectiveDate() != null) {
            carePlan.getPeriod().setStartElement(Times.dayTime(plan.getEffectiveDate()));
        }
        List<String> problems = new ArrayList<>();
        for (Problem problem : plan.getProblems()) {
            problems.add(problem.getStatement());
            diagnosis(client, problem.getDiagnosisCode()).flatMap(diagnosis -> entries.reference("Condition",
                    diagnosis.getId())).filter(reference -> carePlan.getAddresses().stream()
                            .noneMatch(known -> known.getReference().equals(reference.getReference())))
                    .ifPresent(carePlan::addAddresses);
            for (org.casenotes.model.record.Goal goal : problem.getGoals()) {
                carePlan.addGoal(new Reference(entries.add(goal.getId(), goal(goal))).setDisplay(goal.getStatement()));
            }
        }
        carePlan.setDescription("Problems: " + String.join("; ", problems));
        if (plan.getNextReviewDate() != null) {
            carePlan.addNote().setText("Next review on " + plan.getNextReviewDate());
        }
        carePlan.setText(Narratives.of(carePlan.getTitle() + " (" + plan.getStatus().getLiteral() + ")",
                carePlan.getDescription()));
        return carePlan;
    }

    private static java.util.Optional<Diagnosis> diagnosis(Client client, String code) {
        return code == null ? java.util.Optional.empty()
                : client.getDiagnoses().stream().filter(d -> code.equals(d.getIcd10Code())).findFirst();
    }

    private Goal goal(org.casenotes.model.record.Goal goal) {
        Goal resource = new Goal();
        resource.addIdentifier().setSystem(Codes.CASENOTES + "goal-id").setValue(goal.getId());
        GoalStatus status = goal.getStatus() == null ? GoalStatus.ACTIVE : goal.getStatus();
        resource.setLifecycleStatus(switch (status) {
            case ACTIVE -> GoalLifecycleStatus.ACTIVE;
            case MET, PARTIALLY_MET, NOT_MET -> GoalLifecycleStatus.COMPLETED;
            case DISCONTINUED -> GoalLifecycleStatus.CANCELLED;
        });
        String achievement = switch (status) {
            case MET -> "achieved";
            case PARTIALLY_MET -> "improving";
            case NOT_MET -> "not-achieved";
            default -> null;
        };
        if (achievement != null) {
            resource.setAchievementStatus(new CodeableConcept(new Coding(Codes.GOAL_ACHIEVEMENT, achievement, null)));
        }
        resource.setDescription(new CodeableConcept().setText(goal.getStatement()));
        resource.setSubject(patient);
        if (goal.getTargetDate() != null) {
            resource.addTarget().setDue(Times.day(goal.getTargetDate()));
        }
        for (Objective objective : goal.getObjectives()) {
            resource.addNote().setText(objective(objective));
        }
        resource.setText(Narratives.of(goal.getStatement()));
        return resource;
    }

    private static String objective(Objective objective) {
        StringBuilder text = new StringBuilder("Objective: ").append(objective.getStatement());
        if (objective.getMeasure() != null && !objective.getMeasure().isBlank()) {
            text.append(" (measured by ").append(objective.getMeasure()).append(')');
        }
        if (objective.getTargetDate() != null) {
            text.append(", by ").append(objective.getTargetDate());
        }
        if (!objective.getInterventions().isEmpty()) {
            text.append(". Interventions: ").append(objective.getInterventions().stream()
                    .map(TreatmentPlans::intervention).collect(Collectors.joining("; ")));
        }
        return text.toString();
    }

    private static String intervention(Intervention intervention) {
        return intervention.getDescription()
                + (intervention.getFrequency() == null ? "" : " (" + intervention.getFrequency() + ")");
    }
}
