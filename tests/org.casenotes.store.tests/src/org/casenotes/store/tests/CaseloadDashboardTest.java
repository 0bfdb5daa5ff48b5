package org.casenotes.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.casenotes.model.record.Client;
import org.casenotes.model.record.ClientStatus;
import org.casenotes.model.record.EpisodeOfCare;
import org.casenotes.model.record.EpisodeStatus;
import org.casenotes.model.record.MeasureResult;
import org.casenotes.model.record.Note;
import org.casenotes.model.record.NoteStatus;
import org.casenotes.model.record.PlanStatus;
import org.casenotes.model.record.RecordFactory;
import org.casenotes.model.record.TreatmentPlan;
import org.casenotes.store.CaseloadDashboard;
import org.casenotes.store.CaseloadDashboard.Concern;
import org.casenotes.store.CaseloadStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The caseload dashboard's counts, from what the store indexes: each concern counts the clients (or notes in review)
 * behind it, right after the saves that change them, and a client leaves a count once the work is done.
 */
class CaseloadDashboardTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static final RecordFactory R = RecordFactory.eINSTANCE;

    @TempDir
    Path temp;

    private CaseloadStore store;

    @BeforeEach
    void create() {
        store = CaseloadStoreTest.FACTORY.create(temp.resolve("caseload"), EngineFixture.PASSPHRASE.toCharArray(),
                "clin-1");
    }

    @AfterEach
    void close() {
        store.close();
    }

    private CaseloadDashboard dashboard() {
        return CaseloadDashboard.of(store.overview(TODAY.minusDays(3)).entries(), TODAY, 14);
    }

    private static Client withReview(Client client, LocalDate nextReview) {
        EpisodeOfCare episode = R.createEpisodeOfCare();
        episode.setId(client.getId() + "-e");
        episode.setStatus(EpisodeStatus.OPEN);
        episode.setStartDate(LocalDate.of(2026, 6, 1));
        episode.setIntakeOn(LocalDate.of(2026, 6, 2));
        TreatmentPlan plan = R.createTreatmentPlan();
        plan.setId(client.getId() + "-plan");
        plan.setStatus(PlanStatus.ACTIVE);
        plan.setNextReviewDate(nextReview);
        episode.getTreatmentPlans().add(plan);
        client.getEpisodes().add(episode);
        return client;
    }

    private static Client withMeasure(Client client, LocalDate day) {
        MeasureResult result = R.createMeasureResult();
        result.setId(client.getId() + "-m" + client.getMeasureResults().size());
        result.setInstrumentId("std.instruments.PHQ9");
        result.setAdministeredOn(day);
        result.setTotal(12);
        client.getMeasureResults().add(result);
        return client;
    }

    private static Note note(String id, String clientId, LocalDate day, NoteStatus status) {
        Note note = status == NoteStatus.SIGNED ? SampleRecords.signed(SampleRecords.draft(id, clientId, day, "x"))
                : SampleRecords.draft(id, clientId, day, "x");
        if (status != NoteStatus.SIGNED) {
            note.setStatus(status);
        }
        return note;
    }

    @Test
    void eachConcernCountsTheClientsOrNotesBehindIt() {
        store.saveClient(withReview(SampleRecords.client("c-1", "Ada Reed", null), TODAY.plusDays(14)));
        store.saveClient(withReview(SampleRecords.client("c-2", "Ben Oyelaran", null), TODAY.plusDays(15)));
        store.saveClient(withReview(SampleRecords.client("c-3", "Cleo Marsh", null), TODAY.minusDays(2)));
        store.saveClient(withMeasure(withMeasure(SampleRecords.client("c-4", "Dev Patel", null),
                TODAY.minusDays(60)), TODAY.minusDays(31)));
        store.saveClient(withMeasure(SampleRecords.client("c-5", "Eli Stone", null), TODAY.minusDays(30)));
        Client discharged = withMeasure(SampleRecords.client("c-6", "Fay Lund", null), TODAY.minusDays(90));
        discharged.setStatus(ClientStatus.DISCHARGED);
        store.saveClient(discharged);
        store.saveNotes(List.of(note("n-1", "c-1", TODAY.minusDays(2), NoteStatus.SUBMITTED),
                note("n-2", "c-1", TODAY.minusDays(9), NoteStatus.SUBMITTED),
                note("n-3", "c-2", TODAY.minusDays(4), NoteStatus.RETURNED),
                note("n-4", "c-3", TODAY.minusDays(31), NoteStatus.SIGNED),
                note("n-5", "c-4", TODAY.minusDays(30), NoteStatus.SIGNED),
                note("n-6", "c-5", TODAY.minusDays(1), NoteStatus.SIGNED)));

        CaseloadDashboard dashboard = dashboard();

        assertEquals(2, dashboard.count(Concern.PLAN_REVIEW_DUE), "due in 14 days or overdue; 15 days is not yet");
        assertEquals(Set.of("c-1", "c-3"), dashboard.clients(Concern.PLAN_REVIEW_DUE));
        assertEquals(2, dashboard.count(Concern.COSIGNATURE_AWAITED), "two notes of one client");
        assertEquals(Set.of("c-1"), dashboard.clients(Concern.COSIGNATURE_AWAITED));
        assertEquals(1, dashboard.count(Concern.RETURNED_FOR_REVISION));
        assertEquals(Set.of("c-2"), dashboard.clients(Concern.RETURNED_FOR_REVISION));
        assertEquals(Set.of("c-4"), dashboard.clients(Concern.MEASURE_NOT_REPEATED),
                "latest result 31 days ago; 30 days is not stale, a discharged client is not counted");
        assertEquals(Set.of("c-3"), dashboard.clients(Concern.NOT_SEEN),
                "last seen 31 days ago; 30 days ago is recent; a discharged client is not counted");
        assertEquals("2 co-signatures awaited", Concern.COSIGNATURE_AWAITED.counted(2));
        assertEquals("1 note returned for revision", Concern.RETURNED_FOR_REVISION.counted(1));
    }

    @Test
    void aClientLeavesACountOnceTheWorkIsDone() {
        store.saveClient(withMeasure(SampleRecords.client("c-1", "Ada Reed", null), TODAY.minusDays(45)));
        store.saveNote(note("n-1", "c-1", TODAY.minusDays(40), NoteStatus.SUBMITTED));
        assertEquals(Set.of("c-1"), dashboard().clients(Concern.MEASURE_NOT_REPEATED));
        assertEquals(Set.of("c-1"), dashboard().clients(Concern.NOT_SEEN));
        assertEquals(1, dashboard().count(Concern.COSIGNATURE_AWAITED));

        Client repeated = withMeasure(SampleRecords.client("c-1", "Ada Reed", null), TODAY.minusDays(45));
        store.saveClient(withMeasure(repeated, TODAY.minusDays(1)));
        Note cosigned = note("n-1", "c-1", TODAY.minusDays(40), NoteStatus.SIGNED);
        store.saveNote(cosigned);
        store.saveNote(note("n-2", "c-1", TODAY, NoteStatus.DRAFT));

        CaseloadDashboard after = dashboard();
        assertEquals(0, after.count(Concern.MEASURE_NOT_REPEATED));
        assertEquals(0, after.count(Concern.NOT_SEEN), "a draft of today's session counts as seen");
        assertEquals(0, after.count(Concern.COSIGNATURE_AWAITED));
    }

    @Test
    void anEmptyCaseloadCountsNothing() {
        CaseloadDashboard dashboard = dashboard();
        for (Concern concern : Concern.values()) {
            assertEquals(0, dashboard.count(concern), concern.title());
            assertEquals(Set.of(), dashboard.clients(concern));
        }
    }
}
