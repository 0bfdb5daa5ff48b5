package org.casenotes.core.rules.payer.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.casenotes.model.record.Client;
import org.casenotes.model.record.EpisodeOfCare;
import org.casenotes.model.record.Goal;
import org.casenotes.model.record.Objective;
import org.casenotes.model.record.PlanStatus;
import org.casenotes.model.record.Problem;
import org.casenotes.model.record.TreatmentPlan;

/** The client's treatment plan in effect on a date of service, and the goals and objectives it contains. */
final class PlanInEffect {

    private PlanInEffect() {
    }

    /**
     * @return the non-draft plan with the latest effective date on or before {@code day} (a plan without an
     *         effective date counts as in effect), across all the client's episodes; of versions taking effect the
     *         same day (a plan reviewed the day it was written), the later one. Dated, unlike
     *         {@code PlanVersions.current}: a note is judged by the version in effect on its date of service, even
     *         if that version has since been superseded.
     */
    static Optional<TreatmentPlan> on(Client client, LocalDate day) {
        return client.getEpisodes().stream().map(EpisodeOfCare::getTreatmentPlans).flatMap(plans -> plans.stream())
                .filter(plan -> plan.getStatus() != PlanStatus.DRAFT)
                .filter(plan -> plan.getEffectiveDate() == null || !plan.getEffectiveDate().isAfter(day))
                .max(Comparator.comparing((TreatmentPlan plan) -> plan.getEffectiveDate() == null ? LocalDate.MIN
                        : plan.getEffectiveDate()).thenComparingInt(TreatmentPlan::getVersion));
    }

    /** @return the ids of the problems' goals and their objectives in {@code plan} */
    static Set<String> elementIds(TreatmentPlan plan) {
        Set<String> ids = new HashSet<>();
        for (Problem problem : plan.getProblems()) {
            for (Goal goal : problem.getGoals()) {
                ids.add(goal.getId());
                goal.getObjectives().stream().map(Objective::getId).forEach(ids::add);
            }
        }
        return ids;
    }
}
