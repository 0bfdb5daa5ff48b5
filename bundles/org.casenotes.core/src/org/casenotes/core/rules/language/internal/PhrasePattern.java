package org.casenotes.core.rules.language.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.casenotes.core.rules.text.Tokens;

/**
 * Expands the term syntax of word lists into concrete {@link Phrase}s. A term is words separated by
 * spaces; a word ending in {@code ~} also stands for its inflections; {@code {name}} stands for each
 * member of a set declared with {@code @set} (an empty member makes the word optional); words in
 * brackets at the start or end ({@code [{person}] claim~}) are context that must be present but is not
 * marked. Words are split and normalized exactly as note text is, so {@code non-compliant} also
 * matches "non compliant" and "Non-Compliant".
 */
final class PhrasePattern {

    /** Guards against a combinatorial explosion from several large sets in one term. */
    static final int MAX_EXPANSIONS = 4096;

    private enum Role {
        LEADING_CONTEXT, FOCUS, TRAILING_CONTEXT
    }

    private PhrasePattern() {
    }

    /**
     * @return every phrase {@code pattern} stands for
     * @throws IllegalArgumentException naming the problem, e.g. an unknown set
     */
    static List<Phrase> expand(String pattern, Map<String, List<String>> sets) {
        List<Phrase> partial = List.of(Phrase.of(List.of(), List.of(), WordForm.BASE));
        String[] pieces = pattern.trim().split("\\s+");
        boolean inBrackets = false;
        boolean seenFocus = false;
        boolean seenTrailing = false;
        for (String written : pieces) {
            String piece = written;
            boolean opens = piece.startsWith("[");
            if (opens) {
                if (inBrackets || seenTrailing) {
                    throw new IllegalArgumentException("nested or repeated [context] in '" + pattern + "'");
                }
                inBrackets = true;
                piece = piece.substring(1);
            }
            boolean closes = piece.endsWith("]");
            if (closes) {
                if (!inBrackets) {
                    throw new IllegalArgumentException("']' without '[' in '" + pattern + "'");
                }
                piece = piece.substring(0, piece.length() - 1);
            }
            Role role = !inBrackets ? Role.FOCUS : seenFocus ? Role.TRAILING_CONTEXT : Role.LEADING_CONTEXT;
            if (role == Role.FOCUS && seenTrailing) {
                throw new IllegalArgumentException("[context] must come first or last in '" + pattern + "'");
            }
            seenFocus |= role == Role.FOCUS;
            seenTrailing |= role == Role.TRAILING_CONTEXT;
            if (!piece.isEmpty()) {
                partial = combine(partial, choices(piece, sets), role);
            }
            if (closes) {
                inBrackets = false;
            }
            if (partial.size() > MAX_EXPANSIONS) {
                throw new IllegalArgumentException("term expands to more than " + MAX_EXPANSIONS + " phrases");
            }
        }
        if (inBrackets) {
            throw new IllegalArgumentException("'[' without ']' in '" + pattern + "'");
        }
        List<Phrase> result = partial.stream().filter(p -> p.focusEnd() > p.focusStart()).toList();
        if (result.isEmpty()) {
            throw new IllegalArgumentException("term has no words outside [context]: " + pattern);
        }
        return result;
    }

    private static List<Phrase> choices(String piece, Map<String, List<String>> sets) {
        if (!piece.startsWith("{") || !piece.endsWith("}")) {
            return words(piece);
        }
        String name = piece.substring(1, piece.length() - 1);
        List<String> members = sets.get(name);
        if (members == null) {
            throw new IllegalArgumentException("unknown set {" + name + "} (declare it with @set first)");
        }
        List<Phrase> choices = new ArrayList<>();
        for (String member : members) {
            choices.addAll(member.isBlank() ? List.of(Phrase.of(List.of(), List.of(), WordForm.BASE))
                    : expand(member, Map.of()));
        }
        return choices;
    }

    /** The phrases of one space-free piece such as {@code wheelchair-bound} or {@code refuse~}. */
    private static List<Phrase> words(String piece) {
        boolean inflect = piece.endsWith("~");
        String written = inflect ? piece.substring(0, piece.length() - 1) : piece;
        if (written.indexOf('~') >= 0 || written.indexOf('{') >= 0 || written.indexOf('}') >= 0
                || written.indexOf('[') >= 0 || written.indexOf(']') >= 0) {
            throw new IllegalArgumentException("misplaced ~, braces or brackets in '" + piece + "'");
        }
        Tokens tokens = Tokens.of(written);
        if (tokens.count() == 0) {
            throw new IllegalArgumentException("no letters or digits in '" + piece + "'");
        }
        List<String> normalized = new ArrayList<>();
        List<String> surface = new ArrayList<>();
        for (int i = 0; i < tokens.count(); i++) {
            normalized.add(tokens.normalized(i));
            surface.add(written.substring(tokens.start(i), tokens.end(i)));
        }
        if (!inflect) {
            return List.of(Phrase.of(normalized, surface, WordForm.BASE));
        }
        int last = normalized.size() - 1;
        List<Phrase> forms = new ArrayList<>();
        for (WordForm form : WordForm.values()) {
            for (String spelling : form.spellings(normalized.get(last))) {
                List<String> inflected = new ArrayList<>(normalized.subList(0, last));
                inflected.add(spelling);
                List<String> inflectedSurface = new ArrayList<>(surface.subList(0, last));
                inflectedSurface.add(spelling);
                forms.add(Phrase.of(inflected, inflectedSurface, form));
            }
        }
        return forms;
    }

    /** Joins every head with every tail; the form is that of the first inflected word in focus. */
    private static List<Phrase> combine(List<Phrase> heads, List<Phrase> tails, Role role) {
        List<Phrase> result = new ArrayList<>(heads.size() * tails.size());
        for (Phrase head : heads) {
            for (Phrase tail : tails) {
                List<String> tokens = new ArrayList<>(head.tokens());
                tokens.addAll(tail.tokens());
                List<String> surface = new ArrayList<>(head.surface());
                surface.addAll(tail.surface());
                WordForm form = role == Role.FOCUS && head.form() == WordForm.BASE ? tail.form() : head.form();
                int focusStart = role == Role.LEADING_CONTEXT ? tokens.size() : head.focusStart();
                int focusEnd = role == Role.TRAILING_CONTEXT ? head.focusEnd() : tokens.size();
                result.add(new Phrase(tokens, surface, form, focusStart, focusEnd));
            }
        }
        return result;
    }
}
