package org.casenotes.store.internal.records;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;

import org.casenotes.model.record.Client;
import org.casenotes.model.record.EpisodeOfCare;
import org.casenotes.model.record.EpisodeStatus;
import org.casenotes.model.record.Note;
import org.casenotes.model.record.PlanStatus;
import org.casenotes.model.record.TreatmentPlan;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Turns record-model objects into stored rows: the serialized object plus the columns that lists and searches
 * read without deserializing (including the caseload's pronouns, next plan review and awaited intake). A client
 * is stored without its notes (each note is its own row, saved on its own).
 */
public final class RecordRows {

    private final RecordCodec codec;

    public RecordRows(RecordCodec codec) {
        this.codec = codec;
    }

    /**
     * @param client the client (its notes are not part of the row)
     * @return the row
     */
    public ClientRow client(Client client) {
        Client withoutNotes = EcoreUtil.copy(client);
        withoutNotes.getNotes().clear();
        String legal = text(client.getLegalName());
        String preferred = text(client.getPreferredName());
        String display = preferred.isEmpty() || preferred.equals(legal) ? legal : legal + " (" + preferred + ")";
        String family = legal.contains(" ") ? legal.substring(legal.lastIndexOf(' ') + 1) : legal;
        return new ClientRow(client.getId(), display, (family + " " + legal).toLowerCase(Locale.ROOT),
                (legal + " " + preferred + " " + client.getId()).toLowerCase(Locale.ROOT),
                client.getStatus().getLiteral(), text(client.getPronouns()), nextPlanReview(client),
                awaitingIntakeSince(client), lastMeasureOn(client), codec.encode(withoutNotes));
    }

    /** @return the day of the client's latest measure result, or null when the record holds none */
    static LocalDate lastMeasureOn(Client client) {
        return client.getMeasureResults().stream().map(org.casenotes.model.record.MeasureResult::getAdministeredOn)
                .filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
    }

    /** @return the earliest next review date of an active plan in an open episode, or null */
    static LocalDate nextPlanReview(Client client) {
        return client.getEpisodes().stream().filter(episode -> episode.getStatus() == EpisodeStatus.OPEN)
                .flatMap(episode -> episode.getTreatmentPlans().stream())
                .filter(plan -> plan.getStatus() == PlanStatus.ACTIVE).map(TreatmentPlan::getNextReviewDate)
                .filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
    }

    /**
     * @return the start of the open episode (the latest-started, as {@code core.record.EpisodesOfCare.open} picks it)
     *         while its intake is not recorded, or null: what {@code core.record.IntakeDue} counts from
     */
    static LocalDate awaitingIntakeSince(Client client) {
        return client.getEpisodes().stream().filter(episode -> episode.getStatus() == EpisodeStatus.OPEN)
                .max(Comparator.comparing(EpisodeOfCare::getStartDate,
                        Comparator.nullsFirst(Comparator.naturalOrder())))
                .filter(open -> open.getIntakeOn() == null).map(EpisodeOfCare::getStartDate).orElse(null);
    }

    /**
     * @param note the note
     * @return the row
     */
    public NoteRow note(Note note) {
        return new NoteRow(note.getId(), note.getClientId(), text(note.getTemplateId()),
                Integer.toString(note.getTemplateVersion()), note.getStatus().getLiteral(), text(note.getAuthorId()),
                note.getDateOfService(), codec.encode(note));
    }

    private static String text(String value) {
        return value == null ? "" : value.trim();
    }
}
