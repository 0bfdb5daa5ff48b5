package org.casenotes.ui.lifecycle;

import org.casenotes.core.measures.MeasureThresholds;
import org.casenotes.core.measures.MeasureTrends;
import org.casenotes.core.measures.ScoreChange;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import org.casenotes.model.record.Client;
import org.casenotes.model.record.Note;
import org.casenotes.ui.forms.ClientIdentity;
import org.casenotes.ui.forms.RecordNames;
import org.casenotes.ui.preferences.ClinicianProfile;

/**
 * The names a note editor shows, from what the workbench knows without asking the store again: the client's name as
 * the caseload lists it (legal name, and the preferred one in brackets) with the id and date of birth, the clinician of the profile, the signers
 * and co-signers of the client's notes (name with credentials, as they signed), and the client's notes by template
 * title and day of service.
 */
final class ClientRecordNames implements RecordNames {

    private final Client client;
    private final List<Note> notes;
    private final ClinicianProfile profile;

    /** @param client the note's client, or null if not loaded */
    ClientRecordNames(Client client, ClinicianProfile profile) {
        this.client = client;
        this.notes = client == null ? List.of() : List.copyOf(client.getNotes());
        this.profile = profile;
    }

    @Override
    public Optional<String> client(String clientId) {
        if (client == null || !client.getId().equals(clientId)) {
            return Optional.empty();
        }
        String legal = client.getLegalName() == null ? "" : client.getLegalName().strip();
        String preferred = client.getPreferredName() == null ? "" : client.getPreferredName().strip();
        String name = preferred.isEmpty() || preferred.equals(legal) ? legal
                : legal.isEmpty() ? preferred : legal + " (" + preferred + ")";
        return Optional.of(name).filter(known -> !known.isEmpty());
    }

    @Override
    public Optional<ClientIdentity> identity(String clientId) {
        return client(clientId).map(name -> new ClientIdentity(name, clientId, client.getDateOfBirth()));
    }

    @Override
    public Optional<ScoreChange> changeFromLastScore(String instrumentId, int total, String noteId) {
        return client == null ? Optional.empty()
                : new MeasureTrends(MeasureThresholds.bundled()).changeFromLast(client, instrumentId, total, noteId);
    }

    @Override
    public Optional<String> clinician(String clinicianId) {
        if (Objects.equals(profile.id(), clinicianId)) {
            return Optional.of(nameWithCredentials(profile.name(), profile.credentials()));
        }
        return notes.stream().flatMap(note -> Stream.of(note.getSignature(), note.getCosignature()))
                .filter(Objects::nonNull).filter(signature -> clinicianId.equals(signature.getSignerId()))
                .findFirst().map(signature -> nameWithCredentials(signature.getSignerName(),
                        signature.getCredentials()));
    }

    @Override
    public Optional<String> note(String noteId) {
        return notes.stream().filter(note -> note.getId().equals(noteId)).findFirst().map(note -> NoteForms.installed()
                .latest(note.getTemplateId()).map(NoteForms::title).orElse(note.getTemplateId())
                + (note.getDateOfService() == null ? "" : " of " + note.getDateOfService()));
    }

    private static String nameWithCredentials(String name, String credentials) {
        return credentials == null || credentials.isBlank() ? name : name + ", " + credentials;
    }
}
