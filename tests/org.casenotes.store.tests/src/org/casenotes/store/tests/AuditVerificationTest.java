package org.casenotes.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.util.List;

import org.casenotes.store.AuditAction;
import org.casenotes.store.AuditEntry;
import org.casenotes.store.RecordKind;
import org.casenotes.store.TamperFinding;
import org.casenotes.store.TamperFinding.Problem;
import org.casenotes.store.VerificationReport;
import org.casenotes.store.internal.EmbeddedSession;
import org.casenotes.store.internal.audit.AuditChain;
import org.casenotes.store.internal.audit.AuditVerifier;
import org.casenotes.store.internal.h2.Schema;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The audit hash chain: intact logs verify; each kind of edit made directly in the database (as someone with
 * database access could) is reported with the exact entry or record.
 */
class AuditVerificationTest {

    @TempDir
    Path temp;

    private EmbeddedSession session;

    @BeforeEach
    void createCaseloadWithRecords() {
        session = EngineFixture.create(temp.resolve("caseload"));
        EngineFixture.saveClient(session, "c-1", "Avery Quill");
        EngineFixture.saveNote(session, "n-1", "c-1", "Avery described sleeping better.", AuditAction.CREATE);
        EngineFixture.saveNote(session, "n-1", "c-1", "Avery described sleeping better this week.",
                AuditAction.SIGN);
        EngineFixture.saveNote(session, "n-2", "c-1", "Draft about the school meeting.", AuditAction.CREATE);
    }

    @org.junit.jupiter.api.AfterEach
    void close() {
        session.close();
    }

    private VerificationReport verify() {
        return session.read(new AuditVerifier(Schema.SEALED_TABLES)::verify);
    }

    private void sql(String statement, Object... parameters) {
        session.write(c -> {
            try (PreparedStatement update = c.prepareStatement(statement)) {
                for (int i = 0; i < parameters.length; i++) {
                    update.setObject(i + 1, parameters[i]);
                }
                return update.executeUpdate();
            }
        });
    }

    private long sequenceOf(AuditAction action, String objectId) {
        return session.read(c -> session.audit().entriesFor(c, RecordKind.NOTE, objectId)).stream()
                .filter(e -> e.action() == action).findFirst().orElseThrow().sequence();
    }

    @Test
    void anUntouchedLogVerifies() {
        VerificationReport report = verify();
        assertTrue(report.isIntact(), () -> report.findings().toString());
        assertEquals(session.read(session.audit()::size), report.auditEntriesChecked());
        assertEquals(3, report.recordsChecked());
    }

    @Test
    void entriesLinkToTheirPredecessor() {
        List<AuditEntry> entries = session.read(c -> session.audit().entries(c, 1, 100));
        assertEquals(AuditChain.GENESIS, entries.get(0).previousHash());
        for (int i = 1; i < entries.size(); i++) {
            assertEquals(entries.get(i - 1).hash(), entries.get(i).previousHash());
            assertEquals(i + 1, entries.get(i).sequence());
        }
    }

    @Test
    void anEditedAuditEntryIsNamed() {
        long signed = sequenceOf(AuditAction.SIGN, "n-1");
        sql("UPDATE audit_event SET actor = 'someone-else' WHERE seq = ?", signed);
        List<TamperFinding> findings = verify().findings();
        assertEquals(1, findings.size(), findings::toString);
        assertEquals(Problem.AUDIT_ENTRY_ALTERED, findings.get(0).problem());
        assertEquals(signed, findings.get(0).auditSequence());
        assertEquals("n-1", findings.get(0).objectId());
    }

    @Test
    void anEditedEntryWithARecomputedHashBreaksTheNextLink() {
        long signed = sequenceOf(AuditAction.SIGN, "n-1");
        AuditEntry original = session.read(c -> session.audit().entries(c, signed, 1)).get(0);
        AuditEntry forged = new AuditEntry(original.sequence(), original.at(), "someone-else", original.action(),
                original.kind(), original.objectId(), original.detail(), original.contentDigest(),
                original.previousHash(), "");
        sql("UPDATE audit_event SET actor = ?, hash = ? WHERE seq = ?", "someone-else", AuditChain.hashOf(forged),
                signed);
        List<TamperFinding> findings = verify().findings();
        assertEquals(1, findings.size(), findings::toString);
        assertEquals(Problem.AUDIT_CHAIN_BROKEN, findings.get(0).problem());
        assertEquals(signed + 1, findings.get(0).auditSequence());
        assertTrue(findings.get(0).description().contains("entry #" + signed + " was altered"),
                findings.get(0).description());
    }

    @Test
    void aDeletedEntryIsReportedAsAGap() {
        long created = sequenceOf(AuditAction.CREATE, "n-2");
        sql("DELETE FROM audit_event WHERE seq = ?", created - 1);
        List<TamperFinding> findings = verify().findings();
        assertEquals(Problem.AUDIT_CHAIN_BROKEN, findings.get(0).problem());
        assertEquals(created, findings.get(0).auditSequence());
    }

    @Test
    void editedSignedNoteContentIsNamedWithTheSealingEntry() {
        sql("UPDATE note_content SET content = ? WHERE id = 'n-1'",
                EngineFixture.bytes("Avery described sleeping worse this week."));
        List<TamperFinding> findings = verify().findings();
        assertEquals(1, findings.size(), findings::toString);
        TamperFinding finding = findings.get(0);
        assertEquals(Problem.CONTENT_ALTERED, finding.problem());
        assertEquals(RecordKind.NOTE, finding.kind());
        assertEquals("n-1", finding.objectId());
        assertEquals(sequenceOf(AuditAction.SIGN, "n-1"), finding.auditSequence());
        assertTrue(finding.description().contains("(SIGN)"), finding.description());
    }

    @Test
    void aRecordSmuggledInWithoutAuditIsReported() {
        sql("INSERT INTO client (id, display_name, sort_name, search_text, status, updated_at, content) "
                + "VALUES ('c-9', 'X', 'x', 'x', 'active', 0, X'01')");
        List<TamperFinding> findings = verify().findings();
        assertEquals(List.of(Problem.CONTENT_UNRECORDED), findings.stream().map(TamperFinding::problem).toList());
        assertEquals("c-9", findings.get(0).objectId());
    }

    @Test
    void aRemovedRecordIsReported() {
        sql("DELETE FROM note_content WHERE id = 'n-2'");
        sql("DELETE FROM note WHERE id = 'n-2'");
        List<TamperFinding> findings = verify().findings();
        assertEquals(List.of(Problem.CONTENT_MISSING), findings.stream().map(TamperFinding::problem).toList());
        assertEquals("n-2", findings.get(0).objectId());
    }
}
