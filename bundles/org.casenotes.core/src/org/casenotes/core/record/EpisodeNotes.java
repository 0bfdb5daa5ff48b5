package org.casenotes.core.record;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import org.casenotes.core.lifecycle.LifecycleException;
import org.casenotes.model.form.FormDefinition;
import org.casenotes.model.form.FormKind;
import org.casenotes.model.record.Client;
import org.casenotes.model.record.ClientStatus;
import org.casenotes.model.record.DateValue;
import org.casenotes.model.record.EpisodeOfCare;
import org.casenotes.model.record.EpisodeStatus;
import org.casenotes.model.record.Note;
import org.casenotes.model.record.NoteStatus;

/**
 * What a signed intake or discharge note does to the client's episode of care (one of the consequences
 * {@link SignedNoteRecord} applies):
 * <ul>
 * <li>an <b>intake</b> note records the intake in its episode ({@link EpisodeOfCare#getIntakeOn()}, the note's
 * date of service), which ends {@link IntakeDue}; a client with no open episode is admitted by it: an episode opens
 * on the note's date of service with its intake done, and the client becomes active.</li>
 * <li>a <b>discharge</b> note closes its episode: the end date is the note's discharge date (the standard
 * discharge template's {@value #DISCHARGE_DATE_FIELD} field) or, when the form has none, its date of service,
 * never before the episode began; the episode becomes closed and the client discharged.</li>
 * </ul>
 * A note's episode is the one it names ({@link Note#getEpisodeId()}, set when the draft was made), else the open
 * one. Each is applied once: a note signed again (co-signature) finds its intake recorded or its episode closed and
 * changes nothing, and a discharge note never closes an episode that began after its discharge date (a later
 * admission).
 */
public final class EpisodeNotes {

    /** The discharge note's field that holds the day services ended. */
    public static final String DISCHARGE_DATE_FIELD = "dischargeDate";

    private final Supplier<String> ids;

    /** @param ids source of ids for an episode an intake note opens */
    public EpisodeNotes(Supplier<String> ids) {
        this.ids = Objects.requireNonNull(ids, "ids");
    }

    /**
     * @param client the note's client; its episode changes
     * @param note   the note, signed or co-signed
     * @param form   the form the note was written on
     * @return whether the client's record changed
     * @throws LifecycleException if the note is not signed or belongs to another client
     */
    public boolean applyTo(Client client, Note note, FormDefinition form) {
        if (form.getKind() != FormKind.INTAKE && form.getKind() != FormKind.DISCHARGE) {
            return false;
        }
        if (!Objects.equals(client.getId(), note.getClientId())) {
            throw new LifecycleException("Note " + note.getId() + " belongs to client " + note.getClientId()
                    + ", not to " + client.getId() + ".");
        }
        if (note.getStatus() != NoteStatus.SIGNED && note.getStatus() != NoteStatus.COSIGNED) {
            throw new LifecycleException("Note " + note.getId() + " is " + note.getStatus()
                    + "; only a signed note changes the episode of care.");
        }
        return form.getKind() == FormKind.INTAKE ? recordIntake(client, note) : discharge(client, note);
    }

    private boolean recordIntake(Client client, Note note) {
        LocalDate day = dateOfService(note);
        boolean alreadyRecorded = client.getEpisodes().stream().anyMatch(episode -> day.equals(episode.getIntakeOn())
                && (note.getEpisodeId() == null || note.getEpisodeId().equals(episode.getId())));
        if (alreadyRecorded) {
            return false;
        }
        Optional<EpisodeOfCare> episode = episodeOf(client, note);
        if (episode.isPresent()) {
            if (episode.get().getIntakeOn() != null) {
                return false;
            }
            episode.get().setIntakeOn(day);
            return true;
        }
        EpisodesOfCare.openFor(client, ids.get(), day, note.getAuthorId()).setIntakeOn(day);
        return true;
    }

    private static boolean discharge(Client client, Note note) {
        Optional<EpisodeOfCare> found = episodeOf(client, note);
        if (found.isEmpty() || found.get().getStatus() == EpisodeStatus.CLOSED) {
            return false;
        }
        EpisodeOfCare episode = found.get();
        LocalDate end = dischargeDate(note);
        if (note.getEpisodeId() == null && episode.getStartDate() != null && episode.getStartDate().isAfter(end)) {
            return false;
        }
        episode.setEndDate(episode.getStartDate() != null && end.isBefore(episode.getStartDate())
                ? episode.getStartDate() : end);
        episode.setStatus(EpisodeStatus.CLOSED);
        client.setStatus(ClientStatus.DISCHARGED);
        return true;
    }

    /** @return the episode the note names, else the open one */
    private static Optional<EpisodeOfCare> episodeOf(Client client, Note note) {
        if (note.getEpisodeId() != null) {
            Optional<EpisodeOfCare> named = client.getEpisodes().stream()
                    .filter(episode -> note.getEpisodeId().equals(episode.getId())).findFirst();
            if (named.isPresent()) {
                return named;
            }
        }
        return EpisodesOfCare.open(client);
    }

    private static LocalDate dischargeDate(Note note) {
        return note.getValues().stream().filter(value -> DISCHARGE_DATE_FIELD.equals(value.getFieldId()))
                .filter(DateValue.class::isInstance).map(value -> ((DateValue) value).getValue())
                .filter(Objects::nonNull).findFirst().orElseGet(() -> dateOfService(note));
    }

    /** @return the note's date of service, else the day it was signed (UTC) */
    private static LocalDate dateOfService(Note note) {
        if (note.getDateOfService() != null) {
            return note.getDateOfService();
        }
        return LocalDate.ofInstant(note.getSignature().getSignedAt(), ZoneOffset.UTC);
    }
}
