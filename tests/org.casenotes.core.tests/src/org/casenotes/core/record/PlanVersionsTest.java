package org.casenotes.core.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;

import org.casenotes.model.record.Client;
import org.casenotes.model.record.EpisodeOfCare;
import org.casenotes.model.record.EpisodeStatus;
import org.casenotes.model.record.PlanStatus;
import org.casenotes.model.record.RecordFactory;
import org.casenotes.model.record.TreatmentPlan;
import org.junit.jupiter.api.Test;

/** Versions are numbered per episode; the current plan is the open episode's, whatever the numbers say. */
class PlanVersionsTest {

    private final Client client = new PlanFixture().client;

    @Test
    void eachVersionIsNumberedActiveAndSupersedesTheOneBefore() {
        EpisodeOfCare episode = episode("E1", EpisodeStatus.OPEN, LocalDate.of(2026, 1, 5));
        TreatmentPlan first = PlanVersions.addVersion(episode, plan("a"));
        TreatmentPlan second = PlanVersions.addVersion(episode, plan("b"));

        assertEquals(List.of("a 1 SUPERSEDED", "b 2 ACTIVE"), episode.getTreatmentPlans().stream()
                .map(plan -> plan.getId() + " " + plan.getVersion() + " " + plan.getStatus()).toList());
        assertEquals(second, PlanVersions.current(client).orElseThrow());
        assertThrows(IllegalArgumentException.class, () -> PlanVersions.addVersion(episode, first));
    }

    @Test
    void aReadmittedClientsNewPlanIsCurrentThoughItsNumberIsLower() {
        EpisodeOfCare closed = episode("E1", EpisodeStatus.CLOSED, LocalDate.of(2025, 1, 5));
        PlanVersions.addVersion(closed, plan("old-1"));
        PlanVersions.addVersion(closed, plan("old-2"));
        PlanVersions.addVersion(closed, plan("old-3"));
        EpisodeOfCare readmitted = episode("E2", EpisodeStatus.OPEN, LocalDate.of(2026, 9, 1));
        PlanVersions.addVersion(readmitted, plan("new-1"));

        assertEquals("new-1", PlanVersions.current(client).orElseThrow().getId());
    }

    @Test
    void withoutAnOpenEpisodeTheLatestStartedEpisodesPlanIsCurrent() {
        EpisodeOfCare later = episode("E2", EpisodeStatus.CLOSED, LocalDate.of(2026, 3, 1));
        PlanVersions.addVersion(later, plan("later"));
        EpisodeOfCare earlier = episode("E1", EpisodeStatus.CLOSED, LocalDate.of(2025, 3, 1));
        PlanVersions.addVersion(earlier, plan("earlier-1"));
        PlanVersions.addVersion(earlier, plan("earlier-2"));
        episode("E3", EpisodeStatus.OPEN, LocalDate.of(2026, 11, 1));

        assertEquals("later", PlanVersions.current(client).orElseThrow().getId(),
                "an open episode without a plan yet does not hide the last plan");
    }

    private EpisodeOfCare episode(String id, EpisodeStatus status, LocalDate start) {
        EpisodeOfCare episode = RecordFactory.eINSTANCE.createEpisodeOfCare();
        episode.setId(id);
        episode.setStatus(status);
        episode.setStartDate(start);
        client.getEpisodes().add(episode);
        return episode;
    }

    private static TreatmentPlan plan(String id) {
        TreatmentPlan plan = RecordFactory.eINSTANCE.createTreatmentPlan();
        plan.setId(id);
        plan.setStatus(PlanStatus.DRAFT);
        return plan;
    }
}
