package org.casenotes.core.rules.language.internal;

import java.util.Set;

import org.casenotes.core.rules.text.TaggedSentence;
import org.casenotes.core.rules.text.TextAnalysis;
import org.casenotes.core.rules.text.Tokens;

/**
 * Whether a word is negated: a negator ("not", "never", "didn't", "no", and the clinical "denies" and
 * "negative for") within the four words before it, with no clause break in between. "Client did not refuse
 * the referral" is negated; "Client did not attend, refused a new date" is not. A comma inside a list of
 * things that are denied does not break it ("denies SI, HI or AVH"): across a comma the negation goes on
 * when no verb stands between the comma and the word (the tagged sentence says), and the "and" or "or" of
 * such a list does not count toward the four words.
 */
final class Negation {

    private static final int WINDOW = 4;
    private static final Set<String> NEGATORS = Set.of("not", "no", "never", "without", "nor", "neither",
            "cannot", "dont", "didnt", "doesnt", "isnt", "wasnt", "werent", "wont", "cant", "couldnt", "wouldnt",
            "hasnt", "havent", "hadnt", "deny", "denies", "denied", "denying", "negative");

    private static final Set<String> CONJUNCTIONS = Set.of("and", "or");

    private Negation() {
    }

    /** @return whether token {@code index} of the analysed text is negated */
    static boolean isNegated(TextAnalysis analysis, int index) {
        String text = analysis.text();
        Tokens tokens = analysis.tokens();
        int counted = 0;
        for (int k = index - 1; k >= 0 && counted < WINDOW; k--) {
            char stop = clauseBreak(text, tokens.end(k), tokens.start(k + 1));
            if (stop != 0 && (stop != ',' || !listGoesOn(analysis, tokens.end(k), tokens.start(index)))) {
                return false;
            }
            String word = tokens.normalized(k);
            if (!(CONJUNCTIONS.contains(word) && listGoesOn(analysis, tokens.end(k), tokens.start(index)))) {
                counted++;
            }
            if (NEGATORS.contains(word) || word.endsWith("n't")) {
                return true;
            }
        }
        return false;
    }

    /** @return the strongest clause break between {@code from} and {@code to}: 0, ',' or another mark */
    private static char clauseBreak(String text, int from, int to) {
        char found = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == ';' || c == ':' || c == '.' || c == '!' || c == '?' || c == '\n') {
                return c;
            }
            if (c == ',') {
                found = ',';
            }
        }
        return found;
    }

    private static boolean listGoesOn(TextAnalysis analysis, int commaAt, int wordAt) {
        TaggedSentence sentence = analysis.taggedAt(wordAt);
        for (int k = sentence.indexAt(commaAt); k < sentence.count() && sentence.start(k) <= wordAt; k++) {
            if (sentence.tagIs(k, TaggedSentence.VERB, TaggedSentence.AUX, TaggedSentence.SCONJ)) {
                return false;
            }
        }
        return true;
    }
}
