package org.casenotes.store.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.casenotes.model.record.Client;
import org.casenotes.model.record.Note;
import org.casenotes.model.record.NoteStatus;
import org.casenotes.store.AuditAction;
import org.casenotes.store.AuditEntry;
import org.casenotes.store.CaseloadLockedException;
import org.casenotes.store.CaseloadStore;
import org.casenotes.store.CaseloadStoreException;
import org.casenotes.store.ClientSummary;
import org.casenotes.store.RecordKind;
import org.casenotes.store.SignedNoteChangeException;
import org.casenotes.store.WrongPassphraseException;
import org.casenotes.store.tests.SampleRecords;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What the {@link CaseloadStore} API means, whichever store is beneath: clients, notes, sealing of signed notes,
 * autosave, psychotherapy notes, lock, audit. Runs once per {@link StoreKind}; a behaviour that holds for only one
 * kind belongs in that one's own tests.
 */
@ParameterizedClass
@EnumSource(StoreKind.class)
class CaseloadStoreContractTest {

    private static final String ACTOR = Stores.ACTOR;

    @Parameter
    StoreKind kind;

    @TempDir
    Path temp;

    private Stores stores;
    private CaseloadStore store;

    @BeforeEach
    void createWithTwoClients() {
        stores = kind.stores(temp);
        store = stores.create();
        store.saveClient(SampleRecords.client("c-2", "Marisol Ebbing", null));
        store.saveClient(SampleRecords.client("c-1", "Theodora Quill", "Teddy"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private CaseloadStore reopen() {
        store.close();
        store = stores.reopen();
        return store;
    }

    @Test
    void clientsAreListedByFamilyNameAndSearchable() {
        store.saveNote(SampleRecords.draft("n-1", "c-1", LocalDate.of(2026, 3, 2), "Teddy slept well."));
        List<ClientSummary> clients = reopen().listClients();
        assertEquals(List.of("c-2", "c-1"), clients.stream().map(ClientSummary::id).toList());
        assertEquals("Theodora Quill (Teddy)", clients.get(1).displayName());
        assertEquals(1, clients.get(1).noteCount());
        assertEquals(LocalDate.of(2026, 3, 2), clients.get(1).lastServiceDate());
        assertEquals(List.of("c-1"), store.searchClients("teddy").stream().map(ClientSummary::id).toList());
        assertEquals(List.of("c-1"), store.searchClients("QUILL theo").stream().map(ClientSummary::id).toList());
        assertTrue(store.searchClients("quill marisol").isEmpty());
        assertTrue(store.searchClients("%").isEmpty(), "LIKE wildcards are matched literally");
    }

    @Test
    void aLoadedClientCarriesItsNotesByDateAndTheOpenIsAudited() {
        store.saveNote(SampleRecords.draft("n-2", "c-1", LocalDate.of(2026, 3, 9), "Second session."));
        store.saveNote(SampleRecords.draft("n-1", "c-1", LocalDate.of(2026, 3, 2), "First session."));
        Client client = reopen().loadClient("c-1").orElseThrow();
        assertEquals("Theodora Quill", client.getLegalName());
        assertEquals(List.of("n-1", "n-2"), client.getNotes().stream().map(Note::getId).toList());
        assertEquals("First session.", SampleRecords.subjective(client.getNotes().get(0)));
        List<AuditEntry> entries = store.auditLog().entriesFor(RecordKind.CLIENT, "c-1");
        assertEquals(AuditAction.OPEN, entries.get(entries.size() - 1).action());
        assertTrue(store.loadClient("nobody").isEmpty());
    }

    @Test
    void theClientsDetailsLoadWithoutItsNotesAndTheOpenIsAudited() {
        store.saveNote(SampleRecords.draft("n-1", "c-1", LocalDate.of(2026, 3, 2), "Kept."));
        Client client = store.loadClient("c-1").orElseThrow();
        client.setPronouns("she/her");
        store.saveClient(client);
        long entriesBefore = store.auditLog().entriesFor(RecordKind.CLIENT, "c-1").size();

        Client details = reopen().loadClientDetails("c-1").orElseThrow();
        assertEquals(List.of("Theodora Quill", "she/her", 0), List.of(details.getLegalName(), details.getPronouns(),
                details.getNotes().size()));
        List<AuditEntry> entries = store.auditLog().entriesFor(RecordKind.CLIENT, "c-1");
        assertEquals(entriesBefore + 1, entries.size());
        assertEquals(AuditAction.OPEN, entries.get(entries.size() - 1).action());
        assertTrue(store.loadClientDetails("nobody").isEmpty());
        details.setPreferredName("Teddy Q");
        store.saveClient(details);
        assertEquals(List.of("n-1"), store.loadClient("c-1").orElseThrow().getNotes().stream().map(Note::getId)
                .toList(), "saving the details leaves the notes alone");
    }

    @Test
    void savingAClientLeavesItsNotesAlone() {
        store.saveNote(SampleRecords.draft("n-1", "c-1", LocalDate.of(2026, 3, 2), "Kept."));
        Client client = store.loadClient("c-1").orElseThrow();
        client.setPronouns("she/her");
        client.getNotes().clear();
        store.saveClient(client);
        Client reloaded = store.loadClient("c-1").orElseThrow();
        assertEquals("she/her", reloaded.getPronouns());
        assertEquals(1, reloaded.getNotes().size());
    }

    @Test
    void eachNoteSaveIsAuditedWithWhatItWas() {
        Note note = SampleRecords.draft("n-1", "c-1", LocalDate.of(2026, 3, 2), "Draft text.");
        store.saveNote(note);
        SampleRecords.setSubjective(note, "Draft text, edited.");
        store.saveNote(note);
        store.saveNote(SampleRecords.signed(note));
        note.getAddenda().add(SampleRecords.addendum("a-1", "Corrected the time of the call."));
        store.saveNote(note);
        assertEquals(List.of(AuditAction.CREATE, AuditAction.CHANGE, AuditAction.SIGN, AuditAction.ADDENDUM),
                store.auditLog().entriesFor(RecordKind.NOTE, "n-1").stream().map(AuditEntry::action).toList());
        Note stored = reopen().loadNote("n-1").orElseThrow();
        assertEquals(NoteStatus.SIGNED, stored.getStatus());
        assertEquals(1, stored.getAddenda().size());
    }

    @Test
    void aSignedNoteRefusesEveryChangeButAddenda() {
        Note note = SampleRecords.signed(SampleRecords.draft("n-1", "c-1", LocalDate.of(2026, 3, 2), "Signed."));
        store.saveNote(note);

        Note edited = store.loadNote("n-1").orElseThrow();
        edited.getValues().clear();
        assertThrows(SignedNoteChangeException.class, () -> store.saveNote(edited));

        Note unsigned = store.loadNote("n-1").orElseThrow();
        unsigned.setStatus(NoteStatus.DRAFT);
        assertThrows(SignedNoteChangeException.class, () -> store.saveNote(unsigned));

        Note resigned = store.loadNote("n-1").orElseThrow();
        resigned.getSignature().setSignerName("Someone Else");
        assertThrows(SignedNoteChangeException.class, () -> store.saveNote(resigned));

        note.getAddenda().add(SampleRecords.addendum("a-1", "First addendum."));
        store.saveNote(note);
        Note rewritten = store.loadNote("n-1").orElseThrow();
        rewritten.getAddenda().get(0).setText("Rewritten addendum.");
        assertThrows(SignedNoteChangeException.class, () -> store.saveNote(rewritten));

        assertThrows(SignedNoteChangeException.class, () -> store.autosaveDraft(note));
        assertEquals("Signed.", SampleRecords.subjective(store.loadNote("n-1").orElseThrow()));
        assertTrue(store.auditLog().verify().isIntact());
    }

    @Test
    void aNoteNeedsAnExistingClient() {
        assertThrows(CaseloadStoreException.class,
                () -> store.saveNote(SampleRecords.draft("n-1", "c-404", LocalDate.of(2026, 3, 2), "Orphan.")));
        assertTrue(store.loadNote("n-1").isEmpty());
    }

    @Test
    void aBatchOfNotesIsSavedWhollyOrNotAtAll() {
        Note first = SampleRecords.draft("n-1", "c-1", LocalDate.of(2026, 3, 2), "First.");
        Note orphan = SampleRecords.draft("n-2", "c-404", LocalDate.of(2026, 3, 2), "Orphan.");
        assertThrows(CaseloadStoreException.class, () -> store.saveNotes(List.of(first, orphan)));
        assertTrue(store.loadNote("n-1").isEmpty());
        orphan.setClientId("c-2");
        store.saveNotes(List.of(first, orphan));
        assertEquals(List.of(1, 1), store.listClients().stream().map(ClientSummary::noteCount).toList());
        assertTrue(store.auditLog().verify().isIntact());
    }

    @Test
    void anAutosavedDraftSurvivesReopeningUntilTheNoteIsSaved() {
        Note note = SampleRecords.draft("n-1", "c-1", LocalDate.of(2026, 3, 2), "Saved text.");
        store.saveNote(note);
        Note typing = SampleRecords.draft("n-1", "c-1", LocalDate.of(2026, 3, 2), "Saved text, and more typing");
        store.autosaveDraft(typing);
        assertEquals("Saved text, and more typing",
                SampleRecords.subjective(reopen().autosavedDraft("n-1").orElseThrow()));
        assertEquals("Saved text.", SampleRecords.subjective(store.loadNote("n-1").orElseThrow()));
        store.saveNote(typing);
        assertTrue(store.autosavedDraft("n-1").isEmpty());
    }

    @Test
    void aDiscardedAutosaveIsGoneAfterReopeningAndTheNoteStaysAsSaved() {
        store.saveNote(SampleRecords.draft("n-1", "c-1", LocalDate.of(2026, 3, 2), "Saved text."));
        store.autosaveDraft(SampleRecords.draft("n-1", "c-1", LocalDate.of(2026, 3, 2), "Changes to throw away"));
        store.autosaveDraft(SampleRecords.draft("n-2", "c-1", LocalDate.of(2026, 3, 3), "A new note, never saved"));
        long auditSize = store.auditLog().size();
        store.discardAutosavedDraft("n-1");
        store.discardAutosavedDraft("n-2");
        store.discardAutosavedDraft("no-such-note");
        assertTrue(reopen().autosavedDraft("n-1").isEmpty());
        assertTrue(store.autosavedDraft("n-2").isEmpty());
        assertEquals("Saved text.", SampleRecords.subjective(store.loadNote("n-1").orElseThrow()));
        assertTrue(store.loadNote("n-2").isEmpty());
        assertEquals(List.of(AuditAction.UNLOCK, AuditAction.OPEN),
                store.auditLog().entries(auditSize + 1, 10).stream().map(AuditEntry::action).toList());
    }

    @Test
    void psychotherapyNotesStayApartFromTheRecord() {
        Note process = SampleRecords.draft("p-1", "c-1", LocalDate.of(2026, 3, 2), "My private impressions.");
        store.psychotherapyNotes().save(process);
        assertTrue(store.loadClient("c-1").orElseThrow().getNotes().isEmpty());
        assertTrue(store.loadNote("p-1").isEmpty());
        assertEquals(0, store.listClients().get(1).noteCount());
        assertEquals(List.of("p-1"),
                reopen().psychotherapyNotes().notebook("c-1").getNotes().stream().map(Note::getId).toList());
        assertEquals("My private impressions.",
                SampleRecords.subjective(store.psychotherapyNotes().load("p-1").orElseThrow()));
        assertEquals(List.of(AuditAction.CREATE, AuditAction.OPEN, AuditAction.OPEN),
                store.auditLog().entriesFor(RecordKind.PSYCHOTHERAPY_NOTE, "p-1").stream()
                        .map(AuditEntry::action).toList());
    }

    @Test
    void aLockedStoreRefusesWorkUntilUnlockedWithThePassphrase() {
        store.lock();
        assertTrue(store.isLocked());
        assertThrows(CaseloadLockedException.class, store::listClients);
        assertThrows(CaseloadLockedException.class, () -> store.loadClient("c-1"));
        assertThrows(WrongPassphraseException.class, () -> store.unlock("not it".toCharArray()));
        assertTrue(store.isLocked());
        store.unlock(stores.secret());
        assertFalse(store.isLocked());
        assertEquals(2, store.listClients().size());
        List<AuditEntry> caseloadEvents = store.auditLog().entriesFor(RecordKind.CASELOAD, "");
        assertEquals(AuditAction.CREATE_CASELOAD, caseloadEvents.get(0).action());
        assertEquals(List.of(AuditAction.LOCK, AuditAction.UNLOCK), caseloadEvents.subList(caseloadEvents.size() - 2,
                caseloadEvents.size()).stream().map(AuditEntry::action).toList(), "nothing was recorded of the"
                        + " wrong attempt");
        assertEquals(List.of(ACTOR, ACTOR), caseloadEvents.subList(caseloadEvents.size() - 2, caseloadEvents.size())
                .stream().map(AuditEntry::actor).toList());
    }

    @Test
    void eventsOutsideTheStoreAreRecordedInTheChain() {
        AuditEntry export = store.auditLog().record(AuditAction.EXPORT, RecordKind.CLIENT, "c-1", "pdf summary");
        assertEquals(store.auditLog().size(), export.sequence());
        assertEquals(ACTOR, export.actor());
        assertTrue(store.auditLog().verify().isIntact());
    }
}
