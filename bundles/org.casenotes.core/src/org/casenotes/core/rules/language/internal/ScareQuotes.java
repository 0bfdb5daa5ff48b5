package org.casenotes.core.rules.language.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.casenotes.core.rules.TextRange;
import org.casenotes.core.rules.text.QuotedPassages;
import org.casenotes.core.rules.text.TextAnalysis;
import org.casenotes.core.rules.text.Tokens;

/**
 * Quotation marks around a single word or a short phrase that nobody is said to have spoken (the client's
 * "migraines") tell the reader the writer doubts it. A quotation is attributed, and so the speaker's own
 * words, when a reporting word stands before it in its sentence (said, stated, described, called, in her
 * words, a colon) or right after it ("...," she said); a quoted phrase whose words are all capitalized is a
 * name ("Fresh Start" group), not doubt. Declared in a list header as
 * {@code @scare-quotes <most words> | <message>}.
 *
 * @param maxWords the longest unattributed quotation, in words, that counts as scare quotes
 * @param message why it is a problem and what to write instead
 */
record ScareQuotes(int maxWords, String message) {

    private static final Set<String> ATTRIBUTION = Set.of("say", "says", "said", "saying", "state", "states", "stated",
            "stating", "report", "reports", "reported", "tell", "tells", "told", "explain", "explains", "explained",
            "describe", "describes", "described", "call", "calls", "called", "write", "writes", "wrote", "ask", "asks",
            "asked", "reply", "replies", "replied", "answer", "answers", "answered", "add", "adds", "added", "shout",
            "shouts", "shouted", "yell", "yells", "yelled", "text", "texts", "texted", "words", "word", "term",
            "phrase", "put", "puts", "named", "calling", "labelled", "labeled", "used", "uses", "repeated",
            "repeats", "insist", "insists", "insisted", "mention", "mentions", "mentioned", "quote", "quoted",
            "complain", "complains", "complained", "cried", "cries", "whispered", "screamed");

    static ScareQuotes parse(String value) {
        int bar = value.indexOf('|');
        String count = (bar < 0 ? value : value.substring(0, bar)).strip();
        int maxWords;
        try {
            maxWords = Integer.parseInt(count);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("@scare-quotes needs '<most words> | <message>', e.g. '3 | ...'");
        }
        if (maxWords < 1) {
            throw new IllegalArgumentException("@scare-quotes: the number of words must be at least 1");
        }
        String message = bar < 0 ? "" : value.substring(bar + 1).strip();
        if (message.isEmpty()) {
            throw new IllegalArgumentException("@scare-quotes needs a message after '|'");
        }
        return new ScareQuotes(maxWords, message);
    }

    /** @return the ranges (quotation marks included) of the scare quotes in {@code analysis} */
    List<TextRange> find(TextAnalysis analysis) {
        QuotedPassages quotes = analysis.quotes();
        List<TextRange> found = new ArrayList<>();
        Tokens tokens = analysis.tokens();
        String text = analysis.text();
        for (int k = 0; k < quotes.count(); k++) {
            TextRange passage = quotes.passage(k);
            int first = tokens.firstEndingAfter(passage.start());
            int afterLast = first;
            boolean allCapitalized = true;
            while (afterLast < tokens.count() && tokens.start(afterLast) < passage.end()) {
                allCapitalized &= Character.isUpperCase(text.codePointAt(tokens.start(afterLast)));
                afterLast++;
            }
            int words = afterLast - first;
            if (words == 0 || words > maxWords || allCapitalized && words > 0 && !startsSentence(analysis, passage)
                    || attributed(analysis, passage, first, afterLast)) {
                continue;
            }
            found.add(passage);
        }
        return found;
    }

    private static boolean startsSentence(TextAnalysis analysis, TextRange passage) {
        return analysis.sentences().range(analysis.sentences().indexAt(passage.start())).start() == passage.start();
    }

    private static boolean attributed(TextAnalysis analysis, TextRange passage, int first, int afterLast) {
        String text = analysis.text();
        TextRange sentence = analysis.sentences().range(analysis.sentences().indexAt(passage.start()));
        Tokens tokens = analysis.tokens();
        for (int k = first - 1; k >= 0 && tokens.start(k) >= sentence.start(); k--) {
            if (ATTRIBUTION.contains(tokens.normalized(k))) {
                return true;
            }
        }
        int before = passage.start() - 1;
        while (before >= sentence.start() && text.charAt(before) == ' ') {
            before--;
        }
        if (before >= sentence.start() && (text.charAt(before) == ':' || text.charAt(before) == ',')) {
            return true;
        }
        for (int k = afterLast; k < tokens.count() && k < afterLast + 4 && tokens.start(k) < sentence.end(); k++) {
            if (ATTRIBUTION.contains(tokens.normalized(k))) {
                return true;
            }
        }
        return false;
    }
}
