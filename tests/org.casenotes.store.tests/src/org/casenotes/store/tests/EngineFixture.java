package org.casenotes.store.tests;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;

import org.casenotes.store.AuditAction;
import org.casenotes.store.internal.CaseloadCreation;
import org.casenotes.store.internal.EmbeddedSession;
import org.casenotes.store.internal.layout.CaseloadFolderLayout;
import org.casenotes.store.internal.records.ClientRow;
import org.casenotes.store.internal.records.NoteRow;
import org.casenotes.store.internal.records.RecordLedger;

/** Creates caseloads below the record model: rows with recognisable content, written through the ledger. */
final class EngineFixture {

    static final String PASSPHRASE = "river stone lantern 42";
    static final int FAST_ITERATIONS = 1_000;

    private EngineFixture() {
    }

    static EmbeddedSession create(Path location) {
        return CaseloadCreation.create(location, PASSPHRASE.toCharArray(), "clin-1", Clock.systemUTC(),
                FAST_ITERATIONS);
    }

    static EmbeddedSession open(Path location) {
        return EmbeddedSession.open(new CaseloadFolderLayout(location), PASSPHRASE.toCharArray(), "clin-1",
                Clock.systemUTC());
    }

    static RecordLedger ledger(EmbeddedSession session) {
        return new RecordLedger(session.audit(), Clock.systemUTC());
    }

    static void saveClient(EmbeddedSession session, String id, String name) {
        RecordLedger ledger = ledger(session);
        session.write(c -> ledger.saveClient(c, session.actor(),
                new ClientRow(id, name, name.toLowerCase(), name.toLowerCase() + " " + id, "active", "", null, null, null,
                        bytes(name))));
    }

    static void saveNote(EmbeddedSession session, String id, String clientId, String text, AuditAction action) {
        RecordLedger ledger = ledger(session);
        session.write(c -> ledger.saveNote(c, session.actor(), new NoteRow(id, clientId, "soap", "1",
                action == AuditAction.SIGN ? "signed" : "draft", session.actor(), LocalDate.of(2026, 3, 2),
                bytes(text)), action));
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
