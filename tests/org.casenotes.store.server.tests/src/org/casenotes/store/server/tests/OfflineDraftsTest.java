package org.casenotes.store.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.casenotes.model.record.Note;
import org.casenotes.model.record.NoteStatus;
import org.casenotes.model.record.TextValue;
import org.casenotes.store.CaseloadStore;
import org.casenotes.store.server.AgencySession;
import org.casenotes.store.server.KeptDraft;
import org.casenotes.store.server.KeptDraftSave;
import org.casenotes.store.server.KeptDrafts;
import org.casenotes.store.server.ServerUnreachableException;
import org.casenotes.store.tests.SampleRecords;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Working while the agency server cannot be reached (issue 19, item 7): a save refused because the server stopped
 * keeps the draft on this computer, encrypted under the account's password (no plain text of the note in the file),
 * and saving the kept drafts once the server is back sends them through the store's optimistic locking and deletes
 * them; a workbench that crashed while offline finds them at the next sign-in; someone else's change meanwhile
 * leaves the draft as the note's working copy to merge. Runs on a PostgreSQL of its own, which it stops and starts.
 */
class OfflineDraftsTest {

    private static final String PASSWORD = "offline-secret-for-tests";
    private static final String CLINICIAN = "off-clin";
    private static final String WORDS = "Client described the panic on the tram in detail";

    private static LocalPostgres postgres;
    private static AgencyServers agency;

    @TempDir
    Path local;

    @BeforeAll
    static void ownServer() {
        postgres = LocalPostgres.startPrivate();
        agency = AgencyServers.initialised(postgres, CLINICIAN, PASSWORD);
        try (CaseloadStore store = agency.server().open(CLINICIAN, PASSWORD.toCharArray())) {
            store.saveClient(SampleRecords.client("c-1", "Theodora Quill", null));
        }
    }

    @AfterAll
    static void running() {
        postgres.restartIfStopped();
    }

    @BeforeEach
    void serverUp() {
        postgres.restartIfStopped();
    }

    @Test
    void aDraftTheStoppedServerRefusedIsKeptEncryptedAndSavedWhenTheServerIsBack() throws Exception {
        AgencySession session = signIn();
        CaseloadStore store = session.store();
        store.saveNote(draft("off-1", "Opening words."));
        Note edited = store.loadNote("off-1").orElseThrow();
        subjective(edited).setText(WORDS);

        postgres.crash();
        ServerUnreachableException refused = assertThrows(ServerUnreachableException.class,
                () -> store.saveNote(edited));
        assertTrue(refused.getMessage().contains("cannot be reached"), refused.getMessage());
        assertFalse(session.isReachable());
        session.keepOffline(edited);

        Path file = session.keptDrafts().orElseThrow().fileOf("off-1");
        assertTrue(Files.exists(file), "the draft is kept on this computer");
        String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        assertFalse(bytes.contains("panic on the tram"), "no plain text of the note in the kept file");
        assertFalse(bytes.contains("off-1") || bytes.contains("c-1"), "nor its ids");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertThrows(ServerUnreachableException.class, session::saveKeptDrafts, "still unreachable: kept");
        assertTrue(Files.exists(file));

        postgres.restart();
        assertTrue(session.isReachable(), "the session signs in again by itself");
        List<KeptDraftSave> saves = session.saveKeptDrafts();
        assertEquals(List.of(KeptDraftSave.Outcome.SAVED), saves.stream().map(KeptDraftSave::outcome).toList());
        assertFalse(Files.exists(file), "the kept copy is deleted once the server has the draft");
        store.close();
        try (CaseloadStore other = agency.server().open(CLINICIAN, PASSWORD.toCharArray())) {
            assertEquals(WORDS, subjective(other.loadNote("off-1").orElseThrow()).getText());
            assertTrue(other.auditLog().verify().isIntact());
        }
    }

    @Test
    void theNextSignInAfterACrashWhileOfflineFindsTheKeptDraftAndSavesIt() {
        AgencySession crashed = signIn();
        crashed.store().saveNote(draft("off-2", "Opening words."));
        Note edited = crashed.store().loadNote("off-2").orElseThrow();
        subjective(edited).setText(WORDS);
        postgres.crash();
        assertThrows(ServerUnreachableException.class, () -> crashed.store().saveNote(edited));
        crashed.keepOffline(edited);
        // the workbench crashes: the session is never closed
        postgres.restart();

        AgencySession next = signIn();
        List<KeptDraft> kept = next.keptDrafts().orElseThrow().all();
        assertEquals(List.of("off-2"), kept.stream().map(KeptDraft::noteId).toList(), "offered at the next sign-in");
        assertEquals(WORDS, subjective(kept.get(0).draft()).getText());
        assertEquals(KeptDraftSave.Outcome.SAVED, next.saveKeptDrafts().get(0).outcome());
        assertEquals(WORDS, subjective(next.store().loadNote("off-2").orElseThrow()).getText());
        assertEquals(List.of(), next.keptDrafts().orElseThrow().all());
        next.store().close();
    }

    @Test
    void someoneElsesChangeMeanwhileLeavesTheKeptDraftToMerge() {
        AgencySession offline = signIn();
        offline.store().saveNote(draft("off-3", "Opening words."));
        Note edited = offline.store().loadNote("off-3").orElseThrow();
        subjective(edited).setText(WORDS);
        postgres.crash();
        assertThrows(ServerUnreachableException.class, () -> offline.store().saveNote(edited));
        offline.keepOffline(edited);
        offline.store().lock(); // the idle lock works offline too
        assertTrue(offline.store().isLocked());
        postgres.restart();

        try (CaseloadStore elsewhere = agency.server().open(CLINICIAN, PASSWORD.toCharArray())) {
            Note theirs = elsewhere.loadNote("off-3").orElseThrow();
            subjective(theirs).setText("Changed in the other workbench.");
            elsewhere.saveNote(theirs);
        }
        AgencySession next = signIn();
        KeptDraftSave save = next.saveKeptDrafts().get(0);
        assertEquals(KeptDraftSave.Outcome.TO_MERGE, save.outcome(), save.reason());
        assertTrue(save.reason().contains("changed by " + CLINICIAN), save.reason());
        assertEquals("Changed in the other workbench.",
                subjective(next.store().loadNote("off-3").orElseThrow()).getText(), "the other change stays");
        assertEquals(WORDS, subjective(next.store().autosavedDraft("off-3").orElseThrow()).getText(),
                "the kept text is the working copy to merge");
        assertEquals(List.of(), next.keptDrafts().orElseThrow().all());
        next.store().close();
        offline.store().close();
    }

    @Test
    void aNoteSignedElsewhereMeanwhileKeepsTheKeptDraftHereUntilItIsDiscarded() {
        AgencySession offline = signIn();
        offline.store().saveNote(draft("off-4", "Opening words."));
        Note edited = offline.store().loadNote("off-4").orElseThrow();
        subjective(edited).setText(WORDS);
        postgres.crash();
        assertThrows(ServerUnreachableException.class, () -> offline.store().saveNote(edited));
        offline.keepOffline(edited);
        postgres.restart();
        try (CaseloadStore elsewhere = agency.server().open(CLINICIAN, PASSWORD.toCharArray())) {
            elsewhere.saveNote(SampleRecords.signed(elsewhere.loadNote("off-4").orElseThrow()));
        }

        KeptDraftSave save = offline.saveKeptDrafts().get(0);
        assertEquals(KeptDraftSave.Outcome.SIGNED_MEANWHILE, save.outcome(), save.reason());
        Note signed = offline.store().loadNote("off-4").orElseThrow();
        assertEquals(NoteStatus.SIGNED, signed.getStatus());
        assertEquals("Opening words.", subjective(signed).getText(), "a signed note does not change");
        KeptDrafts kept = offline.keptDrafts().orElseThrow();
        assertEquals(WORDS, subjective(kept.find("off-4").orElseThrow().draft()).getText(),
                "the text written offline stays on this computer, to be read before it is discarded");
        kept.discard("off-4");
        assertEquals(List.of(), offline.saveKeptDrafts(), "discarded: nothing is tried again");
        offline.store().close();
    }

    @Test
    void aConnectionTheServerEndedIsReplacedAtTheNextUse() {
        AgencySession session = signIn();
        session.store().saveNote(draft("off-5", "Opening words."));
        agency.asOwner("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '" + CLINICIAN + "'");
        ServerUnreachableException cut = assertThrows(ServerUnreachableException.class,
                () -> session.store().loadNote("off-5"));
        assertTrue(cut.getMessage().contains("Nothing was saved by this attempt"), cut.getMessage());
        Note edited = session.store().loadNote("off-5").orElseThrow();
        subjective(edited).setText(WORDS);
        session.store().saveNote(edited);
        assertTrue(session.store().auditLog().verify().isIntact());
        assertTrue(session.store().auditLog().entries(1, 10_000).stream().anyMatch(entry -> entry.detail()
                .startsWith("signed in again")), "the new sign-in is in the audit log");
        session.store().close();
    }

    @Test
    void anotherPasswordOpensNoneOfTheKeptDrafts() {
        try (KeptDrafts right = KeptDrafts.open(local, agency.url(), CLINICIAN, PASSWORD.toCharArray(),
                Clock.systemUTC())) {
            right.keep(draft("off-4", WORDS), null);
            assertEquals(1, right.all().size());
        }
        try (KeptDrafts wrong = KeptDrafts.open(local, agency.url(), CLINICIAN, "former-password".toCharArray(),
                Clock.systemUTC())) {
            assertEquals(List.of(), wrong.all());
            assertEquals(1, wrong.unreadable(), "kept, not readable without the password it was kept under");
        }
    }

    private AgencySession signIn() {
        return agency.server().signIn(CLINICIAN, PASSWORD.toCharArray(), local);
    }

    private static Note draft(String id, String words) {
        return AgencyServers.writtenBy(CLINICIAN, SampleRecords.draft(id, "c-1", LocalDate.of(2026, 3, 2), words));
    }

    private static TextValue subjective(Note note) {
        return note.getValues().stream().filter(TextValue.class::isInstance).map(TextValue.class::cast)
                .filter(value -> "subjective".equals(value.getFieldId())).findFirst().orElseThrow();
    }
}
