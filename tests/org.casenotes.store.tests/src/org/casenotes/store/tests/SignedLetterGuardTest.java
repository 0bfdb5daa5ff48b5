package org.casenotes.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.casenotes.model.record.Client;
import org.casenotes.model.record.Letter;
import org.casenotes.model.record.RecordFactory;
import org.casenotes.model.record.Signature;
import org.casenotes.store.AuditAction;
import org.casenotes.store.AuditEntry;
import org.casenotes.store.CaseloadStore;
import org.casenotes.store.RecordKind;
import org.casenotes.store.SignedNoteChangeException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A signed letter is kept as it was sent: a client save that adds one records its signature in the audit log (in the
 * same transaction), and a save that would change or remove it is refused with nothing stored.
 */
class SignedLetterGuardTest {

    @TempDir
    Path temp;

    private CaseloadStore store;

    @BeforeEach
    void createWithAClient() {
        store = CaseloadStoreTest.FACTORY.create(temp.resolve("caseload"), EngineFixture.PASSPHRASE.toCharArray(),
                "clin-1");
        store.saveClient(SampleRecords.client("c-1", "Theodora Quill", "Teddy"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void savingASignedLetterRecordsItsSignatureOnce() {
        Client client = stored();
        client.getLetters().add(signedLetter("L-1", "Dear Teddy, we closed your file."));
        store.saveClient(client);
        Client again = stored();
        again.setPronouns("she/her");
        store.saveClient(again);

        List<AuditEntry> entries = store.auditLog().entriesFor(RecordKind.NOTE, "L-1");

        assertEquals(List.of(AuditAction.SIGN), entries.stream().map(AuditEntry::action).toList());
        assertEquals("letter, template std.letters.DischargeNoContact 1, client c-1", entries.get(0).detail());
        assertTrue(store.auditLog().verify().isIntact(), "the letter's entry keeps the log verifiable");
    }

    @Test
    void changingASignedLetterIsRefusedAndNothingIsSaved() {
        Client client = stored();
        client.getLetters().add(signedLetter("L-1", "Dear Teddy, we closed your file."));
        store.saveClient(client);
        Client changed = stored();
        changed.getLetters().get(0).setText("Dear Teddy, we never wrote.");
        changed.setPronouns("she/her");

        SignedNoteChangeException refused = assertThrows(SignedNoteChangeException.class,
                () -> store.saveClient(changed));

        assertEquals("Letter L-1 of client c-1 is signed: it is kept as it was sent and cannot change.",
                refused.getMessage());
        assertEquals("Dear Teddy, we closed your file.", stored().getLetters().get(0).getText());
        assertEquals(null, stored().getPronouns());
    }

    @Test
    void removingASignedLetterIsRefused() {
        Client client = stored();
        client.getLetters().add(signedLetter("L-1", "Dear Teddy, we closed your file."));
        store.saveClient(client);
        Client without = stored();
        without.getLetters().clear();

        SignedNoteChangeException refused = assertThrows(SignedNoteChangeException.class,
                () -> store.saveClient(without));

        assertEquals("Letter L-1 of client c-1 is signed and cannot be removed.", refused.getMessage());
        assertEquals(1, stored().getLetters().size());
    }

    private Client stored() {
        return store.loadClientDetails("c-1").orElseThrow();
    }

    private static Letter signedLetter(String id, String text) {
        Letter letter = RecordFactory.eINSTANCE.createLetter();
        letter.setId(id);
        letter.setTemplateId("std.letters.DischargeNoContact");
        letter.setTemplateVersion(1);
        letter.setText(text);
        letter.setRecipient("Theodora Quill");
        Signature signature = RecordFactory.eINSTANCE.createSignature();
        signature.setSignerId("clin-1");
        signature.setSignerName("Rowan Ellery");
        signature.setSignedAt(Instant.parse("2026-12-07T10:00:00Z"));
        signature.setContentHash("ab".repeat(32));
        letter.setSignature(signature);
        return letter;
    }
}
