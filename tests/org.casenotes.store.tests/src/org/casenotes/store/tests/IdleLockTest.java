package org.casenotes.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.casenotes.core.SettableClock;
import org.casenotes.store.CaseloadStore;
import org.casenotes.store.IdleLock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The idle-lock policy locks only after the timeout without activity. */
class IdleLockTest {

    @TempDir
    Path temp;

    private final SettableClock clock = new SettableClock(Instant.parse("2026-03-02T09:00:00Z"));

    @Test
    void locksAfterTheTimeoutWithoutActivity() {
        try (CaseloadStore store = CaseloadStoreTest.FACTORY.create(temp.resolve("c"),
                EngineFixture.PASSPHRASE.toCharArray(), "clin-1")) {
            IdleLock idle = new IdleLock(store, Duration.ofMinutes(10), clock);
            clock.advance(Duration.ofMinutes(9));
            idle.activity();
            clock.advance(Duration.ofMinutes(9));
            assertFalse(idle.lockIfIdle());
            assertEquals(Duration.ofMinutes(1), idle.remaining());
            assertFalse(store.isLocked());
            clock.advance(Duration.ofMinutes(1));
            assertTrue(idle.lockIfIdle());
            assertTrue(store.isLocked());
            assertFalse(idle.lockIfIdle(), "an already locked store is not locked again");
            clock.advance(Duration.ofMinutes(30));
            assertFalse(idle.lockIfIdle());
            store.unlock(EngineFixture.PASSPHRASE.toCharArray());
            assertFalse(idle.lockIfIdle(), "after an unlock the full timeout starts again");
            assertEquals(Duration.ofMinutes(10), idle.remaining());
        }
    }
}
