package org.casenotes.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;

import org.casenotes.store.CaseloadStore;
import org.casenotes.store.Caseloads;
import org.casenotes.store.WrongPassphraseException;
import org.casenotes.store.internal.CaseloadCreation;
import org.casenotes.store.internal.layout.CaseloadFolderLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A caseload under a published passphrase (the demo) is encrypted like any other but its passphrase is not
 * stretched: the header records the low cost, the ordinary store opens it, and only its passphrase does.
 */
class PublishedPassphraseCaseloadTest {

    private static final String PUBLISHED = "printed in the manual";

    @TempDir
    Path temp;

    @Test
    void itRecordsTheLowCostAndOpensWithTheOrdinaryStoreUnderItsPassphraseOnly() {
        Path location = temp.resolve("demo");
        try (CaseloadStore created = Caseloads.embeddedUnderPublishedPassphrase().create(location,
                PUBLISHED.toCharArray(), "demo")) {
            created.saveClient(SampleRecords.client("c-1", "Avery Quinn", "Avery"));
        }
        assertEquals(CaseloadCreation.PUBLISHED_PASSPHRASE_ITERATIONS,
                new CaseloadFolderLayout(location).readHeader().iterations());

        try (CaseloadStore opened = Caseloads.embedded().open(location, PUBLISHED.toCharArray(), "demo")) {
            assertEquals("Avery Quinn", opened.loadClient("c-1").orElseThrow().getLegalName());
        }
        assertThrows(WrongPassphraseException.class,
                () -> Caseloads.embedded().open(location, "not the published one".toCharArray(), "demo"));
    }

    @Test
    void anOrdinaryCaseloadKeepsTheFullCost() {
        Path location = temp.resolve("real");
        Caseloads.embedded().create(location, "a secret only the clinician knows".toCharArray(), "clin-1").close();
        assertEquals(CaseloadCreation.DEFAULT_ITERATIONS, new CaseloadFolderLayout(location).readHeader().iterations());
    }
}
