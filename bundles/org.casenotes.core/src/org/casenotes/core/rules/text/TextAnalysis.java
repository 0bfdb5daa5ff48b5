package org.casenotes.core.rules.text;

/**
 * Everything text-level rules need to know about one field's text, computed once per text and
 * shared by all rules that look at it: tokens, quoted passages and sentences, and, for the sentences a
 * rule asks about, their tagged words ({@link TaggedSentence}: only sentences where a conditional term was
 * found are tagged, so the cost of tagging follows the findings, not the length of the note).
 * <p>
 * A keystroke changes a field's text in one place: {@link #of} then derives the new analysis from the last one
 * of the old text, reading again only the words and lines around the edit, and gives the same analysis as
 * when the new text is read from scratch ({@code TextAnalysisTest} compares the two over random edits).
 */
public final class TextAnalysis {

    private final String text;
    private final Tokens tokens;
    private final QuotedPassages quotes;
    private final Sentences sentences;
    private TaggedSentence[] tagged;

    /**
     * The analyses made last, most recent first: the next text is usually one of them edited in one place (a
     * keystroke), and then only the lines or words around the edit are read again.
     */
    private static final TextAnalysis[] RECENT = new TextAnalysis[8];
    /** Below this length a text is analysed afresh: comparing it with the recent ones would cost as much. */
    private static final int SHORT = 256;

    private TextAnalysis(String text) {
        this.text = text;
        this.tokens = Tokens.of(text);
        this.quotes = QuotedPassages.of(text);
        this.sentences = Sentences.of(text);
    }

    private TextAnalysis(String text, TextAnalysis before, int prefix, int suffix) {
        int shift = text.length() - before.text.length();
        this.text = text;
        this.tokens = Tokens.edited(before.tokens, text, prefix, suffix, shift);
        this.quotes = QuotedPassages.edited(before.quotes, text, prefix, suffix, shift);
        this.sentences = Sentences.edited(before.sentences, text, prefix, suffix);
    }

    /**
     * @return the analysis of {@code text}: the one made before if the text is the same, or one derived from a
     *         recent analysis of a text that differs from it in one place, else a new one; in every case what a
     *         new analysis would be (the tagged sentences come from {@link SentenceTagger}'s cache)
     */
    public static TextAnalysis of(String text) {
        if (text.length() < SHORT) {
            return new TextAnalysis(text);
        }
        TextAnalysis[] recent;
        synchronized (RECENT) {
            recent = RECENT.clone();
        }
        TextAnalysis result = null;
        for (int k = 0; k < recent.length && recent[k] != null && result == null; k++) {
            TextAnalysis candidate = recent[k];
            if (candidate.text.equals(text)) {
                result = candidate;
            } else {
                int prefix = commonPrefix(candidate.text, text);
                int suffix = commonSuffix(candidate.text, text, prefix);
                if (prefix + suffix >= text.length() / 2) {
                    result = new TextAnalysis(text, candidate, prefix, suffix);
                }
            }
        }
        if (result == null) {
            result = new TextAnalysis(text);
        }
        synchronized (RECENT) {
            remember(result);
        }
        return result;
    }

    private static void remember(TextAnalysis analysis) {
        int at = 0;
        while (at < RECENT.length - 1 && RECENT[at] != null && RECENT[at] != analysis) {
            at++;
        }
        System.arraycopy(RECENT, 0, RECENT, 1, at);
        RECENT[0] = analysis;
    }

    /** Forgets the recent analyses (for measuring cold evaluation). */
    static void clearRecent() {
        synchronized (RECENT) {
            java.util.Arrays.fill(RECENT, null);
        }
    }

    private static int commonPrefix(String a, String b) {
        int limit = Math.min(a.length(), b.length());
        int i = 0;
        while (i < limit && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }

    /** @return the length of the common end of {@code a} and {@code b} that does not reach into their first {@code prefix} characters */
    private static int commonSuffix(String a, String b, int prefix) {
        int limit = Math.min(a.length(), b.length()) - prefix;
        int i = 0;
        while (i < limit && a.charAt(a.length() - 1 - i) == b.charAt(b.length() - 1 - i)) {
            i++;
        }
        return i;
    }

    /** @return the analysed text */
    public String text() {
        return text;
    }

    /** @return the words */
    public Tokens tokens() {
        return tokens;
    }

    /** @return the passages inside quotation marks */
    public QuotedPassages quotes() {
        return quotes;
    }

    /** @return the sentences */
    public Sentences sentences() {
        return sentences;
    }

    /** @return sentence {@code index}, tokenized and tagged (computed on first request) */
    public synchronized TaggedSentence tagged(int index) {
        if (tagged == null) {
            tagged = new TaggedSentence[sentences.count()];
        }
        TaggedSentence result = tagged[index];
        if (result == null) {
            var range = sentences.range(index);
            result = SentenceTagger.tag(text, range.start(), range.end());
            tagged[index] = result;
        }
        return result;
    }

    /** @return the tagged sentence containing {@code offset} */
    public TaggedSentence taggedAt(int offset) {
        return tagged(sentences.indexAt(offset));
    }
}
