package org.casenotes.core.rules.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import opennlp.tools.tokenize.WhitespaceTokenizer;
import opennlp.tools.util.Span;

/**
 * Tokenizes and tags sentences with {@link EnglishModels}, keeping the results of the last few thousand
 * distinct sentences: while a clinician types, every sentence but the one being edited is unchanged, so a
 * keystroke tags at most one sentence again.
 * <p>
 * Two repairs for note style, where the subject often has no article ("Client claims she ..."): OpenNLP
 * tags the verb there as a plural noun; a lower-case {@code -s} word tagged NOUN right after a bare subject
 * at the start of a clause, and followed by what can follow a verb but not a noun (a pronoun, determiner,
 * preposition, particle, conjunction, proper noun, adjective, adverb, an {@code -ing} form or the end), is
 * read as a verb; and an {@code -ing} word tagged NOUN right after a comma and before a preposition,
 * determiner, pronoun or adverb opens a participle clause ("was irritable, snapping at staff").
 */
public final class SentenceTagger {

    private static final RecentResults<String, TaggedSentence.Shape> SENTENCES = new RecentResults<>(4096);
    /**
     * OpenNLP's tokenizer splits a text at white space and then decides each white-space-separated word on its
     * own (its features are the word's characters), so the split of a word is kept by the word: a note repeats
     * most of its words, and a sentence typed again is mostly words split before.
     */
    private static final RecentResults<String, int[]> WORD_SPLITS = new RecentResults<>(16384);

    private SentenceTagger() {
    }

    /** @return the sentence {@code [from, to)} of {@code text}, tagged */
    public static TaggedSentence tag(String text, int from, int to) {
        return new TaggedSentence(text, SENTENCES.get(text.substring(from, to), SentenceTagger::shape), from);
    }

    /** Forgets every tagged sentence, every word split, every normalized word and every sentence-boundary decision (for measuring cold evaluation). */
    public static void clearCache() {
        SENTENCES.clear();
        WORD_SPLITS.clear();
        Sentences.clearCache();
        Tokens.clearCache();
        TextAnalysis.clearRecent();
    }

    private static TaggedSentence.Shape shape(String sentence) {
        List<int[]> spans = new ArrayList<>();
        for (Span word : WhitespaceTokenizer.INSTANCE.tokenizePos(sentence)) {
            int start = word.getStart();
            int end = word.getEnd();
            if (end - start < 2) {
                // a single character is never split (as in TokenizerME)
                splitClitics(sentence, start, end, spans);
                continue;
            }
            int[] tokens = WORD_SPLITS.get(sentence.substring(start, end), SentenceTagger::split);
            for (int k = 0; k < tokens.length; k += 2) {
                splitClitics(sentence, start + tokens[k], start + tokens[k + 1], spans);
            }
        }
        int n = spans.size();
        int[] starts = new int[n];
        int[] ends = new int[n];
        String[] words = new String[n];
        for (int i = 0; i < n; i++) {
            starts[i] = spans.get(i)[0];
            ends[i] = spans.get(i)[1];
            words[i] = sentence.substring(starts[i], ends[i]);
        }
        String[] tags = n == 0 ? new String[0] : EnglishModels.tagger().tag(words);
        repairNoteStyleVerbs(words, tags);
        return new TaggedSentence.Shape(starts, ends, words, tags);
    }

    /** @return start and end of each token OpenNLP's tokenizer makes of {@code word}, one pair after another */
    private static int[] split(String word) {
        Span[] tokens = EnglishModels.tokenizer().tokenizePos(word);
        int[] bounds = new int[tokens.length * 2];
        for (int i = 0; i < tokens.length; i++) {
            bounds[2 * i] = tokens[i].getStart();
            bounds[2 * i + 1] = tokens[i].getEnd();
        }
        return bounds;
    }

    private static final String[] CLITICS = { "n't", "'s", "'re", "'ve", "'ll", "'m", "'d" };

    private static void splitClitics(String sentence, int start, int end, List<int[]> spans) {
        String word = sentence.substring(start, end).toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        for (String clitic : CLITICS) {
            if (word.length() > clitic.length() && word.endsWith(clitic)) {
                int cut = end - clitic.length();
                spans.add(new int[] { start, cut });
                spans.add(new int[] { cut, end });
                return;
            }
        }
        spans.add(new int[] { start, end });
    }

    private static void repairNoteStyleVerbs(String[] words, String[] tags) {
        for (int i = 1; i < words.length; i++) {
            String word = words[i];
            if (tags[i].equals(TaggedSentence.NOUN) && word.endsWith("ing") && words[i - 1].equals(",")
                    && i + 1 < words.length && switch (tags[i + 1]) {
                        case TaggedSentence.ADP, TaggedSentence.DET, TaggedSentence.PRON, TaggedSentence.ADV -> true;
                        default -> false;
                    }) {
                tags[i] = TaggedSentence.VERB;
                continue;
            }
            if (!tags[i].equals(TaggedSentence.NOUN) || !Character.isLowerCase(word.charAt(0)) || !word.endsWith("s")
                    || word.endsWith("ss") || !isBareSubject(words, tags, i - 1)) {
                continue;
            }
            boolean last = i + 1 >= words.length;
            String next = last ? TaggedSentence.PUNCT : tags[i + 1];
            boolean verbContext = switch (next) {
                case TaggedSentence.PRON, TaggedSentence.DET, TaggedSentence.ADP, TaggedSentence.PART,
                        TaggedSentence.SCONJ, TaggedSentence.PROPN, TaggedSentence.ADJ, TaggedSentence.ADV,
                        TaggedSentence.NUM, TaggedSentence.PUNCT -> true;
                case TaggedSentence.NOUN -> words[i + 1].endsWith("ing")
                        || i + 2 < words.length && tags[i + 2].equals(TaggedSentence.VERB);
                default -> false;
            };
            if (verbContext) {
                tags[i] = TaggedSentence.VERB;
            }
        }
    }

    /** Whether word {@code i} is a noun or pronoun that opens its clause, possibly after an article. */
    private static boolean isBareSubject(String[] words, String[] tags, int i) {
        String tag = tags[i];
        if (!(tag.equals(TaggedSentence.NOUN) || tag.equals(TaggedSentence.PROPN) || tag.equals(TaggedSentence.PRON))) {
            return false;
        }
        int before = i - 1;
        if (before >= 0 && (tags[before].equals(TaggedSentence.DET) || isPossessive(words[before]))) {
            before--;
        }
        return before < 0 || tags[before].equals(TaggedSentence.PUNCT) || tags[before].equals(TaggedSentence.SCONJ)
                || tags[before].equals(TaggedSentence.CCONJ);
    }

    private static boolean isPossessive(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "his", "her", "their", "my", "our", "your" -> true;
            default -> false;
        };
    }
}
