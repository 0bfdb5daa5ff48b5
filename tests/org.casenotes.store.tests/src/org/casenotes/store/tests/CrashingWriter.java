package org.casenotes.store.tests;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;

import org.casenotes.model.record.Note;
import org.casenotes.store.CaseloadStore;
import org.casenotes.store.internal.EmbeddedCaseloadStoreFactory;

/**
 * Child-process main for {@link CrashRecoveryTest}: opens a caseload and saves notes as fast as it can until it is
 * killed, printing {@code SAVED <id> <status>} after each save has returned (i.e. is durable).
 */
public final class CrashingWriter {

    private CrashingWriter() {
    }

    /**
     * @param arguments caseload location, run tag
     */
    public static void main(String[] arguments) {
        Path location = Path.of(arguments[0]);
        String run = arguments[1];
        CaseloadStore store = new EmbeddedCaseloadStoreFactory(Clock.systemUTC(), 1_000).open(location,
                EngineFixture.PASSPHRASE.toCharArray(), "clin-1");
        for (int i = 0;; i++) {
            String id = run + "-" + i;
            Note note = SampleRecords.draft(id, CrashRecoveryTest.CLIENT, LocalDate.of(2026, 1, 1).plusDays(i % 300),
                    CrashRecoveryTest.textOf(id));
            store.autosaveDraft(note);
            store.saveNote(note);
            String status = "draft";
            if (i % 3 == 0) {
                store.saveNote(SampleRecords.signed(note));
                status = "signed";
            }
            System.out.println("SAVED " + id + " " + status);
            System.out.flush();
        }
    }
}
