package org.casenotes.core.rules.language.internal;

import java.util.List;
import java.util.Set;

import org.casenotes.core.rules.Severity;
import org.casenotes.core.rules.SourceCitation;

/**
 * One line of a word list: a term (with its variants expanded to phrases), what to write instead,
 * why, and where that advice comes from.
 *
 * @param term the term as written in the list, without {@code ~}; what an agency approves
 * @param phrases every concrete word sequence the term and its variants match
 * @param alternatives suggested replacements, best first
 * @param message why the term is a problem; {@code null} to use the rule's description
 * @param source the entry's own source, or {@code null} for the rule's
 * @param severity the entry's own severity, or {@code null} for the rule's
 * @param matchCase whether the text must have the case written in the list (acronyms: SI, HI)
 * @param unlessNegated whether a negated use ("did not refuse") is accepted
 * @param unlessAfter normalized words that, right before the term, make it something else ("the
 *            claims" is a noun, not a doubt marker); empty if none
 * @param conditions conditions on the tagged sentence (part of speech, subject, next word, reported speech)
 * @param location file and line, for error messages
 */
record WordListEntry(String term, List<Phrase> phrases, List<Alternative> alternatives, String message,
        SourceCitation source, Severity severity, boolean matchCase, boolean unlessNegated, Set<String> unlessAfter,
        EntryConditions conditions, String location) {

    WordListEntry {
        phrases = List.copyOf(phrases);
        alternatives = List.copyOf(alternatives);
        unlessAfter = Set.copyOf(unlessAfter);
    }
}
