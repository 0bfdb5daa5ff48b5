package org.casenotes.store.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.casenotes.store.CaseloadStore;
import org.casenotes.store.CaseloadStoreException;
import org.casenotes.store.NoteReference;
import org.casenotes.store.VerificationReport;
import org.casenotes.store.server.Role;
import org.casenotes.store.tests.SampleRecords;
import org.junit.jupiter.api.Test;

/**
 * The agency server's PostgreSQL crashes in the middle of many clinicians' saves and starts again: every save that
 * was acknowledged (its {@code saveNote} returned) is there afterwards, at most the one save each clinician had in
 * flight is there besides, nothing is there twice, and the audit trail verifies. Runs on a PostgreSQL of its own,
 * which it crashes with {@code pg_ctl stop -m immediate} (every server process quits at once; the start after it
 * recovers from the write-ahead log).
 */
class ServerCrashTest {

    private static final String PASSWORD = "crash-secret-for-tests";
    private static final int CLINICIANS = 8;

    @Test
    void everyAcknowledgedSaveSurvivesACrashOfTheServer() throws Exception {
        LocalPostgres postgres = LocalPostgres.startPrivate();
        AgencyServers agency = AgencyServers.initialised(postgres, "crash-1", PASSWORD);
        for (int i = 2; i <= CLINICIANS; i++) {
            agency.addAccount("crash-" + i, PASSWORD, Role.CLINICIAN, null);
        }
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        Set<String> inFlight = ConcurrentHashMap.newKeySet();
        AtomicInteger saving = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(CLINICIANS);
        List<Future<?>> clinicians = new ArrayList<>();
        for (int i = 1; i <= CLINICIANS; i++) {
            String user = "crash-" + i;
            clinicians.add(pool.submit(() -> {
                CaseloadStore store = agency.server().open(user, PASSWORD.toCharArray());
                store.saveClient(SampleRecords.client("c-" + user, "Client of " + user, null));
                saving.incrementAndGet();
                try {
                    for (int n = 0;; n++) {
                        String id = user + "-n-" + n;
                        inFlight.add(id);
                        store.saveNote(AgencyServers.writtenBy(user, SampleRecords.draft(id, "c-" + user,
                                LocalDate.of(2026, 3, 2), "Session " + n + " of " + user + ".")));
                        acknowledged.add(id);
                        inFlight.remove(id);
                    }
                } catch (CaseloadStoreException e) {
                    // the server went away: this clinician's last save was not acknowledged
                } finally {
                    try {
                        store.close();
                    } catch (CaseloadStoreException e) {
                        // its connection is gone with the server
                    }
                }
                return null;
            }));
        }
        while (saving.get() < CLINICIANS || acknowledged.size() < 200) {
            Thread.sleep(20);
        }
        postgres.crash();
        for (Future<?> clinician : clinicians) {
            clinician.get();
        }
        pool.shutdown();
        postgres.restart();

        Set<String> stored = new HashSet<>();
        int rows = 0;
        for (int i = 1; i <= CLINICIANS; i++) {
            try (CaseloadStore store = agency.server().open("crash-" + i, PASSWORD.toCharArray())) {
                List<NoteReference> notes = store.notesNeedingAttention();
                rows += notes.size();
                notes.forEach(note -> stored.add(note.noteId()));
                if (i == CLINICIANS) {
                    VerificationReport report = store.auditLog().verify();
                    assertTrue(report.isIntact(), report.findings().toString());
                    assertEquals(report.recordsChecked(), stored.size() + CLINICIANS, "every note and client");
                }
            }
        }
        assertTrue(acknowledged.size() >= 200, "saves were acknowledged before the crash: " + acknowledged.size());
        Set<String> lost = new HashSet<>(acknowledged);
        lost.removeAll(stored);
        assertEquals(Set.of(), lost, "acknowledged saves missing after the crash");
        Set<String> unexpected = new HashSet<>(stored);
        unexpected.removeAll(acknowledged);
        unexpected.removeAll(inFlight);
        assertEquals(Set.of(), unexpected, "notes stored that no one saved");
        assertEquals(stored.size(), rows, "no note is there twice");
        System.out.printf("crash: %d saves acknowledged before the crash, all there after it; %d in flight, %d of"
                + " them committed%n", acknowledged.size(), inFlight.size(), stored.size() - acknowledged.size());
    }
}
