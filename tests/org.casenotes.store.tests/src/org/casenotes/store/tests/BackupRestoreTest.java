package org.casenotes.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.casenotes.model.record.Note;
import org.casenotes.store.AuditAction;
import org.casenotes.store.AuditEntry;
import org.casenotes.store.CaseloadStore;
import org.casenotes.store.CaseloadStoreException;
import org.casenotes.store.CorruptCaseloadException;
import org.casenotes.store.NotACaseloadException;
import org.casenotes.store.RecordKind;
import org.casenotes.store.WrongPassphraseException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A whole caseload backs up to one encrypted file and restores, checked, to a new place. */
class BackupRestoreTest {

    @TempDir
    Path temp;

    private Path backup;

    @BeforeEach
    void backUpACaseload() {
        backup = temp.resolve("friday.cnbackup");
        try (CaseloadStore store = CaseloadStoreTest.FACTORY.create(temp.resolve("original"),
                EngineFixture.PASSPHRASE.toCharArray(), "clin-1")) {
            store.saveClient(SampleRecords.client("c-1", "Theodora Quill", null));
            store.saveNote(SampleRecords.signed(SampleRecords.draft("n-1", "c-1", LocalDate.of(2026, 3, 2),
                    "Signed before the backup.")));
            store.psychotherapyNotes().save(SampleRecords.draft("p-1", "c-1", LocalDate.of(2026, 3, 2),
                    "Process note."));
            store.backupTo(backup);
            store.saveNote(SampleRecords.draft("n-2", "c-1", LocalDate.of(2026, 3, 3), "After the backup."));
        }
    }

    private CaseloadStore restore(String passphrase, Path location) {
        return CaseloadStoreTest.FACTORY.restore(backup, passphrase.toCharArray(), location, "clin-2");
    }

    @Test
    void restoringGivesBackTheCaseloadAsItWasAtTheBackup() {
        try (CaseloadStore restored = restore(EngineFixture.PASSPHRASE, temp.resolve("restored"))) {
            List<Note> notes = restored.loadClient("c-1").orElseThrow().getNotes();
            assertEquals(List.of("n-1"), notes.stream().map(Note::getId).toList());
            assertEquals("Signed before the backup.", SampleRecords.subjective(notes.get(0)));
            assertEquals("Process note.",
                    SampleRecords.subjective(restored.psychotherapyNotes().load("p-1").orElseThrow()));
            List<AuditAction> caseloadEvents = restored.auditLog().entriesFor(RecordKind.CASELOAD, "").stream()
                    .map(AuditEntry::action).toList();
            assertEquals(List.of(AuditAction.CREATE_CASELOAD, AuditAction.BACKUP, AuditAction.UNLOCK,
                    AuditAction.RESTORE, AuditAction.UNLOCK), caseloadEvents);
            assertTrue(restored.auditLog().verify().isIntact());
        }
    }

    @Test
    void aWrongPassphraseRestoresNothing() {
        Path location = temp.resolve("restored");
        assertThrows(WrongPassphraseException.class, () -> restore("guess", location));
        assertFalse(Files.exists(location));
    }

    @Test
    void aDamagedBackupIsRefusedBeforeAnythingAppears() throws IOException {
        try (RandomAccessFile file = new RandomAccessFile(backup.toFile(), "rw")) {
            file.seek(file.length() / 2);
            int value = file.read();
            file.seek(file.length() / 2);
            file.write(value ^ 0x40);
        }
        Path location = temp.resolve("restored");
        assertThrows(CorruptCaseloadException.class, () -> restore(EngineFixture.PASSPHRASE, location));
        assertFalse(Files.exists(location));
    }

    @Test
    void aTruncatedBackupIsRefused() throws IOException {
        try (RandomAccessFile file = new RandomAccessFile(backup.toFile(), "rw")) {
            file.setLength(file.length() - 1000);
        }
        assertThrows(CorruptCaseloadException.class,
                () -> restore(EngineFixture.PASSPHRASE, temp.resolve("restored")));
    }

    @Test
    void aFileThatIsNotABackupIsRefused() throws IOException {
        backup = Files.writeString(temp.resolve("holiday.jpg"), "not a backup at all, just some bytes");
        assertThrows(NotACaseloadException.class, () -> restore(EngineFixture.PASSPHRASE, temp.resolve("r")));
    }

    @Test
    void restoringOverAnExistingCaseloadIsRefused() {
        assertThrows(CaseloadStoreException.class, () -> restore(EngineFixture.PASSPHRASE, temp.resolve("original")));
        try (CaseloadStore original = CaseloadStoreTest.FACTORY.open(temp.resolve("original"),
                EngineFixture.PASSPHRASE.toCharArray(), "clin-1")) {
            assertEquals(2, original.loadClient("c-1").orElseThrow().getNotes().size());
        }
    }
}
