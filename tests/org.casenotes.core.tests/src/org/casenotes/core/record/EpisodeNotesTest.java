package org.casenotes.core.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.casenotes.model.record.ClientStatus;
import org.casenotes.model.record.EpisodeOfCare;
import org.casenotes.model.record.EpisodeStatus;
import org.casenotes.model.record.Note;
import org.casenotes.model.record.NoteStatus;
import org.junit.jupiter.api.Test;

class EpisodeNotesTest {

    private static final LocalDate ADMITTED = LocalDate.of(2026, 11, 2);

    private final EpisodeFixture fx = new EpisodeFixture();

    @Test
    void anOpenEpisodeWithoutASignedIntakeHasItsIntakeDueTwoWeeksAfterAdmission() {
        EpisodeOfCare episode = fx.admission(ADMITTED).admit(fx.client, EpisodeFixture.TODAY, "ep-1");

        IntakeDue due = IntakeDue.of(fx.client).orElseThrow();

        assertEquals(episode, due.episode());
        assertEquals(LocalDate.of(2026, 11, 16), due.dueBy());
        assertFalse(due.overdueOn(LocalDate.of(2026, 11, 16)), "the last day is on time");
        assertTrue(due.overdueOn(LocalDate.of(2026, 11, 17)));
    }

    @Test
    void aClientNeverAdmittedHasNoIntakeDue() {
        assertEquals(Optional.empty(), IntakeDue.of(fx.client));
    }

    @Test
    void signingTheIntakeNoteRecordsTheIntakeInItsEpisodeSoItIsNoLongerDue() {
        fx.admission(ADMITTED).admit(fx.client, EpisodeFixture.TODAY, "ep-1");
        Note intake = fx.draft(fx.intake, LocalDate.of(2026, 11, 9));
        assertEquals("ep-1", intake.getEpisodeId());

        assertTrue(fx.sign(intake, fx.intake));

        assertEquals(LocalDate.of(2026, 11, 9), fx.client.getEpisodes().get(0).getIntakeOn());
        assertEquals(Optional.empty(), IntakeDue.of(fx.client));
    }

    @Test
    void aProgressNoteLeavesTheIntakeDue() {
        fx.admission(ADMITTED).admit(fx.client, EpisodeFixture.TODAY, "ep-1");

        assertFalse(fx.sign(fx.draft(fx.progress, LocalDate.of(2026, 11, 9)), fx.progress));

        assertTrue(IntakeDue.of(fx.client).isPresent());
    }

    @Test
    void anUnsignedIntakeLeavesTheIntakeDue() {
        fx.admission(ADMITTED).admit(fx.client, EpisodeFixture.TODAY, "ep-1");
        Note draft = fx.draft(fx.intake, LocalDate.of(2026, 11, 9));

        assertEquals(NoteStatus.DRAFT, draft.getStatus());
        assertTrue(IntakeDue.of(fx.client).isPresent());
    }

    @Test
    void anIntakeSignedForAClientNotInCareAdmitsThemOnItsDateOfService() {
        assertTrue(fx.sign(fx.draft(fx.intake, LocalDate.of(2026, 11, 20)), fx.intake));

        EpisodeOfCare opened = EpisodesOfCare.open(fx.client).orElseThrow();
        assertEquals(List.of(LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 20), "c-rowan"),
                List.of(opened.getStartDate(), opened.getIntakeOn(), opened.getPrimaryClinicianId()));
        assertEquals(ClientStatus.ACTIVE, fx.client.getStatus());
        assertEquals(Optional.empty(), IntakeDue.of(fx.client));
    }

    @Test
    void anIntakeCosignedLaterChangesNothingMore() {
        fx.admission(ADMITTED).admit(fx.client, EpisodeFixture.TODAY, "ep-1");
        Note intake = fx.draft(fx.intake, LocalDate.of(2026, 11, 9));
        fx.sign(intake, fx.intake);
        fx.client.getEpisodes().get(0).setStatus(EpisodeStatus.CLOSED);
        fx.client.getEpisodes().get(0).setEndDate(LocalDate.of(2026, 11, 30));

        assertFalse(fx.record.applyTo(fx.client, intake, fx.intake), "a co-signature re-applies the note");

        assertEquals(1, fx.client.getEpisodes().size());
    }

    @Test
    void signingTheDischargeNoteClosesTheEpisodeOnItsDischargeDateAndDischargesTheClient() {
        fx.admission(ADMITTED).admit(fx.client, EpisodeFixture.TODAY, "ep-1");
        Note discharge = fx.draft(fx.discharge, EpisodeFixture.TODAY);
        fx.lifecycle.edit(discharge, fx.discharge).setDate(EpisodeNotes.DISCHARGE_DATE_FIELD,
                LocalDate.of(2026, 12, 1));

        assertTrue(fx.sign(discharge, fx.discharge));

        EpisodeOfCare episode = fx.client.getEpisodes().get(0);
        assertEquals(List.of(EpisodeStatus.CLOSED, LocalDate.of(2026, 12, 1)),
                List.of(episode.getStatus(), episode.getEndDate()));
        assertEquals(ClientStatus.DISCHARGED, fx.client.getStatus());
        assertEquals(Optional.empty(), EpisodesOfCare.open(fx.client));
        assertEquals(Optional.empty(), IntakeDue.of(fx.client), "a closed episode waits for no intake");
    }

    @Test
    void aDischargeNoteWithoutADischargeDateClosesOnItsDateOfService() {
        fx.admission(ADMITTED).admit(fx.client, EpisodeFixture.TODAY, "ep-1");

        fx.sign(fx.draft(fx.discharge, LocalDate.of(2026, 12, 3)), fx.discharge);

        assertEquals(LocalDate.of(2026, 12, 3), fx.client.getEpisodes().get(0).getEndDate());
    }

    @Test
    void theDischargeIsAppliedOnceEvenWhenTheNoteIsSignedAgainAfterAReadmission() {
        fx.admission(ADMITTED).admit(fx.client, EpisodeFixture.TODAY, "ep-1");
        Note discharge = fx.draft(fx.discharge, LocalDate.of(2026, 11, 20));
        fx.sign(discharge, fx.discharge);
        EpisodeOfCare readmitted = fx.admission(LocalDate.of(2026, 11, 25)).admit(fx.client, EpisodeFixture.TODAY,
                "ep-2");

        assertFalse(fx.record.applyTo(fx.client, discharge, fx.discharge));

        assertEquals(EpisodeStatus.OPEN, readmitted.getStatus());
        assertEquals(ClientStatus.ACTIVE, fx.client.getStatus());
        assertEquals(LocalDate.of(2026, 11, 20), fx.client.getEpisodes().get(0).getEndDate());
    }

    @Test
    void aDischargeNoteForAClientNotInCareChangesNothing() {
        assertFalse(fx.sign(fx.draft(fx.discharge, EpisodeFixture.TODAY), fx.discharge));

        assertEquals(List.of(), fx.client.getEpisodes());
        assertEquals(ClientStatus.WAITLIST, fx.client.getStatus());
    }

    @Test
    void anEpisodeNeverEndsBeforeItBegan() {
        fx.admission(ADMITTED).admit(fx.client, EpisodeFixture.TODAY, "ep-1");
        Note discharge = fx.draft(fx.discharge, EpisodeFixture.TODAY);
        fx.lifecycle.edit(discharge, fx.discharge).setDate(EpisodeNotes.DISCHARGE_DATE_FIELD,
                LocalDate.of(2026, 10, 1));

        fx.sign(discharge, fx.discharge);

        assertEquals(ADMITTED, fx.client.getEpisodes().get(0).getEndDate());
    }
}
