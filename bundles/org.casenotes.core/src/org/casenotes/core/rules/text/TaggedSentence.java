package org.casenotes.core.rules.text;

import java.util.Arrays;
import java.util.Locale;

/**
 * One sentence as OpenNLP reads it: its words (the tokenizer's, with clitics such as {@code 's} and
 * {@code n't} split off as the tagger's training data has them), their Universal POS tags, their lemmas
 * (computed on first use: the statistical lemmatizer is the slowest step), and the noun groups derived from
 * the tags. Offsets are those of the field's text.
 */
public final class TaggedSentence {

    /** Universal POS tags used by the rules. */
    public static final String NOUN = "NOUN", PROPN = "PROPN", PRON = "PRON", VERB = "VERB", AUX = "AUX", ADJ = "ADJ",
            ADV = "ADV", DET = "DET", ADP = "ADP", SCONJ = "SCONJ", CCONJ = "CCONJ", PART = "PART", NUM = "NUM",
            PUNCT = "PUNCT";

    private final String text;
    private final Shape shape;
    private final int shift;

    /** The offset-free part, shared through the cache by every field with the same sentence. */
    static final class Shape {
        final int[] starts;
        final int[] ends;
        final String[] words;
        final String[] tags;
        private volatile String[] lemmas;

        Shape(int[] starts, int[] ends, String[] words, String[] tags) {
            this.starts = starts;
            this.ends = ends;
            this.words = words;
            this.tags = tags;
        }

        String[] lemmas() {
            String[] result = lemmas;
            if (result == null) {
                result = EnglishModels.lemmatizer().lemmatize(words, tags);
                lemmas = result;
            }
            return result;
        }
    }

    TaggedSentence(String text, Shape shape, int shift) {
        this.text = text;
        this.shape = shape;
        this.shift = shift;
    }

    /** @return the number of words */
    public int count() {
        return shape.words.length;
    }

    /** @return offset of the first character of word {@code i} in the field's text */
    public int start(int i) {
        return shape.starts[i] + shift;
    }

    /** @return offset after word {@code i} */
    public int end(int i) {
        return shape.ends[i] + shift;
    }

    /** @return word {@code i} as written */
    public String word(int i) {
        return shape.words[i];
    }

    /** @return word {@code i} in lower case, with a typographic apostrophe made straight */
    public String lower(int i) {
        return shape.words[i].toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    }

    /** @return the Universal POS tag of word {@code i} (NOUN, VERB, AUX, ADJ, PROPN, PRON, ...) */
    public String tag(int i) {
        return shape.tags[i];
    }

    /** @return whether word {@code i} has one of {@code tags} */
    public boolean tagIs(int i, String... tags) {
        String tag = shape.tags[i];
        for (String candidate : tags) {
            if (candidate.equals(tag)) {
                return true;
            }
        }
        return false;
    }

    /** @return the lemma of word {@code i}, in lower case (runs the lemmatizer over the sentence once) */
    public String lemma(int i) {
        return shape.lemmas()[i].toLowerCase(Locale.ROOT);
    }

    /** @return whether word {@code i} starts with an upper-case letter */
    public boolean capitalized(int i) {
        return Character.isUpperCase(shape.words[i].codePointAt(0));
    }

    /** @return the index of the first word that ends after {@code offset}, or {@link #count()} */
    public int indexAt(int offset) {
        int relative = offset - shift;
        int index = Arrays.binarySearch(shape.ends, relative + 1);
        index = index >= 0 ? index : -index - 1;
        while (index > 0 && shape.ends[index - 1] > relative) {
            index--;
        }
        return index;
    }

    /**
     * A noun group (chunk) starting at word {@code from}: determiners, possessives, numbers, adjectives and
     * nouns up to the last noun, proper noun or pronoun. After a determiner, a group with adjectives but no
     * noun ends at its last adjective: the tagger reads rare nouns as adjectives ("the insurer refused").
     *
     * @return the index after the group's head, or {@code from} if no noun group starts there
     */
    public int nounGroupEnd(int from) {
        int end = from;
        int lastAdjective = -1;
        boolean determined = false;
        for (int i = from; i < count(); i++) {
            String tag = shape.tags[i];
            if (tag.equals(NOUN) || tag.equals(PROPN) || tag.equals(PRON) || tag.equals(NUM)) {
                end = i + 1;
                if (tag.equals(PRON) && !isPossessive(i)) {
                    break;
                }
            } else if (tag.equals(ADJ)) {
                lastAdjective = i;
            } else if (tag.equals(DET) || isPossessive(i) || lower(i).equals("'s")) {
                determined = true;
            } else {
                break;
            }
        }
        return end == from && determined && lastAdjective >= 0 ? lastAdjective + 1 : end;
    }

    /** @return whether word {@code i} is a possessive determiner or the possessive {@code 's} */
    public boolean isPossessive(int i) {
        String word = lower(i);
        return switch (word) {
            case "his", "her", "their", "its", "my", "our", "your", "'s", "s'" -> true;
            default -> false;
        };
    }

    /** @return the text of words {@code [from, to)} as written */
    public String span(int from, int to) {
        return from >= to ? "" : text.substring(start(from), end(to - 1));
    }
}
