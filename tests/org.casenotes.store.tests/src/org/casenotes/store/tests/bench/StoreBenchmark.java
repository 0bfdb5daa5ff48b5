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
import org.casenotes.model.record.ContactDetails;
import org.casenotes.model.record.RecordFactory;
import org.casenotes.store.CaseloadDashboard;
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
 * StoreBenchmark generate DIR [CLIENTS NOTES_PER_CLIENT]   large caseload + a client with 500 notes
 *                                                           + one with 500 notes and 100 measure results
 * StoreBenchmark measure DIR                                open (upgrading an older format) + list, overview,
 *                                                           memory, 500-note client, the same with 100 measure
 *                                                           results, durable note saves, client adds and edits
 * </pre>
 * Caseloads are created with the default (production) key-derivation cost, so open times include it.
 */
public final class StoreBenchmark {

    static final String PASSPHRASE = "benchmark passphrase, not a secret";
    static final String BIG_CLIENT = "client-with-500-notes";
    static final String MEASURED_CLIENT = "client-with-500-notes-and-100-measures";
    private static final int SAVES = 500;
    private static final int CLIENT_SAVES = 300;
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
            addMeasuredClient(store, generator);
        }
        report("generate " + clients + " clients x " + notesPerClient + " notes + 1 x 500", millis(start) + " ms");
        report("caseload file size", location.resolve("caseload.mv.db").toFile().length() / (1024 * 1024) + " MiB");
    }

    /** The client whose opening issue 13 times: 500 notes and 100 measure results (PHQ-9 and GAD-7 in turn). */
    private static void addMeasuredClient(CaseloadStore store, LargeCaseloadGenerator generator) {
        Client measured = generator.client(MEASURED_CLIENT);
        measured.getMeasureResults().addAll(generator.measureResults(MEASURED_CLIENT, 100));
        store.saveClient(measured);
        store.saveNotes(generator.notes(MEASURED_CLIENT, 500));
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
        measureDashboard(store);

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
        if (clients.stream().noneMatch(client -> client.id().equals(MEASURED_CLIENT))) {
            long added = System.nanoTime();
            addMeasuredClient(store, generator);
            report("added " + MEASURED_CLIENT + " (caseload generated before it existed)", millis(added) + " ms");
        }
        measureClientOpening(store);
        measureClientSaves(store, clients, generator, random);

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

    /**
     * Issue 16: the caseload dashboard's counts (plan reviews due, co-signatures awaited, returned for revision,
     * measures not repeated, not seen), from the overview's indexed columns: the overview read plus the counting.
     */
    private static void measureDashboard(CaseloadStore store) {
        LocalDate today = LocalDate.of(2026, 6, 29);
        long[] rounds = new long[21];
        long[] roundsCpu = new long[rounds.length];
        CaseloadDashboard dashboard = null;
        for (int i = 0; i < rounds.length; i++) {
            long t = System.nanoTime();
            long cpu = THREADS.getCurrentThreadCpuTime();
            dashboard = CaseloadDashboard.of(store.overview(today.minusDays(14)).entries(), today, 14);
            rounds[i] = System.nanoTime() - t;
            roundsCpu[i] = THREADS.getCurrentThreadCpuTime() - cpu;
        }
        StringBuilder counts = new StringBuilder();
        for (CaseloadDashboard.Concern concern : CaseloadDashboard.Concern.values()) {
            counts.append(counts.isEmpty() ? "" : ", ").append(concern.counted(dashboard.count(concern)));
        }
        report("dashboard counts (" + counts + "), first", rounds[0] / 1_000_000 + " ms");
        report("dashboard counts, p50 of 20 more", percentile(Arrays.copyOfRange(rounds, 1, rounds.length), 50)
                + " wall, " + percentile(Arrays.copyOfRange(roundsCpu, 1, rounds.length), 50) + " CPU");
        report("dashboard counts, p95 of 20 more", percentile(Arrays.copyOfRange(rounds, 1, rounds.length), 95)
                + " wall, " + percentile(Arrays.copyOfRange(roundsCpu, 1, rounds.length), 95) + " CPU");
    }

    /** Issue 13: opening a client with 500 notes and 100 measure results, as the client overview does. */
    private static void measureClientOpening(CaseloadStore store) {
        long[] loads = new long[51];
        long[] loadsCpu = new long[loads.length];
        for (int i = 0; i < loads.length; i++) {
            long t = System.nanoTime();
            long cpu = THREADS.getCurrentThreadCpuTime();
            Client client = store.loadClient(MEASURED_CLIENT).orElseThrow();
            loads[i] = System.nanoTime() - t;
            loadsCpu[i] = THREADS.getCurrentThreadCpuTime() - cpu;
            if (client.getNotes().size() != 500 || client.getMeasureResults().size() != 100) {
                throw new IllegalStateException("expected 500 notes and 100 measure results, found "
                        + client.getNotes().size() + " and " + client.getMeasureResults().size());
            }
        }
        long[] warm = Arrays.copyOfRange(loads, 1, loads.length);
        long[] warmCpu = Arrays.copyOfRange(loadsCpu, 1, loads.length);
        report("load client with 500 notes and 100 measure results, first", loads[0] / 1_000_000 + " ms");
        report("load client with 500 notes and 100 measure results, p50 of 50 more", percentile(warm, 50) + " wall, "
                + percentile(warmCpu, 50) + " CPU");
        report("load client with 500 notes and 100 measure results, p95", percentile(warm, 95) + " wall, "
                + percentile(warmCpu, 95) + " CPU");
    }

    /**
     * Issue 13: adding a client (Client &gt; New Client…: one durable save) and editing one (Client &gt; Edit
     * Client…, {@code ClientEdit}: the record is loaded without its notes, changed and saved durably), on an
     * ordinary client and on the one with 500 notes and 100 measure results.
     */
    private static void measureClientSaves(CaseloadStore store, List<ClientSummary> clients,
            LargeCaseloadGenerator generator, Random random) {
        String run = Long.toString(System.currentTimeMillis(), 36);
        long[] adds = new long[CLIENT_SAVES];
        long[] addsCpu = new long[CLIENT_SAVES];
        for (int i = 0; i < CLIENT_SAVES; i++) {
            Client client = generator.client("bench-client-" + run + "-" + i);
            client.setPronouns("they/them");
            ContactDetails contact = RecordFactory.eINSTANCE.createContactDetails();
            contact.setPhone("555-0100");
            contact.setMayLeaveMessage(true);
            contact.setEmergencyContactName("Jordan Example");
            contact.setEmergencyContactPhone("555-0199");
            client.setContact(contact);
            long t = System.nanoTime();
            long cpu = THREADS.getCurrentThreadCpuTime();
            store.saveClient(client);
            adds[i] = System.nanoTime() - t;
            addsCpu[i] = THREADS.getCurrentThreadCpuTime() - cpu;
        }
        report("add a client durably (" + CLIENT_SAVES + " saves), p50", percentile(adds, 50) + " wall, "
                + percentile(addsCpu, 50) + " CPU");
        report("add a client durably, p95", percentile(adds, 95) + " wall, " + percentile(addsCpu, 95) + " CPU");
        report("add a client durably, max", percentile(adds, 100));
        editClients(store, "an ordinary client (100 notes)",
                i -> clients.get(random.nextInt(clients.size())).id());
        editClients(store, "the client with 500 notes and 100 measure results", i -> MEASURED_CLIENT);
    }

    private static void editClients(CaseloadStore store, String which, java.util.function.IntFunction<String> pick) {
        long[] edits = new long[CLIENT_SAVES];
        long[] editsCpu = new long[CLIENT_SAVES];
        long[] savesOnly = new long[CLIENT_SAVES];
        for (int i = 0; i < CLIENT_SAVES; i++) {
            String id = pick.apply(i);
            long t = System.nanoTime();
            long cpu = THREADS.getCurrentThreadCpuTime();
            Client client = store.loadClientDetails(id).orElseThrow();
            ContactDetails contact = client.getContact() != null ? client.getContact()
                    : RecordFactory.eINSTANCE.createContactDetails();
            contact.setPhone(String.format("555-%04d", i));
            client.setContact(contact);
            long save = System.nanoTime();
            store.saveClient(client);
            long end = System.nanoTime();
            edits[i] = end - t;
            savesOnly[i] = end - save;
            editsCpu[i] = THREADS.getCurrentThreadCpuTime() - cpu;
        }
        report("edit " + which + ": load, change, save durably (" + CLIENT_SAVES + " edits), p50",
                percentile(edits, 50) + " wall, " + percentile(editsCpu, 50) + " CPU; the save alone "
                        + percentile(savesOnly, 50));
        report("edit " + which + ", p95", percentile(edits, 95) + " wall, " + percentile(editsCpu, 95)
                + " CPU; the save alone " + percentile(savesOnly, 95));
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
