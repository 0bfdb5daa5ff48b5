package org.casenotes.store.internal.audit;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.casenotes.store.AuditEntry;
import org.casenotes.store.RecordKind;
import org.casenotes.store.TamperFinding;
import org.casenotes.store.TamperFinding.Problem;
import org.casenotes.store.VerificationReport;

/**
 * Verifies the audit hash chain entry by entry and every sealed record against its latest recorded digest,
 * naming exactly which entry or which record is inconsistent.
 */
public final class AuditVerifier {

    private final List<ContentTable> sealedTables;

    public AuditVerifier(List<ContentTable> sealedTables) {
        this.sealedTables = List.copyOf(sealedTables);
    }

    /**
     * @param connection an open connection
     * @return the report
     * @throws SQLException on failure
     */
    public VerificationReport verify(Connection connection) throws SQLException {
        List<TamperFinding> findings = new ArrayList<>();
        Map<String, AuditEntry> latestWrite = new HashMap<>();
        long checked = verifyChain(connection, findings, latestWrite);
        long records = 0;
        for (ContentTable table : sealedTables) {
            records += verifyContent(connection, table, latestWrite, findings);
        }
        latestWrite.values().stream().sorted((a, b) -> Long.compare(a.sequence(), b.sequence()))
                .forEach(entry -> findings.add(new TamperFinding(Problem.CONTENT_MISSING, entry.sequence(),
                        entry.kind(), entry.objectId(), describe(entry.kind(), entry.objectId())
                                + " is no longer stored, although audit entry #" + entry.sequence()
                                + " recorded writing it.")));
        return new VerificationReport(checked, records, findings);
    }

    private static long verifyChain(Connection connection, List<TamperFinding> findings,
            Map<String, AuditEntry> latestWrite) throws SQLException {
        long expected = 1;
        String previousHash = AuditChain.GENESIS;
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT " + AuditTable.COLUMNS + " FROM audit_event ORDER BY seq")) {
            while (rows.next()) {
                AuditEntry entry = AuditTable.read(rows);
                if (entry.sequence() != expected) {
                    findings.add(chainProblem(entry, "Audit entries #" + expected + " to #" + (entry.sequence() - 1)
                            + " are missing before entry #" + entry.sequence() + "."));
                } else if (!entry.previousHash().equals(previousHash)) {
                    findings.add(chainProblem(entry, "Audit entry #" + entry.sequence()
                            + " does not link to the entry before it: entry #" + (entry.sequence() - 1)
                            + " was altered or replaced."));
                }
                if (!AuditChain.hashOf(entry).equals(entry.hash())) {
                    findings.add(new TamperFinding(Problem.AUDIT_ENTRY_ALTERED, entry.sequence(), entry.kind(),
                            entry.objectId(), "Audit entry #" + entry.sequence() + " (" + entry.action() + " of "
                                    + describe(entry.kind(), entry.objectId()) + ") was altered after it was written."));
                }
                if (entry.contentDigest() != null) {
                    latestWrite.put(key(entry.kind(), entry.objectId()), entry);
                }
                previousHash = entry.hash();
                expected = entry.sequence() + 1;
            }
        }
        return expected - 1;
    }

    private static TamperFinding chainProblem(AuditEntry entry, String description) {
        return new TamperFinding(Problem.AUDIT_CHAIN_BROKEN, entry.sequence(), RecordKind.CASELOAD, "", description);
    }

    private static long verifyContent(Connection connection, ContentTable table, Map<String, AuditEntry> latestWrite,
            List<TamperFinding> findings) throws SQLException {
        long count = 0;
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT id, " + (table.digestStored() ? "digest" : "content")
                        + " FROM " + table.table() + " ORDER BY id")) {
            while (rows.next()) {
                count++;
                String id = rows.getString(1);
                String digest = table.digestStored() ? rows.getString(2) : AuditChain.digestOf(rows.getBytes(2));
                AuditEntry recorded = latestWrite.remove(key(table.kind(), id));
                if (recorded == null) {
                    findings.add(new TamperFinding(Problem.CONTENT_UNRECORDED, 0, table.kind(), id,
                            describe(table.kind(), id) + " is stored but no audit entry records writing it."));
                } else if (!recorded.contentDigest().equals(digest)) {
                    findings.add(new TamperFinding(Problem.CONTENT_ALTERED, recorded.sequence(), table.kind(), id,
                            describe(table.kind(), id) + " differs from the content sealed by audit entry #"
                                    + recorded.sequence() + " (" + recorded.action() + ")."));
                }
            }
        }
        return count;
    }

    private static String key(RecordKind kind, String objectId) {
        return kind.name() + '/' + objectId;
    }

    private static String describe(RecordKind kind, String objectId) {
        return switch (kind) {
        case CLIENT -> "Client " + objectId;
        case NOTE -> "Note " + objectId;
        case PSYCHOTHERAPY_NOTE -> "Psychotherapy note " + objectId;
        case CASELOAD -> "The caseload";
        };
    }
}
