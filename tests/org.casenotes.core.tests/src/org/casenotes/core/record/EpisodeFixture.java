package org.casenotes.core.record;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;

import org.casenotes.core.lifecycle.DraftRequest;
import org.casenotes.core.lifecycle.NoteLifecycle;
import org.casenotes.core.lifecycle.SigningDeadline;
import org.casenotes.core.lifecycle.SigningGate;
import org.casenotes.model.form.FormDefinition;
import org.casenotes.model.form.FormKind;
import org.casenotes.model.form.build.FormBuilder;
import org.casenotes.core.TestClinicians;
import org.casenotes.model.record.Client;
import org.casenotes.model.record.ClientStatus;
import org.casenotes.model.record.Clinician;
import org.casenotes.model.record.Note;
import org.casenotes.model.record.RecordFactory;

/**
 * Intake, discharge and progress forms (the discharge form with the standard template's discharge-date field), a
 * fictional client and clinician, and a lifecycle that signs without rules.
 */
final class EpisodeFixture {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    private final AtomicInteger ids = new AtomicInteger();
    final NoteLifecycle lifecycle = new NoteLifecycle(Clock.fixed(Instant.parse("2026-12-06T15:00:00Z"),
            ZoneId.of("UTC")), SigningGate.NONE, new SigningDeadline(60, ZoneId.of("UTC")),
            () -> "note-" + ids.incrementAndGet());
    final SignedNoteRecord record = new SignedNoteRecord(() -> "id-" + ids.incrementAndGet());
    final FormDefinition intake = form("test.Intake", FormKind.INTAKE);
    final FormDefinition discharge = form("test.Discharge", FormKind.DISCHARGE);
    final FormDefinition progress = form("test.Progress", FormKind.PROGRESS);
    final Clinician author = TestClinicians.rowan();
    final Client client = client();

    /** @return a draft on {@code form} for the day, attached to the client's open episode if there is one */
    Note draft(FormDefinition form, LocalDate day) {
        String episodeId = EpisodesOfCare.open(client).map(episode -> episode.getId()).orElse(null);
        return lifecycle.createDraft(form, new DraftRequest(client.getId(), author.getId(), episodeId, null, day,
                null));
    }

    /** Signs the note and applies it to the client's record; @return whether the record changed */
    boolean sign(Note note, FormDefinition form) {
        lifecycle.sign(note, form, author, null);
        return record.applyTo(client, note, form);
    }

    Admission admission(LocalDate day) {
        return new Admission(day, "Self", "Low mood and trouble sleeping since a job loss in the summer.",
                author.getId());
    }

    private static FormDefinition form(String id, FormKind kind) {
        return FormBuilder.form(id, kind).section("main", null, s -> {
            if (kind == FormKind.DISCHARGE) {
                s.date(EpisodeNotes.DISCHARGE_DATE_FIELD, null);
            }
        }).signature("signature", null).build();
    }

    private static Client client() {
        Client client = RecordFactory.eINSTANCE.createClient();
        client.setId("client-9");
        client.setLegalName("Marisol Thistlewood");
        client.setDateOfBirth(LocalDate.of(1988, 3, 14));
        client.setStatus(ClientStatus.WAITLIST);
        return client;
    }
}
