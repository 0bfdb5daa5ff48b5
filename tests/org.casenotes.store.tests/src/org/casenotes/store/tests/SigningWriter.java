package org.casenotes.store.tests;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;

import org.casenotes.model.record.Client;
import org.casenotes.model.record.Note;
import org.casenotes.store.CaseloadStore;
import org.casenotes.store.internal.EmbeddedCaseloadStoreFactory;

/**
 * Child-process main for {@link SigningWithMeasuresCrashTest}: opens a caseload and, as fast as it can until it is
 * killed, saves a draft, then signs it together with the measure result it adds to the client
 * ({@link CaseloadStore#saveNoteWithClient}), printing {@code SAVED <id> signed} after that save has returned.
 */
public final class SigningWriter {

    private SigningWriter() {
    }

    /**
     * @param arguments caseload location, run tag
     */
    public static void main(String[] arguments) {
        Path location = Path.of(arguments[0]);
        String run = arguments[1];
        CaseloadStore store = new EmbeddedCaseloadStoreFactory(Clock.systemUTC(), 1_000).open(location,
                EngineFixture.PASSPHRASE.toCharArray(), "clin-1");
        Client client = store.loadClient(SigningWithMeasuresCrashTest.CLIENT).orElseThrow();
        client.getNotes().clear();
        for (int i = 0;; i++) {
            String id = run + "-" + i;
            Note note = SampleRecords.draft(id, SigningWithMeasuresCrashTest.CLIENT,
                    LocalDate.of(2026, 1, 1).plusDays(i % 300), "Session " + id + ".");
            store.saveNote(note);
            client.getMeasureResults().add(SampleRecords.measureResult("m-" + id, id, i % 28));
            store.saveNoteWithClient(SampleRecords.signed(note), client);
            System.out.println("SAVED " + id + " signed");
            System.out.flush();
        }
    }
}
