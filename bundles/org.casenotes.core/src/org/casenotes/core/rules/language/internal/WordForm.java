package org.casenotes.core.rules.language.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The regular English inflections of a word marked with {@code ~} in a word list, e.g.
 * {@code refuse~} stands for refuse, refuses, refused and refusing. The form found in the text is
 * carried over to suggested alternatives marked the same way ({@code decline~} gives "declined" for
 * "refused"). Common irregular verbs ({@code be~}, {@code have~}, {@code choose~}) come from
 * {@link IrregularVerbs}; other irregular forms are written out as variants in the list.
 */
public enum WordForm {
    /** refuse */
    BASE,
    /** refuses (also a regular plural: claims) */
    THIRD_PERSON,
    /** refused */
    PAST,
    /** refusing */
    GERUND;

    /** @return the spellings matched for {@code word} in this form (several where doubling is unsure) */
    List<String> spellings(String word) {
        IrregularVerbs.Forms irregular = IrregularVerbs.of(word);
        if (irregular != null) {
            return switch (this) {
                case BASE -> irregular.base();
                case THIRD_PERSON -> List.of(irregular.third());
                case PAST -> irregular.past();
                case GERUND -> List.of(irregular.gerund());
            };
        }
        List<String> result = new ArrayList<>(2);
        switch (this) {
            case BASE -> result.add(word);
            case THIRD_PERSON -> result.add(thirdPerson(word));
            case PAST -> {
                result.add(past(word));
                if (endsConsonantVowelConsonant(word)) {
                    result.add(doubled(word) + "ed");
                }
            }
            case GERUND -> {
                result.add(gerund(word));
                if (endsConsonantVowelConsonant(word)) {
                    result.add(doubled(word) + "ing");
                }
            }
        }
        return result;
    }

    /** @return the one spelling used when a suggestion is written in this form */
    String apply(String word) {
        IrregularVerbs.Forms irregular = IrregularVerbs.of(word);
        if (irregular != null) {
            return switch (this) {
                case BASE -> word;
                case THIRD_PERSON -> irregular.third();
                case PAST -> irregular.past().get(0);
                case GERUND -> irregular.gerund();
            };
        }
        boolean doubles = isShortConsonantVowelConsonant(word);
        return switch (this) {
            case BASE -> word;
            case THIRD_PERSON -> thirdPerson(word);
            case PAST -> doubles ? doubled(word) + "ed" : past(word);
            case GERUND -> doubles ? doubled(word) + "ing" : gerund(word);
        };
    }

    private static String thirdPerson(String word) {
        if (word.endsWith("s") || word.endsWith("x") || word.endsWith("z") || word.endsWith("ch")
                || word.endsWith("sh") || word.endsWith("o")) {
            return word + "es";
        }
        return endsConsonantY(word) ? word.substring(0, word.length() - 1) + "ies" : word + "s";
    }

    private static String past(String word) {
        if (word.endsWith("e")) {
            return word + "d";
        }
        return endsConsonantY(word) ? word.substring(0, word.length() - 1) + "ied" : word + "ed";
    }

    private static String gerund(String word) {
        if (word.endsWith("ie")) {
            return word.substring(0, word.length() - 2) + "ying";
        }
        if (word.endsWith("e") && !word.endsWith("ee") && !word.endsWith("ye") && !word.endsWith("oe")
                && word.length() > 2) {
            return word.substring(0, word.length() - 1) + "ing";
        }
        return word + "ing";
    }

    private static String doubled(String word) {
        return word + word.charAt(word.length() - 1);
    }

    private static boolean endsConsonantY(String word) {
        return word.length() > 1 && word.endsWith("y") && !isVowel(word.charAt(word.length() - 2));
    }

    private static boolean endsConsonantVowelConsonant(String word) {
        int n = word.length();
        if (n < 3) {
            return false;
        }
        char last = word.charAt(n - 1);
        return isConsonant(last) && last != 'w' && last != 'x' && last != 'y' && isVowel(word.charAt(n - 2))
                && isConsonant(word.charAt(n - 3));
    }

    /** One vowel group ending consonant-vowel-consonant (stop, admit is not): doubling is certain. */
    private static boolean isShortConsonantVowelConsonant(String word) {
        if (!endsConsonantVowelConsonant(word)) {
            return false;
        }
        int groups = 0;
        boolean inVowels = false;
        for (int k = 0; k < word.length(); k++) {
            boolean vowel = isVowel(word.charAt(k));
            if (vowel && !inVowels) {
                groups++;
            }
            inVowels = vowel;
        }
        return groups == 1;
    }

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }

    private static boolean isConsonant(char c) {
        return c >= 'a' && c <= 'z' && !isVowel(c);
    }
}
