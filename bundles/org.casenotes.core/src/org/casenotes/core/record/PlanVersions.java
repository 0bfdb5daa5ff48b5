package org.casenotes.core.record;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.casenotes.model.record.Client;
import org.casenotes.model.record.EpisodeOfCare;
import org.casenotes.model.record.PlanStatus;
import org.casenotes.model.record.TreatmentPlan;

/**
 * The versions of a client's treatment plan. Each saved plan is a new version of its episode's plan: numbered one
 * above the latest, {@link PlanStatus#ACTIVE}, and the version it follows becomes
 * {@link PlanStatus#SUPERSEDED}. Old versions stay readable and are never rewritten.
 */
public final class PlanVersions {

    private PlanVersions() {
    }

    /** @return the plan in effect for the client: the highest active version of any episode, or empty */
    public static Optional<TreatmentPlan> current(Client client) {
        return client.getEpisodes().stream().map(EpisodeOfCare::getTreatmentPlans).flatMap(List::stream)
                .filter(plan -> plan.getStatus() == PlanStatus.ACTIVE)
                .max(Comparator.comparingInt(TreatmentPlan::getVersion));
    }

    /** @return the plan in effect in the episode: its highest active version, or empty */
    public static Optional<TreatmentPlan> current(EpisodeOfCare episode) {
        return episode.getTreatmentPlans().stream().filter(plan -> plan.getStatus() == PlanStatus.ACTIVE)
                .max(Comparator.comparingInt(TreatmentPlan::getVersion));
    }

    /**
     * Adds {@code plan} as the episode's newest version: numbers it, makes it active and supersedes the versions
     * before it.
     *
     * @param episode the episode the plan belongs to
     * @param plan    a plan not yet in any episode (typically a copy of the current one, edited)
     * @return the plan, now the episode's current version
     */
    public static TreatmentPlan addVersion(EpisodeOfCare episode, TreatmentPlan plan) {
        Objects.requireNonNull(plan, "plan");
        if (plan.eContainer() != null) {
            throw new IllegalArgumentException("Plan " + plan.getId() + " is already a version of an episode; "
                    + "add a copy of it instead.");
        }
        int latest = episode.getTreatmentPlans().stream().mapToInt(TreatmentPlan::getVersion).max().orElse(0);
        for (TreatmentPlan earlier : episode.getTreatmentPlans()) {
            if (earlier.getStatus() == PlanStatus.ACTIVE) {
                earlier.setStatus(PlanStatus.SUPERSEDED);
            }
        }
        plan.setVersion(latest + 1);
        plan.setStatus(PlanStatus.ACTIVE);
        episode.getTreatmentPlans().add(plan);
        return plan;
    }
}
