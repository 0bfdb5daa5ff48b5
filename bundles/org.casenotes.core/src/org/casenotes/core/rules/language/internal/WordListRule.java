package org.casenotes.core.rules.language.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.casenotes.core.rules.FieldRule;
import org.casenotes.core.rules.FieldText;
import org.casenotes.core.rules.Finding;
import org.casenotes.core.rules.NoteContext;
import org.casenotes.core.rules.RuleCategory;
import org.casenotes.core.rules.RuleSettings;
import org.casenotes.core.rules.Severity;
import org.casenotes.core.rules.SourceCitation;
import org.casenotes.core.rules.SuggestedEdit;
import org.casenotes.core.rules.TextRange;
import org.casenotes.core.rules.text.Sentences;
import org.casenotes.core.rules.text.TaggedSentence;
import org.casenotes.core.rules.text.TextAnalysis;
import org.casenotes.core.rules.text.Tokens;

/**
 * A language or privacy rule whose terms come from word lists: one rule per {@code @rule} id, with
 * the entries of the defining list and of every list that extends it. Words inside quotation marks
 * and fields holding the client's own words are not checked; terms the agency approves are accepted.
 */
public final class WordListRule implements FieldRule {

    private final RuleDefinition definition;
    private final TermIndex terms;
    private final int ruleNumber;
    private final PhraseTrie<Phrase> evidence = new PhraseTrie<>();

    /**
     * @param terms the index of the pack's terms, shared by its rules
     * @param ruleNumber this rule's number in {@code terms}
     */
    WordListRule(RuleDefinition definition, TermIndex terms, int ruleNumber, List<Phrase> evidencePhrases) {
        this.definition = definition;
        this.terms = terms;
        this.ruleNumber = ruleNumber;
        for (Phrase phrase : evidencePhrases) {
            evidence.add(phrase.tokens(), phrase);
        }
    }

    @Override
    public String id() {
        return definition.id();
    }

    @Override
    public RuleCategory category() {
        return definition.category();
    }

    @Override
    public Severity defaultSeverity() {
        return definition.severity();
    }

    @Override
    public String description() {
        return definition.description();
    }

    @Override
    public SourceCitation source() {
        return definition.source();
    }

    /** @return how many concrete phrases (terms, variants and inflections) the rule matches */
    public int phraseCount() {
        return terms.phraseCount(ruleNumber);
    }

    @Override
    public List<Finding> evaluateField(FieldText field, NoteContext note) {
        if (field.clientWords() || field.text().isEmpty() || !definition.appliesTo().contains(note.kind())) {
            return List.of();
        }
        TextAnalysis analysis = field.analysis();
        Tokens tokens = analysis.tokens();
        List<Finding> findings = new ArrayList<>();
        List<TermIndex.Hit> hits = terms.hits(field, ruleNumber);
        for (TermIndex.Hit hit : hits) {
            Phrase phrase = hit.target().phrase();
            WordListEntry entry = hit.target().entry();
            int focus = hit.start() + phrase.focusStart();
            int focusEnd = hit.start() + phrase.focusEnd();
            TextRange range = new TextRange(tokens.start(focus), tokens.end(focusEnd - 1));
            if (!analysis.quotes().contains(range.start()) && !isExempt(entry, range, analysis, focus, note.settings())
                    && !ProperNames.isPartOfName(entry, phrase, analysis, focus, focusEnd)
                    && !(hit.end() < tokens.count() && entry.conditions().unlessBefore().contains(tokens.normalized(hit.end())))
                    && holds(entry.conditions(), analysis, range, tokens.end(hit.end() - 1))
                    && !(definition.check() == Check.NEEDS_EVIDENCE && hasEvidence(analysis, range.start(), hits))) {
                findings.add(finding(field.fieldId(), hit.target(), range, analysis));
            }
        }
        if (definition.scareQuotes() != null) {
            for (TextRange quote : definition.scareQuotes().find(analysis)) {
                findings.add(scareQuoteFinding(field.fieldId(), quote, analysis.text()));
            }
        }
        return findings;
    }

    private static boolean holds(EntryConditions conditions, TextAnalysis analysis, TextRange range, int termEnd) {
        if (!conditions.needsTagging()) {
            return true;
        }
        TaggedSentence sentence = analysis.taggedAt(range.start());
        return conditions.hold(sentence, sentence.indexAt(range.start()), sentence.indexAt(termEnd));
    }

    private Finding scareQuoteFinding(String fieldId, TextRange quote, String text) {
        String inner = text.substring(quote.start() + 1, quote.end() - 1);
        return new Finding(id(), defaultSeverity(), "\u201c" + inner + "\u201d in quotation marks: "
                + definition.scareQuotes().message(), fieldId, quote,
                List.of(new SuggestedEdit(quote, inner, "Remove the quotation marks")), source());
    }

    private boolean isExempt(WordListEntry entry, TextRange range, TextAnalysis analysis, int token,
            RuleSettings settings) {
        String text = analysis.text();
        Tokens tokens = analysis.tokens();
        return settings.approves(entry.term()) || settings.approves(range.of(text))
                || entry.unlessNegated() && Negation.isNegated(analysis, token)
                || token > 0 && entry.unlessAfter().contains(tokens.normalized(token - 1));
    }

    /**
     * Whether the sentence of {@code offset}, or the next one, quotes the client, names a behaviour (an
     * {@code @evidence} phrase) or says what the client did: a verb of behaviour whose subject is the
     * client, outside the words the rule marks.
     */
    private boolean hasEvidence(TextAnalysis analysis, int offset, List<TermIndex.Hit> hits) {
        Sentences sentences = analysis.sentences();
        int index = sentences.indexAt(offset);
        int from = sentences.range(index).start();
        int to = sentences.range(Math.min(index + 1, sentences.count() - 1)).end();
        if (analysis.quotes().overlaps(from, to)) {
            return true;
        }
        Tokens tokens = analysis.tokens();
        for (int k = tokens.firstEndingAfter(from); k < tokens.count() && tokens.start(k) < to; k++) {
            PhraseTrie.Match<Phrase> match = evidence.longestAt(tokens, k, (phrase, start, end) -> true);
            if (match != null && tokens.end(match.end() - 1) <= to) {
                return true;
            }
        }
        int last = Math.min(index + 1, sentences.count() - 1);
        for (int j = index; j <= last; j++) {
            TaggedSentence sentence = analysis.tagged(j);
            for (int k = 0; k < sentence.count(); k++) {
                if (sentence.tagIs(k, TaggedSentence.VERB) && !marked(hits, tokens, sentence.start(k))
                        && ClauseReading.isClientAction(sentence, k, EntryConditions.CLIENT)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean marked(List<TermIndex.Hit> hits, Tokens tokens, int offset) {
        for (TermIndex.Hit hit : hits) {
            if (tokens.start(hit.start()) <= offset && offset < tokens.end(hit.end() - 1)) {
                return true;
            }
        }
        return false;
    }

    private Finding finding(String fieldId, TermIndex.Target target, TextRange range, TextAnalysis analysis) {
        WordListEntry entry = target.entry();
        String text = analysis.text();
        String surface = range.of(text);
        Sentences sentences = analysis.sentences();
        int sentence = sentences.indexAt(range.start());
        boolean startsSentence = sentences.range(sentence).start() == range.start();
        Map<String, SuggestedEdit> edits = new LinkedHashMap<>();
        for (Alternative alternative : entry.alternatives()) {
            SuggestedEdit edit = alternative.removes() ? removal(range, text)
                    : SuggestedEdit.replace(range, cased(alternative.render(target.phrase().form()), surface,
                            startsSentence));
            edits.putIfAbsent(edit.replacement(), edit);
        }
        if (definition.check() == Check.PERSONAL_IMPRESSION) {
            int end = sentence + 1 < sentences.count() ? sentences.range(sentence + 1).start() : text.length();
            edits.put("\0move", new SuggestedEdit(new TextRange(sentences.range(sentence).start(), end), "",
                    "Move this sentence to a psychotherapy note"));
        }
        String message = "\u201c" + surface + "\u201d: " + (entry.message() != null ? entry.message() : description());
        return new Finding(id(), entry.severity() != null ? entry.severity() : defaultSeverity(), message, fieldId,
                range, new ArrayList<>(edits.values()), entry.source() != null ? entry.source() : source());
    }

    private static SuggestedEdit removal(TextRange range, String text) {
        TextRange widened = range;
        if (range.end() < text.length() && text.charAt(range.end()) == ' ') {
            widened = new TextRange(range.start(), range.end() + 1);
        } else if (range.start() > 0 && text.charAt(range.start() - 1) == ' ') {
            widened = new TextRange(range.start() - 1, range.end());
        }
        return new SuggestedEdit(widened, "", "Remove \u201c" + range.of(text) + "\u201d");
    }

    /** Capitalizes a suggestion that replaces a capitalized word (but not an acronym inside a sentence). */
    private static String cased(String replacement, String surface, boolean startsSentence) {
        if (replacement.isEmpty() || !Character.isUpperCase(surface.codePointAt(0))) {
            return replacement;
        }
        boolean acronym = surface.length() > 1
                && surface.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
        if (acronym && !startsSentence) {
            return replacement;
        }
        return replacement.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + replacement.substring(1);
    }
}
