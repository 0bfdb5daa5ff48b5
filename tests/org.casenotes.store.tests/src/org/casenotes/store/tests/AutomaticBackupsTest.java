package org.casenotes.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.casenotes.core.SettableClock;
import org.casenotes.store.AutomaticBackups;
import org.casenotes.store.CaseloadStore;
import org.casenotes.store.CaseloadStoreException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A caseload's automatic backups: due after the interval, dated, restorable under the caseload's passphrase, the
 * newest few kept, nothing else in the folder touched, and a missing folder refused plainly and retried.
 */
class AutomaticBackupsTest {

    private static final Instant MONDAY = Instant.parse("2026-03-02T09:00:00Z");
    private static final Duration DAY = Duration.ofDays(1);

    @TempDir
    Path temp;

    private final SettableClock clock = new SettableClock(MONDAY);
    private CaseloadStore store;
    private Path folder;
    private AutomaticBackups backups;

    @BeforeEach
    void openACaseloadWithABackupFolder() throws IOException {
        store = CaseloadStoreTest.FACTORY.create(temp.resolve("brightwater"), EngineFixture.PASSPHRASE.toCharArray(),
                "clin-1");
        store.saveClient(SampleRecords.client("c-1", "Theodora Quill", null));
        folder = Files.createDirectories(temp.resolve("usb-drive"));
        backups = new AutomaticBackups(folder, temp.resolve("brightwater"), clock);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aFirstBackupIsDueAtOnceAndTheNextOnlyAfterTheInterval() {
        assertTrue(backups.isDue(DAY), "no backup yet");
        backups.writeFrom(store, 5);
        assertEquals(Optional.of(MONDAY), backups.last());
        assertFalse(backups.isDue(DAY));
        clock.advance(Duration.ofHours(23));
        assertFalse(backups.isDue(DAY), "23 hours later");
        clock.advance(Duration.ofHours(1));
        assertTrue(backups.isDue(DAY), "a day later");
        assertFalse(backups.isDue(Duration.ofDays(7)), "a weekly backup is not due yet");
    }

    @Test
    void theBackupIsDatedPrivateAndRestoresUnderTheCaseloadsPassphrase() throws IOException {
        Path written = backups.writeFrom(store, 5);

        assertEquals(folder, written.getParent());
        assertTrue(written.getFileName().toString().matches("auto-brightwater-[0-9a-f]{8}-20260302T090000Z\\.cnbackup"),
                written.getFileName().toString());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(written)));
        try (CaseloadStore restored = CaseloadStoreTest.FACTORY.restore(written,
                EngineFixture.PASSPHRASE.toCharArray(), temp.resolve("restored"), "clin-2")) {
            assertEquals("Theodora Quill", restored.loadClient("c-1").orElseThrow().getLegalName());
        }
    }

    @Test
    void onlyTheNewestAreKeptAndNothingTheyDidNotWriteIsDeleted() throws IOException {
        Path own = Files.writeString(folder.resolve("caseload-2026-03-01.cnbackup"), "the clinician's own backup");
        Path note = Files.writeString(folder.resolve("auto-brightwater-notes.txt"), "not a backup");
        AutomaticBackups otherCaseload = new AutomaticBackups(folder, temp.resolve("elsewhere/brightwater"), clock);
        Path others = otherCaseload.writeFrom(store, 1);

        for (int day = 0; day < 4; day++) {
            backups.writeFrom(store, 2);
            clock.advance(DAY);
        }

        List<String> kept = backups.backups().stream().map(file -> file.getFileName().toString()).toList();
        assertEquals(2, kept.size(), kept.toString());
        assertTrue(kept.get(0).endsWith("20260305T090000Z.cnbackup"), "newest first: " + kept);
        assertTrue(kept.get(1).endsWith("20260304T090000Z.cnbackup"), kept.toString());
        assertTrue(Files.exists(own), "the clinician's own backup stays");
        assertTrue(Files.exists(note), "a file that only looks similar stays");
        assertTrue(Files.exists(others), "another caseload's automatic backup stays");
        assertEquals(List.of(others), otherCaseload.backups());
    }

    @Test
    void aMissingFolderIsRefusedPlainlyNotCreatedAndTheBackupStaysDue() throws IOException {
        Path unplugged = temp.resolve("media/usb-drive");
        AutomaticBackups toUnplugged = new AutomaticBackups(unplugged, temp.resolve("brightwater"), clock);

        CaseloadStoreException failure = assertThrows(CaseloadStoreException.class,
                () -> toUnplugged.writeFrom(store, 5));

        assertEquals("The backup folder " + unplugged + " is not there (is its drive connected?).",
                failure.getMessage());
        assertFalse(Files.exists(unplugged), "no folder is made in its place");
        assertTrue(toUnplugged.isDue(DAY), "tried again next time");
        Files.createDirectories(unplugged);
        assertTrue(Files.exists(toUnplugged.writeFrom(store, 5)), "and written once the drive is back");
    }
}
