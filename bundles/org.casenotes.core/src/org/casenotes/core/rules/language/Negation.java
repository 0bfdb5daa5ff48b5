package org.casenotes.core.rules.language;

import java.util.Set;

import org.casenotes.core.rules.text.Tokens;

/**
 * Whether a word is negated: a negator ("not", "never", "didn't", ...) within the four words before
 * it, with no clause break (comma, semicolon, colon, sentence end) in between. "Client did not refuse
 * the referral" is negated; "Client did not attend, refused a new date" is not.
 */
final class Negation {

    private static final int WINDOW = 4;
    private static final Set<String> NEGATORS = Set.of("not", "no", "never", "without", "nor", "neither",
            "cannot", "dont", "didnt", "doesnt", "isnt", "wasnt", "werent", "wont", "cant", "couldnt", "wouldnt",
            "hasnt", "havent", "hadnt");

    private Negation() {
    }

    /** @return whether token {@code index} of {@code text} is negated */
    static boolean isNegated(String text, Tokens tokens, int index) {
        for (int k = index - 1; k >= 0 && k >= index - WINDOW; k--) {
            if (hasClauseBreak(text, tokens.end(k), tokens.start(k + 1))) {
                return false;
            }
            String word = tokens.normalized(k);
            if (NEGATORS.contains(word) || word.endsWith("n't")) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasClauseBreak(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == ',' || c == ';' || c == ':' || c == '.' || c == '!' || c == '?' || c == '\n') {
                return true;
            }
        }
        return false;
    }
}
