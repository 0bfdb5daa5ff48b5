package org.casenotes.core.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.casenotes.model.record.EpisodeOfCare;
import org.casenotes.model.record.EpisodeStatus;
import org.casenotes.model.record.PlanStatus;
import org.casenotes.model.record.RecordFactory;
import org.casenotes.model.record.TreatmentPlan;
import org.junit.jupiter.api.Test;

/** A plan review is flagged from two weeks before its date, and stays flagged once overdue. */
class PlanReviewDueTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 1, 5);

    @Test
    void aReviewWithinFourteenDaysIsDueAndOneBeforeTodayIsOverdue() {
        assertEquals(5, PlanReviewDue.of(TODAY.plusDays(5), TODAY).orElseThrow().daysLeft());
        assertFalse(PlanReviewDue.of(TODAY.plusDays(5), TODAY).orElseThrow().overdue());
        assertTrue(PlanReviewDue.of(TODAY.plusDays(14), TODAY).isPresent());
        assertTrue(PlanReviewDue.of(TODAY.plusDays(15), TODAY).isEmpty());
        assertFalse(PlanReviewDue.of(TODAY, TODAY).orElseThrow().overdue(), "due today is not overdue yet");
        PlanReviewDue late = PlanReviewDue.of(TODAY.minusDays(3), TODAY).orElseThrow();
        assertTrue(late.overdue());
        assertEquals(-3, late.daysLeft());
        assertTrue(PlanReviewDue.of((LocalDate) null, TODAY).isEmpty());
    }

    @Test
    void aClientsReviewIsTheCurrentPlansAndOnlyWhileTheEpisodeIsOpen() {
        PlanFixture fx = new PlanFixture();
        EpisodeOfCare episode = RecordFactory.eINSTANCE.createEpisodeOfCare();
        episode.setId("E1");
        episode.setStatus(EpisodeStatus.OPEN);
        fx.client.getEpisodes().add(episode);
        PlanVersions.addVersion(episode, plan(TODAY.minusDays(80)));
        PlanVersions.addVersion(episode, plan(TODAY.plusDays(10)));

        assertEquals(TODAY.plusDays(10), PlanReviewDue.of(fx.client, TODAY).orElseThrow().reviewBy());

        episode.setStatus(EpisodeStatus.CLOSED);
        assertTrue(PlanReviewDue.of(fx.client, TODAY).isEmpty(), "a discharged client has no review due");
    }

    private static TreatmentPlan plan(LocalDate nextReview) {
        TreatmentPlan plan = RecordFactory.eINSTANCE.createTreatmentPlan();
        plan.setId("plan-" + nextReview);
        plan.setStatus(PlanStatus.DRAFT);
        plan.setNextReviewDate(nextReview);
        return plan;
    }
}
