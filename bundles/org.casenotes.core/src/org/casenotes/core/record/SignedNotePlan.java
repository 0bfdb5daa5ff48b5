package org.casenotes.core.record;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import org.casenotes.core.lifecycle.LifecycleException;
import org.casenotes.model.form.FormDefinition;
import org.casenotes.model.form.FormKind;
import org.casenotes.model.record.Client;
import org.casenotes.model.record.EpisodeOfCare;
import org.casenotes.model.record.Note;
import org.casenotes.model.record.NoteStatus;
import org.casenotes.model.record.TreatmentPlan;

/**
 * The treatment-plan version a signed note adds to its client's record: a treatment-plan note states a new plan
 * ({@link PlanFromNote}), a plan-review note updates the plan it reviewed ({@link PlanReviewApplied}); other notes
 * add none. The version becomes the current one of its episode ({@link PlanVersions#addVersion}).
 *
 * <p>The episode: the one the note names ({@code Note.episodeId}) if the client has it; else, for a plan, the
 * client's open episode, and when there is none a new open episode starting on the plan's effective date (a plan
 * is only written for a client in care, so signing one admits the client); for a review, the episode of the plan
 * it reviews (the current plan of the open episode, else the client's current plan). A review of a client with no
 * plan adds nothing.
 *
 * <p>A note adds its version once: a client who already has a version made from the note (it was signed before and
 * has since gained an addendum or a co-signature) gains none.
 */
public final class SignedNotePlan {

    private final Supplier<String> ids;

    /** @param ids source of ids for the version, its elements and a new episode */
    public SignedNotePlan(Supplier<String> ids) {
        this.ids = Objects.requireNonNull(ids, "ids");
    }

    /**
     * @param client the note's client; gains the version (and perhaps an episode)
     * @param note   the note, signed or co-signed
     * @param form   the form the note was written on
     * @return the version added, or empty when the note makes none
     * @throws LifecycleException if the note is not signed or belongs to another client
     */
    public Optional<TreatmentPlan> addTo(Client client, Note note, FormDefinition form) {
        if (form.getKind() != FormKind.TREATMENT_PLAN && form.getKind() != FormKind.PLAN_REVIEW) {
            return Optional.empty();
        }
        if (!Objects.equals(client.getId(), note.getClientId())) {
            throw new LifecycleException("Note " + note.getId() + " belongs to client " + note.getClientId()
                    + ", not to " + client.getId() + ".");
        }
        if (note.getStatus() != NoteStatus.SIGNED && note.getStatus() != NoteStatus.COSIGNED) {
            throw new LifecycleException("Note " + note.getId() + " is " + note.getStatus()
                    + "; only a signed note changes the treatment plan.");
        }
        if (madeFrom(client, note)) {
            return Optional.empty();
        }
        return form.getKind() == FormKind.TREATMENT_PLAN ? addPlan(client, note, form) : addReview(client, note, form);
    }

    private Optional<TreatmentPlan> addPlan(Client client, Note note, FormDefinition form) {
        Optional<TreatmentPlan> plan = new PlanFromNote(ids).of(note, form);
        plan.ifPresent(stated -> {
            EpisodeOfCare episode = named(client, note).or(() -> EpisodesOfCare.open(client))
                    .orElseGet(() -> EpisodesOfCare.openFor(client, ids.get(), stated.getEffectiveDate(),
                            note.getAuthorId()));
            PlanVersions.addVersion(episode, stated);
        });
        return plan;
    }

    private Optional<TreatmentPlan> addReview(Client client, Note note, FormDefinition form) {
        Optional<TreatmentPlan> reviewed = named(client, note).flatMap(PlanVersions::current)
                .or(() -> EpisodesOfCare.open(client).flatMap(PlanVersions::current))
                .or(() -> PlanVersions.current(client));
        if (reviewed.isEmpty()) {
            return Optional.empty();
        }
        EpisodeOfCare episode = (EpisodeOfCare) reviewed.get().eContainer();
        Optional<TreatmentPlan> next = new PlanReviewApplied(ids).of(reviewed.get(), note, form);
        next.ifPresent(version -> PlanVersions.addVersion(episode, version));
        return next;
    }

    private static Optional<EpisodeOfCare> named(Client client, Note note) {
        return note.getEpisodeId() == null ? Optional.empty()
                : client.getEpisodes().stream().filter(episode -> note.getEpisodeId().equals(episode.getId()))
                        .findFirst();
    }


    private static boolean madeFrom(Client client, Note note) {
        return client.getEpisodes().stream().map(EpisodeOfCare::getTreatmentPlans).flatMap(List::stream)
                .anyMatch(plan -> note.getId().equals(plan.getNoteId()));
    }
}
