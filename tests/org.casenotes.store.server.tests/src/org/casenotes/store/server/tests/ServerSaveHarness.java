package org.casenotes.store.server.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.casenotes.model.record.Note;
import org.casenotes.store.CaseloadStore;
import org.casenotes.store.server.Role;
import org.casenotes.store.tests.SampleRecords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Durable note saves on an agency server against the local PostgreSQL of the test run (a harness, not a test: it
 * prints numbers and fails on nothing but errors). One clinician saving alone, then N clinicians (default 10) saving
 * at once on one audit chain; each save is a new note, with its audit entry, under row-level security. Writes
 * {@code target/server-save.txt}.
 *
 * <pre>
 * ./mvnw -o verify -pl tests/org.casenotes.store.server.tests -am -Dtest=ServerSaveHarness \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Dtycho.testArgLine="-Dcasenotes.benchmark=true -Dcasenotes.sessions=10"
 * </pre>
 */
@EnabledIfSystemProperty(named = "casenotes.benchmark", matches = "true")
class ServerSaveHarness {

    private static final String PASSWORD = "harness-secret";
    private static final int WARM_UP = 100;
    private static final int SAVES = 500;
    private static final int SAVES_PER_SESSION = 100;

    private final List<String> report = new ArrayList<>();

    @Test
    void durableSaves() throws Exception {
        AgencyServers agency = AgencyServers.initialised("bench-0", PASSWORD);
        try (CaseloadStore store = agency.server().open("bench-0", PASSWORD.toCharArray())) {
            store.saveClient(SampleRecords.client("c-0", "Theodora Quill", null));
            saves(store, "warm", WARM_UP);
            print("one session, " + SAVES + " saves", saves(store, "n", SAVES));
        }
        int sessions = Integer.getInteger("casenotes.sessions", 10);
        for (int i = 1; i <= sessions; i++) {
            agency.addAccount("bench-" + i, PASSWORD, Role.CLINICIAN, null);
        }
        ExecutorService pool = Executors.newFixedThreadPool(sessions);
        List<Future<long[]>> runs = new ArrayList<>();
        for (int i = 1; i <= sessions; i++) {
            String user = "bench-" + i;
            runs.add(pool.submit(() -> {
                try (CaseloadStore store = agency.server().open(user, PASSWORD.toCharArray())) {
                    store.saveClient(SampleRecords.client("c-" + user, "Client of " + user, null));
                    return saves(store, user, SAVES_PER_SESSION);
                }
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<long[]> run : runs) {
            Arrays.stream(run.get()).forEach(all::add);
        }
        pool.shutdown();
        print(sessions + " sessions at once, " + SAVES_PER_SESSION + " saves each",
                all.stream().mapToLong(Long::longValue).toArray());
        Files.write(Path.of("target/server-save.txt"), report);
    }

    private static long[] saves(CaseloadStore store, String prefix, int count) {
        String client = store.listClients().get(0).id();
        long[] nanos = new long[count];
        for (int i = 0; i < count; i++) {
            Note note = AgencyServers.writtenBy(store.actor(), SampleRecords.draft(prefix + "-" + i, client,
                    LocalDate.of(2026, 3, 2), "Client reported sleeping better this week; session " + i + "."));
            long start = System.nanoTime();
            store.saveNote(note);
            nanos[i] = System.nanoTime() - start;
        }
        return nanos;
    }

    private void print(String what, long[] nanos) throws IOException {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        String line = String.format("bench: server save, %s: p50 %.1f ms, p95 %.1f ms, max %.1f ms", what,
                sorted[sorted.length / 2] / 1e6, sorted[(int) Math.ceil(sorted.length * 0.95) - 1] / 1e6,
                sorted[sorted.length - 1] / 1e6);
        System.out.println(line);
        report.add(line);
    }
}
