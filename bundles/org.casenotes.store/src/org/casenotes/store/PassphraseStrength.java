package org.casenotes.store;

import java.nio.CharBuffer;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import com.nulabinc.zxcvbn.Feedback;
import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;

/**
 * How hard a passphrase for a new caseload is to guess, as zxcvbn (zxcvbn4j) estimates it, and whether Casenotes
 * accepts it. A caseload is only as safe as its passphrase: the key derivation (210,000 PBKDF2-HMAC-SHA256
 * iterations) makes each guess slower, it does not make a guessable passphrase safe. One current GPU tries a few
 * tens of thousands of passphrases a second against that cost, so zxcvbn's score 3 (from 10^8 guesses) can fall
 * within an hour; only its top score, 4 (10^10 guesses and more), is accepted. Refusals say why with zxcvbn's warning
 * and suggestions, or, where zxcvbn has none (it gives none from score 3), with its advice to add a word.
 *
 * @param score       zxcvbn's score, 0 (too guessable) to 4 (very unguessable)
 * @param warning     what makes it guessable, e.g. "This is a top-100 common password."; blank if nothing in particular
 * @param suggestions how to make it stronger; empty for a strong passphrase
 * @param timeToGuess how long guessing it would take someone holding a copy of the caseload, e.g. "3 years"
 */
public record PassphraseStrength(int score, String warning, List<String> suggestions, String timeToGuess) {

    /** The lowest zxcvbn score accepted for a caseload passphrase: its top score, "very unguessable". */
    public static final int WEAKEST_ACCEPTED = 4;

    private static final String[] VERDICTS = {"Very weak", "Weak", "Fair", "Almost strong enough", "Strong"};
    private static final String ADD_A_WORD = "Add another word or two. Uncommon words are better.";

    public PassphraseStrength {
        if (score < 0 || score > 4) {
            throw new IllegalArgumentException("zxcvbn scores are 0 to 4: " + score);
        }
        warning = Objects.requireNonNullElse(warning, "").strip();
        suggestions = List.copyOf(suggestions);
        Objects.requireNonNull(timeToGuess, "timeToGuess");
    }

    /**
     * Estimates a passphrase's strength.
     *
     * @param passphrase    the passphrase (not changed; the caller wipes it)
     * @param personalWords words an attacker would try first because they belong to this caseload (the agency's and
     *                      the clinician's names, the user id); blank ones are ignored
     * @return its strength
     */
    public static PassphraseStrength of(char[] passphrase, List<String> personalWords) {
        List<String> words = personalWords.stream().filter(word -> word != null && !word.isBlank())
                .flatMap(word -> java.util.Arrays.stream(word.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")))
                .filter(word -> word.length() > 2).toList();
        Strength strength = Estimator.ZXCVBN.measure(CharBuffer.wrap(passphrase), words);
        try {
            Feedback feedback = strength.getFeedback();
            return new PassphraseStrength(strength.getScore(), feedback.getWarning(Locale.ENGLISH),
                    feedback.getSuggestions(Locale.ENGLISH),
                    strength.getCrackTimesDisplay().getOfflineSlowHashing1e4perSecond());
        } finally {
            strength.wipe();
        }
    }

    /** @return whether a new caseload may be protected by this passphrase */
    public boolean acceptable() {
        return score >= WEAKEST_ACCEPTED;
    }

    /** @return the meter's word for the score: "Very weak", "Weak", "Fair", "Almost strong enough" or "Strong" */
    public String verdict() {
        return VERDICTS[score];
    }

    /**
     * @return the warning and suggestions as sentences, e.g. "This is a very common password. Add another word or
     *         two. Uncommon words are better."; for a refused passphrase without either, zxcvbn's advice to add a
     *         word; blank for an accepted one without either
     */
    public String advice() {
        StringBuilder advice = new StringBuilder(warning);
        for (String suggestion : suggestions) {
            advice.append(advice.isEmpty() ? "" : " ").append(suggestion.strip());
        }
        return advice.isEmpty() && !acceptable() ? ADD_A_WORD : advice.toString();
    }

    /** Builds the estimator once: it reads zxcvbn's dictionaries (about a megabyte of word lists). */
    private static final class Estimator {
        static final Zxcvbn ZXCVBN = new Zxcvbn();
    }
}
