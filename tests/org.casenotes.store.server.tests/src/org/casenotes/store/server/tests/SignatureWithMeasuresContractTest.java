package org.casenotes.store.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.casenotes.model.record.Client;
import org.casenotes.model.record.Note;
import org.casenotes.model.record.NoteStatus;
import org.casenotes.store.AuditAction;
import org.casenotes.store.AuditEntry;
import org.casenotes.store.CaseloadStore;
import org.casenotes.store.RecordKind;
import org.casenotes.store.SignedNoteChangeException;
import org.casenotes.store.tests.SampleRecords;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** A note and its client's record saved together: a signature and the measure results it adds, both or neither. */
@ParameterizedClass
@EnumSource(StoreKind.class)
class SignatureWithMeasuresContractTest {

    @Parameter
    StoreKind kind;

    private static final String CLIENT = "c-meas";

    @TempDir
    Path temp;

    private CaseloadStore store;

    @BeforeEach
    void open() {
        store = kind.stores(temp).create();
        store.saveClient(SampleRecords.client(CLIENT, "Marlow Penhale", null));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void theSignedNoteAndItsResultAreStoredTogetherEachAudited() {
        Note draft = SampleRecords.draft("n-1", CLIENT, LocalDate.of(2026, 3, 2), "Reported sleeping better.");
        store.saveNote(draft);
        Client client = store.loadClient(CLIENT).orElseThrow();
        client.getMeasureResults().add(SampleRecords.measureResult("m-1", "n-1", 12));

        store.saveNoteWithClient(SampleRecords.signed(draft), client);

        Client reloaded = store.loadClient(CLIENT).orElseThrow();
        assertEquals(NoteStatus.SIGNED, reloaded.getNotes().get(0).getStatus());
        assertEquals(List.of("m-1 n-1 12"), reloaded.getMeasureResults().stream()
                .map(r -> r.getId() + " " + r.getNoteId() + " " + r.getTotal()).toList());
        AuditEntry signing = last(store.auditLog().entriesFor(RecordKind.NOTE, "n-1"));
        AuditEntry change = store.auditLog().entriesFor(RecordKind.CLIENT, CLIENT).stream()
                .filter(e -> e.action() == AuditAction.CHANGE).reduce((a, b) -> b).orElseThrow();
        assertEquals(AuditAction.SIGN, signing.action());
        assertEquals(signing.sequence() + 1, change.sequence(), "one transaction: the note's entry, then the client's");
    }

    private static AuditEntry last(List<AuditEntry> entries) {
        return entries.get(entries.size() - 1);
    }

    @Test
    void aRefusedNoteSaveLeavesTheClientsRecordAsItWas() {
        Note signed = SampleRecords.signed(SampleRecords.draft("n-2", CLIENT, LocalDate.of(2026, 3, 2), "As signed."));
        store.saveNote(signed);
        Client client = store.loadClient(CLIENT).orElseThrow();
        client.getMeasureResults().add(SampleRecords.measureResult("m-2", "n-2", 7));
        SampleRecords.setSubjective(signed, "Rewritten after signing.");

        assertThrows(SignedNoteChangeException.class, () -> store.saveNoteWithClient(signed, client));

        Client reloaded = store.loadClient(CLIENT).orElseThrow();
        assertEquals(List.of(), reloaded.getMeasureResults());
        assertEquals("As signed.", SampleRecords.subjective(reloaded.getNotes().get(0)));
    }

    @Test
    void aClientWriteTheDatabaseRefusesLeavesTheNoteUnsignedToo() {
        Note draft = SampleRecords.draft("n-4", CLIENT, LocalDate.of(2026, 3, 2), "Reported a calmer week.");
        store.saveNote(draft);
        Client client = store.loadClient(CLIENT).orElseThrow();
        client.getMeasureResults().add(SampleRecords.measureResult("m-4", "n-4", 9));
        // longer than the client index's pronoun column: the client's write fails after the note's, in one transaction
        client.setPronouns("they/them ".repeat(30));

        assertThrows(RuntimeException.class, () -> store.saveNoteWithClient(SampleRecords.signed(draft), client));

        Client reloaded = store.loadClient(CLIENT).orElseThrow();
        assertEquals(NoteStatus.DRAFT, reloaded.getNotes().get(0).getStatus());
        assertEquals(List.of(), reloaded.getMeasureResults());
    }

    @Test
    void aNoteOfAnotherClientIsRefusedAndNothingIsWritten() {
        store.saveClient(SampleRecords.client("c-other", "Ottilie Brask", null));
        Client client = store.loadClient(CLIENT).orElseThrow();
        client.getMeasureResults().add(SampleRecords.measureResult("m-3", "n-3", 3));
        Note elsewhere = SampleRecords.draft("n-3", "c-other", LocalDate.of(2026, 3, 2), "Other client.");

        assertThrows(IllegalArgumentException.class, () -> store.saveNoteWithClient(elsewhere, client));

        assertEquals(List.of(), store.loadClient(CLIENT).orElseThrow().getMeasureResults());
        assertEquals(List.of(), store.loadClient("c-other").orElseThrow().getNotes());
    }
}
