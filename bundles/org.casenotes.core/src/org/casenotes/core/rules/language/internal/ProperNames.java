package org.casenotes.core.rules.language.internal;

import org.casenotes.core.rules.text.Sentences;
import org.casenotes.core.rules.text.TextAnalysis;
import org.casenotes.core.rules.text.Tokens;

/**
 * Proper names of programmes, groups and places are not labels: "Refuse to Lose running club", "the Clean
 * Slate program", "Austin, TX". A term that a list writes in lower case is taken as part of a name when the
 * text capitalizes it in the middle of a sentence, or at the start of one when the next word is capitalized
 * too. Shouting (a term of four or more letters, all capitals) is not a name; terms written with capitals in the list
 * (SI, CBT) are acronyms and are never skipped.
 */
final class ProperNames {

    private ProperNames() {
    }

    static boolean isPartOfName(WordListEntry entry, Phrase phrase, TextAnalysis analysis, int focus, int focusEnd) {
        String written = phrase.surface().get(phrase.focusStart());
        if (entry.matchCase() || !written.equals(written.toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        String text = analysis.text();
        Tokens tokens = analysis.tokens();
        int start = tokens.start(focus);
        if (!Character.isUpperCase(text.codePointAt(start)) || shouted(text, start, tokens.end(focusEnd - 1))) {
            return false;
        }
        Sentences sentences = analysis.sentences();
        int sentenceStart = sentences.range(sentences.indexAt(start)).start();
        boolean opensSentence = !hasLetterOrDigit(text, sentenceStart, start) || afterColon(text, sentenceStart, start);
        if (!opensSentence) {
            return true;
        }
        return focusEnd < tokens.count() && !tokens.normalized(focusEnd).equals("i")
                && Character.isUpperCase(text.codePointAt(tokens.start(focusEnd)))
                && sentences.indexAt(tokens.start(focusEnd)) == sentences.indexAt(start);
    }

    private static boolean shouted(String text, int from, int to) {
        int letters = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letters += Character.isLetter(c) ? 1 : 0;
        }
        return letters >= 4;
    }

    private static boolean afterColon(String text, int sentenceStart, int start) {
        int i = start - 1;
        while (i >= sentenceStart && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i >= sentenceStart && text.charAt(i) == ':';
    }

    private static boolean hasLetterOrDigit(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
