package org.casenotes.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.casenotes.core.rules.DocumentKind;
import org.casenotes.core.rules.FieldText;
import org.casenotes.core.rules.Finding;
import org.casenotes.core.rules.PlainNoteContext;
import org.casenotes.core.rules.RuleEngine;

/**
 * Every finding of the standard rules, written out in full (rule, severity, message, range, suggested edits,
 * source), on the texts the speed and accuracy goals are measured on, and a SHA-256 digest of each set: a change
 * that is meant to make the rules faster must leave every digest as it was ({@code FindingsUnchangedTest}).
 * <ul>
 * <li>{@code peer}: the notes {@code compare.sh} lints (the first ~1 MB of {@link NoteCorpus}, one note per call);</li>
 * <li>{@code labelled}: every sentence of {@code ../language-corpus/*.tsv} in its context, as {@link CorpusScore}
 * evaluates it;</li>
 * <li>{@code labelled-joined}: the same sentences joined into notes of twelve, with spaces, line breaks and
 * CR LF between them (long texts, line and sentence boundaries, quotations across lines);</li>
 * <li>{@code five-fields}: 2,000-word notes of five fields, as {@link RuleEngineBenchmark} evaluates them;</li>
 * <li>{@code typing}: joined notes edited one character at a time (insertions and deletions at seeded places), each
 * version evaluated: the path a keystroke takes, where an analysis is derived from the one before.</li>
 * </ul>
 * Usage: {@code java -cp rules-bench.jar org.casenotes.bench.FindingsDigest [--dump DIR]} prints
 * {@code corpus findings sha256} per corpus; {@code --dump} also writes every finding, one per line, to
 * {@code DIR/<corpus>.txt}, so two builds can be compared with {@code diff}.
 */
public final class FindingsDigest {

    /** Notes of the peer corpus: {@code CorpusGenerator DIR 1 4} writes 663 of them. */
    private static final int PEER_NOTES = 663;

    private FindingsDigest() {
    }

    public static void main(String[] args) throws IOException {
        Path dump = args.length == 2 && args[0].equals("--dump") ? Files.createDirectories(Path.of(args[1])) : null;
        for (Map.Entry<String, List<String>> corpus : findings(StandardLists.engine()).entrySet()) {
            System.out.println(corpus.getKey() + " " + corpus.getValue().size() + " " + digest(corpus.getValue()));
            if (dump != null) {
                try (PrintWriter out = new PrintWriter(
                        Files.newBufferedWriter(dump.resolve(corpus.getKey() + ".txt"), StandardCharsets.UTF_8))) {
                    corpus.getValue().forEach(out::println);
                }
            }
        }
    }

    /** @return per corpus, every finding of {@code engine} as a line: the text's number and the finding */
    static Map<String, List<String>> findings(RuleEngine engine) throws IOException {
        List<CorpusScore.Item> labelled = new ArrayList<>();
        for (String file : List.of("sentences.tsv", "held-out.tsv")) {
            labelled.addAll(CorpusScore.read(CorpusScore.defaultCorpus().resolveSibling(file)));
        }
        Map<String, List<String>> result = new LinkedHashMap<>();

        List<String> peer = new ArrayList<>();
        for (int seed = 1; seed <= PEER_NOTES; seed++) {
            add(peer, seed, engine.evaluate(PlainNoteContext.narrative(NoteCorpus.text(250, seed))));
        }
        result.put("peer", peer);

        List<String> single = new ArrayList<>();
        for (CorpusScore.Item item : labelled) {
            add(single, item.line(), engine.evaluate(PlainNoteContext.of(item.kind(), FieldText.of("text", item.text()))));
        }
        result.put("labelled", single);

        List<PlainNoteContext> joined = joined(labelled);
        List<String> joinedFindings = new ArrayList<>();
        for (int k = 0; k < joined.size(); k++) {
            add(joinedFindings, k, engine.evaluate(joined.get(k)));
        }
        result.put("labelled-joined", joinedFindings);

        List<String> fields = new ArrayList<>();
        for (int seed = 1; seed <= 20; seed++) {
            add(fields, seed, engine.evaluate(NoteCorpus.note(NoteCorpus.fieldTexts(2000, seed))));
        }
        result.put("five-fields", fields);

        List<String> typing = new ArrayList<>();
        Random random = new Random(17);
        int version = 0;
        for (int k = 0; k < joined.size(); k += 5) {
            PlainNoteContext note = joined.get(k);
            FieldText field = note.fields().get(0);
            String text = field.text();
            for (int edit = 0; edit < 40; edit++) {
                int at = random.nextInt(text.length() + 1);
                if (random.nextInt(3) == 0 && at < text.length()) {
                    text = text.substring(0, at) + text.substring(at + 1);
                } else {
                    text = text.substring(0, at) + " e.\"’\n".charAt(random.nextInt(6)) + text.substring(at);
                }
                add(typing, version++, engine.evaluate(note.withField(FieldText.of(field.fieldId(), text))));
            }
        }
        result.put("typing", typing);
        return result;
    }

    /** The labelled sentences of each context in notes of twelve, joined by spaces, line breaks and CR LF. */
    private static List<PlainNoteContext> joined(List<CorpusScore.Item> items) {
        List<PlainNoteContext> notes = new ArrayList<>();
        for (DocumentKind kind : List.of(DocumentKind.RECORD_NOTE, DocumentKind.LETTER)) {
            List<CorpusScore.Item> ofKind = items.stream().filter(i -> i.kind() == kind).toList();
            for (int from = 0; from < ofKind.size(); from += 12) {
                StringBuilder text = new StringBuilder();
                for (int k = from; k < Math.min(from + 12, ofKind.size()); k++) {
                    if (k > from) {
                        text.append(k % 5 == 0 ? "\r\n" : k % 3 == 0 ? "\n" : " ");
                    }
                    text.append(ofKind.get(k).text());
                }
                notes.add(PlainNoteContext.of(kind, FieldText.of("text", text.toString())));
            }
        }
        return notes;
    }

    private static void add(List<String> lines, int text, List<Finding> findings) {
        for (Finding finding : findings) {
            lines.add(text + "\t" + finding);
        }
    }

    /** @return the SHA-256 of {@code lines}, each ended by a line feed, in hexadecimal */
    static String digest(List<String> lines) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String line : lines) {
                sha.update((line + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
