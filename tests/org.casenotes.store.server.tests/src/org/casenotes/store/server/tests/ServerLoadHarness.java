package org.casenotes.store.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.casenotes.model.record.Note;
import org.casenotes.model.record.NoteStatus;
import org.casenotes.store.CaseloadStore;
import org.casenotes.store.VerificationReport;
import org.casenotes.store.server.Role;
import org.casenotes.store.tests.SampleRecords;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The agency server under an agency's load (issue 19), against the test run's local PostgreSQL: 50 clinicians
 * (each with an account of their own, one client, one session) make 200 durable saves each, every note going
 * draft, two changes, signed; 5 supervisors meanwhile co-sign each signed note of their supervisees, oldest first,
 * as their review queue offers them. Afterwards it checks, as the schema's owner, that no write was lost or made
 * twice (every note in its last acknowledged state, exactly one audit entry per acknowledged save) and that the
 * audit trail verifies, and prints save latency p50/p95/max, throughput, the CPU time of this JVM and of the
 * PostgreSQL processes, and the machine's load average. A harness: it fails on a lost or duplicated write or a
 * broken trail, never on time. Writes {@code target/server-load.txt}.
 *
 * <pre>
 * ./mvnw -o verify -pl tests/org.casenotes.store.server.tests -am -Dtest=ServerLoadHarness \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Dtycho.testArgLine=-Dcasenotes.benchmark=true
 * </pre>
 *
 * {@code -Dcasenotes.clinicians=N} and {@code -Dcasenotes.saves=N} change the load. By default every clinician saves
 * again the moment a save returns (a closed loop without pauses: it measures how many saves per second the server
 * takes, and latency is then clinicians / throughput); {@code -Dcasenotes.pauseMillis=N} lets each clinician pause a
 * random 0 to 2N ms between saves, as people typing do, so latency is measured below the server's capacity.
 */
@EnabledIfSystemProperty(named = "casenotes.benchmark", matches = "true")
class ServerLoadHarness {

    private static final String PASSWORD = "load-secret";
    private static final int SUPERVISORS = 5;
    /** Saves per note: created as a draft, changed twice, signed. */
    private static final int SAVES_PER_NOTE = 4;

    private final List<String> report = new ArrayList<>();

    @Test
    void fiftyCliniciansAndFiveSupervisors() throws Exception {
        int clinicians = Integer.getInteger("casenotes.clinicians", 50);
        int saves = Integer.getInteger("casenotes.saves", 200);
        int pause = Integer.getInteger("casenotes.pauseMillis", 0);
        AgencyServers agency = AgencyServers.initialised("load-intake", PASSWORD);
        for (int s = 1; s <= SUPERVISORS; s++) {
            agency.addAccount("load-sup-" + s, PASSWORD, Role.SUPERVISOR, null);
        }
        for (int c = 1; c <= clinicians; c++) {
            agency.addAccount(clinician(c), PASSWORD, Role.CLINICIAN, "load-sup-" + (1 + c % SUPERVISORS));
        }
        Map<String, Note> acknowledged = new ConcurrentHashMap<>();
        List<ConcurrentLinkedQueue<String>> reviewQueues = new ArrayList<>();
        for (int s = 0; s < SUPERVISORS; s++) {
            reviewQueues.add(new ConcurrentLinkedQueue<>());
        }
        AtomicInteger cliniciansWorking = new AtomicInteger(clinicians);
        String loadBefore = Files.readString(Path.of("/proc/loadavg")).strip();
        long postgresCpuBefore = postgresCpuNanos(agency);
        long jvmCpuBefore = jvmCpuNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clinicians + SUPERVISORS);
        List<Future<long[]>> clinicianRuns = new ArrayList<>();
        List<Future<long[]>> supervisorRuns = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 1; c <= clinicians; c++) {
            String user = clinician(c);
            ConcurrentLinkedQueue<String> queue = reviewQueues.get(c % SUPERVISORS);
            clinicianRuns.add(pool.submit(() -> {
                try {
                    return clinicianSaves(agency, user, saves, pause, acknowledged, queue);
                } finally {
                    cliniciansWorking.decrementAndGet();
                }
            }));
        }
        for (int s = 0; s < SUPERVISORS; s++) {
            String user = "load-sup-" + (s + 1);
            ConcurrentLinkedQueue<String> queue = reviewQueues.get(s);
            supervisorRuns.add(pool.submit(() -> coSignatures(agency, user, queue, cliniciansWorking, acknowledged)));
        }
        long[] clinicianNanos = collect(clinicianRuns);
        long[] coSignNanos = collect(supervisorRuns);
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.MINUTES);
        long jvmCpu = jvmCpuNanos() - jvmCpuBefore;
        long postgresCpu = postgresCpuNanos(agency) - postgresCpuBefore;
        String loadAfter = Files.readString(Path.of("/proc/loadavg")).strip();

        print(String.format("bench: server load, %d clinicians x %d saves%s + %d supervisors co-signing %d notes:"
                + " %.1f s, %.0f saves/s", clinicians, saves, pause > 0 ? " (pauses of 0-" + 2 * pause + " ms)"
                        : " (no pauses)", SUPERVISORS, coSignNanos.length, seconds,
                (clinicianNanos.length + coSignNanos.length) / seconds));
        print(latencies("clinician saves", clinicianNanos));
        print(latencies("supervisor co-signatures (save)", coSignNanos));
        print(String.format("bench: CPU time: this JVM (clients) %.1f s, PostgreSQL processes %.1f s, over %.1f s"
                + " wall on %d cores; load average before [%s], after [%s]", jvmCpu / 1e9, postgresCpu / 1e9, seconds,
                Runtime.getRuntime().availableProcessors(), loadBefore, loadAfter));

        checkNothingLostOrDuplicated(agency, acknowledged, clinicians * saves + coSignNanos.length);
        try (CaseloadStore store = agency.server().open(clinician(1), PASSWORD.toCharArray())) {
            long verifyStart = System.nanoTime();
            VerificationReport verified = store.auditLog().verify();
            assertTrue(verified.isIntact(), verified.findings().toString());
            print(String.format("bench: audit trail verified afterwards: %,d entries, %,d records, intact, in %.1f s",
                    verified.auditEntriesChecked(), verified.recordsChecked(), (System.nanoTime() - verifyStart) / 1e9));
        }
        Files.write(Path.of("target/server-load.txt"), report);
    }

    private static String clinician(int c) {
        return "load-clin-" + c;
    }

    private static long[] clinicianSaves(AgencyServers agency, String user, int saves, int pause,
            Map<String, Note> acknowledged, ConcurrentLinkedQueue<String> reviewQueue) throws InterruptedException {
        long[] nanos = new long[saves];
        try (CaseloadStore store = agency.server().open(user, PASSWORD.toCharArray())) {
            String client = "c-" + user;
            store.saveClient(SampleRecords.client(client, "Client of " + user, null));
            Note note = null;
            for (int i = 0; i < saves; i++) {
                if (pause > 0) {
                    Thread.sleep(ThreadLocalRandom.current().nextInt(2 * pause + 1));
                }
                int step = i % SAVES_PER_NOTE;
                if (step == 0) {
                    note = SampleRecords.draft(user + "-n-" + i / SAVES_PER_NOTE, client, LocalDate.of(2026, 3, 2),
                            "Session " + i / SAVES_PER_NOTE + ": client reported sleeping better this week.");
                    note.setAuthorId(user); // the server lets only the author's supervisor co-sign
                } else if (step < SAVES_PER_NOTE - 1) {
                    SampleRecords.setSubjective(note, SampleRecords.subjective(note) + " Change " + step + ".");
                } else {
                    SampleRecords.signed(note);
                }
                long begin = System.nanoTime();
                store.saveNote(note);
                nanos[i] = System.nanoTime() - begin;
                acknowledged.put(note.getId(), EcoreUtil.copy(note));
                if (note.getStatus() == NoteStatus.SIGNED) {
                    reviewQueue.add(note.getId());
                }
            }
        }
        return nanos;
    }

    private static long[] coSignatures(AgencyServers agency, String user, ConcurrentLinkedQueue<String> queue,
            AtomicInteger cliniciansWorking, Map<String, Note> acknowledged) throws InterruptedException {
        List<Long> nanos = new ArrayList<>();
        try (CaseloadStore store = agency.server().open(user, PASSWORD.toCharArray())) {
            while (true) {
                String noteId = queue.poll();
                if (noteId == null) {
                    if (cliniciansWorking.get() == 0 && queue.isEmpty()) {
                        break;
                    }
                    Thread.sleep(5);
                    continue;
                }
                Note note = store.loadNote(noteId).orElseThrow();
                note.setCosignature(EcoreUtil.copy(note.getSignature()));
                note.getCosignature().setSignerId(user);
                note.setStatus(NoteStatus.COSIGNED);
                long begin = System.nanoTime();
                store.saveNote(note);
                nanos.add(System.nanoTime() - begin);
                acknowledged.put(noteId, EcoreUtil.copy(note));
            }
        }
        return nanos.stream().mapToLong(Long::longValue).toArray();
    }

    /** As the owner, past row-level security: each note as last acknowledged, one audit entry per save. */
    private void checkNothingLostOrDuplicated(AgencyServers agency, Map<String, Note> acknowledged, int savesMade)
            throws SQLException {
        Map<String, String> statuses = new HashMap<>();
        Map<String, Integer> writes = new HashMap<>();
        try (Connection owner = agency.connectAs(LocalPostgres.OWNER, LocalPostgres.OWNER_PASSWORD);
                Statement statement = owner.createStatement()) {
            try (ResultSet rows = statement.executeQuery("SELECT id, status FROM note")) {
                while (rows.next()) {
                    statuses.put(rows.getString(1), rows.getString(2));
                }
            }
            try (ResultSet rows = statement.executeQuery("SELECT object_id, count(*) FROM audit_event WHERE"
                    + " kind = 'NOTE' AND action IN ('CREATE', 'CHANGE', 'SIGN', 'COSIGN') GROUP BY object_id")) {
                while (rows.next()) {
                    writes.put(rows.getString(1), rows.getInt(2));
                }
            }
        }
        assertEquals(acknowledged.keySet(), statuses.keySet(), "every acknowledged note, and no other, is stored");
        int lost = 0;
        for (var note : acknowledged.entrySet()) {
            if (!note.getValue().getStatus().getLiteral().equals(statuses.get(note.getKey()))) {
                lost++;
            }
        }
        assertEquals(0, lost, "notes not in their last acknowledged state");
        int audited = writes.values().stream().mapToInt(Integer::intValue).sum();
        assertEquals(savesMade, audited, "one audit entry per acknowledged save, none twice");
        try (CaseloadStore reader = agency.server().open("load-sup-1", PASSWORD.toCharArray())) {
            // contents, through a supervisor's session: a sample of its supervisees' notes, each as acknowledged
            acknowledged.entrySet().stream().filter(e -> e.getKey().startsWith(clinician(SUPERVISORS) + "-"))
                    .forEach(e -> assertTrue(EcoreUtil.equals(e.getValue(), reader.loadNote(e.getKey())
                            .orElseThrow()), e.getKey()));
        }
        print(String.format("bench: nothing lost or duplicated: %,d notes in their last acknowledged state, %,d saves,"
                + " %,d audit entries for them", statuses.size(), savesMade, audited));
    }

    private static long[] collect(List<Future<long[]>> runs) throws Exception {
        List<long[]> all = new ArrayList<>();
        for (Future<long[]> run : runs) {
            all.add(run.get());
        }
        return all.stream().flatMapToLong(Arrays::stream).toArray();
    }

    private static String latencies(String what, long[] nanos) {
        if (nanos.length == 0) {
            return "bench: " + what + ": none";
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return String.format("bench: %s (%,d): p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms", what,
                sorted.length, sorted[sorted.length / 2] / 1e6, sorted[(int) Math.ceil(sorted.length * 0.95) - 1] / 1e6,
                sorted[(int) Math.ceil(sorted.length * 0.99) - 1] / 1e6, sorted[sorted.length - 1] / 1e6);
    }

    private static long jvmCpuNanos() {
        return cpuTicks(ProcessHandle.current().pid(), false) * 10_000_000L;
    }

    /** CPU time of the cluster's postmaster, of its live processes and of those it has reaped, from /proc. */
    private static long postgresCpuNanos(AgencyServers agency) throws IOException {
        long ticks = 0;
        long postmaster = agency.postgres().postmasterPid();
        ticks += cpuTicks(postmaster, true);
        for (ProcessHandle child : ProcessHandle.of(postmaster).orElseThrow().children().toList()) {
            ticks += cpuTicks(child.pid(), false);
        }
        return ticks * 10_000_000L; // USER_HZ is 100 on Linux
    }

    private static long cpuTicks(long pid, boolean withReapedChildren) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // fields from "state" (3rd in proc(5)): utime 14th, stime 15th, cutime 16th, cstime 17th
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            return withReapedChildren ? ticks + Long.parseLong(fields[13]) + Long.parseLong(fields[14]) : ticks;
        } catch (IOException | RuntimeException e) {
            return 0; // a process that ended meanwhile is counted by its parent's reaped time
        }
    }

    private void print(String line) {
        System.out.println(line);
        report.add(line);
    }
}
