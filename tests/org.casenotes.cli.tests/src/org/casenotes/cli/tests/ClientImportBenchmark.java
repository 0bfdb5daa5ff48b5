package org.casenotes.cli.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.casenotes.core.clientimport.ColumnMapping;
import org.casenotes.core.clientimport.CsvTable;
import org.casenotes.core.clientimport.ImportPlan;
import org.casenotes.core.diagnoses.Icd10CmCodes;
import org.casenotes.store.CaseloadStore;
import org.casenotes.store.Caseloads;
import org.casenotes.store.ClientSummary;

/**
 * Harness for the import goal of issue 13 (1,000 clients from CSV in under 5 s), run outside OSGi through
 * {@code releng/bench/client-import-bench.sh}; not a test, it prints numbers and never fails on time.
 *
 * <pre>
 * ClientImportBenchmark WORK_DIR [CLIENTS [RUNS]]
 * </pre>
 *
 * Writes a CSV of fictional clients (fixed seed: names, dates of birth, phones, payers, one or two ICD-10-CM codes,
 * some names quoted because they hold a comma), then, RUNS times, creates an empty caseload (with the production
 * key-derivation cost, not timed) and times what File &gt; Import Clients… does after the clinician presses Import
 * and before: reading and parsing the file, checking every row ({@link ImportPlan}, ICD-10-CM check included) and
 * saving the clients durably in one transaction ({@link CaseloadStore#addClients}). The first run is in a cold JVM,
 * as a clinician's first import is.
 */
public final class ClientImportBenchmark {

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    private static final com.sun.management.OperatingSystemMXBean PROCESS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private static final String PASSPHRASE = "benchmark passphrase, not a secret";
    private static final String[] GIVEN = { "Rowan", "Lucía", "Dana", "Ines", "Morgan", "Theo", "Amara", "Jun",
            "Priya", "Kofi", "Maren", "Elias", "Saoirse", "Tomás", "Hana", "Idris" };
    private static final String[] FAMILY = { "Calloway", "Ibarra", "Whitlock", "Marlowe", "Avery", "Okafor",
            "Lindqvist", "Nakamura", "Brennan", "Castellanos", "Dubois", "Haddad", "Kowalski", "Mensah" };
    private static final String[] CODES = { "F41.1", "F43.10", "F32.1", "F33.1", "F43.23", "F90.0", "F10.20",
            "Z63.0", "Z59.00", "F40.10", "F84.0", "F31.81" };
    private static final String[] PAYERS = { "Harbour Health Plan", "Medicaid", "Blue Ridge Mutual", "" };

    private ClientImportBenchmark() {
    }

    public static void main(String[] arguments) throws IOException {
        Path work = Path.of(arguments[0]);
        int clients = arguments.length > 1 ? Integer.parseInt(arguments[1]) : 1_000;
        int runs = arguments.length > 2 ? Integer.parseInt(arguments[2]) : 5;
        Files.createDirectories(work);
        Path file = work.resolve("clients-" + clients + ".csv");
        Files.writeString(file, csv(clients, new Random(42)), StandardCharsets.UTF_8);
        report("file", file + " (" + Files.size(file) / 1024 + " KiB, " + clients + " clients)");
        report("system load average at start", String.format("%.1f on %d cores",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors()));
        List<Long> totals = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            Path location = work.resolve("caseload-" + run);
            delete(location);
            try (CaseloadStore store = Caseloads.embedded().create(location, PASSPHRASE.toCharArray(), "bench")) {
                long cpuStart = CPU.getCurrentThreadCpuTime();
                long processStart = PROCESS.getProcessCpuTime();
                long start = System.nanoTime();
                CsvTable table = CsvTable.read(file);
                long parsed = System.nanoTime();
                ImportPlan plan = ImportPlan.of(table, ColumnMapping.guess(table),
                        store.listClients().stream().map(ClientSummary::id).toList(), Icd10CmCodes.behavioralHealth(),
                        LocalDate.now());
                long planned = System.nanoTime();
                if (!plan.canImport(false)) {
                    throw new IllegalStateException("the generated file has bad rows: " + plan.summary());
                }
                store.addClients(plan.validClients());
                long saved = System.nanoTime();
                long cpu = CPU.getCurrentThreadCpuTime() - cpuStart;
                long processCpu = PROCESS.getProcessCpuTime() - processStart;
                if (store.listClients().size() != clients) {
                    throw new IllegalStateException("saved " + store.listClients().size() + " clients");
                }
                totals.add(saved - start);
                report("run " + run + (run == 1 ? " (cold JVM)" : ""), String.format(
                        "read+parse %d ms, check rows %d ms, save durably %d ms, total %d ms (CPU: this thread %d ms, "
                                + "the process with its compiler, collector and H2 threads %d ms)",
                        millis(parsed - start), millis(planned - parsed), millis(saved - planned),
                        millis(saved - start), millis(cpu), millis(processCpu)));
            }
            delete(location);
        }
        List<Long> sorted = totals.stream().sorted().toList();
        report("import " + clients + " clients, median of " + runs, millis(sorted.get(sorted.size() / 2)) + " ms"
                + " (max " + millis(sorted.get(sorted.size() - 1)) + " ms)");
    }

    /** @return a CSV of fictional clients in the column names an agency export might have */
    static String csv(int clients, Random random) {
        StringBuilder csv = new StringBuilder("Client ID,Legal name,Preferred name,Pronouns,DOB,Status,Phone,"
                + "OK to leave messages,Emergency contact,Emergency phone,Insurance,Member ID,Diagnoses\r\n");
        for (int i = 1; i <= clients; i++) {
            String given = GIVEN[random.nextInt(GIVEN.length)];
            String family = FAMILY[random.nextInt(FAMILY.length)];
            String legal = random.nextInt(5) == 0 ? "\"" + family + ", " + given + "\"" : given + " " + family;
            LocalDate born = LocalDate.of(1940 + random.nextInt(65), 1 + random.nextInt(12), 1 + random.nextInt(28));
            String payer = PAYERS[random.nextInt(PAYERS.length)];
            String codes = CODES[random.nextInt(CODES.length)]
                    + (random.nextBoolean() ? "; " + CODES[random.nextInt(CODES.length)] : "");
            if (codes.contains(";") && codes.split("; ")[0].equals(codes.split("; ")[1])) {
                codes = codes.split("; ")[0];
            }
            csv.append(String.join(",", String.format("a-%05d", i), legal, random.nextBoolean() ? given : "",
                    random.nextBoolean() ? "they/them" : "", born.toString(), random.nextInt(10) == 0 ? "waitlist"
                            : "active",
                    String.format("(555) 01%02d-%04d", random.nextInt(100), random.nextInt(10_000)),
                    random.nextBoolean() ? "yes" : "no", "Contact of " + given, "(555) 0100-0000", payer,
                    payer.isEmpty() ? "" : "M-" + (100_000 + i), codes)).append("\r\n");
        }
        return csv.toString();
    }

    private static long millis(long nanos) {
        return nanos / 1_000_000;
    }

    private static void report(String what, String value) {
        System.out.println("bench: " + what + ": " + value);
    }

    private static void delete(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
