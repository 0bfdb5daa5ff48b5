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
import java.util.Locale;
import java.util.Random;

import org.casenotes.store.CaseloadStore;
import org.casenotes.store.CaseloadStoreException;
import org.casenotes.store.internal.layout.CaseloadFolderLayout;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A caseload whose database is damaged part-way (so it may open, then fail while its records are read): the store
 * says in words what is wrong, never the engine's text with SQL in it, and reading it leaves it byte for byte.
 */
class DamagedCaseloadTest {

    private static final int CLIENTS = 60;

    @TempDir
    Path temp;

    private Path location;

    @BeforeEach
    void createAndDamageCaseload() throws IOException {
        location = temp.resolve("caseload");
        Random random = new Random(12);
        try (CaseloadStore store = CaseloadStoreTest.FACTORY.create(location, EngineFixture.PASSPHRASE.toCharArray(),
                "clin-1")) {
            for (int i = 1; i <= CLIENTS; i++) {
                store.saveClient(SampleRecords.client("c-" + i, "Client Number" + i, null));
                StringBuilder text = new StringBuilder();
                while (text.length() < 20_000) {
                    text.append(Long.toString(random.nextLong(), 36)).append(' ');
                }
                store.saveNote(SampleRecords.draft("n-" + i, "c-" + i, LocalDate.of(2026, 3, 1), text.toString()));
            }
        }
        Path database = location.resolve(CaseloadFolderLayout.DATABASE_FILE);
        long length = Files.size(database);
        try (RandomAccessFile file = new RandomAccessFile(database.toFile(), "rw")) {
            for (long position = 3 * 4096; position < length - 64 * 1024; position += 4096) {
                file.seek(position);
                byte[] garbage = new byte[512];
                random.nextBytes(garbage);
                file.write(garbage);
            }
        }
    }

    private static void assertInWords(CaseloadStoreException failure) {
        String message = failure.getMessage();
        assertTrue(message.contains("the caseload file is damaged or not a Casenotes caseload: "), message);
        for (String engineText : new String[] {"select ", "insert ", "sql", "org.h2", "[900", "[500"}) {
            assertFalse(message.toLowerCase(Locale.ROOT).contains(engineText), message);
        }
    }

    @Test
    void readingTheDamagedCopyFailsInWordsAndLeavesItByteForByte() {
        FileSnapshot before = FileSnapshot.of(location);
        CaseloadStoreException failure = assertThrows(CaseloadStoreException.class, () -> {
            try (CaseloadStore store = CaseloadStoreTest.FACTORY.openForReading(location,
                    EngineFixture.PASSPHRASE.toCharArray(), "auditor")) {
                store.listClients().forEach(client -> store.loadClient(client.id()));
            }
        });
        assertInWords(failure);
        assertEquals(before, FileSnapshot.of(location));
    }

    @Test
    void verifyingTheDamagedCopyFailsInWordsAndLeavesItByteForByte() {
        FileSnapshot before = FileSnapshot.of(location);
        CaseloadStoreException failure = assertThrows(CaseloadStoreException.class, () -> {
            try (CaseloadStore store = CaseloadStoreTest.FACTORY.openForReading(location,
                    EngineFixture.PASSPHRASE.toCharArray(), "auditor")) {
                store.auditLog().verify();
            }
        });
        assertInWords(failure);
        assertEquals(before, FileSnapshot.of(location));
    }

    @Test
    void workingOnTheDamagedCopyFailsInWords() {
        CaseloadStoreException failure = assertThrows(CaseloadStoreException.class, () -> {
            try (CaseloadStore store = CaseloadStoreTest.FACTORY.open(location, EngineFixture.PASSPHRASE.toCharArray(),
                    "clin-1")) {
                store.listClients().forEach(client -> store.loadClient(client.id()));
            }
        });
        assertInWords(failure);
    }
}
