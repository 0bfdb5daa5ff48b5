package org.casenotes.core.rules.language.internal;

import java.util.Locale;
import java.util.Set;

import org.casenotes.core.rules.text.TaggedSentence;

/**
 * The conditions a list author writes in an entry's options that need the tagged sentence: the part of
 * speech of the marked word ({@code pos=verb}), who does it ({@code subject={person}}), what comes right
 * after it ({@code unless-before={set}}, {@code unless-next-pos=noun}) and whether it stands in what the
 * client reports ({@code unless-reported}). A hit that fails a condition is not a finding. Entries without
 * such options never cause a sentence to be tagged.
 *
 * @param pos Universal POS tags the marked word must have; empty for any
 * @param subject words that name the client as the subject; {@code null} for no subject condition
 * @param unlessBefore normalized words that, right after the term, make it something else
 * @param unlessNextPos POS tags of the next word that make the term something else ("a psychotic episode")
 * @param unlessReported whether a term inside what the client reports is accepted
 */
record EntryConditions(Set<String> pos, Set<String> subject, Set<String> unlessBefore, Set<String> unlessNextPos,
        boolean unlessReported) {

    static final EntryConditions NONE = new EntryConditions(Set.of(), null, Set.of(), Set.of(), false);

    /** Words that stand for the client when a list gives no subject set. */
    static final Set<String> CLIENT = Set.of("client", "clients", "patient", "patients", "pt", "he", "she", "they",
            "youth", "resident", "member", "individual", "you", "i");

    EntryConditions {
        pos = Set.copyOf(pos);
        subject = subject == null ? null : Set.copyOf(subject);
        unlessBefore = Set.copyOf(unlessBefore);
        unlessNextPos = Set.copyOf(unlessNextPos);
    }

    /** @return whether any condition needs the tagged sentence */
    boolean needsTagging() {
        return !pos.isEmpty() || subject != null || !unlessNextPos.isEmpty() || unlessReported;
    }

    /** @return the Universal POS tags a list's part-of-speech name stands for */
    static Set<String> tags(String names) {
        java.util.Set<String> tags = new java.util.HashSet<>();
        for (String name : names.split(",")) {
            switch (name.strip().toLowerCase(Locale.ROOT)) {
                case "noun" -> tags.add(TaggedSentence.NOUN);
                case "proper-noun" -> tags.add(TaggedSentence.PROPN);
                case "verb" -> {
                    tags.add(TaggedSentence.VERB);
                    tags.add(TaggedSentence.AUX);
                }
                case "adjective" -> tags.add(TaggedSentence.ADJ);
                case "adverb" -> tags.add(TaggedSentence.ADV);
                case "pronoun" -> tags.add(TaggedSentence.PRON);
                case "determiner" -> tags.add(TaggedSentence.DET);
                case "number" -> tags.add(TaggedSentence.NUM);
                case "preposition" -> tags.add(TaggedSentence.ADP);
                case "conjunction" -> {
                    tags.add(TaggedSentence.SCONJ);
                    tags.add(TaggedSentence.CCONJ);
                }
                case "punctuation" -> tags.add(TaggedSentence.PUNCT);
                default -> throw new IllegalArgumentException("unknown part of speech '" + name.strip()
                        + "' (expected noun, proper-noun, verb, adjective, adverb, pronoun, determiner, number, "
                        + "preposition, conjunction or punctuation)");
            }
        }
        return tags;
    }

    /**
     * @param s the tagged sentence of the hit
     * @param first index in {@code s} of the first marked word
     * @param afterLast index in {@code s} after the last word of the whole term (context included)
     * @return whether the hit stands as a finding
     */
    boolean hold(TaggedSentence s, int first, int afterLast) {
        if (first >= s.count()) {
            return true;
        }
        if (!pos.isEmpty() && !pos.contains(s.tag(first))) {
            return false;
        }
        if (!unlessNextPos.isEmpty() && afterLast < s.count() && unlessNextPos.contains(s.tag(afterLast))) {
            return false;
        }
        Set<String> client = subject != null ? subject : CLIENT;
        if (subject != null && !ClauseReading.isClient(s, ClauseReading.actor(s, first), client)) {
            return false;
        }
        return !(unlessReported && ClauseReading.isReported(s, first, client));
    }
}
