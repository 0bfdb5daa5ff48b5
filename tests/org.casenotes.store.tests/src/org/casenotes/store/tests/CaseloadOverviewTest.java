package org.casenotes.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.casenotes.model.record.Client;
import org.casenotes.model.record.EpisodeOfCare;
import org.casenotes.model.record.EpisodeStatus;
import org.casenotes.model.record.Note;
import org.casenotes.model.record.NoteStatus;
import org.casenotes.model.record.PlanStatus;
import org.casenotes.model.record.RecordFactory;
import org.casenotes.model.record.TreatmentPlan;
import org.casenotes.store.AuditAction;
import org.casenotes.store.AuditEntry;
import org.casenotes.store.CaseloadEntry;
import org.casenotes.store.CaseloadOverview;
import org.casenotes.store.CaseloadStore;
import org.casenotes.store.NoteReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The caseload overview and the notes needing attention, read from the index: right after every kind of save,
 * never audited as opening a record, and available on a caseload written in the first store format.
 */
class CaseloadOverviewTest {

    private static final LocalDate MARCH_10 = LocalDate.of(2026, 3, 10);

    @TempDir
    Path temp;

    private CaseloadStore store;

    @BeforeEach
    void createWithTwoClients() {
        store = CaseloadStoreTest.FACTORY.create(temp.resolve("caseload"), EngineFixture.PASSPHRASE.toCharArray(),
                "clin-1");
        store.saveClient(SampleRecords.client("c-2", "Marisol Ebbing", null));
        store.saveClient(SampleRecords.client("c-1", "Theodora Quill", "Teddy"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void savingAClientUpdatesItsPronounsAndNextPlanReview() {
        assertEquals("", entry(store.overview(MARCH_10), "c-1").pronouns());
        Client quill = SampleRecords.client("c-1", "Theodora Quill", "Teddy");
        quill.setPronouns("she/her");
        EpisodeOfCare episode = episode(quill, EpisodeStatus.OPEN);
        episode.getTreatmentPlans().add(plan(PlanStatus.SUPERSEDED, LocalDate.of(2026, 2, 1)));
        episode.getTreatmentPlans().add(plan(PlanStatus.ACTIVE, LocalDate.of(2026, 4, 15)));
        episode(quill, EpisodeStatus.CLOSED).getTreatmentPlans().add(plan(PlanStatus.ACTIVE, LocalDate.of(2026, 1, 9)));
        store.saveClient(quill);
        CaseloadEntry entry = entry(store.overview(MARCH_10), "c-1");
        assertEquals("she/her", entry.pronouns());
        assertEquals(LocalDate.of(2026, 4, 15), entry.nextPlanReview());

        quill.getEpisodes().get(0).getTreatmentPlans().get(1).setStatus(PlanStatus.SUPERSEDED);
        quill.getEpisodes().get(0).getTreatmentPlans().add(plan(PlanStatus.ACTIVE, LocalDate.of(2026, 5, 20)));
        store.saveClient(quill);
        assertEquals(LocalDate.of(2026, 5, 20), entry(store.overview(MARCH_10), "c-1").nextPlanReview());
        assertNull(entry(store.overview(MARCH_10), "c-2").nextPlanReview());
    }

    @Test
    void noteSavesSigningAndBatchesKeepTheCountsRight() {
        Note old = SampleRecords.draft("n-1", "c-1", LocalDate.of(2026, 3, 2), "An old draft.");
        store.saveNote(old);
        assertCounts(store.overview(MARCH_10), "c-1", 1, 1);

        Note recent = SampleRecords.draft("n-2", "c-1", LocalDate.of(2026, 3, 12), "A recent draft.");
        Note returned = status(SampleRecords.draft("n-3", "c-2", LocalDate.of(2026, 3, 1), "Returned."),
                NoteStatus.RETURNED);
        Note submitted = status(SampleRecords.draft("n-4", "c-2", LocalDate.of(2026, 3, 11), "Submitted."),
                NoteStatus.SUBMITTED);
        store.saveNotes(List.of(recent, returned, submitted));
        CaseloadOverview overview = store.overview(MARCH_10);
        assertCounts(overview, "c-1", 2, 1);
        assertCounts(overview, "c-2", 2, 1);
        assertEquals(4, overview.unsignedNotes());
        assertEquals(2, overview.overdueNotes());
        assertEquals(2, overview.clientCount());

        store.saveNote(SampleRecords.signed(old));
        assertCounts(store.overview(MARCH_10), "c-1", 1, 0);
        assertCounts(store.overview(LocalDate.of(2026, 3, 13)), "c-1", 1, 1);

        store.psychotherapyNotes().save(SampleRecords.draft("p-1", "c-1", LocalDate.of(2026, 3, 1), "Private."));
        assertCounts(store.overview(MARCH_10), "c-1", 1, 0);
    }

    @Test
    void notesNeedingAttentionAreTheUnsignedOnesWithWhatLoadingThemNeeds() {
        store.saveNotes(List.of(SampleRecords.signed(SampleRecords.draft("n-1", "c-1", LocalDate.of(2026, 3, 2), "x")),
                SampleRecords.draft("n-2", "c-1", LocalDate.of(2026, 3, 12), "y"),
                status(SampleRecords.draft("n-3", "c-2", LocalDate.of(2026, 3, 1), "z"), NoteStatus.RETURNED),
                status(SampleRecords.draft("n-4", "c-2", LocalDate.of(2026, 3, 11), "w"), NoteStatus.SUBMITTED)));
        assertEquals(List.of(new NoteReference("n-2", "c-1", NoteStatus.DRAFT, LocalDate.of(2026, 3, 12), "std.soap", 1),
                new NoteReference("n-3", "c-2", NoteStatus.RETURNED, LocalDate.of(2026, 3, 1), "std.soap", 1),
                new NoteReference("n-4", "c-2", NoteStatus.SUBMITTED, LocalDate.of(2026, 3, 11), "std.soap", 1)),
                store.notesNeedingAttention());
        assertEquals(List.of("n-2", "n-4"),
                store.notesServedSince(MARCH_10).stream().map(NoteReference::noteId).toList());
        assertEquals(List.of("n-1", "n-2", "n-3", "n-4"),
                store.notesServedSince(LocalDate.of(2026, 3, 1)).stream().map(NoteReference::noteId).toList());
    }

    @Test
    void listingTheOverviewAndTheNotesIsNeverAuditedAsOpening() {
        store.saveNote(SampleRecords.draft("n-1", "c-1", LocalDate.of(2026, 3, 2), "A draft."));
        long before = store.auditLog().size();
        store.overview(MARCH_10);
        store.notesNeedingAttention();
        store.notesServedSince(MARCH_10);
        assertEquals(before, store.auditLog().size());
    }

    @Test
    void savingAClientUpdatesWhetherItsOpenEpisodeAwaitsItsIntake() {
        assertEquals(Optional.empty(), entry(store.overview(MARCH_10), "c-1").awaitingIntake(), "not admitted");
        Client quill = SampleRecords.client("c-1", "Theodora Quill", "Teddy");
        episode(quill, EpisodeStatus.CLOSED).setEndDate(LocalDate.of(2026, 1, 30));
        EpisodeOfCare open = episode(quill, EpisodeStatus.OPEN);
        open.setStartDate(LocalDate.of(2026, 3, 2));
        store.saveClient(quill);
        assertEquals(Optional.of(LocalDate.of(2026, 3, 2)), entry(store.overview(MARCH_10), "c-1").awaitingIntake());

        open.setIntakeOn(LocalDate.of(2026, 3, 4));
        store.saveClient(quill);
        assertEquals(Optional.empty(), entry(store.overview(MARCH_10), "c-1").awaitingIntake(), "intake signed");
        assertEquals(Optional.empty(), entry(store.overview(MARCH_10), "c-2").awaitingIntake());
    }

    @Test
    void aCaseloadOfTheFirstFormatOpensWithItsOverviewAndKeepsItsAuditIntact() throws IOException {
        Path location = temp.resolve("format1");
        Files.createDirectories(location);
        for (String file : List.of("caseload.header", "caseload.mv.db")) {
            try (InputStream fixture = getClass().getResourceAsStream("format1/" + file)) {
                Files.copy(fixture, location.resolve(file));
            }
        }
        try (CaseloadStore upgraded = CaseloadStoreTest.FACTORY.open(location, EngineFixture.PASSPHRASE.toCharArray(),
                "clin-1")) {
            CaseloadOverview overview = upgraded.overview(MARCH_10);
            assertEquals(List.of("c-2", "c-1"), overview.entries().stream().map(e -> e.client().id()).toList());
            CaseloadEntry quill = entry(overview, "c-1");
            assertEquals("she/her", quill.pronouns());
            assertEquals(LocalDate.of(2026, 4, 15), quill.nextPlanReview());
            assertCounts(overview, "c-1", 2, 1);
            assertTrue(quill.awaitingIntake().isPresent(), "an episode stored before intakes were recorded waits");
            assertCounts(overview, "c-2", 1, 0);
            assertEquals(List.of("n-2", "n-3", "n-4"),
                    upgraded.notesNeedingAttention().stream().map(NoteReference::noteId).toList());
            assertTrue(upgraded.auditLog().verify().isIntact());
            assertFalse(upgraded.auditLog().entries(1, 100).stream().map(AuditEntry::action)
                    .anyMatch(AuditAction.OPEN::equals));
        }
        try (CaseloadStore reopened = CaseloadStoreTest.FACTORY.open(location, EngineFixture.PASSPHRASE.toCharArray(),
                "clin-1")) {
            assertEquals("she/her", entry(reopened.overview(MARCH_10), "c-1").pronouns());
        }
    }

    private static CaseloadEntry entry(CaseloadOverview overview, String clientId) {
        return overview.entries().stream().filter(e -> e.client().id().equals(clientId)).findFirst().orElseThrow();
    }

    private static void assertCounts(CaseloadOverview overview, String clientId, int unsigned, int overdue) {
        CaseloadEntry entry = entry(overview, clientId);
        assertEquals(unsigned, entry.unsignedNotes(), "unsigned notes of " + clientId);
        assertEquals(overdue, entry.overdueNotes(), "overdue notes of " + clientId);
    }

    private static Note status(Note note, NoteStatus status) {
        note.setStatus(status);
        return note;
    }

    private static EpisodeOfCare episode(Client client, EpisodeStatus status) {
        EpisodeOfCare episode = RecordFactory.eINSTANCE.createEpisodeOfCare();
        episode.setId(client.getId() + "-e" + client.getEpisodes().size());
        episode.setStatus(status);
        episode.setStartDate(LocalDate.of(2026, 1, 5));
        client.getEpisodes().add(episode);
        return episode;
    }

    private static TreatmentPlan plan(PlanStatus status, LocalDate nextReview) {
        TreatmentPlan plan = RecordFactory.eINSTANCE.createTreatmentPlan();
        plan.setId("plan-" + status.getLiteral() + "-" + nextReview);
        plan.setStatus(status);
        plan.setEffectiveDate(LocalDate.of(2026, 1, 5));
        plan.setNextReviewDate(nextReview);
        return plan;
    }
}
