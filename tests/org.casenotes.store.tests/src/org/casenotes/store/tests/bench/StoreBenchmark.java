package org.casenotes.store.tests.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.casenotes.model.record.Client;
import org.casenotes.store.CaseloadOverview;
import org.casenotes.store.CaseloadStore;
import org.casenotes.store.CaseloadStoreFactory;
import org.casenotes.store.Caseloads;
import org.casenotes.store.ClientSummary;
import org.casenotes.store.NoteReference;
import org.casenotes.store.VerificationReport;
import org.casenotes.store.internal.CaseloadCreation;
import org.casenotes.store.internal.crypto.CaseloadKey;

/**
 * The store's performance harness (not a test: numbers vary by machine). Run through
 * {@code releng/bench/store-bench.sh}, which first runs {@code generate} and then {@code measure} in a fresh JVM.
 *
 * <pre>
 * StoreBenchmark generate DIR [CLIENTS NOTES_PER_CLIENT]   large caseload + one client with 500 notes
 * StoreBenchmark measure DIR                                open (upgrading an older format) + list, overview,
 *                                                           memory, 500-note client, durable saves
 * </pre>
 * Caseloads are created with the default (production) key-derivation cost, so open times include it.
 */
public final class StoreBenchmark {

    static final String PASSPHRASE = "benchmark passphrase, not a secret";
    static final String BIG_CLIENT = "client-with-500-notes";
    private static final int SAVES = 500;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private StoreBenchmark() {
    }

    /**
     * @param arguments see the class comment
     */
    public static void main(String[] arguments) {
        Path location = Path.of(arguments[1]).resolve("caseload");
        CaseloadStoreFactory factory = Caseloads.embedded();
        switch (arguments[0]) {
        case "generate" -> generate(factory, location, arguments.length > 2 ? Integer.parseInt(arguments[2]) : 1_000,
                arguments.length > 3 ? Integer.parseInt(arguments[3]) : 100);
        case "measure" -> measure(factory, location);
        default -> throw new IllegalArgumentException("generate or measure, not " + arguments[0]);
        }
    }

    private static void generate(CaseloadStoreFactory factory, Path location, int clients, int notesPerClient) {
        if (Files.exists(location)) {
            report("generate", "skipped (caseload exists at " + location + ")");
            return;
        }
        long start = System.nanoTime();
        try (CaseloadStore store = factory.create(location, PASSPHRASE.toCharArray(), "bench")) {
            LargeCaseloadGenerator generator = new LargeCaseloadGenerator(42);
            generator.fill(store, clients, notesPerClient);
            Client big = generator.client(BIG_CLIENT);
            store.saveClient(big);
            store.saveNotes(generator.notes(BIG_CLIENT, 500));
        }
        report("generate " + clients + " clients x " + notesPerClient + " notes + 1 x 500", millis(start) + " ms");
        report("caseload file size", location.resolve("caseload.mv.db").toFile().length() / (1024 * 1024) + " MiB");
    }

    private static void measure(CaseloadStoreFactory factory, Path location) {
        report("system load average at start (other processes inflate wall times; CPU times are this thread's)",
                String.format("%.1f on %d cores", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                        Runtime.getRuntime().availableProcessors()));
        long derivation = System.nanoTime();
        CaseloadKey.derive(PASSPHRASE.toCharArray(), new byte[16], CaseloadCreation.DEFAULT_ITERATIONS).close();
        report("key derivation alone (PBKDF2, " + CaseloadCreation.DEFAULT_ITERATIONS + " iterations)",
                millis(derivation) + " ms");
        long start = System.nanoTime();
        CaseloadStore store = factory.open(location, PASSPHRASE.toCharArray(), "bench");
        long opened = System.nanoTime();
        List<ClientSummary> clients = store.listClients();
        long listed = System.nanoTime();
        report("open caseload (key derivation + engine)", (opened - start) / 1_000_000 + " ms");
        report("list " + clients.size() + " clients (" + clients.stream().mapToInt(ClientSummary::noteCount).sum()
                + " notes)", (listed - opened) / 1_000_000 + " ms");
        report("open + list clients (cold JVM)", (listed - start) / 1_000_000 + " ms");
        long auditBefore = store.auditLog().size();
        long overviewStart = System.nanoTime();
        CaseloadOverview overview = store.overview(LocalDate.of(2026, 5, 29));
        long overviewEnd = System.nanoTime();
        List<NoteReference> attention = store.notesNeedingAttention();
        long attentionEnd = System.nanoTime();
        report("caseload overview: " + overview.clientCount() + " clients, " + overview.unsignedNotes()
                + " unsigned notes, " + overview.overdueNotes() + " overdue", (overviewEnd - overviewStart) / 1_000_000
                + " ms");
        report("open + overview (what the caseload view shows first, cold JVM)",
                (overviewEnd - start) / 1_000_000 + " ms");
        report("notes needing attention: " + attention.size(), (attentionEnd - overviewEnd) / 1_000_000 + " ms");
        report("audit entries added by overview and notes needing attention", store.auditLog().size() - auditBefore
                + "");
        report("heap used after open + list (after GC)", usedHeapMiB() + " MiB");

        long[] loads = new long[21];
        long[] loadsCpu = new long[loads.length];
        for (int i = 0; i < loads.length; i++) {
            long t = System.nanoTime();
            long cpu = THREADS.getCurrentThreadCpuTime();
            int notes = store.loadClient(BIG_CLIENT).orElseThrow().getNotes().size();
            loads[i] = System.nanoTime() - t;
            loadsCpu[i] = THREADS.getCurrentThreadCpuTime() - cpu;
            if (notes != 500) {
                throw new IllegalStateException("expected 500 notes, found " + notes);
            }
        }
        report("load client with 500 notes, first", loads[0] / 1_000_000 + " ms");
        report("load client with 500 notes, p50 of 20 more", percentile(Arrays.copyOfRange(loads, 1, loads.length), 50)
                + " wall, " + percentile(Arrays.copyOfRange(loadsCpu, 1, loads.length), 50) + " CPU");

        LargeCaseloadGenerator generator = new LargeCaseloadGenerator(System.nanoTime());
        Random random = new Random(7);
        long[] saves = new long[SAVES];
        long[] savesCpu = new long[SAVES];
        String run = Long.toString(System.currentTimeMillis(), 36);
        for (int i = 0; i < SAVES; i++) {
            String client = clients.get(random.nextInt(clients.size())).id();
            var note = generator.note("bench-" + run + "-" + i, client, LocalDate.of(2026, 6, 2), false);
            long t = System.nanoTime();
            long cpu = THREADS.getCurrentThreadCpuTime();
            store.saveNote(note);
            saves[i] = System.nanoTime() - t;
            savesCpu[i] = THREADS.getCurrentThreadCpuTime() - cpu;
        }
        report("save note durably (" + SAVES + " saves), p50", percentile(saves, 50) + " wall, "
                + percentile(savesCpu, 50) + " CPU");
        report("save note durably, p95", percentile(saves, 95) + " wall, " + percentile(savesCpu, 95) + " CPU");
        report("save note durably, max", percentile(saves, 100));

        long t = System.nanoTime();
        VerificationReport verification = store.auditLog().verify();
        report("verify audit chain + " + verification.recordsChecked() + " records (" + verification.auditEntriesChecked()
                + " entries), intact=" + verification.isIntact(), millis(t) + " ms");
        t = System.nanoTime();
        store.close();
        report("close", millis(t) + " ms");
    }

    private static String percentile(long[] nanos, int percentile) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int index = Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1);
        return String.format("%.1f ms", sorted[Math.max(0, index)] / 1e6);
    }

    private static long usedHeapMiB() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024);
    }

    private static long millis(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    private static void report(String what, String value) {
        System.out.println("bench: " + what + ": " + value);
    }
}
