package org.casenotes.core.rules.language.internal;

import java.util.ArrayList;
import java.util.List;

import org.casenotes.core.rules.FieldText;
import org.casenotes.core.rules.text.QuotedPassages;
import org.casenotes.core.rules.text.TextAnalysis;
import org.casenotes.core.rules.text.Tokens;

/**
 * One trie over the terms of all word-list rules of a {@link LanguagePack}, so a field's text is
 * scanned once for all of them (one hash lookup per token, not one per token and rule). The result of
 * a scan is shared through {@link FieldText#shared}; each rule then reads its own hits.
 * <p>
 * Per rule, a hit is the longest phrase starting at a token that is not inside quotation marks and,
 * for {@code match-case} entries, has the written case; the next hit of that rule starts after it.
 */
final class TermIndex {

    /** A phrase of rule {@code rule} found at tokens {@code [start, end)}. */
    record Hit(Target target, int start, int end) {
    }

    /** What a phrase of the trie leads to. */
    record Target(int rule, WordListEntry entry, Phrase phrase) {
    }

    private final PhraseTrie<Target> trie = new PhraseTrie<>();
    private final int[] phraseCounts;

    /** @param entriesByRule the entries of each rule, by rule number */
    TermIndex(List<List<WordListEntry>> entriesByRule) {
        phraseCounts = new int[entriesByRule.size()];
        for (int rule = 0; rule < entriesByRule.size(); rule++) {
            for (WordListEntry entry : entriesByRule.get(rule)) {
                for (Phrase phrase : entry.phrases()) {
                    trie.add(phrase.tokens(), new Target(rule, entry, phrase));
                    phraseCounts[rule]++;
                }
            }
        }
    }

    /** @return how many phrases rule {@code rule} has */
    int phraseCount(int rule) {
        return phraseCounts[rule];
    }

    /** @return the hits of rule {@code rule} in {@code field}, scanning the field once for all rules */
    List<Hit> hits(FieldText field, int rule) {
        return field.<List<List<Hit>>>shared(this, this::scan).get(rule);
    }

    private List<List<Hit>> scan(FieldText field) {
        int rules = phraseCounts.length;
        List<List<Hit>> hits = new ArrayList<>(rules);
        for (int rule = 0; rule < rules; rule++) {
            hits.add(new ArrayList<>(0));
        }
        TextAnalysis analysis = field.analysis();
        Tokens tokens = analysis.tokens();
        QuotedPassages quotes = analysis.quotes();
        boolean quoted = quotes.count() > 0;
        LongestPerRule longest = new LongestPerRule(rules, field.text(), tokens);
        for (int i = 0; i < tokens.count(); i++) {
            if (quoted && quotes.contains(tokens.start(i))) {
                continue;
            }
            longest.start = i;
            if (trie.walk(tokens, i, longest)) {
                for (int rule = 0; rule < rules; rule++) {
                    Hit hit = longest.hits[rule];
                    if (hit != null) {
                        hits.get(rule).add(hit);
                        longest.coveredUntil[rule] = hit.end();
                        longest.hits[rule] = null;
                    }
                }
            }
        }
        return hits;
    }

    /**
     * The longest phrase per rule found at token {@code start} that does not start inside the rule's last hit
     * and has its written case: one visitor for a whole scan (not one per token).
     */
    private static final class LongestPerRule implements PhraseTrie.Visitor<Target> {
        private final String text;
        private final Tokens tokens;
        private final int[] coveredUntil;
        private final Hit[] hits;
        private int start;

        LongestPerRule(int rules, String text, Tokens tokens) {
            this.text = text;
            this.tokens = tokens;
            this.coveredUntil = new int[rules];
            this.hits = new Hit[rules];
        }

        @Override
        public void found(Target target, int end) {
            int rule = target.rule();
            if (start >= coveredUntil[rule] && hasCase(target, text, tokens, start)
                    && (hits[rule] == null || hits[rule].end() < end)) {
                hits[rule] = new Hit(target, start, end);
            }
        }
    }

    private static boolean hasCase(Target target, String text, Tokens tokens, int start) {
        if (!target.entry().matchCase()) {
            return true;
        }
        List<String> surface = target.phrase().surface();
        for (int k = 0; k < surface.size(); k++) {
            String word = surface.get(k);
            int at = tokens.start(start + k);
            if (tokens.end(start + k) - at != word.length() || !text.regionMatches(at, word, 0, word.length())) {
                return false;
            }
        }
        return true;
    }
}
