package org.casenotes.core.record;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

import org.casenotes.model.record.Client;
import org.casenotes.model.record.EpisodeOfCare;
import org.casenotes.model.record.EpisodeStatus;
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

    /**
     * @return the plan in effect for the client: the current version of an open episode, else of the latest-started
     *         episode that has one (version numbers restart in each episode, so a readmitted client's version 1 is
     *         newer than the version 3 of an episode closed before), or empty
     */
    public static Optional<TreatmentPlan> current(Client client) {
        Comparator<EpisodeOfCare> latest = Comparator
                .comparing((EpisodeOfCare episode) -> episode.getStatus() == EpisodeStatus.OPEN)
                .thenComparing(EpisodeOfCare::getStartDate, Comparator.nullsFirst(Comparator.naturalOrder()));
        return client.getEpisodes().stream().filter(episode -> current(episode).isPresent()).max(latest)
                .flatMap(PlanVersions::current);
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
