package org.casenotes.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.casenotes.core.rules.DocumentKind;
import org.casenotes.core.rules.FieldText;
import org.casenotes.core.rules.Finding;
import org.casenotes.core.rules.PlainNoteContext;
import org.casenotes.core.rules.RuleEngine;

/**
 * Scores the language rules against the labelled corpus ({@code ../language-corpus/sentences.tsv}): for each
 * category, a sentence counts as flagged when any finding of that category's rule lies in it; precision and
 * recall over sentences, then the same for "any finding". A measuring instrument: rules are tuned to kinds
 * of language, never to its sentences.
 * <pre>
 * java -cp rules-bench.jar org.casenotes.bench.CorpusScore [corpus.tsv] [--misses]
 * </pre>
 * {@code --misses} also lists every false positive and false negative with the findings.
 */
public final class CorpusScore {

    /** Corpus label to rule id, in the order of the issue's table. */
    static final Map<String, String> CATEGORIES = new LinkedHashMap<>();
    static {
        CATEGORIES.put("judgmental", "language.judgmental");
        CATEGORIES.put("doubt", "language.doubt");
        CATEGORIES.put("speculation", "language.speculation");
        CATEGORIES.put("interpretation", "language.interpretation");
        CATEGORIES.put("substance-use", "language.substance-use");
        CATEGORIES.put("identity-first", "language.identity-first");
        CATEGORIES.put("jargon", "language.jargon");
        CATEGORIES.put("impressions", "privacy.personal-impressions");
        CATEGORIES.put("plain", "language.plain-letters");
    }

    record Item(int line, DocumentKind kind, Set<String> labels, String trap, String text) {
    }

    private CorpusScore() {
    }

    public static void main(String[] args) throws IOException {
        Path corpus = args.length > 0 && !args[0].startsWith("--") ? Path.of(args[0]) : defaultCorpus();
        boolean misses = List.of(args).contains("--misses");
        List<Item> items = read(corpus);
        RuleEngine engine = StandardLists.engine();
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (String category : CATEGORIES.keySet()) {
            counts.put(category, new int[3]);
        }
        int[] any = new int[3];
        List<String> report = new ArrayList<>();
        for (Item item : items) {
            List<Finding> findings = engine.evaluate(PlainNoteContext.of(item.kind(), FieldText.of("text", item.text())));
            Set<String> predicted = new LinkedHashSet<>();
            for (Finding finding : findings) {
                CATEGORIES.forEach((category, rule) -> {
                    if (rule.equals(finding.ruleId())) {
                        predicted.add(category);
                    }
                });
            }
            for (String category : CATEGORIES.keySet()) {
                count(counts.get(category), item.labels().contains(category), predicted.contains(category));
            }
            count(any, !item.labels().isEmpty(), !predicted.isEmpty());
            if (misses && !predicted.equals(item.labels())) {
                StringBuilder line = new StringBuilder();
                line.append(item.line()).append(" [").append(item.kind() == DocumentKind.LETTER ? "letter" : "note")
                        .append("] want ").append(item.labels().isEmpty() ? "clean(" + item.trap() + ")" : item.labels())
                        .append(" got ").append(predicted).append(": ").append(item.text());
                for (Finding finding : findings) {
                    line.append("\n      ").append(finding.ruleId()).append(' ').append(finding.message(), 0,
                            Math.min(60, finding.message().length()));
                }
                report.add(line.toString());
            }
        }
        report.forEach(System.out::println);
        long clean = items.stream().filter(i -> i.labels().isEmpty()).count();
        long letters = items.stream().filter(i -> i.kind() == DocumentKind.LETTER).count();
        System.out.printf(Locale.ROOT, "%d sentences (%d in letters, %d in progress notes), %d clean (%.0f %%)%n%n",
                items.size(), letters, items.size() - letters, clean, 100.0 * clean / items.size());
        System.out.println("| category | sentences | precision | recall |");
        System.out.println("|---|---|---|---|");
        counts.forEach((category, c) -> row(category, c));
        row("any finding, all sentences", any);
    }

    private static void row(String category, int[] c) {
        System.out.printf(Locale.ROOT, "| %s | %d | %s | %s |%n", category, c[0] + c[2], ratio(c[0], c[0] + c[1]),
                ratio(c[0], c[0] + c[2]));
    }

    /** counts: [true positives, false positives, false negatives] */
    private static void count(int[] counts, boolean labelled, boolean flagged) {
        if (labelled && flagged) {
            counts[0]++;
        } else if (flagged) {
            counts[1]++;
        } else if (labelled) {
            counts[2]++;
        }
    }

    private static String ratio(int numerator, int denominator) {
        return denominator == 0 ? "n/a" : String.format(Locale.ROOT, "%.2f", (double) numerator / denominator);
    }

    static List<Item> read(Path corpus) throws IOException {
        List<Item> items = new ArrayList<>();
        List<String> lines = Files.readAllLines(corpus, StandardCharsets.UTF_8);
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t", -1);
            if (columns.length != 4) {
                throw new IllegalArgumentException(corpus + ":" + (n + 1) + ": expected 4 tab-separated columns");
            }
            DocumentKind kind = switch (columns[0]) {
                case "note" -> DocumentKind.RECORD_NOTE;
                case "letter" -> DocumentKind.LETTER;
                default -> throw new IllegalArgumentException(corpus + ":" + (n + 1) + ": context must be note or letter");
            };
            Set<String> labels = new LinkedHashSet<>();
            if (!columns[1].equals("clean")) {
                for (String label : columns[1].split(",")) {
                    if (!CATEGORIES.containsKey(label.strip())) {
                        throw new IllegalArgumentException(corpus + ":" + (n + 1) + ": unknown category " + label);
                    }
                    labels.add(label.strip());
                }
            }
            items.add(new Item(n + 1, kind, labels, columns[2], columns[3]));
        }
        return items;
    }

    static Path defaultCorpus() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("releng/bench/language-corpus/sentences.tsv");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("corpus not found; pass its path");
    }
}
