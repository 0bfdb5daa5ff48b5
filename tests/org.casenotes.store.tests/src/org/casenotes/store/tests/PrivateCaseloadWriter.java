package org.casenotes.store.tests;

import java.nio.file.Path;
import java.time.LocalDate;

import org.casenotes.store.CaseloadStore;

/**
 * Child-process main for {@link PrivateFilesTest}: run under a umask that lets everyone read everything, it creates
 * a caseload, saves, autosaves, backs up and restores, so the test can check what the store wrote.
 */
public final class PrivateCaseloadWriter {

    private PrivateCaseloadWriter() {
    }

    /**
     * @param arguments caseload location, backup file, restore location
     */
    public static void main(String[] arguments) {
        Path backup = Path.of(arguments[1]);
        try (CaseloadStore store = CaseloadStoreTest.FACTORY.create(Path.of(arguments[0]),
                EngineFixture.PASSPHRASE.toCharArray(), "clin-1")) {
            store.saveClient(SampleRecords.client("c-1", "Theodora Quill", null));
            store.saveNote(SampleRecords.draft("n-1", "c-1", LocalDate.of(2026, 3, 2), "Saved."));
            store.autosaveDraft(SampleRecords.draft("n-1", "c-1", LocalDate.of(2026, 3, 2), "Autosaved."));
            store.backupTo(backup);
        }
        CaseloadStoreTest.FACTORY.restore(backup, EngineFixture.PASSPHRASE.toCharArray(), Path.of(arguments[2]),
                "clin-2").close();
        System.out.println("WRITTEN");
    }
}
