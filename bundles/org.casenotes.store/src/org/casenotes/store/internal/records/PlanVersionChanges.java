package org.casenotes.store.internal.records;

import java.util.LinkedHashMap;
import java.util.Map;

import org.casenotes.model.record.Client;
import org.casenotes.model.record.EpisodeOfCare;
import org.casenotes.model.record.PlanStatus;
import org.casenotes.model.record.TreatmentPlan;
import org.casenotes.store.PlanVersionChangeException;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Refuses client saves that rewrite history: a stored plan version that is not a draft must still be there, in the
 * same episode, with the same content; its status may only go from active to superseded. The plan editor and
 * signed notes add versions ({@code org.casenotes.core.record.PlanVersions}); this repeats that rule at the last
 * point before the disk, as {@link NoteChanges} does for signed notes.
 */
public final class PlanVersionChanges {

    private PlanVersionChanges() {
    }

    /**
     * @param stored   the client as stored, or null if new
     * @param incoming the client to store
     * @throws PlanVersionChangeException if the save would change or remove a non-draft plan version
     */
    public static void check(Client stored, Client incoming) {
        if (stored == null) {
            return;
        }
        Map<String, TreatmentPlan> kept = versions(incoming);
        for (Map.Entry<String, TreatmentPlan> entry : versions(stored).entrySet()) {
            TreatmentPlan before = entry.getValue();
            if (before.getStatus() == PlanStatus.DRAFT) {
                continue;
            }
            String name = "Treatment plan version " + before.getVersion() + " (" + before.getId() + ") of client "
                    + stored.getId();
            TreatmentPlan after = kept.get(entry.getKey());
            if (after == null) {
                throw new PlanVersionChangeException(name + " cannot be removed: plan versions are kept as they "
                        + "were. Save a new version instead.");
            }
            if (!episodeOf(before).equals(episodeOf(after))) {
                throw new PlanVersionChangeException(name + " cannot move from episode " + episodeOf(before)
                        + " to episode " + episodeOf(after) + ".");
            }
            if (!allowed(before.getStatus(), after.getStatus())) {
                throw new PlanVersionChangeException(name + " is " + literal(before) + " and cannot become "
                        + literal(after) + "; only an active version can become superseded.");
            }
            if (!EcoreUtil.equals(content(before), content(after))) {
                throw new PlanVersionChangeException(name + " is " + literal(before) + ": its content cannot change. "
                        + "Save the change as a new version.");
            }
        }
    }

    private static boolean allowed(PlanStatus before, PlanStatus after) {
        return before == after || before == PlanStatus.ACTIVE && after == PlanStatus.SUPERSEDED;
    }

    private static String literal(TreatmentPlan plan) {
        return plan.getStatus() == null ? "without status" : plan.getStatus().getLiteral().toLowerCase(java.util.Locale.ROOT);
    }

    /** @return the plan without its status, the one thing that may change */
    private static TreatmentPlan content(TreatmentPlan plan) {
        TreatmentPlan copy = EcoreUtil.copy(plan);
        copy.setStatus(PlanStatus.ACTIVE);
        return copy;
    }

    private static String episodeOf(TreatmentPlan plan) {
        return plan.eContainer() instanceof EpisodeOfCare episode ? String.valueOf(episode.getId()) : "";
    }

    private static Map<String, TreatmentPlan> versions(Client client) {
        Map<String, TreatmentPlan> plans = new LinkedHashMap<>();
        for (EpisodeOfCare episode : client.getEpisodes()) {
            for (TreatmentPlan plan : episode.getTreatmentPlans()) {
                plans.putIfAbsent(plan.getId(), plan);
            }
        }
        return plans;
    }
}
