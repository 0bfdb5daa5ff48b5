package org.casenotes.core.rules.text;

/**
 * Everything text-level rules need to know about one field's text, computed once per text and
 * shared by all rules that look at it: tokens, quoted passages and sentences, and, for the sentences a
 * rule asks about, their tagged words ({@link TaggedSentence}: only sentences where a conditional term was
 * found are tagged, so the cost of tagging follows the findings, not the length of the note).
 */
public final class TextAnalysis {

    private final String text;
    private final Tokens tokens;
    private final QuotedPassages quotes;
    private final Sentences sentences;
    private TaggedSentence[] tagged;

    private TextAnalysis(String text) {
        this.text = text;
        this.tokens = Tokens.of(text);
        this.quotes = QuotedPassages.of(text);
        this.sentences = Sentences.of(text);
    }

    /** @return the analysis of {@code text} */
    public static TextAnalysis of(String text) {
        return new TextAnalysis(text);
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
