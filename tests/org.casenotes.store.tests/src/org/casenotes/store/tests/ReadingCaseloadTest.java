package org.casenotes.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.casenotes.store.AuditAction;
import org.casenotes.store.AuditEntry;
import org.casenotes.store.CaseloadStore;
import org.casenotes.store.CaseloadStoreException;
import org.casenotes.store.CorruptCaseloadException;
import org.casenotes.store.RecordKind;
import org.casenotes.store.VerificationReport;
import org.casenotes.store.internal.layout.CaseloadFolderLayout;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A caseload opened for reading (audits, verification) is never written while it is read: its whole access is one
 * audit entry at the end, and a caseload that fails to open, fails while being read or fails verification is left
 * byte for byte as it was.
 */
class ReadingCaseloadTest {

    private static final int CLIENTS = 3;

    @TempDir
    Path temp;

    private Path location;

    @BeforeEach
    void createCaseload() {
        location = temp.resolve("caseload");
        try (CaseloadStore store = CaseloadStoreTest.FACTORY.create(location, EngineFixture.PASSPHRASE.toCharArray(),
                "clin-1")) {
            for (int i = 1; i <= CLIENTS; i++) {
                store.saveClient(SampleRecords.client("c-" + i, "Client Number" + i, null));
                store.saveNote(SampleRecords.draft("n-" + i, "c-" + i, LocalDate.of(2026, 3, i), "Note " + i));
            }
        }
    }

    private CaseloadStore openForReading() {
        return CaseloadStoreTest.FACTORY.openForReading(location, EngineFixture.PASSPHRASE.toCharArray(), "auditor");
    }

    private List<AuditEntry> entriesAfter(long sequence) {
        try (CaseloadStore store = CaseloadStoreTest.FACTORY.open(location, EngineFixture.PASSPHRASE.toCharArray(),
                "clin-1")) {
            return store.auditLog().entries(sequence + 1, 1000).stream()
                    .filter(e -> e.action() != AuditAction.UNLOCK || !e.actor().equals("clin-1")).toList();
        }
    }

    private long size() {
        try (CaseloadStore store = openForReading()) {
            return store.auditLog().size();
        }
    }

    @Test
    void readingEveryClientRecordsOneEntryForTheWholeAccess() {
        long before = size() + 1;
        try (CaseloadStore store = openForReading()) {
            store.listClients().forEach(client -> store.loadClient(client.id()).orElseThrow());
        }
        List<AuditEntry> added = entriesAfter(before);
        assertEquals(1, added.size(), added::toString);
        AuditEntry access = added.get(0);
        assertEquals(AuditAction.OPEN, access.action());
        assertEquals(RecordKind.CASELOAD, access.kind());
        assertEquals("auditor", access.actor());
        assertEquals("read only: " + CLIENTS + " clients opened", access.detail());
    }

    @Test
    void whileReadingNothingIsWritten() {
        try (CaseloadStore store = openForReading()) {
            FileSnapshot before = FileSnapshot.of(location);
            store.listClients().forEach(client -> store.loadClient(client.id()).orElseThrow());
            store.loadNote("n-1").orElseThrow();
            store.auditLog().verify();
            assertThrows(CaseloadStoreException.class,
                    () -> store.saveClient(SampleRecords.client("c-9", "Someone New", null)));
            assertEquals(before, FileSnapshot.of(location));
        }
    }

    @Test
    void aCopyTruncatedTo100BytesIsRefusedAndLeftByteForByte() throws IOException {
        truncateDatabase(100);
        FileSnapshot before = FileSnapshot.of(location);
        CorruptCaseloadException failure = assertThrows(CorruptCaseloadException.class, this::openForReading);
        assertTrue(failure.getMessage().contains("the caseload file is damaged or not a Casenotes caseload: "),
                failure.getMessage());
        assertEquals(before, FileSnapshot.of(location));
    }

    @Test
    void openingATruncatedCopyForWorkLeavesItByteForByteToo() throws IOException {
        truncateDatabase(100);
        FileSnapshot before = FileSnapshot.of(location);
        assertThrows(CorruptCaseloadException.class, () -> CaseloadStoreTest.FACTORY.open(location,
                EngineFixture.PASSPHRASE.toCharArray(), "clin-1"));
        assertEquals(before, FileSnapshot.of(location));
    }

    @Test
    void aCaseloadThatFailsVerificationIsLeftByteForByte() {
        RawDatabase.sql(location, "UPDATE note_content SET content = X'00' WHERE id = 'n-2'");
        FileSnapshot before = FileSnapshot.of(location);
        try (CaseloadStore store = openForReading()) {
            VerificationReport report = store.auditLog().verify();
            assertFalse(report.isIntact());
            assertEquals(CLIENTS, store.listClients().size());
        }
        assertEquals(before, FileSnapshot.of(location));
    }

    @Test
    void aCaseloadWhoseLogWasCutIsLeftByteForByteEvenWithoutVerifying() {
        RawDatabase.sql(location, "DELETE FROM audit_event WHERE seq > 3");
        FileSnapshot before = FileSnapshot.of(location);
        try (CaseloadStore store = openForReading()) {
            store.listClients().forEach(client -> store.loadClient(client.id()));
        }
        assertEquals(before, FileSnapshot.of(location));
    }

    private void truncateDatabase(long length) throws IOException {
        try (RandomAccessFile file = new RandomAccessFile(
                location.resolve(CaseloadFolderLayout.DATABASE_FILE).toFile(), "rw")) {
            file.setLength(length);
        }
    }
}
