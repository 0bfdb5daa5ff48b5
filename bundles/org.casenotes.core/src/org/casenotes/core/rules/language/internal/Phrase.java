package org.casenotes.core.rules.language.internal;

import java.util.List;

/**
 * One concrete word sequence a word-list entry matches, after sets and inflections are expanded.
 * Words written in brackets in the list are context: they must be present but are not part of the
 * finding's range, e.g. in {@code [{person}] claim~} only "claims" is marked and replaced.
 *
 * @param tokens the normalized tokens, as {@link org.casenotes.core.rules.text.Tokens} produces them
 * @param surface the tokens as written in the list (case kept), for entries that match case
 * @param form the inflection of the first {@code ~} word outside the context, {@link WordForm#BASE}
 *            if none
 * @param focusStart index of the first token outside the leading context
 * @param focusEnd index after the last token before the trailing context
 */
record Phrase(List<String> tokens, List<String> surface, WordForm form, int focusStart, int focusEnd) {

    Phrase {
        tokens = List.copyOf(tokens);
        surface = List.copyOf(surface);
        if (focusStart < 0 || focusEnd > tokens.size() || focusStart > focusEnd) {
            throw new IllegalArgumentException("focus [" + focusStart + ", " + focusEnd + ") outside the phrase");
        }
    }

    /** @return a phrase that is all focus */
    static Phrase of(List<String> tokens, List<String> surface, WordForm form) {
        return new Phrase(tokens, surface, form, 0, tokens.size());
    }
}
