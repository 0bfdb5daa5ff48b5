package org.casenotes.store.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.casenotes.model.record.Note;
import org.casenotes.store.AuditAction;
import org.casenotes.store.AuditEntry;
import org.casenotes.store.CaseloadStore;
import org.casenotes.store.NoteChangedElsewhereException;
import org.casenotes.store.RecordKind;
import org.casenotes.store.SignedNoteChangeException;
import org.casenotes.store.VerificationReport;
import org.casenotes.store.server.Role;
import org.casenotes.store.tests.SampleRecords;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Concurrency without loss on an agency server (issue 19, item 6): two sessions editing one draft, signed notes
 * that the database itself keeps, and an audit log that is append-only and chained by the database in the order
 * the entries were written. Clinicians A and B share client c-1 (B assigned to it); B is supervised by S.
 */
class ConcurrentEditingTest {

    private static final String PASSWORD = "concurrency-secret-for-tests";
    private static final String A = "cc-clin-a";
    private static final String B = "cc-clin-b";
    private static final String S = "cc-sup";

    private AgencyServers agency;

    @BeforeEach
    void twoCliniciansOnOneClient() {
        agency = AgencyServers.initialised(A, PASSWORD);
        agency.addAccount(S, PASSWORD, Role.SUPERVISOR, null);
        agency.addAccount(B, PASSWORD, Role.CLINICIAN, S);
        try (CaseloadStore a = open(A)) {
            a.saveClient(SampleRecords.client("c-1", "Theodora Quill", null));
            Note first = SampleRecords.draft("n-1", "c-1", LocalDate.of(2026, 3, 2), "First words.");
            first.setAuthorId(A); // once signed, only its author (or their supervisor) adds to it
            a.saveNote(first);
        }
        agency.server().assign(AgencyServers.ADMINISTRATOR, AgencyServers.ADMINISTRATOR_PASSWORD.toCharArray(), "c-1",
                B);
    }

    private CaseloadStore open(String user) {
        return agency.server().open(user, PASSWORD.toCharArray());
    }

    @Test
    void theSecondSaveOfOneDraftIsToldWhoChangedItAndKeepsItsText() {
        try (CaseloadStore a = open(A); CaseloadStore b = open(B)) {
            Note mine = a.loadNote("n-1").orElseThrow();
            Note theirs = b.loadNote("n-1").orElseThrow();
            SampleRecords.setSubjective(theirs, "B's words.");
            b.saveNote(theirs);
            SampleRecords.setSubjective(mine, "A's words, typed at the same time.");

            NoteChangedElsewhereException refused = assertThrows(NoteChangedElsewhereException.class,
                    () -> a.saveNote(mine));
            assertEquals(B, refused.changedBy());
            assertTrue(refused.changedAt().isPresent());
            assertTrue(refused.getMessage().contains("changed by " + B), refused.getMessage());
            assertEquals("A's words, typed at the same time.", SampleRecords.subjective(refused.unsaved()));
            assertEquals("B's words.", SampleRecords.subjective(a.loadNote("n-1").orElseThrow()),
                    "nothing of the refused save was stored");
            assertEquals("A's words, typed at the same time.",
                    SampleRecords.subjective(a.autosavedDraft("n-1").orElseThrow()),
                    "the refused text is kept as the note's working copy, to merge");

            // having read B's version (loadNote above), A merges and saves
            Note merged = a.loadNote("n-1").orElseThrow();
            SampleRecords.setSubjective(merged, "B's words. A's words, typed at the same time.");
            a.saveNote(merged);
            assertEquals("B's words. A's words, typed at the same time.",
                    SampleRecords.subjective(b.loadNote("n-1").orElseThrow()));
            assertTrue(a.autosavedDraft("n-1").isEmpty(), "the save discards the working copy");
        }
    }

    @Test
    void ofTwoSavesAtTheSameMomentOneWinsAndTheOtherIsRefused() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (CaseloadStore a = open(A); CaseloadStore b = open(B)) {
            for (int round = 0; round < 20; round++) {
                Note mine = a.loadNote("n-1").orElseThrow();
                Note theirs = b.loadNote("n-1").orElseThrow();
                SampleRecords.setSubjective(mine, "A, round " + round);
                SampleRecords.setSubjective(theirs, "B, round " + round);
                CyclicBarrier start = new CyclicBarrier(2);
                List<Future<Boolean>> saves = new ArrayList<>();
                for (var pair : List.of(new Object[] {a, mine}, new Object[] {b, theirs})) {
                    saves.add(pool.submit(() -> {
                        start.await();
                        try {
                            ((CaseloadStore) pair[0]).saveNote((Note) pair[1]);
                            return true;
                        } catch (NoteChangedElsewhereException e) {
                            return false;
                        }
                    }));
                }
                boolean aSaved = saves.get(0).get();
                boolean bSaved = saves.get(1).get();
                assertTrue(aSaved ^ bSaved, "round " + round + ": exactly one save wins");
                assertEquals(aSaved ? "A, round " + round : "B, round " + round,
                        SampleRecords.subjective(a.loadNote("n-1").orElseThrow()));
            }
            VerificationReport report = a.auditLog().verify();
            assertTrue(report.isIntact(), report.findings().toString());
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aSignedNoteIsNeverOverwrittenNotEvenInSqlWrittenByHand() throws SQLException {
        try (CaseloadStore a = open(A)) {
            Note signed = SampleRecords.signed(a.loadNote("n-1").orElseThrow());
            a.saveNote(signed);
            Note rewritten = a.loadNote("n-1").orElseThrow();
            SampleRecords.setSubjective(rewritten, "Rewritten after signing.");
            assertThrows(SignedNoteChangeException.class, () -> a.saveNote(rewritten));
            Note withAddendum = a.loadNote("n-1").orElseThrow();
            withAddendum.getAddenda().add(SampleRecords.addendum("ad-1", "A late clarification."));
            a.saveNote(withAddendum);
        }
        try (Connection a = agency.connectAs(A, PASSWORD); Statement statement = a.createStatement()) {
            SQLException back = assertThrows(SQLException.class,
                    () -> statement.executeUpdate("UPDATE note SET status = 'DRAFT' WHERE id = 'n-1'"));
            assertTrue(back.getMessage().contains("cannot return to DRAFT"), back.getMessage());
            SQLException overwrite = assertThrows(SQLException.class, () -> statement.executeUpdate(
                    "UPDATE note_content SET content = content || '\\x00'::bytea WHERE id = 'n-1'"));
            assertTrue(overwrite.getMessage().contains("cannot be overwritten"), overwrite.getMessage());
            SQLException remove = assertThrows(SQLException.class,
                    () -> statement.executeUpdate("DELETE FROM note_content WHERE id = 'n-1'"));
            assertEquals("42501", remove.getSQLState(), remove.getMessage());
            SQLException moved = assertThrows(SQLException.class,
                    () -> statement.executeUpdate("UPDATE note SET author = 'someone' WHERE id = 'n-1'"));
            assertTrue(moved.getMessage().contains("is signed"), moved.getMessage());
        }
        try (CaseloadStore a = open(A)) {
            Note stored = a.loadNote("n-1").orElseThrow();
            assertEquals("First words.", SampleRecords.subjective(stored));
            assertEquals(1, stored.getAddenda().size());
            VerificationReport report = a.auditLog().verify();
            assertTrue(report.isIntact(), report.findings().toString());
        }
    }

    @Test
    void theSupervisorCoSignsWhileTheClinicianWorks() {
        try (CaseloadStore b = open(B); CaseloadStore s = open(S)) {
            Note written = SampleRecords.draft("n-b", "c-1", LocalDate.of(2026, 3, 3), "B's.");
            written.setAuthorId(B); // the server lets only the author's supervisor co-sign
            b.saveNote(SampleRecords.signed(written));
            Note cosigning = s.loadNote("n-b").orElseThrow();
            cosigning.setCosignature(org.eclipse.emf.ecore.util.EcoreUtil.copy(cosigning.getSignature()));
            cosigning.setStatus(org.casenotes.model.record.NoteStatus.COSIGNED);
            s.saveNote(cosigning);
            List<AuditAction> actions = b.auditLog().entriesFor(RecordKind.NOTE, "n-b").stream()
                    .map(AuditEntry::action).toList();
            assertEquals(List.of(AuditAction.SIGN, AuditAction.OPEN, AuditAction.COSIGN), actions);
        }
    }

    @Test
    void theDatabaseChainsEntriesExactlyAsTheEmbeddedStoreHashesThem() {
        try (CaseloadStore a = open(A)) {
            AuditEntry export = a.auditLog().record(AuditAction.EXPORT, RecordKind.CLIENT, "c-1",
                    "résumé to PDF — Ünïcödé, 日本語");
            assertEquals(a.auditLog().size(), export.sequence(), "a recorded entry is returned as linked");
            List<AuditEntry> all = a.auditLog().entries(1, 10_000);
            assertEquals(export, all.get(all.size() - 1));
            VerificationReport report = a.auditLog().verify();
            assertTrue(report.isIntact(), report.findings().toString());
            assertEquals(all.size(), report.auditEntriesChecked());
            assertEquals(export.sequence(), report.anchoredSequence());
        }
    }

    @Test
    void anEntryHiddenFromTheChainIsReported() {
        try (CaseloadStore a = open(A)) {
            // the owner, triggers off, inserts an entry and takes it out of the queue before it is linked
            agency.asOwner("ALTER TABLE audit_record DISABLE TRIGGER USER",
                    "INSERT INTO audit_record (at_millis, actor, action, kind, object_id, detail)"
                            + " VALUES (0, 'x', 'CHANGE', 'NOTE', 'n-1', '')");
            VerificationReport report = a.auditLog().verify();
            assertEquals(1, report.findings().size(), report.findings().toString());
            assertTrue(report.findings().get(0).description().contains("taken out of the queue"),
                    report.findings().toString());
        }
    }
}
