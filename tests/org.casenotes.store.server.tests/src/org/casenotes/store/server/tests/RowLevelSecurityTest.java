package org.casenotes.store.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;

import org.casenotes.model.record.Note;
import org.casenotes.store.CaseloadStore;
import org.casenotes.store.CaseloadStoreException;
import org.casenotes.store.ClientSummary;
import org.casenotes.store.NoteReference;
import org.casenotes.store.VerificationReport;
import org.casenotes.store.server.Role;
import org.casenotes.store.tests.SampleRecords;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Roles enforced by the server, not the workbench: every denial is shown through a second connection as another
 * account, through the store and in SQL written by hand. Clinician A (supervised by S) keeps client c-a with a
 * progress note and a psychotherapy note; clinician B keeps client c-b.
 */
class RowLevelSecurityTest {

    private static final String PASSWORD = "rls-secret-for-tests";
    private static final String A = "rls-clin-a";
    private static final String B = "rls-clin-b";
    private static final String S = "rls-sup";
    private static final List<String> RECORD_TABLES = List.of("client", "note", "note_content", "unsigned_note",
            "psychotherapy_note", "draft_autosave");

    private AgencyServers agency;

    @BeforeEach
    void twoCliniciansAndASupervisor() {
        agency = AgencyServers.uninitialised();
        agency.server().initialise(LocalPostgres.OWNER, LocalPostgres.OWNER_PASSWORD.toCharArray(),
                "Riverside Counseling", AgencyServers.ADMINISTRATOR, AgencyServers.ADMINISTRATOR_PASSWORD.toCharArray());
        agency.addAccount(S, PASSWORD, Role.SUPERVISOR, null);
        agency.addAccount(A, PASSWORD, Role.CLINICIAN, S);
        agency.addAccount(B, PASSWORD, Role.CLINICIAN, null);
        try (CaseloadStore a = open(A)) {
            a.saveClient(SampleRecords.client("c-a", "Theodora Quill", null));
            a.saveNote(AgencyServers.writtenBy(A, SampleRecords.draft("n-a", "c-a", LocalDate.of(2026, 3, 2),
                    "Teddy slept well.")));
            a.psychotherapyNotes().save(SampleRecords.draft("p-a", "c-a", LocalDate.of(2026, 3, 2),
                    "My private impressions."));
            a.autosaveDraft(SampleRecords.draft("n-a2", "c-a", LocalDate.of(2026, 3, 9), "Typing..."));
        }
        try (CaseloadStore b = open(B)) {
            b.saveClient(SampleRecords.client("c-b", "Marisol Ebbing", null));
            b.saveNote(AgencyServers.writtenBy(B, SampleRecords.draft("n-b", "c-b", LocalDate.of(2026, 3, 3),
                    "Marisol called.")));
        }
    }

    private CaseloadStore open(String user) {
        return agency.server().open(user, PASSWORD.toCharArray());
    }

    private int rows(String user, String sql) {
        try (Connection c = agency.connectAs(user, user.equals(AgencyServers.ADMINISTRATOR)
                ? AgencyServers.ADMINISTRATOR_PASSWORD : PASSWORD);
                Statement statement = c.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            int count = 0;
            while (rows.next()) {
                count++;
            }
            return count;
        } catch (SQLException e) {
            throw new SqlRefused(e);
        }
    }

    /** A statement the server refused, unchecked so that {@link #rows} reads in streams. */
    private static final class SqlRefused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SqlRefused(SQLException cause) {
            super(cause);
        }

        String sqlState() {
            return ((SQLException) getCause()).getSQLState();
        }
    }

    private void refusedInSql(String user, String sql) {
        SqlRefused refused = assertThrows(SqlRefused.class, () -> rows(user, sql), sql);
        assertEquals("42501", refused.sqlState(), sql + ": " + refused.getMessage());
    }

    @Test
    void aClinicianSeesNothingOfAnotherCliniciansClients() {
        try (CaseloadStore b = open(B)) {
            assertEquals(List.of("c-b"), b.listClients().stream().map(ClientSummary::id).toList());
            assertTrue(b.loadClient("c-a").isEmpty());
            assertTrue(b.loadNote("n-a").isEmpty());
            assertTrue(b.autosavedDraft("n-a2").isEmpty());
            assertTrue(b.psychotherapyNotes().load("p-a").isEmpty());
            assertEquals(List.of("n-b"), b.notesNeedingAttention().stream().map(NoteReference::noteId).toList());
        }
        assertEquals(List.of(1, 1, 1, 1, 0, 0), RECORD_TABLES.stream().map(table -> rows(B, "SELECT * FROM " + table))
                .toList(), "B's client, its note, the note's content and its unsigned-note row; nothing of A's");
        assertEquals(0, rows(B, "SELECT * FROM note_content WHERE id = 'n-a'"));
        assertEquals(0, rows(B, "SELECT * FROM psychotherapy_note"));
    }

    @Test
    void aClinicianCannotWriteIntoAnotherCliniciansClient() throws SQLException {
        try (CaseloadStore b = open(B)) {
            assertThrows(CaseloadStoreException.class,
                    () -> b.saveNote(AgencyServers.writtenBy(B,
                            SampleRecords.draft("n-b2", "c-a", LocalDate.of(2026, 3, 4), "Intruding."))));
            assertThrows(CaseloadStoreException.class,
                    () -> b.saveClient(SampleRecords.client("c-a", "Someone Else", null)));
        }
        try (Connection c = agency.connectAs(B, PASSWORD); Statement statement = c.createStatement()) {
            assertEquals(0, statement.executeUpdate("UPDATE client SET display_name = 'x' WHERE id = 'c-a'"));
            assertEquals(0, statement.executeUpdate("UPDATE note SET status = 'signed' WHERE id = 'n-a'"));
        }
        refusedInSql(B, "DELETE FROM note WHERE id = 'n-a' RETURNING id");
        try (CaseloadStore a = open(A)) {
            assertEquals("Theodora Quill", a.loadClient("c-a").orElseThrow().getLegalName());
            assertEquals(List.of("n-a"), a.loadClient("c-a").orElseThrow().getNotes().stream().map(Note::getId)
                    .toList());
        }
    }

    @Test
    void anAssignedClinicianSeesTheClientButNeverTheAuthorsPsychotherapyNotes() {
        agency.server().assign(AgencyServers.ADMINISTRATOR, AgencyServers.ADMINISTRATOR_PASSWORD.toCharArray(),
                "c-a", B);
        try (CaseloadStore b = open(B)) {
            assertEquals(List.of("c-b", "c-a"), b.listClients().stream().map(ClientSummary::id).toList());
            assertEquals("Teddy slept well.", SampleRecords.subjective(b.loadNote("n-a").orElseThrow()));
            assertTrue(b.psychotherapyNotes().load("p-a").isEmpty());
            assertTrue(b.psychotherapyNotes().notebook("c-a").getNotes().isEmpty());
        }
        assertEquals(0, rows(B, "SELECT * FROM psychotherapy_note"));
        assertEquals(1, rows(A, "SELECT * FROM psychotherapy_note"), "its author reads it");
    }

    @Test
    void aSupervisorSeesTheirSuperviseesClientsButNotTheirPsychotherapyNotesNorOthers() {
        try (CaseloadStore s = open(S)) {
            assertEquals(List.of("c-a"), s.listClients().stream().map(ClientSummary::id).toList());
            assertEquals("Teddy slept well.", SampleRecords.subjective(s.loadNote("n-a").orElseThrow()));
            assertTrue(s.psychotherapyNotes().load("p-a").isEmpty());
            assertTrue(s.loadClient("c-b").isEmpty(), "B is not S's supervisee");
        }
        assertEquals(0, rows(S, "SELECT * FROM psychotherapy_note"));
        assertEquals(0, rows(S, "SELECT * FROM note WHERE client_id = 'c-b'"));
    }

    @Test
    void administratorsReadNoRecordNorNote() {
        for (String table : RECORD_TABLES) {
            refusedInSql(AgencyServers.ADMINISTRATOR, "SELECT * FROM " + table);
        }
        try (CaseloadStore admin = agency.server().open(AgencyServers.ADMINISTRATOR,
                AgencyServers.ADMINISTRATOR_PASSWORD.toCharArray())) {
            CaseloadStoreException refused = assertThrows(CaseloadStoreException.class, admin::listClients);
            assertTrue(refused.getMessage().contains("your account is not allowed"), refused.getMessage());
            assertThrows(CaseloadStoreException.class, () -> admin.loadNote("n-a"));
        }
        assertEquals(3, rows(AgencyServers.ADMINISTRATOR, "SELECT * FROM account WHERE role <> 'administrator'"),
                "administrators manage accounts");
    }

    @Test
    void everyAccountVerifiesTheWholeTrailWithoutReadingOthersRecords() {
        for (String user : List.of(B, S, AgencyServers.ADMINISTRATOR)) {
            try (CaseloadStore store = agency.server().open(user, user.equals(AgencyServers.ADMINISTRATOR)
                    ? AgencyServers.ADMINISTRATOR_PASSWORD.toCharArray() : PASSWORD.toCharArray())) {
                VerificationReport report = store.auditLog().verify();
                assertTrue(report.isIntact(), user + ": " + report.findings());
                assertEquals(5, report.recordsChecked(), user + ": two clients, two notes, a psychotherapy note");
            }
        }
        assertEquals(0, rows(AgencyServers.ADMINISTRATOR, "SELECT * FROM sealed_note WHERE digest IS NULL"));
        refusedInSql(AgencyServers.ADMINISTRATOR, "SELECT content FROM note_content");
    }

    @Test
    void noAccountCanRewriteOrDeleteTheAuditLog() {
        for (String user : List.of(A, S, AgencyServers.ADMINISTRATOR)) {
            // audit_event is a view of the chained entries: refused as a view that cannot be written (55000)
            assertThrows(SqlRefused.class, () -> rows(user, "UPDATE audit_event SET actor = 'someone' RETURNING seq"));
            assertThrows(SqlRefused.class, () -> rows(user, "DELETE FROM audit_event RETURNING seq"));
            refusedInSql(user, "UPDATE audit_record SET actor = 'someone' RETURNING id");
            refusedInSql(user, "DELETE FROM audit_record RETURNING id");
            refusedInSql(user, "DELETE FROM audit_link RETURNING seq");
            refusedInSql(user, "INSERT INTO audit_link (seq, record_id, previous_hash, hash) VALUES (999, 1, 'x', 'y')"
                    + " RETURNING seq");
            refusedInSql(user, "DELETE FROM audit_unlinked RETURNING record_id");
            refusedInSql(user, "UPDATE audit_anchor SET seq = 1 RETURNING seq");
        }
    }
}
