package org.casenotes.ui.caseload;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.casenotes.model.record.Client;
import org.casenotes.model.record.EpisodeOfCare;
import org.casenotes.model.record.PlanStatus;
import org.casenotes.model.record.TreatmentPlan;

/**
 * Every version of a client's treatment plan as the client overview offers them to read: newest first, each named
 * by its number, the day it took effect and whether it is the current one or was superseded. Old versions are shown
 * as they were saved; nothing here changes them.
 */
final class PlanHistory {

    private PlanHistory() {
    }

    /** @return the client's plan versions, newest episode first and newest version first within it */
    static List<TreatmentPlan> versions(Client client) {
        return client.getEpisodes().stream()
                .sorted(Comparator.comparing(EpisodeOfCare::getStartDate,
                        Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder())).reversed())
                .flatMap(episode -> episode.getTreatmentPlans().stream()
                        .sorted(Comparator.comparingInt(TreatmentPlan::getVersion).reversed()))
                .toList();
    }

    /** @return e.g. "Version 2 (effective 6 Dec 2026, current)" or "Version 1 (effective 1 Oct 2026, superseded)" */
    static String label(TreatmentPlan plan) {
        return "Version " + plan.getVersion() + " (effective " + Labels.day(plan.getEffectiveDate()) + ", "
                + state(plan) + ")";
    }

    /** @return what the overview says under the chosen version: its review, or what superseded it */
    static String details(TreatmentPlan plan) {
        if (plan.getStatus() == PlanStatus.SUPERSEDED) {
            return successor(plan).map(next -> "Superseded by version " + next.getVersion() + " on "
                    + Labels.day(next.getEffectiveDate()) + ". Shown as it was saved.")
                    .orElse("Superseded. Shown as it was saved.");
        }
        return "Next review " + Labels.day(plan.getNextReviewDate()) + ".";
    }

    private static String state(TreatmentPlan plan) {
        return switch (plan.getStatus()) {
        case ACTIVE -> "current";
        case SUPERSEDED -> "superseded";
        case DRAFT -> "draft";
        };
    }

    /** @return the version that followed {@code plan} in its episode */
    private static Optional<TreatmentPlan> successor(TreatmentPlan plan) {
        return plan.eContainer() instanceof EpisodeOfCare episode
                ? episode.getTreatmentPlans().stream().filter(later -> later.getVersion() > plan.getVersion())
                        .min(Comparator.comparingInt(TreatmentPlan::getVersion))
                : Optional.empty();
    }
}
