package org.casenotes.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;

import org.casenotes.store.AuditAction;
import org.casenotes.store.AuditEntry;
import org.casenotes.store.CaseloadStore;
import org.casenotes.store.CorruptCaseloadException;
import org.casenotes.store.RecordKind;
import org.casenotes.store.TamperFinding;
import org.casenotes.store.TamperFinding.Problem;
import org.casenotes.store.VerificationReport;
import org.casenotes.store.internal.audit.AuditChain;
import org.casenotes.store.internal.layout.CaseloadFolderLayout;
import org.casenotes.store.internal.layout.CaseloadHeader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The end of the audit log is anchored outside the log, in the caseload header (and so in every backup): cutting
 * entries from the end, even with the passphrase and straight through SQL, is reported by verification.
 */
class AuditAnchorTest {

    @TempDir
    Path temp;

    private Path location;
    /** The last entry's sequence number: a read, a read and an export follow the saves. */
    private long last;
    private AuditEntry lastEntry;

    @BeforeEach
    void createCaseloadWithNotes() {
        location = temp.resolve("caseload");
        try (CaseloadStore store = CaseloadStoreTest.FACTORY.create(location, EngineFixture.PASSPHRASE.toCharArray(),
                "clin-1")) {
            store.saveClient(SampleRecords.client("c-1", "Theodora Quill", null));
            store.saveNote(SampleRecords.signed(SampleRecords.draft("n-1", "c-1", LocalDate.of(2026, 3, 2),
                    "Signed on Monday.")));
            store.saveNote(SampleRecords.draft("n-2", "c-1", LocalDate.of(2026, 3, 3), "Draft on Tuesday."));
            store.loadClient("c-1");
            store.loadNote("n-1");
            store.auditLog().record(AuditAction.EXPORT, RecordKind.NOTE, "n-1", "export to pdf");
            last = store.auditLog().size();
            lastEntry = store.auditLog().entries(last, 1).get(0);
        }
    }

    private CaseloadStore open() {
        return CaseloadStoreTest.FACTORY.open(location, EngineFixture.PASSPHRASE.toCharArray(), "clin-1");
    }

    private VerificationReport verify() {
        try (CaseloadStore store = CaseloadStoreTest.FACTORY.openForReading(location,
                EngineFixture.PASSPHRASE.toCharArray(), "auditor")) {
            return store.auditLog().verify();
        }
    }

    private static List<Problem> problems(VerificationReport report) {
        return report.findings().stream().map(TamperFinding::problem).toList();
    }

    @Test
    void anUntouchedLogVerifiesUpToItsAnchoredEnd() {
        VerificationReport report = verify();
        assertTrue(report.isIntact(), () -> report.findings().toString());
        assertTrue(report.isEndAnchored());
        assertEquals(last, report.anchoredSequence(), "closing anchors the last entry, quiet ones included");
    }

    @Test
    void entriesDeletedFromTheEndThroughSqlAreReported() {
        assertEquals(2, RawDatabase.sql(location, "DELETE FROM audit_event WHERE seq > ?", last - 2));
        VerificationReport report = verify();
        assertEquals(List.of(Problem.AUDIT_END_REMOVED), problems(report), report.findings()::toString);
        TamperFinding finding = report.findings().get(0);
        assertEquals(last, finding.auditSequence());
        assertTrue(finding.description().contains("#" + (last - 1) + " to #" + last + " were removed"),
                finding.description());
    }

    @Test
    void aTruncatedAuditTableIsReported() {
        RawDatabase.sql(location, "TRUNCATE TABLE audit_event");
        VerificationReport report = verify();
        assertTrue(problems(report).contains(Problem.AUDIT_END_REMOVED), report.findings()::toString);
        assertTrue(report.findings().stream().anyMatch(f -> f.description().contains("the log now ends at #0")),
                report.findings()::toString);
    }

    @Test
    void entriesCutAndReplacedByLaterWorkAreStillReported() {
        RawDatabase.sql(location, "DELETE FROM audit_event WHERE seq > ?", last - 3);
        try (CaseloadStore store = open()) {
            store.saveNote(SampleRecords.draft("n-3", "c-1", LocalDate.of(2026, 3, 4), "Written after the cut."));
            store.saveNote(SampleRecords.draft("n-4", "c-1", LocalDate.of(2026, 3, 5), "And another."));
        }
        VerificationReport report = verify();
        assertTrue(problems(report).contains(Problem.AUDIT_END_REMOVED), report.findings()::toString);
        assertEquals(last, report.anchoredSequence(), "the anchor does not move while the log disagrees with it");
    }

    @Test
    void theLastEntryEditedWithARecomputedHashIsReported() {
        AuditEntry original = lastEntry;
        String forgedHash = AuditChain.hashOf(new AuditEntry(original.sequence(), original.at(), "someone-else",
                original.action(), original.kind(), original.objectId(), original.detail(), original.contentDigest(),
                original.previousHash(), ""));
        RawDatabase.sql(location, "UPDATE audit_event SET actor = 'someone-else', hash = ? WHERE seq = ?", forgedHash,
                last);
        VerificationReport report = verify();
        assertEquals(List.of(Problem.AUDIT_END_REMOVED), problems(report), report.findings()::toString);
        assertTrue(report.findings().get(0).description().contains("#" + last), report.findings()::toString);
    }

    @Test
    void anOlderCopyOfTheDatabasePutBackIsReported() throws IOException {
        Path database = location.resolve(CaseloadFolderLayout.DATABASE_FILE);
        Path older = Files.copy(database, temp.resolve("older.mv.db"));
        try (CaseloadStore store = open()) {
            store.saveNote(SampleRecords.draft("n-3", "c-1", LocalDate.of(2026, 3, 4), "Later work."));
        }
        Files.copy(older, database, StandardCopyOption.REPLACE_EXISTING);
        VerificationReport report = verify();
        assertEquals(List.of(Problem.AUDIT_END_REMOVED), problems(report), report.findings()::toString);
    }

    @Test
    void anAnchorMovedWithoutThePassphraseIsReported() throws IOException {
        RawDatabase.sql(location, "DELETE FROM audit_event WHERE seq > ?", last - 2);
        Path header = location.resolve(CaseloadFolderLayout.HEADER_FILE);
        byte[] bytes = Files.readAllBytes(header);
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        int newer = buffer.getLong(CaseloadHeader.slotOffset(0)) > buffer.getLong(CaseloadHeader.slotOffset(1)) ? 0 : 1;
        buffer.putLong(CaseloadHeader.slotOffset(newer), last - 2);
        Files.write(header, bytes);
        VerificationReport report = verify();
        assertTrue(problems(report).contains(Problem.AUDIT_ANCHOR_ALTERED), report.findings()::toString);
        assertTrue(report.anchoredSequence() < last - 2 || problems(report).contains(Problem.AUDIT_END_REMOVED),
                "the other place's anchor is in force: " + report.findings());
    }

    @Test
    void anAnchorLeftBehindByACrashBeforeTheHeaderWasReplacedIsAcceptedAndCatchesUp() throws IOException {
        Path header = location.resolve(CaseloadFolderLayout.HEADER_FILE);
        byte[] before = Files.readAllBytes(header);
        try (CaseloadStore store = open()) {
            store.saveNote(SampleRecords.draft("n-3", "c-1", LocalDate.of(2026, 3, 4), "Saved; then the crash."));
        }
        Files.write(header, before);
        VerificationReport lagging = verify();
        assertTrue(lagging.isIntact(), lagging.findings()::toString);
        assertTrue(verify().anchoredSequence() > lagging.anchoredSequence(),
                "the verification's own entry moved the anchor to the log's end again");
    }

    @Test
    void aBackupCarriesTheAnchorAndItsRestoreVerifies() {
        Path backup = temp.resolve("monday.cnbackup");
        try (CaseloadStore store = open()) {
            store.backupTo(backup);
        }
        try (CaseloadStore restored = CaseloadStoreTest.FACTORY.restore(backup,
                EngineFixture.PASSPHRASE.toCharArray(), temp.resolve("restored"), "clin-2")) {
            VerificationReport report = restored.auditLog().verify();
            assertTrue(report.isIntact(), report.findings()::toString);
            assertTrue(report.anchoredSequence() > lastBackupEntry(restored) - 1);
        }
    }

    @Test
    void aBackupOfACutLogIsRefusedOnRestore() {
        RawDatabase.sql(location, "DELETE FROM audit_event WHERE seq > ?", last - 2);
        Path backup = temp.resolve("cut.cnbackup");
        try (CaseloadStore store = open()) {
            store.backupTo(backup);
        }
        Path restored = temp.resolve("restored");
        CorruptCaseloadException failure = assertThrows(CorruptCaseloadException.class, () -> CaseloadStoreTest.FACTORY
                .restore(backup, EngineFixture.PASSPHRASE.toCharArray(), restored, "clin-2"));
        assertTrue(failure.getMessage().contains("end of the log"), failure.getMessage());
        assertFalse(Files.exists(restored));
    }

    private static long lastBackupEntry(CaseloadStore store) {
        return store.auditLog().entries(1, 1000).stream().filter(e -> e.action() == AuditAction.BACKUP)
                .mapToLong(AuditEntry::sequence).max().orElseThrow();
    }
}
