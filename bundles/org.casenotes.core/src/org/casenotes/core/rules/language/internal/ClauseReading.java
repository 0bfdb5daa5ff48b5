package org.casenotes.core.rules.language.internal;

import java.util.Set;

import org.casenotes.core.rules.text.TaggedSentence;

/**
 * Reads a tagged sentence the way the list conditions need it: who does what a word says (the subject of
 * its clause, or the agent of a passive), whether the word is inside what someone reports, and whether a
 * clause describes something the client did. A heuristic over POS tags and noun groups, not a parser: it
 * knows clause openers (subordinating conjunctions, relative pronouns, semicolons, a coordinating
 * conjunction followed by a new subject), note style (a sentence with no subject is about the client) and
 * passives ("was refused by the school"). A person's name counts as the client, except a single name that
 * opens the sentence (the tagger cannot tell it from any capitalized first word).
 */
final class ClauseReading {

    /** Who a word is about: the head word of the subject, or {@code IMPLIED} when the clause has none. */
    static final int IMPLIED = -1;

    private static final Set<String> CLAUSE_OPENERS = Set.of("that", "who", "which", "because", "when", "while", "after",
            "before", "since", "although", "though", "if", "unless", "until", "whereas", "where", "once", "so");
    private static final Set<String> CIRCUMSTANCE_OPENERS = Set.of("when", "while", "after", "before", "since", "because",
            "if", "unless", "until", "once", "as", "about", "whenever");
    private static final Set<String> BE_OR_GET = Set.of("is", "was", "were", "are", "am", "be", "been", "being", "'s",
            "get", "gets", "got", "gotten", "getting", "'re", "'m");
    private static final Set<String> REPORTING = Set.of("say", "says", "said", "saying", "state", "states", "stated",
            "stating", "report", "reports", "reported", "reporting", "tell", "tells", "told", "explain", "explains",
            "explained", "believe", "believes", "believed", "think", "thinks", "thought", "feel", "feels", "felt", "hope",
            "hopes", "hoped", "expect", "expects", "expected", "worry", "worries", "worried", "wonder", "wonders",
            "wondered", "guess", "guesses", "guessed", "write", "writes", "wrote", "share", "shares", "shared",
            "mention", "mentions", "mentioned", "add", "adds", "added", "describe", "describes", "described", "predict",
            "predicts", "predicted", "estimate", "estimates", "estimated", "plan", "plans", "planned", "agree",
            "agrees", "agreed", "fear", "fears", "feared");
    private static final Set<String> ORGANIZATION_WORDS = Set.of("house", "clinic", "center", "centre", "school",
            "services", "service", "court", "department", "program", "programme", "hospital", "pharmacy", "bank",
            "county", "agency", "group", "academy", "office", "authority", "inc", "company", "shelter", "church",
            "university", "college", "club", "team", "unit", "board", "project", "network", "foundation");
    /**
     * Verbs that state a condition or a mental act rather than something one could watch the client do, in
     * all their forms (the word lists' inflection rules: the statistical lemmatizer costs about 0.25 ms a word,
     * too much for every sentence an interpretation is found in).
     */
    private static final Set<String> NOT_BEHAVIOUR = inflected("be", "seem", "appear", "look", "feel", "become", "get",
            "remain", "have", "sound", "make", "do", "want", "need", "think", "know", "believe", "hope", "wish", "like",
            "keep", "stay", "continue", "start", "begin", "tend", "try", "improve", "progress", "regress", "worsen",
            "deteriorate", "struggle", "cope", "experience", "suffer", "show", "present", "display", "demonstrate");

    private static Set<String> inflected(String... verbs) {
        Set<String> forms = new java.util.HashSet<>(Set.of("became", "kept", "got", "gotten", "made", "had", "has",
                "did", "does", "done", "thought", "knew", "known", "felt", "began", "begun", "showed", "shown",
                "seemed", "stayed", "tried", "wished"));
        for (String verb : verbs) {
            for (WordForm form : WordForm.values()) {
                forms.addAll(form.spellings(verb));
            }
        }
        return Set.copyOf(forms);
    }

    private ClauseReading() {
    }

    /** @return the index of the first word of the clause containing word {@code i} */
    static int clauseStart(TaggedSentence s, int i) {
        for (int k = i - 1; k >= 0; k--) {
            String word = s.lower(k);
            // a full stop inside a sentence: a new sentence typed without a capital ("went well. client refused")
            if (word.equals(";") || word.equals(":") || word.equals(".") || word.equals("!") || word.equals("?")
                    || word.equals("(") || word.equals("\u2014")
                    || word.equals("\u2013") || s.tagIs(k, TaggedSentence.SCONJ) || CLAUSE_OPENERS.contains(word)
                    && !s.tagIs(k, TaggedSentence.DET)) {
                return k + 1;
            }
            if (s.tagIs(k, TaggedSentence.CCONJ) && opensClauseWithSubject(s, k + 1)) {
                return k + 1;
            }
        }
        return 0;
    }

    private static boolean opensClauseWithSubject(TaggedSentence s, int from) {
        int end = s.nounGroupEnd(from);
        return end > from && end < s.count() && s.tagIs(end, TaggedSentence.VERB, TaggedSentence.AUX);
    }

    /**
     * @return the head of the subject of the clause of word {@code i} (for a passive verb, of the agent after
     *         "by"), or {@link #IMPLIED} when the clause names none, as in note style ("Refused the offer.")
     */
    static int actor(TaggedSentence s, int i) {
        int start = clauseStart(s, i);
        while (start < i && s.tagIs(start, TaggedSentence.ADV, TaggedSentence.PUNCT, "INTJ")) {
            start++;
        }
        int end = s.nounGroupEnd(start);
        if (end > i) {
            return possessor(s, start, i);
        }
        if (end == start) {
            if (start > 0 && s.tagIs(start - 1, TaggedSentence.CCONJ) || start > 0 && s.lower(start - 1).equals(",")) {
                return actor(s, Math.max(0, start - 1));
            }
            return IMPLIED;
        }
        int agent = passiveAgent(s, end, i);
        return agent != Integer.MIN_VALUE ? agent : end - 1;
    }

    /** The possessor inside the noun group {@code [start, i)} ("the court's refusal"), else IMPLIED. */
    private static int possessor(TaggedSentence s, int start, int i) {
        for (int k = i - 1; k >= start; k--) {
            if (s.lower(k).equals("'s") && k > start) {
                return k - 1;
            }
            if (s.isPossessive(k) && !s.lower(k).equals("'s")) {
                return k;
            }
        }
        return IMPLIED;
    }

    /** For a passive verb at {@code i}, the agent after "by" or IMPLIED; MIN_VALUE if {@code i} is not passive. */
    private static int passiveAgent(TaggedSentence s, int subjectEnd, int i) {
        if (!s.tagIs(i, TaggedSentence.VERB) || !(s.lower(i).endsWith("ed") || s.lower(i).endsWith("en"))) {
            return Integer.MIN_VALUE;
        }
        boolean auxiliary = false;
        for (int k = subjectEnd; k < i; k++) {
            auxiliary |= BE_OR_GET.contains(s.lower(k));
        }
        if (!auxiliary) {
            return Integer.MIN_VALUE;
        }
        for (int k = i + 1; k < s.count() - 1; k++) {
            if (s.lower(k).equals("by")) {
                int end = s.nounGroupEnd(k + 1);
                return end > k + 1 ? end - 1 : IMPLIED;
            }
            if (s.tagIs(k, TaggedSentence.SCONJ, TaggedSentence.CCONJ) || s.lower(k).equals(";")) {
                break;
            }
        }
        return IMPLIED;
    }

    /** @return whether {@code actor} is the client: IMPLIED, a word of {@code clientWords}, or a person's name */
    static boolean isClient(TaggedSentence s, int actor, Set<String> clientWords) {
        if (actor == IMPLIED) {
            return true;
        }
        String word = s.lower(actor);
        if (clientWords.contains(word) || clientWords.contains(subjectForm(word)) || !hasLatinLetter(word)) {
            // a word in another script cannot be told to be a third party: read it as the client
            return true;
        }
        if (s.tagIs(actor, TaggedSentence.PROPN) && s.capitalized(actor) && !ORGANIZATION_WORDS.contains(word)
                && (actor == 0 || !s.tagIs(actor - 1, TaggedSentence.DET))) {
            // a name; at the start of a sentence only a two-word one, as the tagger marks any capitalized
            // first word as a proper noun ("Traffic was worsening")
            return actor > 0 || actor + 1 < s.count() && s.tagIs(actor + 1, TaggedSentence.PROPN);
        }
        return false;
    }

    private static String subjectForm(String possessive) {
        return switch (possessive) {
            case "her" -> "she";
            case "his" -> "he";
            case "their" -> "they";
            case "your" -> "you";
            case "my" -> "i";
            default -> possessive;
        };
    }

    private static boolean hasLatinLetter(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c >= 'a' && c <= 'z') {
                return true;
            }
        }
        return false;
    }

    /**
     * @return whether word {@code i} stands in what the client reports, believes or expects ("Client said she
     *         will probably move"): a reporting verb before it in the sentence whose subject is the client
     */
    static boolean isReported(TaggedSentence s, int i, Set<String> clientWords) {
        for (int k = 0; k < i; k++) {
            if (REPORTING.contains(s.lower(k)) && s.tagIs(k, TaggedSentence.VERB)
                    && isClient(s, actor(s, k), clientWords)) {
                return true;
            }
        }
        return false;
    }

    /**
     * @return whether word {@code k} is a verb of observable behaviour done by the client in a main clause
     *         (not in a "when he arrived" clause, which sets the scene)
     */
    static boolean isClientAction(TaggedSentence s, int k, Set<String> clientWords) {
        if (!s.tagIs(k, TaggedSentence.VERB) || NOT_BEHAVIOUR.contains(s.lower(k))) {
            return false;
        }
        if (k > 0 && s.lower(k - 1).equals("to")) {
            return false;
        }
        int start = clauseStart(s, k);
        if (start > 0 && CIRCUMSTANCE_OPENERS.contains(s.lower(start - 1))) {
            return false;
        }
        return isClient(s, actor(s, k), clientWords);
    }
}
