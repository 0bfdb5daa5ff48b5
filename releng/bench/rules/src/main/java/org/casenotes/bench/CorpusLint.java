package org.casenotes.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.casenotes.core.rules.Finding;
import org.casenotes.core.rules.PlainNoteContext;
import org.casenotes.core.rules.RuleEngine;
import org.casenotes.core.rules.text.EnglishModels;

/**
 * Lints every {@code *.txt} file of a corpus directory with the standard language and privacy rules,
 * one note per paragraph, and prints throughput as JSON. Warm-up passes run first (at least five
 * seconds); the reported figure is the median of the timed passes over the next five seconds, the
 * JIT-compiled steady state an editor session reaches. Beside the wall-clock figure it reports the median of
 * the linting thread's CPU time per pass ({@code cpuMbPerSecond}): on a busy machine the wall time also counts the
 * time the thread waited for a core, the CPU time only what the rules cost (garbage collection, on other threads,
 * is not in it).
 * <p>
 * Usage: {@code java -cp rules-bench.jar org.casenotes.bench.CorpusLint DIR [--findings FILE.jsonl]}
 * ({@code --findings} writes one JSON line per finding: file, line, column, length, rule, text).
 */
public final class CorpusLint {

    private static final int MIN_PASSES = 5;
    private static final long WARMUP_NANOS = 5_000_000_000L;
    private static final long TIMED_NANOS = 5_000_000_000L;

    private record Note(String file, int firstLine, String text) {
    }

    private CorpusLint() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1 && !(args.length == 3 && args[1].equals("--findings"))) {
            System.err.println("usage: CorpusLint DIR [--findings FILE.jsonl]");
            System.exit(2);
        }
        List<Note> notes = readNotes(Path.of(args[0]));
        long chars = notes.stream().mapToLong(n -> n.text().length()).sum();
        long bytes = Files.walk(Path.of(args[0])).filter(p -> p.toString().endsWith(".txt"))
                .mapToLong(p -> p.toFile().length()).sum();
        RuleEngine engine = StandardLists.engine();
        // throughput of linting, not start-up: the language models load on a background thread
        // (ModelLoadCost measures that), so wait for them before the warm-up
        EnglishModels.loadMillis();
        long warmupStart = System.nanoTime();
        for (int i = 0; i < MIN_PASSES || System.nanoTime() - warmupStart < WARMUP_NANOS; i++) {
            lintAll(engine, notes, null);
        }
        List<Long> nanos = new ArrayList<>();
        List<Long> cpuNanos = new ArrayList<>();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int findings = 0;
        long timedStart = System.nanoTime();
        while (nanos.size() < MIN_PASSES || System.nanoTime() - timedStart < TIMED_NANOS) {
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            findings = lintAll(engine, notes, null);
            nanos.add(System.nanoTime() - start);
            cpuNanos.add(threads.getCurrentThreadCpuTime() - cpuStart);
        }
        nanos.sort(null);
        cpuNanos.sort(null);
        double seconds = nanos.get(nanos.size() / 2) / 1e9;
        double cpuSeconds = cpuNanos.get(cpuNanos.size() / 2) / 1e9;
        Map<String, Integer> byRule = new TreeMap<>();
        if (args.length == 3) {
            try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[2]), StandardCharsets.UTF_8))) {
                lintAll(engine, notes, (note, finding) -> {
                    byRule.merge(finding.ruleId(), 1, Integer::sum);
                    out.println(json(note, finding));
                });
            }
        }
        System.out.printf(Locale.ROOT,
                "{\"tool\":\"casenotes\",\"notes\":%d,\"bytes\":%d,\"chars\":%d,\"seconds\":%.4f,\"mbPerSecond\":%.2f,"
                        + "\"cpuSeconds\":%.4f,\"cpuMbPerSecond\":%.2f,\"passes\":%d,\"findings\":%d,\"byRule\":%s}%n",
                notes.size(), bytes, chars, seconds, bytes / 1e6 / seconds, cpuSeconds, bytes / 1e6 / cpuSeconds,
                nanos.size(), findings, jsonMap(byRule));
    }

    private interface FindingSink {
        void accept(Note note, Finding finding);
    }

    private static int lintAll(RuleEngine engine, List<Note> notes, FindingSink sink) {
        int count = 0;
        for (Note note : notes) {
            List<Finding> found = engine.evaluate(PlainNoteContext.narrative(note.text()));
            count += found.size();
            if (sink != null) {
                found.forEach(f -> sink.accept(note, f));
            }
        }
        return count;
    }

    private static List<Note> readNotes(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(dir)) {
            files = listing.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        List<Note> notes = new ArrayList<>();
        for (Path file : files) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (!lines.get(i).isBlank()) {
                    notes.add(new Note(file.getFileName().toString(), i + 1, lines.get(i)));
                }
            }
        }
        return notes;
    }

    private static String json(Note note, Finding finding) {
        return String.format(Locale.ROOT, "{\"file\":\"%s\",\"line\":%d,\"column\":%d,\"length\":%d,\"rule\":\"%s\",\"text\":\"%s\"}",
                note.file(), note.firstLine(), finding.range().start() + 1, finding.range().length(), finding.ruleId(),
                escape(finding.range().of(note.text())));
    }

    private static String jsonMap(Map<String, Integer> map) {
        StringBuilder out = new StringBuilder("{");
        map.forEach((k, v) -> out.append(out.length() > 1 ? "," : "").append('"').append(k).append("\":").append(v));
        return out.append('}').toString();
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
