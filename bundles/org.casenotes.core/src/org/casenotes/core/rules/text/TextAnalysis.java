package org.casenotes.core.rules.text;

/**
 * Everything text-level rules need to know about one field's text, computed once per text and
 * shared by all rules that look at it: tokens, quoted passages and sentences.
 */
public final class TextAnalysis {

    private final String text;
    private final Tokens tokens;
    private final QuotedPassages quotes;
    private final Sentences sentences;

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
}
