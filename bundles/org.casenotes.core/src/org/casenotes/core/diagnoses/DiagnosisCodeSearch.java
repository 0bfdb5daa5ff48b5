package org.casenotes.core.diagnoses;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Finds codes as a clinician types: by code ({@code f43.1}, {@code F4310}) and by words of the description
 * ({@code grief}, {@code post traumatic}), mixed if wanted ({@code F43 chronic}). Every code-like term must start the
 * code and every other word must start a word of the description. Ranking, best first: the exact code; codes that
 * the typed code starts, shorter first; then descriptions whose words match whole rather than by their start, whose
 * first word is the first word typed, and which are shorter; ties keep the release's order.
 */
public final class DiagnosisCodeSearch {

    private static final Pattern CODE_LIKE = Pattern.compile("[A-Za-z][0-9][0-9A-Za-z.]*");
    private static final Pattern WORD_BREAK = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final Icd10CmCodes codes;

    public DiagnosisCodeSearch(Icd10CmCodes codes) {
        this.codes = codes;
    }

    /**
     * @param query what was typed; blank gives the first codes in the release's order
     * @param limit the most results wanted
     * @return the matching codes, best first
     */
    public List<IcdCode> search(String query, int limit) {
        Query parsed = Query.of(query == null ? "" : query);
        List<Scored> matches = new ArrayList<>();
        for (IcdCode code : codes.all()) {
            int score = parsed.score(code);
            if (score >= 0) {
                matches.add(new Scored(code, score, codes.position(code)));
            }
        }
        matches.sort(Comparator.comparingInt(Scored::score).reversed().thenComparingInt(Scored::position));
        return matches.stream().limit(limit).map(Scored::code).toList();
    }

    /** @return the words of a description or query, lower case */
    static List<String> wordsOf(String text) {
        return Arrays.stream(WORD_BREAK.split(text.toLowerCase(Locale.ROOT))).filter(word -> !word.isEmpty())
                .toList();
    }

    private record Scored(IcdCode code, int score, int position) {
    }

    private record Query(List<String> codePrefixes, List<String> words) {

        static Query of(String text) {
            List<String> codePrefixes = new ArrayList<>();
            List<String> words = new ArrayList<>();
            for (String term : text.strip().split("\\s+")) {
                if (term.isEmpty()) {
                    continue;
                }
                if (CODE_LIKE.matcher(term).matches()) {
                    codePrefixes.add(IcdCode.compact(term));
                } else {
                    words.addAll(wordsOf(term));
                }
            }
            return new Query(codePrefixes, words);
        }

        /** @return the code's score, or -1 if it does not match */
        int score(IcdCode code) {
            int score = 0;
            String compact = code.compact();
            for (String prefix : codePrefixes) {
                if (!compact.startsWith(prefix)) {
                    return -1;
                }
                score += compact.equals(prefix) ? 10_000 : 5_000 - 100 * (compact.length() - prefix.length());
            }
            if (words.isEmpty()) {
                return score;
            }
            List<String> described = wordsOf(code.description());
            for (String word : words) {
                if (described.contains(word)) {
                    score += 40;
                } else if (described.stream().anyMatch(candidate -> candidate.startsWith(word))) {
                    score += 20;
                } else {
                    return -1;
                }
            }
            if (!described.isEmpty() && described.get(0).startsWith(words.get(0))) {
                score += 30;
            }
            return score - described.size();
        }
    }
}
