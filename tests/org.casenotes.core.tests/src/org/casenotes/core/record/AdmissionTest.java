package org.casenotes.core.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.casenotes.model.record.ClientStatus;
import org.casenotes.model.record.EpisodeOfCare;
import org.casenotes.model.record.EpisodeStatus;
import org.junit.jupiter.api.Test;

class AdmissionTest {

    private final EpisodeFixture fx = new EpisodeFixture();

    @Test
    void admittingOpensAnEpisodeWithTheReferralAndReasonAndMakesTheClientActive() {
        EpisodeOfCare episode = fx.admission(LocalDate.of(2026, 11, 2)).admit(fx.client, EpisodeFixture.TODAY, "ep-1");

        assertEquals(List.of(episode), fx.client.getEpisodes());
        assertEquals(List.of("ep-1", LocalDate.of(2026, 11, 2), EpisodeStatus.OPEN, "Self", "c-rowan"),
                List.of(episode.getId(), episode.getStartDate(), episode.getStatus(), episode.getReferralSource(),
                        episode.getPrimaryClinicianId()));
        assertTrue(episode.getReasonForServices().startsWith("Low mood"), episode.getReasonForServices());
        assertEquals(null, episode.getEndDate());
        assertEquals(ClientStatus.ACTIVE, fx.client.getStatus());
        assertEquals(episode, EpisodesOfCare.open(fx.client).orElseThrow());
    }

    @Test
    void aSecondAdmissionWhileAnEpisodeIsOpenIsRefusedAndChangesNothing() {
        fx.admission(LocalDate.of(2026, 11, 2)).admit(fx.client, EpisodeFixture.TODAY, "ep-1");

        Admission again = fx.admission(LocalDate.of(2026, 12, 1));
        Map<String, String> problems = again.problems(fx.client, EpisodeFixture.TODAY);
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> again.admit(fx.client, EpisodeFixture.TODAY, "ep-2"));

        assertEquals(List.of(Admission.RECORD), List.copyOf(problems.keySet()));
        assertTrue(problems.get(Admission.RECORD).contains("already in care since 2026-11-02"),
                problems.toString());
        assertTrue(refused.getMessage().contains("Client > Discharge"), refused.getMessage());
        assertEquals(1, fx.client.getEpisodes().size());
    }

    @Test
    void anAdmissionAfterTodayIsRefusedAtTheDay() {
        Map<String, String> problems = fx.admission(EpisodeFixture.TODAY.plusDays(1)).problems(fx.client,
                EpisodeFixture.TODAY);

        assertEquals("An admission cannot be after today (2026-12-06); 2026-12-07 is.", problems.get(Admission.DAY));
        assertEquals(1, problems.size());
    }

    @Test
    void todayItselfIsAnAdmissionDay() {
        assertEquals(Map.of(), fx.admission(EpisodeFixture.TODAY).problems(fx.client, EpisodeFixture.TODAY));
    }

    @Test
    void anAdmissionBeforeTheClientWasBornOrWithoutADayIsRefused() {
        assertTrue(fx.admission(LocalDate.of(1980, 1, 1)).problems(fx.client, EpisodeFixture.TODAY)
                .get(Admission.DAY).contains("before the client was born (1988-03-14)"));
        assertEquals("Enter the day of admission.",
                fx.admission(null).problems(fx.client, EpisodeFixture.TODAY).get(Admission.DAY));
    }

    @Test
    void anAdmissionWithoutAReasonForServicesIsRefusedAtThatField() {
        Admission noReason = new Admission(LocalDate.of(2026, 11, 2), "", "   ", null);

        assertEquals(List.of(Admission.REASON),
                List.copyOf(noReason.problems(fx.client, EpisodeFixture.TODAY).keySet()));
        assertThrows(IllegalArgumentException.class, () -> noReason.admit(fx.client, EpisodeFixture.TODAY, "ep-1"));
        assertEquals(List.of(), fx.client.getEpisodes());
        assertEquals(ClientStatus.WAITLIST, fx.client.getStatus());
    }

    @Test
    void aReadmissionStartsNoEarlierThanTheDayThePreviousEpisodeEnded() {
        EpisodeOfCare first = fx.admission(LocalDate.of(2026, 6, 1)).admit(fx.client, EpisodeFixture.TODAY, "ep-1");
        first.setStatus(EpisodeStatus.CLOSED);
        first.setEndDate(LocalDate.of(2026, 9, 30));

        assertTrue(fx.admission(LocalDate.of(2026, 9, 29)).problems(fx.client, EpisodeFixture.TODAY)
                .get(Admission.DAY).contains("ended on 2026-09-30"));
        EpisodeOfCare second = fx.admission(LocalDate.of(2026, 9, 30)).admit(fx.client, EpisodeFixture.TODAY,
                "ep-2");
        assertEquals(second, EpisodesOfCare.open(fx.client).orElseThrow());
    }
}
