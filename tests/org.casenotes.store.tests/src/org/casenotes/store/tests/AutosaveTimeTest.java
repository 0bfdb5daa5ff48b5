package org.casenotes.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.casenotes.core.SettableClock;
import org.casenotes.store.CaseloadStore;
import org.casenotes.store.CaseloadStoreFactory;
import org.casenotes.store.internal.EmbeddedCaseloadStoreFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store says when a note's autosaved working copy was kept, so recovery can name the time. */
class AutosaveTimeTest {

    @TempDir
    Path temp;

    private final SettableClock clock = new SettableClock(Instant.parse("2026-03-02T14:30:00Z"));

    private final CaseloadStoreFactory factory = new EmbeddedCaseloadStoreFactory(clock, 1_000);

    @Test
    void theTimeOfTheLatestAutosaveSurvivesReopeningAndGoesWithTheWorkingCopy() {
        Path location = temp.resolve("caseload");
        char[] passphrase = EngineFixture.PASSPHRASE.toCharArray();
        try (CaseloadStore store = factory.create(location, passphrase, "clin-1")) {
            store.saveClient(SampleRecords.client("c-1", "Theodora Quill", "Teddy"));
            store.saveNote(SampleRecords.draft("n-1", "c-1", LocalDate.of(2026, 3, 2), "Saved text."));
            assertEquals(Optional.empty(), store.autosavedAt("n-1"), "nothing autosaved yet");
            store.autosaveDraft(SampleRecords.draft("n-1", "c-1", LocalDate.of(2026, 3, 2), "Saved text, and"));
            clock.set(Instant.parse("2026-03-02T14:32:00Z"));
            store.autosaveDraft(SampleRecords.draft("n-1", "c-1", LocalDate.of(2026, 3, 2), "Saved text, and more"));
        }
        clock.set(Instant.parse("2026-03-02T15:10:00Z"));
        try (CaseloadStore store = factory.open(location, EngineFixture.PASSPHRASE.toCharArray(), "clin-1")) {
            assertEquals(Optional.of(Instant.parse("2026-03-02T14:32:00Z")), store.autosavedAt("n-1"));
            assertEquals(Optional.empty(), store.autosavedAt("no-such-note"));
            store.discardAutosavedDraft("n-1");
            assertEquals(Optional.empty(), store.autosavedAt("n-1"), "discarded with the working copy");
            store.autosaveDraft(SampleRecords.draft("n-1", "c-1", LocalDate.of(2026, 3, 2), "Typed again"));
            assertEquals(Optional.of(Instant.parse("2026-03-02T15:10:00Z")), store.autosavedAt("n-1"));
            store.saveNote(SampleRecords.draft("n-1", "c-1", LocalDate.of(2026, 3, 2), "Typed again"));
            assertEquals(Optional.empty(), store.autosavedAt("n-1"), "saving the note clears it");
        }
    }
}
