package org.casenotes.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.casenotes.model.record.Note;
import org.casenotes.model.record.TextValue;
import org.casenotes.store.CaseloadStore;
import org.casenotes.store.CaseloadWriteException;
import org.casenotes.store.ClientSummary;
import org.casenotes.store.internal.layout.CaseloadFolderLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A caseload whose folder cannot be written, or whose disk is full, gives a clear error in words and loses nothing
 * that was saved: opening a read-only caseload for work is refused before anything is touched; a folder that turns
 * read-only, or a disk that fills up, in the middle of a save closes the caseload with what was saved before intact,
 * autosaved drafts included; a disk already nearly full refuses the save before it starts and the caseload stays
 * open. Read-only folders are made with permission bits, or {@code chattr +i} as root; full disks are small tmpfs
 * mounts (see {@link UnwritableFolder} and {@link SmallDisk}, which skip where the machine cannot do that).
 */
class UnwritableCaseloadTest {

    private static final Duration PROMPTLY = Duration.ofSeconds(30);

    @TempDir
    Path temp;

    private static CaseloadStore create(Path location) {
        return CaseloadStoreTest.FACTORY.create(location, EngineFixture.PASSPHRASE.toCharArray(), "clin-1");
    }

    private static CaseloadStore open(Path location) {
        return CaseloadStoreTest.FACTORY.open(location, EngineFixture.PASSPHRASE.toCharArray(), "clin-1");
    }

    /** A caseload with one client, one signed note and an autosaved draft of a second note. */
    private static void fill(CaseloadStore store) {
        store.saveClient(SampleRecords.client("c-1", "Theodora Quill", null));
        store.saveNote(SampleRecords.signed(SampleRecords.draft("n-1", "c-1", LocalDate.of(2026, 3, 2),
                "Signed before anything went wrong.")));
        store.autosaveDraft(SampleRecords.draft("n-2", "c-1", LocalDate.of(2026, 3, 9), "Typed, not saved yet."));
    }

    /** The caseload holds what {@link #fill} saved, its audit trail is intact, and it takes saves again. */
    private static void assertKept(Path location, String... moreClients) {
        try (CaseloadStore store = open(location)) {
            List<String> ids = store.listClients().stream().map(ClientSummary::id).sorted().toList();
            List<String> expected = new ArrayList<>(List.of("c-1"));
            expected.addAll(List.of(moreClients));
            assertEquals(expected.stream().sorted().toList(), ids);
            assertEquals("Signed before anything went wrong.", subjective(store.loadNote("n-1").orElseThrow()));
            assertEquals("Typed, not saved yet.", subjective(store.autosavedDraft("n-2").orElseThrow()));
            assertTrue(store.auditLog().verify().isIntact(), store.auditLog().verify().toString());
            store.saveClient(SampleRecords.client("c-after", "Saved Afterwards", null));
        }
    }

    private static String subjective(Note note) {
        return ((TextValue) note.getValues().get(0)).getText();
    }

    /** Plain words: no engine text, SQL, class names or file offsets. */
    private static void assertPlain(String message) {
        for (String engineWords : new String[] {"SQL", "org.h2", "Exception", "MVStore", "[", "General error"}) {
            assertFalse(message.contains(engineWords), "engine words in: " + message);
        }
    }

    @Test
    void aReadOnlyCaseloadIsRefusedForWorkAndLeftAsItWas() {
        Path location = temp.resolve("caseload");
        try (CaseloadStore store = create(location)) {
            fill(store);
        }
        var digests = FileSnapshot.of(location);
        var times = FileSnapshot.modificationTimes(location);
        try (UnwritableFolder readOnly = UnwritableFolder.of(location)) {
            CaseloadWriteException refused = assertThrows(CaseloadWriteException.class, () -> open(location));
            assertEquals("Cannot open the caseload at " + location.toAbsolutePath() + " for work: the caseload's"
                    + " folder or files cannot be written (they are read-only, or not yours to change). Nothing in it"
                    + " was changed. Copy the folder to a place you can write to and open it there, or have it made"
                    + " writable.", refused.getMessage());
        }
        assertEquals(digests, FileSnapshot.of(location));
        assertEquals(times, FileSnapshot.modificationTimes(location), "nothing was written, not even the same bytes");
        assertKept(location);
    }

    @Test
    void aNewCaseloadInAReadOnlyFolderIsRefusedInWords() throws IOException {
        Path parent = Files.createDirectories(temp.resolve("read-only"));
        Path location = parent.resolve("caseload");
        try (UnwritableFolder readOnly = UnwritableFolder.of(parent)) {
            CaseloadWriteException refused = assertThrows(CaseloadWriteException.class, () -> create(location));
            assertEquals("Cannot put a caseload at " + location.toAbsolutePath() + ": the folder "
                    + parent.toAbsolutePath() + " cannot be written (it is read-only, or not yours to change). Choose"
                    + " another folder.", refused.getMessage());
        }
        try (Stream<Path> left = Files.list(parent)) {
            assertEquals(List.of(), left.toList(), "nothing was left behind");
        }
    }

    @Test
    void aFolderThatTurnsReadOnlyDuringASaveClosesTheCaseloadWithWhatWasSaved() {
        Path location = temp.resolve("caseload");
        try (CaseloadStore store = create(location)) {
            fill(store);
            CaseloadWriteException failed;
            try (UnwritableFolder readOnly = UnwritableFolder.of(location)) {
                failed = assertThrows(CaseloadWriteException.class,
                        () -> store.saveClient(SampleRecords.client("c-2", "Saved Too Late", null)));
                assertEquals("Cannot write the caseload to disk: the caseload's folder or files cannot be written"
                        + " (they are read-only, or not yours to change). Nothing of this change was saved;"
                        + " everything saved before is kept. The caseload was closed to keep what was saved safe;"
                        + " open it again once that is fixed.", failed.getMessage());
                assertTrue(failed.closedTheCaseload());
                assertTrue(store.isLocked());
                CaseloadWriteException after = assertTimeoutPreemptively(PROMPTLY,
                        () -> assertThrows(CaseloadWriteException.class, store::listClients));
                assertEquals(failed.getMessage(), after.getMessage());
            }
            store.unlock(EngineFixture.PASSPHRASE.toCharArray());
            assertEquals(List.of("c-1"), store.listClients().stream().map(ClientSummary::id).toList());
        }
        assertKept(location);
    }

    @Test
    void aDiskThatFillsUpDuringASaveClosesTheCaseloadWithWhatWasSaved() {
        Path mountPoint = temp.resolve("disk");
        mkdirs(mountPoint);
        try (SmallDisk disk = SmallDisk.mount(mountPoint, 24)) {
            Path location = disk.root().resolve("caseload");
            try (CaseloadStore store = create(location)) {
                fill(store);
                // room for the reserve, not for these 9 MB of notes: the save starts and the disk fills up under it
                disk.leaveFree(CaseloadFolderLayout.SAVE_RESERVE_BYTES + 1_000_000);
                List<Note> imported = new ArrayList<>();
                for (int i = 0; i < 10; i++) {
                    imported.add(SampleRecords.draft("n-imported-" + i, "c-1", LocalDate.of(2026, 2, 1 + i),
                            randomText(900_000)));
                }
                CaseloadWriteException failed = assertTimeoutPreemptively(PROMPTLY,
                        () -> assertThrows(CaseloadWriteException.class, () -> store.saveNotes(imported)));
                assertTrue(failed.getMessage().startsWith("Cannot "), failed.getMessage());
                assertTrue(failed.getMessage().contains(": the disk holding the caseload is full. Nothing of this"
                        + " change was saved; everything saved before is kept. The caseload was closed to keep what"
                        + " was saved safe; open it again once that is fixed."), failed.getMessage());
                assertPlain(failed.getMessage());
                assertTrue(failed.closedTheCaseload());
                assertTimeoutPreemptively(PROMPTLY, () -> assertThrows(CaseloadWriteException.class,
                        () -> store.loadClient("c-1")));
                disk.makeRoom();
            }
            assertKept(location);
        }
    }

    @Test
    void aDiskAlreadyNearlyFullRefusesTheSaveBeforeItStartsAndStaysOpen() {
        Path mountPoint = temp.resolve("disk");
        mkdirs(mountPoint);
        try (SmallDisk disk = SmallDisk.mount(mountPoint, 16)) {
            Path location = disk.root().resolve("caseload");
            try (CaseloadStore store = create(location)) {
                fill(store);
                disk.leaveFree(CaseloadFolderLayout.SAVE_RESERVE_BYTES - 500_000);
                CaseloadWriteException refused = assertThrows(CaseloadWriteException.class,
                        () -> store.saveClient(SampleRecords.client("c-2", "Saved Later", null)));
                assertTrue(refused.getMessage().matches("Cannot save the change to the caseload: the disk holding the"
                        + " caseload is full \\(3\\.[0-9] MB free; Casenotes needs 4\\.2 MB so that no save is cut off"
                        + " midway\\)\\. Nothing of this change was saved; everything saved before is kept\\. Free some"
                        + " space on that disk and try again\\."), refused.getMessage());
                assertFalse(refused.closedTheCaseload());
                assertFalse(store.isLocked());
                assertEquals(List.of("c-1"), store.listClients().stream().map(ClientSummary::id).toList());
                disk.makeRoom();
                store.saveClient(SampleRecords.client("c-2", "Saved Later", null));
            }
            assertKept(location, "c-2");
        }
    }

    private static String randomText(int length) {
        StringBuilder text = new StringBuilder(length + 36);
        while (text.length() < length) {
            text.append(UUID.randomUUID());
        }
        return text.toString();
    }

    private static void mkdirs(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
