package org.casenotes.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import org.casenotes.store.AuditAction;
import org.casenotes.store.CaseloadInUseException;
import org.casenotes.store.CaseloadStoreException;
import org.casenotes.store.CorruptCaseloadException;
import org.casenotes.store.NotACaseloadException;
import org.casenotes.store.UnsupportedFormatException;
import org.casenotes.store.WrongPassphraseException;
import org.casenotes.store.internal.CaseloadCreation;
import org.casenotes.store.internal.EmbeddedSession;
import org.casenotes.store.internal.layout.CaseloadFolderLayout;
import org.casenotes.store.internal.layout.CaseloadHeader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening a caseload: the right passphrase works; every bad input gives a clear error and changes nothing. */
class CaseloadOpeningTest {

    private static final int FAST_ITERATIONS = 1_000;
    private static final String PASSPHRASE = "river stone lantern 42";

    @TempDir
    Path temp;

    private Path createCaseload() {
        Path location = temp.resolve("caseload");
        CaseloadCreation.create(location, PASSPHRASE.toCharArray(), "clin-1", Clock.systemUTC(), FAST_ITERATIONS)
                .close();
        return location;
    }

    private static EmbeddedSession open(Path location, String passphrase) {
        return EmbeddedSession.open(new CaseloadFolderLayout(location), passphrase.toCharArray(), "clin-1",
                Clock.systemUTC());
    }

    private static void assertRefusedUntouched(Path location, String passphrase,
            Class<? extends CaseloadStoreException> expected) {
        FileSnapshot before = FileSnapshot.of(location);
        CaseloadStoreException failure = assertThrows(expected, () -> open(location, passphrase));
        assertFalse(failure.getMessage().isBlank());
        assertEquals(before, FileSnapshot.of(location), "the files must be left exactly as they were");
    }

    @Test
    void theRightPassphraseOpensAndRecordsTheUnlock() {
        Path location = createCaseload();
        try (EmbeddedSession session = open(location, PASSPHRASE)) {
            assertFalse(session.isLocked());
            long entries = session.read(session.audit()::size);
            assertEquals(AuditAction.UNLOCK,
                    session.read(c -> session.audit().entries(c, entries, 1)).get(0).action());
        }
    }

    @Test
    void aWrongPassphraseIsRefusedAndNothingIsWritten() {
        Path location = createCaseload();
        FileSnapshot before = FileSnapshot.of(location);
        var times = FileSnapshot.modificationTimes(location);
        WrongPassphraseException failure = assertThrows(WrongPassphraseException.class,
                () -> open(location, "river stone lantern 43"));
        assertEquals("The passphrase does not unlock this caseload.", failure.getMessage());
        assertEquals(before, FileSnapshot.of(location));
        assertEquals(times, FileSnapshot.modificationTimes(location), "no file was written, created or removed");
    }

    @Test
    void aCaseloadFromANewerVersionIsRefusedUntouched() throws IOException {
        Path location = createCaseload();
        try (RandomAccessFile header = new RandomAccessFile(location.resolve(CaseloadFolderLayout.HEADER_FILE).toFile(),
                "rw")) {
            header.seek(16);
            header.writeInt(7);
        }
        FileSnapshot before = FileSnapshot.of(location);
        UnsupportedFormatException failure = assertThrows(UnsupportedFormatException.class,
                () -> open(location, PASSPHRASE));
        assertEquals(7, failure.foundVersion());
        assertEquals(CaseloadHeader.CURRENT_FORMAT, failure.supportedVersion());
        assertEquals(before, FileSnapshot.of(location));
    }

    @Test
    void aPlainFileIsNotACaseload() throws IOException {
        Path file = Files.writeString(temp.resolve("shopping.txt"), "milk, eggs");
        assertRefusedUntouched(file, PASSPHRASE, NotACaseloadException.class);
    }

    @Test
    void aFolderWithoutHeaderIsNotACaseload() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("photos"));
        Files.write(folder.resolve("caseload.mv.db"), new byte[] {1, 2, 3});
        assertRefusedUntouched(folder, PASSPHRASE, NotACaseloadException.class);
    }

    @Test
    void aForeignFileInPlaceOfTheHeaderIsNotACaseload() throws IOException {
        Path location = createCaseload();
        Files.writeString(location.resolve(CaseloadFolderLayout.HEADER_FILE), "#!/bin/sh\necho hello\n");
        assertRefusedUntouched(location, PASSPHRASE, NotACaseloadException.class);
    }

    @Test
    void aDamagedHeaderIsReportedCorrupt() throws IOException {
        Path location = createCaseload();
        flipByte(location.resolve(CaseloadFolderLayout.HEADER_FILE), 30);
        assertRefusedUntouched(location, PASSPHRASE, CorruptCaseloadException.class);
    }

    @Test
    void aTruncatedDatabaseIsReportedCorruptAndLeftUntouched() throws IOException {
        Path location = createCaseload();
        Path database = location.resolve(CaseloadFolderLayout.DATABASE_FILE);
        try (RandomAccessFile file = new RandomAccessFile(database.toFile(), "rw")) {
            file.setLength(file.length() / 3);
        }
        assertRefusedUntouched(location, PASSPHRASE, CorruptCaseloadException.class);
    }

    @Test
    void aDatabaseOverwrittenWithGarbageIsReportedCorruptAndLeftUntouched() throws IOException {
        Path location = createCaseload();
        Path database = location.resolve(CaseloadFolderLayout.DATABASE_FILE);
        long length = Files.size(database);
        try (RandomAccessFile file = new RandomAccessFile(database.toFile(), "rw")) {
            for (long position = 0; position < length; position += 4096) {
                file.seek(position + 100);
                file.write(ByteBuffer.allocate(64).putLong(position * 31 + 7).array());
            }
        }
        assertRefusedUntouched(location, PASSPHRASE, CorruptCaseloadException.class);
    }

    @Test
    void aMissingDatabaseFileIsReportedCorrupt() throws IOException {
        Path location = createCaseload();
        Files.delete(location.resolve(CaseloadFolderLayout.DATABASE_FILE));
        assertRefusedUntouched(location, PASSPHRASE, CorruptCaseloadException.class);
    }

    @Test
    void aSecondOpenWhileOpenIsRefused() {
        Path location = createCaseload();
        try (EmbeddedSession first = open(location, PASSPHRASE)) {
            assertThrows(CaseloadInUseException.class, () -> open(location, PASSPHRASE));
            assertFalse(first.isLocked());
        }
    }

    @Test
    void creatingOverExistingDataIsRefused() throws IOException {
        Path location = Files.createDirectories(temp.resolve("busy"));
        Files.writeString(location.resolve("notes.txt"), "keep me");
        assertThrows(CaseloadStoreException.class, () -> CaseloadCreation.create(location,
                PASSPHRASE.toCharArray(), "clin-1", Clock.systemUTC(), FAST_ITERATIONS));
        assertEquals("keep me", Files.readString(location.resolve("notes.txt")));
        assertTrue(Files.exists(location));
    }

    private static void flipByte(Path file, long position) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek(position);
            int value = raf.read();
            raf.seek(position);
            raf.write(value ^ 0xFF);
        }
    }
}
