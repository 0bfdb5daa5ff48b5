package org.casenotes.store.tests.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.casenotes.model.record.Client;
import org.casenotes.model.record.FieldValue;
import org.casenotes.model.record.Note;
import org.casenotes.model.record.TextValue;
import org.casenotes.store.CaseloadStore;
import org.casenotes.store.CaseloadStoreFactory;
import org.casenotes.store.Caseloads;
import org.casenotes.store.ClientSummary;
import org.casenotes.store.NoteSearch;
import org.casenotes.store.SearchHit;
import org.casenotes.store.internal.SessionCaseloadStore;
import org.casenotes.store.internal.search.CaseloadSearch;

/**
 * Note search harness (issue 16; not a test). On a caseload made by {@code StoreBenchmark generate}: builds the index
 * from every note, then in a fresh session loads it; searches p50/p95; the index's update on a save; then the same
 * searches with ripgrep over the notes' text exported to plain files in a temporary folder (deleted after), and with
 * H2's own full-text search ({@code FT_SEARCH}) over the same text in an in-memory database. Run through
 * {@code releng/bench/search-bench.sh}.
 */
public final class SearchBenchmark {

    /** Words, stems and phrases of the generated notes, with the ripgrep arguments that find the same text. */
    private static final String[][] QUERIES = {
        {"sibling", "-w", "sibling"},
        {"arguments", "-w", "arguments"},
        {"breathing exercise", "-e", "breathing", "-e", "exercise"},
        {"\"safety plan\"", "-F", "safety plan"},
        {"\"support group\"", "-F", "support group"},
        {"\"court date\"", "-F", "court date"},
        {"worrying", "-w", "worry"},
        {"appetite usual", "-e", "appetite", "-e", "usual"},
        {"homework", "-w", "homework"},
        {"\"eye contact\"", "-F", "eye contact"},
        {"bus route", "-e", "bus", "-e", "route"},
        {"coping steps", "-e", "coping", "-e", "steps"},
    };
    /**
     * Searches for what a few notes say (the generated notes repeat ten sentences, so each of the queries above
     * matches about 90% of them: the worst case for ranking); these match 20 to 100 of the 1,000 notes that
     * {@link #addSelectiveNotes} adds once.
     */
    private static final String[][] SELECTIVE_QUERIES = {
        {"panicking ferry", "-e", "panic", "-e", "ferry"},
        {"\"anger management\"", "-F", "anger management"},
        {"nightmare flooding", "-e", "nightmare", "-e", "flood"},
        {"grandmothers", "-w", "grandmother"},
        {"\"panic attacks\"", "-F", "panic attacks"},
        {"landlord eviction", "-e", "landlord", "-e", "eviction"},
    };
    private static final String[] TOPICS = {"panic attacks", "nightmares about the flood", "grief for a grandmother",
        "court-ordered anger management", "an eviction notice from the landlord", "cravings after work",
        "a new job at the bakery", "conflict with a teenage son", "the dog's illness", "a fall on the ice"};
    private static final String[] PLACES = {"on the ferry", "at the clinic", "at home", "at school", "at church"};
    private static final String SELECTIVE_CLIENT = "search-bench-selective";
    private static final int ROUNDS = 30;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final int UPDATES = 300;

    private SearchBenchmark() {
    }

    /** @param arguments the folder holding {@code caseload} (as for StoreBenchmark) */
    public static void main(String[] arguments) throws Exception {
        Path location = Path.of(arguments[0]).resolve("caseload");
        CaseloadStoreFactory factory = Caseloads.embedded();
        char[] passphrase = StoreBenchmark.PASSPHRASE.toCharArray();
        try (CaseloadStore store = factory.open(location, passphrase.clone(), "bench")) {
            addSelectiveNotes(store);
            NoteSearch search = store.noteSearch();
            long start = System.nanoTime();
            await(search);
            report("index " + (search.progress().building() ? "built from " : "loaded, caught up: ")
                    + search.progress().total() + " records", millis(start) + " ms");
        }
        double luceneP50;
        try (CaseloadStore store = factory.open(location, passphrase.clone(), "bench")) {
            NoteSearch search = store.noteSearch();
            long start = System.nanoTime();
            await(search);
            report("index loaded from the encrypted database at open", millis(start) + " ms");
            long bytes = ((SessionCaseloadStore) store).session().read(c -> {
                try (Statement statement = c.createStatement(); ResultSet size = statement.executeQuery(
                        "SELECT SUM(OCTET_LENGTH(content)) FROM search_index_file")) {
                    size.next();
                    return size.getLong(1);
                }
            });
            report("index size (held in memory; kept as rows of the encrypted database)",
                    bytes / (1024 * 1024) + " MiB");
            luceneP50 = searches(search);
            updates(store);
        }
        if (arguments.length > 1 && arguments[1].equals("search-only")) {
            return;
        }
        List<String> texts = texts(factory, location, passphrase);
        ripgrep(texts, luceneP50);
        List<String> sample = new ArrayList<>();
        for (int i = 0; i < texts.size(); i += 5) {
            sample.add(texts.get(i));
        }
        h2FullText(sample);
    }

    /** Adds, once, a client with 1,000 notes that each also say one of 50 less common things. */
    private static void addSelectiveNotes(CaseloadStore store) {
        if (store.loadClientDetails(SELECTIVE_CLIENT).isPresent()) {
            return;
        }
        LargeCaseloadGenerator generator = new LargeCaseloadGenerator(7);
        store.saveClient(generator.client(SELECTIVE_CLIENT));
        List<Note> notes = generator.notes(SELECTIVE_CLIENT, 1_000);
        for (int i = 0; i < notes.size(); i++) {
            TextValue subjective = text(notes.get(i));
            subjective.setText("Client described " + TOPICS[i % TOPICS.length] + " "
                    + PLACES[(i / TOPICS.length) % PLACES.length] + ". " + subjective.getText());
        }
        store.saveNotes(notes);
    }

    private static double searches(NoteSearch search) {
        List<Double> all = new ArrayList<>(searches(search, QUERIES, "common words (~90% of notes)"));
        all.addAll(searches(search, SELECTIVE_QUERIES, "selective words"));
        double[] sorted = all.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double p50 = sorted[sorted.length / 2];
        report("search, all " + (QUERIES.length + SELECTIVE_QUERIES.length) + " queries", String.format(
                "p50 %.2f ms, p95 %.2f ms, max %.2f ms", p50, sorted[sorted.length * 95 / 100],
                sorted[sorted.length - 1]));
        return p50;
    }

    private static List<Double> searches(NoteSearch search, String[][] queries, String kind) {
        for (String[] query : queries) {
            search.search(query[0], 20);
        }
        List<Double> all = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        for (String[] query : queries) {
            double[] times = new double[ROUNDS];
            int found = 0;
            for (int i = 0; i < ROUNDS; i++) {
                long start = System.nanoTime();
                long cpuStart = THREADS.getCurrentThreadCpuTime();
                List<SearchHit> hits = search.search(query[0], 20);
                cpu.add((THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e6);
                times[i] = (System.nanoTime() - start) / 1e6;
                found = hits.size();
                all.add(times[i]);
            }
            Arrays.sort(times);
            report("search " + query[0] + " (" + found + " shown)",
                    String.format("p50 %.2f ms, p95 %.2f ms", times[ROUNDS / 2], times[ROUNDS * 95 / 100]));
        }
        double[] sorted = all.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double[] cpuSorted = cpu.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        report("search, " + kind, String.format("p50 %.2f ms, p95 %.2f ms (CPU time of the searching thread: p50"
                + " %.2f ms, p95 %.2f ms)", sorted[sorted.length / 2], sorted[sorted.length * 95 / 100],
                cpuSorted[cpuSorted.length / 2], cpuSorted[cpuSorted.length * 95 / 100]));
        return all;
    }

    /**
     * The index's share of a save (replacing the note's passages, under the session's lock), and the first search
     * after it, which makes the change visible (refreshes the searcher) before searching.
     */
    private static void updates(CaseloadStore store) {
        SessionCaseloadStore embedded = (SessionCaseloadStore) store;
        CaseloadSearch search = embedded.search();
        Client client = store.loadClient(StoreBenchmark.BIG_CLIENT).orElseThrow();
        List<Note> notes = client.getNotes();
        double[] times = new double[UPDATES];
        double[] cpu = new double[UPDATES];
        double[] searches = new double[UPDATES];
        for (int i = 0; i < UPDATES; i++) {
            Note note = notes.get(i % notes.size());
            text(note).setText(text(note).getText() + " Update " + i + ".");
            long start = System.nanoTime();
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            synchronized (embedded.session()) {
                search.notesSaved(List.of(note));
            }
            cpu[i] = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e6;
            times[i] = (System.nanoTime() - start) / 1e6;
            start = System.nanoTime();
            store.noteSearch().search("\"Update " + i + "\"", 20);
            searches[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(times);
        Arrays.sort(cpu);
        Arrays.sort(searches);
        report("index update on save (the note's passages replaced, 100,000-note index)",
                String.format("p50 %.2f ms, p95 %.2f ms (CPU p50 %.2f ms, p95 %.2f ms)", times[UPDATES / 2],
                        times[UPDATES * 95 / 100], cpu[UPDATES / 2], cpu[UPDATES * 95 / 100]));
        report("first search after a save (refresh + search)",
                String.format("p50 %.2f ms, p95 %.2f ms", searches[UPDATES / 2], searches[UPDATES * 95 / 100]));
        Note draft = notes.getLast();
        double[] saves = new double[50];
        for (int i = 0; i < saves.length; i++) {
            text(draft).setText(text(draft).getText() + " Save " + i + ".");
            long start = System.nanoTime();
            store.saveNote(draft);
            saves[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(saves);
        report("durable note save with the index open (whole save)",
                String.format("p50 %.2f ms, p95 %.2f ms", saves[25], saves[47]));
    }

    private static TextValue text(Note note) {
        for (FieldValue value : note.getValues()) {
            if (value instanceof TextValue text) {
                return text;
            }
        }
        throw new IllegalStateException("no text field in " + note.getId());
    }

    private static List<String> texts(CaseloadStoreFactory factory, Path location, char[] passphrase) {
        List<String> texts = new ArrayList<>();
        try (CaseloadStore store = factory.open(location, passphrase.clone(), "bench")) {
            for (ClientSummary summary : store.listClients()) {
                for (Note note : store.loadClient(summary.id()).orElseThrow().getNotes()) {
                    StringBuilder text = new StringBuilder();
                    note.getValues().stream().filter(TextValue.class::isInstance)
                            .forEach(value -> text.append(((TextValue) value).getText()).append('\n'));
                    texts.add(text.toString());
                }
            }
        }
        return texts;
    }

    private static void ripgrep(List<String> texts, double luceneP50) throws IOException, InterruptedException {
        Path folder = Files.createTempDirectory("casenotes-search-bench");
        try {
            for (int i = 0; i < texts.size(); i++) {
                Path client = folder.resolve("c" + i / 100);
                Files.createDirectories(client);
                Files.writeString(client.resolve("note-" + i + ".txt"), texts.get(i));
            }
            report("plain-text export for ripgrep", texts.size() + " files in " + folder + " (deleted after)");
            rg(folder, QUERIES[0]);
            List<Double> all = new ArrayList<>();
            List<String[]> queries = new ArrayList<>(List.of(QUERIES));
            queries.addAll(List.of(SELECTIVE_QUERIES));
            for (String[] query : queries) {
                double[] times = new double[5];
                long files = 0;
                for (int i = 0; i < times.length; i++) {
                    long start = System.nanoTime();
                    files = rg(folder, query);
                    times[i] = (System.nanoTime() - start) / 1e6;
                    all.add(times[i]);
                }
                Arrays.sort(times);
                report("rg " + String.join(" ", Arrays.copyOfRange(query, 1, query.length)),
                        String.format("p50 %.1f ms (%d files match)", times[2], files));
            }
            double rgP50 = all.stream().mapToDouble(Double::doubleValue).sorted().toArray()[all.size() / 2];
            report("ratio rg / note search (p50 over all queries)",
                    String.format("%.1f ms / %.2f ms = %.0fx", rgP50, luceneP50, rgP50 / luceneP50));
        } finally {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    private static long rg(Path folder, String[] query) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("rg", "-i", "-l"));
        command.addAll(Arrays.asList(query).subList(1, query.length));
        command.add(folder.toString());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        long lines;
        try (var output = process.inputReader()) {
            lines = output.lines().count();
        }
        process.waitFor();
        return lines;
    }

    /** H2's native full-text search (no stems, no phrases, no ranking) over the same text, in memory. */
    private static void h2FullText(List<String> texts) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:fulltext");
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE note_text (id INT PRIMARY KEY, text VARCHAR)");
            statement.execute("CREATE ALIAS IF NOT EXISTS FT_INIT FOR 'org.h2.fulltext.FullText.init'");
            statement.execute("CALL FT_INIT()");
            statement.execute("CALL FT_CREATE_INDEX('PUBLIC', 'NOTE_TEXT', 'TEXT')");
            long start = System.nanoTime();
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO note_text VALUES (?, ?)")) {
                for (int i = 0; i < texts.size(); i++) {
                    insert.setInt(1, i);
                    insert.setString(2, texts.get(i));
                    insert.executeUpdate();
                }
            }
            connection.commit();
            report("H2 FT_CREATE_INDEX: index " + texts.size() + " notes", millis(start) + " ms");
            String[] words = {"sibling", "arguments", "homework", "appetite usual", "ferry", "grief", "landlord"};
            List<Double> all = new ArrayList<>();
            for (int round = 0; round < 5; round++) {
                for (String word : words) {
                    long t = System.nanoTime();
                    try (PreparedStatement query = connection.prepareStatement("SELECT * FROM FT_SEARCH(?, 20, 0)")) {
                        query.setString(1, word);
                        try (ResultSet rows = query.executeQuery()) {
                            while (rows.next()) {
                                rows.getString(1);
                            }
                        }
                    }
                    all.add((System.nanoTime() - t) / 1e6);
                }
            }
            double[] sorted = all.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            report("H2 FT_SEARCH over " + texts.size() + " notes (words only: no stems, phrases or ranking)",
                    String.format("p50 %.2f ms, p95 %.2f ms", sorted[sorted.length / 2],
                            sorted[sorted.length * 95 / 100]));
        }
    }

    private static void await(NoteSearch search) throws InterruptedException {
        while (!search.awaitComplete(Duration.ofSeconds(10))) {
            System.out.println("  indexing: " + search.progress().done() + " of " + search.progress().total());
        }
    }

    private static long millis(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    private static void report(String what, String value) {
        System.out.println("bench: " + what + ": " + value);
    }
}
