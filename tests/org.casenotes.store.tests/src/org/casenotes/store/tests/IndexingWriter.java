package org.casenotes.store.tests;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;

import org.casenotes.store.CaseloadStore;
import org.casenotes.store.internal.EmbeddedCaseloadStoreFactory;

/**
 * Child-process main for {@link IndexCrashTest}: opens a caseload, starts building its search index, and saves notes
 * as fast as it can until it is killed, printing {@code SAVED <id>} after each save has returned (is durable) and
 * {@code INDEXED <done>} as the index grows.
 */
public final class IndexingWriter {

    private IndexingWriter() {
    }

    /**
     * @param arguments caseload location
     */
    public static void main(String[] arguments) {
        CaseloadStore store = new EmbeddedCaseloadStoreFactory(Clock.systemUTC(), 1_000).open(Path.of(arguments[0]),
                EngineFixture.PASSPHRASE.toCharArray(), "clin-1");
        store.noteSearch().progress();
        for (int i = 0;; i++) {
            String id = "written-while-indexing-" + i;
            store.saveNote(SampleRecords.draft(id, IndexCrashTest.CLIENT, LocalDate.of(2026, 1, 1),
                    "Saved while the index was being built: zeppelin number " + i + "."));
            System.out.println("SAVED " + id);
            System.out.println("INDEXED " + store.noteSearch().progress().done());
            System.out.flush();
        }
    }
}
