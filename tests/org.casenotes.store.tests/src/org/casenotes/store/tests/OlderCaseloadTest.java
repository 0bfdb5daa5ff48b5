package org.casenotes.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.casenotes.store.CaseloadStore;
import org.casenotes.store.CaseloadStoreException;
import org.casenotes.store.VerificationReport;
import org.casenotes.store.internal.layout.CaseloadFolderLayout;
import org.casenotes.store.internal.layout.CaseloadHeader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A caseload written by the first Casenotes (header and database of format 1, no audit anchor): reading it never
 * upgrades it; opening it for work upgrades it and starts anchoring the end of its audit log.
 */
class OlderCaseloadTest {

    @TempDir
    Path temp;

    private Path location;

    @BeforeEach
    void copyTheFormat1Fixture() throws IOException {
        location = Files.createDirectories(temp.resolve("format1"));
        for (String file : List.of("caseload.header", "caseload.mv.db")) {
            try (InputStream fixture = getClass().getResourceAsStream("format1/" + file)) {
                Files.copy(fixture, location.resolve(file));
            }
        }
    }

    @Test
    void readingItIsRefusedInWordsAndLeavesItByteForByte() {
        FileSnapshot before = FileSnapshot.of(location);
        CaseloadStoreException failure = assertThrows(CaseloadStoreException.class, () -> CaseloadStoreTest.FACTORY
                .openForReading(location, EngineFixture.PASSPHRASE.toCharArray(), "auditor"));
        assertTrue(failure.getMessage().contains("written by an older Casenotes"), failure.getMessage());
        assertEquals(before, FileSnapshot.of(location));
    }

    @Test
    void openingItForWorkAnchorsTheEndOfItsLog() {
        try (CaseloadStore store = CaseloadStoreTest.FACTORY.open(location, EngineFixture.PASSPHRASE.toCharArray(),
                "clin-1")) {
            VerificationReport before = store.auditLog().verify();
            assertTrue(before.isIntact(), before.findings()::toString);
            assertFalse(before.isEndAnchored(), "the first format recorded no end");
        }
        assertEquals(CaseloadHeader.CURRENT_FORMAT, new CaseloadFolderLayout(location).readHeader().formatVersion());
        try (CaseloadStore store = CaseloadStoreTest.FACTORY.openForReading(location,
                EngineFixture.PASSPHRASE.toCharArray(), "auditor")) {
            VerificationReport after = store.auditLog().verify();
            assertTrue(after.isIntact(), after.findings()::toString);
            assertEquals(store.auditLog().size(), after.anchoredSequence(), "closing anchored the last entry");
        }
    }
}
