package org.casenotes.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;

import org.casenotes.store.CaseloadStore;
import org.casenotes.store.CaseloadStoreFactory;
import org.casenotes.store.WrongPassphraseException;
import org.casenotes.store.internal.EmbeddedCaseloadStoreFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What only the embedded store promises about its files. What every store promises (clients, notes, sealing of
 * signed notes, autosave, lock) is {@code CaseloadStoreContract} in {@code org.casenotes.store.server.tests}, run
 * against this store and the agency server's.
 */
class CaseloadStoreTest {

    static final CaseloadStoreFactory FACTORY = new EmbeddedCaseloadStoreFactory(Clock.systemUTC(), 1_000);

    @TempDir
    Path temp;

    @Test
    void aWrongPassphraseWritesAndTouchesNoFile() {
        Path location = temp.resolve("caseload");
        try (CaseloadStore store = FACTORY.create(location, EngineFixture.PASSPHRASE.toCharArray(), "clin-1")) {
            store.saveClient(SampleRecords.client("c-1", "Theodora Quill", "Teddy"));
            store.lock();
            FileSnapshot locked = FileSnapshot.of(location);
            var lockedTimes = FileSnapshot.modificationTimes(location);
            assertThrows(WrongPassphraseException.class, () -> store.unlock("not it".toCharArray()));
            assertTrue(store.isLocked());
            assertEquals(locked, FileSnapshot.of(location), "a wrong passphrase writes nothing");
            assertEquals(lockedTimes, FileSnapshot.modificationTimes(location), "a wrong passphrase touches no file");
        }
    }
}
