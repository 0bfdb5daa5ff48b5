package org.casenotes.store.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;

import org.casenotes.model.record.Note;
import org.casenotes.model.record.NoteStatus;
import org.casenotes.store.CaseloadStore;
import org.casenotes.store.CaseloadStoreException;
import org.casenotes.store.WrongPassphraseException;
import org.casenotes.store.server.AgencySession;
import org.casenotes.store.server.NoteInReview;
import org.casenotes.store.server.Role;
import org.casenotes.store.tests.SampleRecords;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Supervision between two people on an agency server (issue 19, item 4), each denial proved with a second
 * connection as another user: clinician A is supervised by S; supervisor T and clinician C are assigned to A's client
 * too (they may read A's notes), but only S reviews and co-signs them, and only A or S adds to them once signed.
 */
class SupervisionTest {

    private static final String PASSWORD = "supervision-secret-for-tests";
    private static final String A = "sv-clin-a";
    private static final String A_NAME = "Robin Vale";
    private static final String S = "sv-sup-s";
    private static final String T = "sv-sup-t";
    private static final String C = "sv-clin-c";

    private AgencyServers agency;

    @BeforeEach
    void aClinicianHerSupervisorAndTwoColleaguesOnOneClient() {
        agency = AgencyServers.initialised(LocalPostgres.get(), S, PASSWORD, Role.SUPERVISOR);
        agency.server().addAccount(LocalPostgres.OWNER, LocalPostgres.OWNER_PASSWORD.toCharArray(), A,
                PASSWORD.toCharArray(), Role.CLINICIAN, S, A_NAME, "APCC");
        agency.addAccount(T, PASSWORD, Role.SUPERVISOR, null);
        agency.addAccount(C, PASSWORD, Role.CLINICIAN, null);
        try (CaseloadStore a = open(A)) {
            a.saveClient(SampleRecords.client("c-1", "Theodora Quill", null));
        }
        for (String colleague : List.of(T, C)) {
            agency.server().assign(AgencyServers.ADMINISTRATOR, AgencyServers.ADMINISTRATOR_PASSWORD.toCharArray(),
                    "c-1", colleague);
        }
    }

    private CaseloadStore open(String user) {
        return agency.server().open(user, PASSWORD.toCharArray());
    }

    private static Note byA(String id, LocalDate served) {
        Note note = SampleRecords.draft(id, "c-1", served, "Client reported sleeping better.");
        note.setAuthorId(A);
        return note;
    }

    @Test
    void theSupervisorsQueueHoldsHerSuperviseesNotesOldestFirstAndNobodyElsesQueueDoes() {
        try (CaseloadStore a = open(A)) {
            Note submitted = byA("n-submitted", LocalDate.of(2026, 3, 2));
            submitted.setStatus(NoteStatus.SUBMITTED);
            a.saveNote(submitted);
            a.saveNote(SampleRecords.signed(byA("n-signed", LocalDate.of(2026, 3, 1))));
            a.saveNote(byA("n-draft", LocalDate.of(2026, 3, 3)));
        }
        AgencySession s = agency.server().signIn(S, PASSWORD.toCharArray());
        AgencySession t = agency.server().signIn(T, PASSWORD.toCharArray());
        try {
            List<NoteInReview> queue = s.reviewQueue();
            assertEquals(List.of("n-submitted", "n-signed"), queue.stream().map(NoteInReview::noteId).toList(),
                    "submitted and signed notes, oldest first; drafts are not waiting for anyone");
            assertEquals(A, queue.get(0).authorId());
            assertEquals(A_NAME + " (" + A + ")", queue.get(0).author(), "the supervisor reads the author's name");
            assertEquals(NoteStatus.SUBMITTED, queue.get(0).status());
            assertEquals(LocalDate.of(2026, 3, 2), queue.get(0).dateOfService());
            assertFalse(queue.get(1).waitingSince().isBefore(queue.get(0).waitingSince()));
            assertEquals(Role.SUPERVISOR, s.account().role());
            assertTrue(t.reviewQueue().isEmpty(), "T may read A's notes but does not supervise A");
            assertTrue(t.store().loadNote("n-signed").isPresent());
        } finally {
            s.store().close();
            t.store().close();
        }
    }

    @Test
    void onlyTheAssignedSupervisorCoSigns() {
        try (CaseloadStore a = open(A)) {
            a.saveNote(SampleRecords.signed(byA("n-1", LocalDate.of(2026, 3, 2))));
        }
        try (CaseloadStore t = open(T)) {
            Note cosigning = cosigned(t.loadNote("n-1").orElseThrow(), T);
            CaseloadStoreException refused = assertThrows(CaseloadStoreException.class, () -> t.saveNote(cosigning));
            assertTrue(refused.getMessage().contains("your account is not allowed to (ERROR: only " + S
                    + " (the supervisor of " + A + ") may co-sign note n-1"), refused.getMessage());
        }
        try (CaseloadStore c = open(C)) {
            assertThrows(CaseloadStoreException.class, () -> c.saveNote(cosigned(c.loadNote("n-1").orElseThrow(), C)));
        }
        try (CaseloadStore a = open(A)) {
            assertEquals(NoteStatus.SIGNED, a.loadNote("n-1").orElseThrow().getStatus(), "nothing was co-signed");
        }
        try (CaseloadStore s = open(S)) {
            s.saveNote(cosigned(s.loadNote("n-1").orElseThrow(), S));
        }
        try (CaseloadStore a = open(A)) {
            Note note = a.loadNote("n-1").orElseThrow();
            assertEquals(NoteStatus.COSIGNED, note.getStatus());
            assertEquals(S, note.getCosignature().getSignerId());
        }
    }

    @Test
    void aHandWrittenUpdateByAnotherSupervisorIsRefusedByTheDatabase() throws SQLException {
        try (CaseloadStore a = open(A)) {
            a.saveNote(SampleRecords.signed(byA("n-1", LocalDate.of(2026, 3, 2))));
        }
        try (Connection t = agency.connectAs(T, PASSWORD); Statement statement = t.createStatement()) {
            SQLException refused = assertThrows(SQLException.class,
                    () -> statement.executeUpdate("UPDATE note SET status = 'COSIGNED' WHERE id = 'n-1'"));
            assertEquals("42501", refused.getSQLState());
        }
    }

    @Test
    void onlyTheAssignedSupervisorReturnsASubmittedNoteAndTheClinicianReadsTheComment() {
        try (CaseloadStore a = open(A)) {
            Note submitted = byA("n-1", LocalDate.of(2026, 3, 2));
            submitted.setStatus(NoteStatus.SUBMITTED);
            a.saveNote(submitted);
        }
        try (CaseloadStore t = open(T)) {
            Note returning = returned(t.loadNote("n-1").orElseThrow(), T, "Not mine to say.");
            assertThrows(CaseloadStoreException.class, () -> t.saveNote(returning));
        }
        try (CaseloadStore s = open(S)) {
            s.saveNote(returned(s.loadNote("n-1").orElseThrow(), S, "Name the intervention used."));
        }
        try (CaseloadStore a = open(A)) {
            Note note = a.loadNote("n-1").orElseThrow();
            assertEquals(NoteStatus.RETURNED, note.getStatus());
            assertEquals("Name the intervention used.", note.getReviewComments().get(0).getText());
            assertEquals(S, note.getReviewComments().get(0).getReviewerId());
        }
    }

    @Test
    void anAddendumIsAddedByTheAuthorOrTheirSupervisorOnly() {
        try (CaseloadStore a = open(A)) {
            a.saveNote(SampleRecords.signed(byA("n-1", LocalDate.of(2026, 3, 2))));
        }
        try (CaseloadStore c = open(C)) {
            Note note = c.loadNote("n-1").orElseThrow();
            note.getAddenda().add(addendum("ad-c", C));
            CaseloadStoreException refused = assertThrows(CaseloadStoreException.class, () -> c.saveNote(note));
            assertTrue(refused.getMessage().contains("only the author of note n-1 or their supervisor may add to it"),
                    refused.getMessage());
        }
        try (CaseloadStore t = open(T)) {
            Note note = t.loadNote("n-1").orElseThrow();
            note.getAddenda().add(addendum("ad-t", T));
            assertThrows(CaseloadStoreException.class, () -> t.saveNote(note));
        }
        try (CaseloadStore a = open(A)) {
            Note note = a.loadNote("n-1").orElseThrow();
            note.getAddenda().add(addendum("ad-a", A));
            a.saveNote(note);
        }
        try (CaseloadStore s = open(S)) {
            Note note = s.loadNote("n-1").orElseThrow();
            note.getAddenda().add(addendum("ad-s", S));
            s.saveNote(note);
            assertEquals(List.of("ad-a", "ad-s"), s.loadNote("n-1").orElseThrow().getAddenda().stream()
                    .map(addendum -> addendum.getId()).toList());
        }
    }

    @Test
    void nobodySavesANoteInAnothersNameNorOneAlreadyCoSigned() {
        try (CaseloadStore c = open(C)) {
            CaseloadStoreException forged = assertThrows(CaseloadStoreException.class,
                    () -> c.saveNote(byA("n-forged", LocalDate.of(2026, 3, 2))));
            assertTrue(forged.getMessage().contains("note n-forged names " + A + " as its author"),
                    forged.getMessage());
        }
        try (CaseloadStore a = open(A)) {
            Note cosignedAtOnce = cosigned(SampleRecords.signed(byA("n-self", LocalDate.of(2026, 3, 2))), S);
            CaseloadStoreException refused = assertThrows(CaseloadStoreException.class,
                    () -> a.saveNote(cosignedAtOnce));
            assertTrue(refused.getMessage().contains("cannot be saved cosigned the first time"), refused.getMessage());
            assertTrue(a.loadNote("n-self").isEmpty());
        }
        try (CaseloadStore s = open(S)) {
            assertTrue(s.loadNote("n-forged").isEmpty(), "nothing was saved");
        }
    }

    @Test
    void anExpiredAccountIsRefusedWithAMessageThatSaysSoAndReadsNothing() {
        agency.addAccount("sv-expired", PASSWORD, Role.CLINICIAN, S);
        agency.asOwner("ALTER ROLE \"sv-expired\" VALID UNTIL '2000-01-01'");
        WrongPassphraseException refused = assertThrows(WrongPassphraseException.class,
                () -> agency.server().signIn("sv-expired", PASSWORD.toCharArray()));
        assertTrue(refused.getMessage().contains("the account has expired"), refused.getMessage());
    }

    @Test
    void anAccountWhoseRoleWasRevokedIsToldSoAndReadsNothing() throws SQLException {
        agency.addAccount("sv-revoked", PASSWORD, Role.CLINICIAN, S);
        agency.asOwner("REVOKE casenotes_clinician FROM \"sv-revoked\"");
        CaseloadStoreException refused = assertThrows(CaseloadStoreException.class,
                () -> agency.server().signIn("sv-revoked", PASSWORD.toCharArray()));
        assertTrue(refused.getMessage().startsWith("Your account sv-revoked has no Casenotes role on the agency"
                + " server at " + agency.url() + " (it was revoked)"), refused.getMessage());
        try (Connection revoked = agency.connectAs("sv-revoked", PASSWORD);
                Statement statement = revoked.createStatement()) {
            SQLException denied = assertThrows(SQLException.class, () -> statement.executeQuery("SELECT * FROM note"));
            assertEquals("42501", denied.getSQLState());
        }
    }

    private static Note cosigned(Note note, String supervisor) {
        note.setCosignature(EcoreUtil.copy(note.getSignature()));
        note.getCosignature().setSignerId(supervisor);
        note.setStatus(NoteStatus.COSIGNED);
        return note;
    }

    private static Note returned(Note note, String supervisor, String text) {
        var comment = org.casenotes.model.record.RecordFactory.eINSTANCE.createReviewComment();
        comment.setReviewerId(supervisor);
        comment.setText(text);
        note.getReviewComments().add(comment);
        note.setStatus(NoteStatus.RETURNED);
        return note;
    }

    private static org.casenotes.model.record.Addendum addendum(String id, String author) {
        var addendum = SampleRecords.addendum(id, "Clarified: the client slept six hours.");
        addendum.setAuthorId(author);
        return addendum;
    }
}
